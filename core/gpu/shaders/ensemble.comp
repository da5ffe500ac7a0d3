// Trains NETS networks per work group, STEPS mini-batch updates per dispatch,
// with the CPU engine's arithmetic (core/propagator.cpp, core/optimizer.cpp,
// core/engine.cpp's step: gradient, finiteness checks, update, checks, commit).
//
// Each network has LANES threads. A step, per chunk of LANES samples of the
// batch: lane s runs the forward and backward pass of its sample_index and leaves
// its per-unit values in shared memory; then the network's LANES threads
// share out the parameters, thread `lane` owning p = lane, lane + LANES, …,
// and add Σ_s δ_j[s]·a_k[s] for each parameter it owns. Every gradient is a
// sum over lanes of a product of two shared rows (bias: a row of ones; PReLU
// slope: the row g_j·min(z_j, 0)), so the reduction is one loop without
// branches. The owner then applies the update rule, keeping its parameters'
// optimiser moments in registers for the whole dispatch.
//
// Defines: the network's (network_glsl.cpp), NETS, LANES, BATCH, CHUNKS, PPT
// (parameters per thread), ROWS, ONES_ROW, ZERO_ROW, SLOPE_ROW, HAS_PRELU, OPTIMIZER (0 SGD,
// 1 momentum, 2 Nesterov, 3 RMSProp, 4 Adam), REGULARIZATION (0, 1 L1, 2 L2),
// CLIP (0/1), TRAIN_COUNT, LOCAL_SIZE.

#include "activations.glsl"

layout(local_size_x = LOCAL_SIZE) in;  // NETS · LANES

layout(std430, binding = 0) restrict buffer Params { float params[]; };      // E × PARAMS
layout(std430, binding = 1) restrict buffer First { float first_moment[]; };   // E × PARAMS
layout(std430, binding = 2) restrict buffer Second { float second_moment[]; }; // E × PARAMS
layout(std430, binding = 3) readonly restrict buffer Features { float features[]; };  // INPUTS × TRAIN_COUNT
layout(std430, binding = 4) readonly restrict buffer Targets { float targets[]; };
layout(std430, binding = 5) readonly restrict buffer Members { double learning_rate[]; };
layout(std430, binding = 6) restrict buffer Status { uint diverged_at[]; };  // 0: alive, else step + 1
layout(std430, binding = 7) readonly restrict buffer Order { uint order[]; };  // sample_index of each stream position
layout(std430, binding = 8) readonly restrict buffer AdamTable { double adam[]; };  // per step: 1 − β1^t, √(1 − β2^t)

uniform uint networks;
uniform uint steps;
uniform uint first_step;  // the step count before this dispatch (Adam's t − 1)
uniform float momentum;
uniform float rms_decay;
uniform float beta1;
uniform float beta2;
uniform float epsilon;
uniform float lambda;
uniform float clip_norm;

shared float s_w[NETS][PARAMS];
// Rows of LANES values: inputs, a of every unit, δ of every unit, ones,
// zeros, and with PReLU the slope terms g_j·min(z_j, 0) of every hidden unit.
shared float s_rows[NETS][ROWS][LANES];
shared float s_red[NETS][LANES];
shared uint s_bad[NETS];

// Shared-memory writes before a barrier are seen by the group after it.
#define SYNC() \
  memoryBarrierShared(); \
  barrier()

uint g_net;
#define NET_PARAM(p) s_w[g_net][p]
#include "network.glsl"

// Row of δ for unit u (rows 0 … INPUTS + UNITS − 1 hold the inputs and a).
int delta_row(int u) { return INPUTS + UNITS + u; }

bool finite(float v) { return !isnan(v) && !isinf(v); }

