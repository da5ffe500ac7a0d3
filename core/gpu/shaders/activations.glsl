// The 18 activations of core/activation.h in GLSL, float32: value, derivative
// with respect to the input, derivative with respect to the parameter. Same
// formulas and kink conventions as the CPU path (PyTorch 1.13's), so the GPU
// reproduces tests/data/activations.csv.
//
// exp, log and tanh are written out here instead of taken from the driver:
// GLSL leaves their precision to the implementation (NVIDIA's exp is ex2.approx,
// llvmpipe's a short polynomial, tanh often (e^2x − 1)/(e^2x + 1), which is NaN
// for large x and 0 for tiny x). Our own range-reduced forms are within a few
// ulp on every driver, so llvmpipe in CI and an NVIDIA card agree.

const int RL_RELU = 0;
const int RL_LEAKY_RELU = 1;
const int RL_PRELU = 2;
const int RL_ELU = 3;
const int RL_SELU = 4;
const int RL_CELU = 5;
const int RL_GELU = 6;
const int RL_GELU_TANH = 7;
const int RL_SILU = 8;
const int RL_MISH = 9;
const int RL_SOFTPLUS = 10;
const int RL_RELU6 = 11;
const int RL_HARDSWISH = 12;
const int RL_HARDSIGMOID = 13;
const int RL_HARDTANH = 14;
const int RL_SIGMOID = 15;
const int RL_TANH = 16;
const int RL_SOFTSIGN = 17;

const float RL_INF = uintBitsToFloat(0x7f800000u);
const float RL_LOG2E = 1.44269504088896341;
// ln 2 split so that n·LN2_HI is exact for |n| ≤ 256 (Cody–Waite reduction).
const float RL_LN2_HI = 0.693145751953125;
const float RL_LN2_LO = 1.42860682030941723212e-6;

// e^r for |r| ≤ ln2/2: Taylor to r^7; the next term is below 2^-27 relative.
float rl_exp_poly(float r) {
  float p = 1.0 / 5040.0;
  p = p * r + 1.0 / 720.0;
  p = p * r + 1.0 / 120.0;
  p = p * r + 1.0 / 24.0;
  p = p * r + 1.0 / 6.0;
  p = p * r + 0.5;
  p = p * r + 1.0;
  return p * r + 1.0;
}

// e^x = 2^n · e^r with x = n·ln2 + r.
float rl_exp(float x) {
  if (x > 88.72283) return RL_INF;
  if (x < -87.33654) return 0.0;  // below FLT_MIN: GPUs flush denormals anyway
  float n = floor(x * RL_LOG2E + 0.5);
  float r = (x - n * RL_LN2_HI) - n * RL_LN2_LO;
  int e = int(n);
  // ldexp is defined only for exponents ≤ 127; e = 128 happens just below overflow.
  if (e > 127) return ldexp(rl_exp_poly(r) * 2.0, e - 1);
  return ldexp(rl_exp_poly(r), e);
}

// e^x − 1 without the cancellation of exp(x) − 1 near 0.
float rl_expm1(float x) {
  if (abs(x) < 0.5) {
    float p = 1.0 / 40320.0;
    p = p * x + 1.0 / 5040.0;
    p = p * x + 1.0 / 720.0;
    p = p * x + 1.0 / 120.0;
    p = p * x + 1.0 / 24.0;
    p = p * x + 1.0 / 6.0;
    p = p * x + 0.5;
    return (p * x) * x + x;
  }
  return rl_exp(x) - 1.0;
}

// ln y for y > 0: y = m·2^e with m in [√½, √2), ln m = 2·atanh(s), s = (m−1)/(m+1).
float rl_log(float y) {
  if (y == RL_INF) return RL_INF;
  if (y <= 0.0) return -RL_INF;
  int e;
  float m = frexp(y, e);
  if (m < 0.70710678) {
    m *= 2.0;
    e -= 1;
  }
  float f = m - 1.0;
  float s = f / (2.0 + f);
  float s2 = s * s;
  float p = 2.0 / 11.0;
  p = p * s2 + 2.0 / 9.0;
  p = p * s2 + 2.0 / 7.0;
  p = p * s2 + 2.0 / 5.0;
  p = p * s2 + 2.0 / 3.0;
  float logm = (p * s2) * s + 2.0 * s;
  float fe = float(e);
  return fe * RL_LN2_HI + (fe * RL_LN2_LO + logm);
}

