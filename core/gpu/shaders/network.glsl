// One network of the architecture compiled in (network_glsl.cpp's defines:
// INPUTS, LAYERS, HIDDEN, UNITS, WIDTH[], FAN_IN[], W_OFF[], B_OFF[], S_OFF[],
// U_OFF[], ACT_KIND[], ACT_PARAM[], OUTPUT_KIND), with the CPU path's
// arithmetic (core/propagator.cpp): z_l = b_l + Σ_k W_l[j][k]·a_{l−1}[k]
// accumulated with fma in k order, a = f(z). The including kernel defines
// NET_PARAM(p), the read of flat parameter p (core::ParamLayout's order).
// Needs activations.glsl.

// f and f′ of hidden unit j of layer l; PReLU reads its learned slope.
float net_hidden_value(int l, int j, float z) {
  if (ACT_KIND[l] == RL_PRELU) return z > 0.0 ? z : NET_PARAM(S_OFF[l] + j) * z;
  return rl_value(ACT_KIND[l], ACT_PARAM[l], z);
}
float net_hidden_derivative(int l, int j, float z) {
  if (ACT_KIND[l] == RL_PRELU) return z > 0.0 ? 1.0 : NET_PARAM(S_OFF[l] + j);
  return rl_derivative(ACT_KIND[l], ACT_PARAM[l], z);
}

// Heads (core::OutputKind): 0 tanh + squared error, 1 sigmoid + cross-entropy,
// 2 linear + squared error.
float net_head_value(float z) {
  if (OUTPUT_KIND == 0) return rl_tanh(z);
  if (OUTPUT_KIND == 1) return rl_sigmoid(z);
  return z;
}
// The prediction in label units, as the decision map shows it.
float net_prediction(float y) { return OUTPUT_KIND == 1 ? 2.0 * y - 1.0 : y; }

// ℓ for target t (±1 labels or a regression target).
float net_loss(float z, float y, float t) {
  if (OUTPUT_KIND == 1) {
    // softplus(z) − t'·z with t' = (t + 1)/2, softplus = max(z, 0) + log1p(e^{−|z|})
    float t01 = (t + 1.0) * 0.5;
    return max(z, 0.0) + rl_log1p(rl_exp(-abs(z))) - t01 * z;
  }
  float e = (OUTPUT_KIND == 0 ? y : z) - t;
  return 0.5 * e * e;
}
// ∂ℓ/∂z: (y − t)(1 − y²), σ(z) − t', z − t.
float net_output_delta(float z, float y, float t) {
  if (OUTPUT_KIND == 0) return (y - t) * (1.0 - y * y);
  if (OUTPUT_KIND == 1) return y - (t + 1.0) * 0.5;
  return z - t;
}

// Forward pass of one sample: z and a of every unit (U_OFF[l] + j).
void net_forward(float x[INPUTS], out float z[UNITS], out float a[UNITS]) {
  for (int l = 0; l < LAYERS; ++l) {
    for (int j = 0; j < WIDTH[l]; ++j) {
      float acc = NET_PARAM(B_OFF[l] + j);
      for (int k = 0; k < FAN_IN[l]; ++k) {
        float in_k = l == 0 ? x[k] : a[U_OFF[max(l - 1, 0)] + k];
        acc = fma(NET_PARAM(W_OFF[l] + j * FAN_IN[l] + k), in_k, acc);
      }
      z[U_OFF[l] + j] = acc;
      a[U_OFF[l] + j] = l < HIDDEN ? net_hidden_value(l, j, acc) : net_head_value(acc);
    }
  }
}