void main() {
  uint lane = gl_LocalInvocationID.x % uint(LANES);
  g_net = gl_LocalInvocationID.x / uint(LANES);
  uint network = gl_WorkGroupID.x * uint(NETS) + g_net;
  bool real = network < networks;
  uint e = real ? network : networks - 1u;

  // Which product of rows each owned parameter's gradient is (see above).
  int rowA[PPT];
  int rowD[PPT];
  float w_own[PPT], m_own[PPT], v_own[PPT];
  for (int q = 0; q < PPT; ++q) {
    int p = int(lane) + q * LANES;
    // Slots past the last parameter get a zero gradient (they own nothing,
    // and must not add to the clipping norm).
    rowA[q] = ONES_ROW;
    rowD[q] = p < PARAMS ? ONES_ROW : ZERO_ROW;
    for (int l = 0; l < LAYERS; ++l) {
      int unitsBefore = U_OFF[l];
      int inputRow = l == 0 ? 0 : INPUTS + U_OFF[max(l - 1, 0)];
      if (p >= W_OFF[l] && p < W_OFF[l] + WIDTH[l] * FAN_IN[l]) {
        int j = (p - W_OFF[l]) / FAN_IN[l];
        rowA[q] = inputRow + (p - W_OFF[l]) - j * FAN_IN[l];
        rowD[q] = delta_row(unitsBefore + j);
      }
      if (p >= B_OFF[l] && p < B_OFF[l] + WIDTH[l]) rowD[q] = delta_row(unitsBefore + p - B_OFF[l]);
      if (l < HIDDEN && p >= S_OFF[l] && p < S_OFF[l] + WIDTH[l])
        rowD[q] = HAS_PRELU != 0 ? SLOPE_ROW + unitsBefore + p - S_OFF[l] : ZERO_ROW;
    }
    bool owned = p < PARAMS;
    w_own[q] = owned ? params[e * uint(PARAMS) + uint(p)] : 0.0;
    m_own[q] = owned ? first_moment[e * uint(PARAMS) + uint(p)] : 0.0;
    v_own[q] = owned ? second_moment[e * uint(PARAMS) + uint(p)] : 0.0;
    if (owned) s_w[g_net][p] = w_own[q];
  }
  s_rows[g_net][ONES_ROW][lane] = 1.0;
  s_rows[g_net][ZERO_ROW][lane] = 0.0;
#if HAS_PRELU
  for (int u = 0; u < HIDDEN_UNITS; ++u) s_rows[g_net][SLOPE_ROW + u][lane] = 0.0;
#endif
  bool alive = diverged_at[e] == 0u;
  float lr = float(learning_rate[e]);
  SYNC();

  // Every thread runs every step (barriers need the whole group); a network
  // that diverged keeps computing but never commits again.
  for (uint t = 0u; t < steps; ++t) {
    if (lane == 0u) s_bad[g_net] = 0u;
    float g[PPT];
    for (int q = 0; q < PPT; ++q) g[q] = 0.0;
    float loss = 0.0;
    for (int chunk = 0; chunk < CHUNKS; ++chunk) {
      int s = chunk * LANES + int(lane);
      bool valid = s < BATCH;
      uint sample_index = order[t * uint(BATCH) + uint(min(s, BATCH - 1))];
      float x[INPUTS];
      for (int k = 0; k < INPUTS; ++k) {
        x[k] = features[uint(k) * uint(TRAIN_COUNT) + sample_index];
        s_rows[g_net][k][lane] = x[k];
      }
      float z[UNITS];
      float a[UNITS];
      net_forward(x, z, a);
      for (int u = 0; u < UNITS; ++u) s_rows[g_net][INPUTS + u][lane] = a[u];
      // Output δ (0 on padding lanes: select, never multiply, as the CPU path).
      float target = targets[sample_index];
      float delta[UNITS];
      delta[UNITS - 1] = valid ? net_output_delta(z[UNITS - 1], a[UNITS - 1], target) : 0.0;
      loss += valid ? net_loss(z[UNITS - 1], a[UNITS - 1], target) : 0.0;
      // g_{l−1} = W_lᵀ δ_l, δ_{l−1} = g·f′(z_{l−1}); PReLU: ∂ℓ/∂a_k = g_k·min(z_k, 0).
      for (int l = LAYERS - 1; l > 0; --l) {
        for (int k = 0; k < FAN_IN[l]; ++k) {
          float acc = 0.0;
          for (int j = 0; j < WIDTH[l]; ++j)
            acc = fma(NET_PARAM(W_OFF[l] + j * FAN_IN[l] + k), delta[U_OFF[l] + j], acc);
          int u = U_OFF[l - 1] + k;
#if HAS_PRELU
          if (ACT_KIND[l - 1] == RL_PRELU) s_rows[g_net][SLOPE_ROW + u][lane] = acc * min(z[u], 0.0);
#endif
          delta[u] = acc * net_hidden_derivative(l - 1, k, z[u]);
        }
      }
      for (int u = 0; u < UNITS; ++u) s_rows[g_net][delta_row(u)][lane] = delta[u];
      SYNC();
      for (int q = 0; q < PPT; ++q) {
        float acc = g[q];
        for (int s2 = 0; s2 < LANES; ++s2) acc = fma(s_rows[g_net][rowD[q]][s2], s_rows[g_net][rowA[q]][s2], acc);
        g[q] = acc;
      }
      SYNC();
    }

    // Mean gradient, then the engine's checks and update (core/optimizer.cpp).
    float scale = 1.0 / float(BATCH);
    bool bad = !finite(loss);
    float sum_sq = 0.0;
    for (int q = 0; q < PPT; ++q) {
      g[q] *= scale;
      bad = bad || !finite(g[q]);
      sum_sq += g[q] * g[q];
    }
#if CLIP
    s_red[g_net][lane] = sum_sq;
    SYNC();
    float total = 0.0;
    for (int s2 = 0; s2 < LANES; ++s2) total += s_red[g_net][s2];
    float norm = sqrt(total);
    float clip_scale = norm > clip_norm ? clip_norm / norm : 1.0;
    SYNC();
#endif
    uint tt = first_step + t;  // Adam's t − 1
    float adam_step = float(learning_rate[e] / adam[2u * t]);
    float adam_root = float(adam[2u * t + 1u]);  // √(1 − β2^t), rounded to float by the host
    float w_new[PPT], m_new[PPT], v_new[PPT];
    for (int q = 0; q < PPT; ++q) {
      int p = int(lane) + q * LANES;
      float gq = g[q];
#if CLIP
      gq *= clip_scale;
#endif
      float w = w_own[q];
#if REGULARIZATION == 2
      if (p < WEIGHT_COUNT) gq += lambda * w;
#elif REGULARIZATION == 1
      if (p < WEIGHT_COUNT) gq += w > 0.0 ? lambda : (w < 0.0 ? -lambda : 0.0);
#endif
      float m = m_own[q];
      float v = v_own[q];
#if OPTIMIZER == 0
      float next = w - lr * gq;
#elif OPTIMIZER == 1
      m = momentum * m + gq;
      float next = w - lr * m;
#elif OPTIMIZER == 2
      m = momentum * m + gq;
      float next = w - lr * (gq + momentum * m);
#elif OPTIMIZER == 3
      m = rms_decay * m + (1.0 - rms_decay) * gq * gq;
      float next = w - lr * gq / (sqrt(m) + epsilon);
#else
      m = beta1 * m + (1.0 - beta1) * gq;
      v = beta2 * v + (1.0 - beta2) * gq * gq;
      float next = w - adam_step * m / (sqrt(v) / adam_root + epsilon);
#endif
#if REGULARIZATION == 1
      if (p < WEIGHT_COUNT && w * next < 0.0) next = 0.0;
#endif
      if (p < PARAMS) bad = bad || !finite(next);
      w_new[q] = next;
      m_new[q] = m;
      v_new[q] = v;
    }
    if (bad) atomicOr(s_bad[g_net], 1u);
    SYNC();
    bool reject = s_bad[g_net] != 0u;
    // A rejected step is not applied: the network stays in its last finite state.
    if (alive && reject && real && lane == 0u) diverged_at[e] = tt + 1u;
    if (alive && !reject) {
      for (int q = 0; q < PPT; ++q) {
        int p = int(lane) + q * LANES;
        w_own[q] = w_new[q];
        m_own[q] = m_new[q];
        v_own[q] = v_new[q];
          if (p < PARAMS) s_w[g_net][p] = w_new[q];
      }
    }
    alive = alive && !reject;
    SYNC();
  }

  if (!real) return;
  for (int q = 0; q < PPT; ++q) {
    int p = int(lane) + q * LANES;
    if (p >= PARAMS) continue;
    params[e * uint(PARAMS) + uint(p)] = w_own[q];
    first_moment[e * uint(PARAMS) + uint(p)] = m_own[q];
    second_moment[e * uint(PARAMS) + uint(p)] = v_own[q];
  }
}