// ln(1 + u) for u ≥ 0, exact for tiny u (Goldberg's correction factor).
float rl_log1p(float u) {
  float w = 1.0 + u;
  if (w == 1.0) return u;
  if (w == RL_INF) return RL_INF;
  return rl_log(w) * (u / (w - 1.0));
}

// tanh x = −expm1(−2|x|) / (2 + expm1(−2|x|)), with the sign put back: no
// cancellation near 0, no inf/inf for large |x| (tanh rounds to ±1 past 9.1).
float rl_tanh(float x) {
  float a = abs(x);
  if (a > 9.1) return sign(x);
  float e = rl_expm1(-2.0 * a);
  float t = -e / (2.0 + e);
  return x < 0.0 ? -t : t;
}

// σ(x), never forming e^|x| (which overflows).
float rl_sigmoid(float x) {
  if (x >= 0.0) return 1.0 / (1.0 + rl_exp(-x));
  float e = rl_exp(x);
  return e / (1.0 + e);
}

// ln(1 + e^x); past x = 20 it equals x in float32.
float rl_softplus1(float x) {
  if (x > 20.0) return x;
  return rl_log1p(rl_exp(x));
}

// Φ(x) = ½·erfc(−x/√2). erfc by Numerical Recipes' Chebyshev fit (erfcc):
// fractional error below 1.2e−7 for every argument, so Φ keeps its relative
// accuracy deep in the lower tail where GELU's values are tiny.
float rl_erfc(float z) {
  float a = abs(z);
  float t = 1.0 / (1.0 + 0.5 * a);
  float p = 0.17087277;
  p = p * t - 0.82215223;
  p = p * t + 1.48851587;
  p = p * t - 1.13520398;
  p = p * t + 0.27886807;
  p = p * t - 0.18628806;
  p = p * t + 0.09678418;
  p = p * t + 0.37409196;
  p = p * t + 1.00002368;
  p = p * t - 1.26551223;
  float r = t * rl_exp(p - a * a);
  return z >= 0.0 ? r : 2.0 - r;
}
float rl_phi_cdf(float x) { return 0.5 * rl_erfc(-x * 0.70710678118654752); }
float rl_phi_pdf(float x) { return rl_exp(-0.5 * x * x) * 0.39894228040143268; }

const float RL_SELU_LAMBDA = 1.0507009873554804934;
const float RL_SELU_ALPHA = 1.6732632423543772848;
const float RL_GELU_BETA = 0.79788456080286535588;  // √(2/π)
const float RL_GELU_KAPPA = 0.044715;

float rl_value(int kind, float p, float x) {
  switch (kind) {
    case RL_RELU: return x > 0.0 ? x : 0.0;
    case RL_LEAKY_RELU:
    case RL_PRELU: return x > 0.0 ? x : p * x;
    case RL_ELU: return x > 0.0 ? x : p * rl_expm1(x);
    case RL_SELU: return RL_SELU_LAMBDA * (x > 0.0 ? x : RL_SELU_ALPHA * rl_expm1(x));
    case RL_CELU: return x > 0.0 ? x : p * rl_expm1(x / p);
    case RL_GELU: return x * rl_phi_cdf(x);
    case RL_GELU_TANH: {
      float inner = RL_GELU_BETA * (x + RL_GELU_KAPPA * x * x * x);
      return 0.5 * x * (1.0 + rl_tanh(inner));
    }
    case RL_SILU: return x * rl_sigmoid(x);
    case RL_MISH: return x * rl_tanh(rl_softplus1(x));
    case RL_SOFTPLUS: {
      float z = x * p;
      return z > 20.0 ? x : rl_log1p(rl_exp(z)) / p;
    }
    case RL_RELU6: return min(max(x, 0.0), 6.0);
    case RL_HARDSWISH: return x * min(max(x + 3.0, 0.0), 6.0) / 6.0;
    case RL_HARDSIGMOID: return min(max(x + 3.0, 0.0), 6.0) / 6.0;
    case RL_HARDTANH: return min(max(x, -1.0), 1.0);
    case RL_SIGMOID: return rl_sigmoid(x);
    case RL_TANH: return rl_tanh(x);
    case RL_SOFTSIGN: return x / (1.0 + abs(x));
  }
  return x;
}

// Kinks as PyTorch: ReLU′(0) = 0, Leaky/PReLU′(0) = slope, ELU′(0) = α,
// SELU′(0) = λα, CELU′(0) = 1, ReLU6′(0) = ReLU6′(6) = 0, Hardtanh′(±1) = 0,
// Hardswish′(−3) = −½ and Hardswish′(3) = 1 (its vectorised path).
float rl_derivative(int kind, float p, float x) {
  switch (kind) {
    case RL_RELU: return x > 0.0 ? 1.0 : 0.0;
    case RL_LEAKY_RELU:
    case RL_PRELU: return x > 0.0 ? 1.0 : p;
    case RL_ELU: return x > 0.0 ? 1.0 : p * rl_exp(x);
    case RL_SELU: return RL_SELU_LAMBDA * (x > 0.0 ? 1.0 : RL_SELU_ALPHA * rl_exp(x));
    case RL_CELU: return x > 0.0 ? 1.0 : rl_exp(x / p);
    case RL_GELU: return rl_phi_cdf(x) + x * rl_phi_pdf(x);
    case RL_GELU_TANH: {
      float inner = RL_GELU_BETA * (x + RL_GELU_KAPPA * x * x * x);
      float t = rl_tanh(inner);
      float dinner = RL_GELU_BETA * (1.0 + 3.0 * RL_GELU_KAPPA * x * x);
      return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * dinner;
    }
    case RL_SILU: {
      float s = rl_sigmoid(x);
      return s * (1.0 + x * (1.0 - s));
    }
    case RL_MISH: {
      float t = rl_tanh(rl_softplus1(x));
      return t + x * rl_sigmoid(x) * (1.0 - t * t);
    }
    case RL_SOFTPLUS: {
      float z = x * p;
      return z > 20.0 ? 1.0 : rl_sigmoid(z);
    }
    case RL_RELU6: return (x <= 0.0 || x >= 6.0) ? 0.0 : 1.0;
    case RL_HARDSWISH: return x < -3.0 ? 0.0 : (x < 3.0 ? x / 3.0 + 0.5 : 1.0);
    case RL_HARDSIGMOID: return (x > -3.0 && x < 3.0) ? 1.0 / 6.0 : 0.0;
    case RL_HARDTANH: return (x <= -1.0 || x >= 1.0) ? 0.0 : 1.0;
    case RL_SIGMOID: {
      float s = rl_sigmoid(x);
      return s * (1.0 - s);
    }
    case RL_TANH: {
      float t = rl_tanh(x);
      return 1.0 - t * t;
    }
    case RL_SOFTSIGN: {
      float d = 1.0 + abs(x);
      return 1.0 / (d * d);
    }
  }
  return 1.0;
}

// ∂f/∂p: Leaky/PReLU slope, ELU/CELU α, Softplus β; 0 for the rest.
float rl_param_derivative(int kind, float p, float x) {
  switch (kind) {
    case RL_LEAKY_RELU:
    case RL_PRELU: return x > 0.0 ? 0.0 : x;
    case RL_ELU: return x > 0.0 ? 0.0 : rl_expm1(x);
    case RL_CELU: {
      // d/dα [α(e^{x/α} − 1)] = expm1(x/α) − (x/α)·e^{x/α}
      float u = x / p;
      return x > 0.0 ? 0.0 : rl_expm1(u) - u * rl_exp(u);
    }
    case RL_SOFTPLUS: {
      // f = ln(1 + e^{βx})/β  ⇒  ∂f/∂β = (x·σ(βx) − f)/β
      float z = x * p;
      if (z > 20.0) return 0.0;
      return (x * rl_sigmoid(z) - rl_log1p(rl_exp(z)) / p) / p;
    }
  }
  return 0.0;
}

// How a unit counts as live on a sample (core/diagnostics.h): 0 hard gate
// (ReLU, ReLU6, Hardtanh, Hardsigmoid, Hardswish: live ⇔ f′(z) ≠ 0; never live:
// dead), 1 leaky gate (the rest of the ReLU family: live ⇔ z > 0; never:
// inactive), 2 smooth gate (sigmoid, tanh, softsign: live ⇔ |f′(z)| > the
// saturation threshold; never: saturated).
int rl_gate(int kind) {
  switch (kind) {
    case RL_RELU:
    case RL_RELU6:
    case RL_HARDTANH:
    case RL_HARDSIGMOID:
    case RL_HARDSWISH: return 0;
    case RL_SIGMOID:
    case RL_TANH:
    case RL_SOFTSIGN: return 2;
  }
  return 1;
}
