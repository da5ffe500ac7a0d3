#pragma once

// GELU (Hendrycks & Gimpel, 2016), exact and tanh-approximated, as kernels
// over a scalar or a SIMD packet P (see core/activations/activation_math.h).

#include "core/activations/activation_math.h"

namespace relulab::core::activation_detail {

// f = x·Φ(x), Φ the standard normal CDF; f′ = Φ(x) + x·φ(x).
// Φ(x) = erfc(−x/√2)/2 is taken from the upper tail on both sides:
// q = erfc(|x|/√2)/2 = Φ(−|x|), Φ = q for x < 0 and 1 − q for x ≥ 0, so the
// negative side keeps its relative accuracy (x·Φ(x) ≈ −7.6e−23 at x = −10
// rather than a rounding error of 1 + erf(x/√2)). φ(x) = e^{−x²/2}/√(2π)
// shares e^{−x²/2} with the float erfc.
struct Gelu {
  static constexpr bool kHasParam = false;
  static constexpr double kInvSqrt2 = 0.70710678118654752440084436210485;
  static constexpr double kInvSqrt2Pi = 0.39894228040143267793994605993438;

  template <typename P>
  static void both(const P& x, const P&, P& y, P& dydx) {
    const P z = abs(x) * cst<P>(kInvSqrt2);
    const P gauss = exp(-(z * z));  // e^{−x²/2}
    const P phi = cdf(x, z, gauss);
    y = floorBig(x) * phi;
    dydx = madd(clampBig(x) * gauss, cst<P>(kInvSqrt2Pi), phi);
  }
  template <typename P>
  static P value(const P& x, const P&) {
    const P z = abs(x) * cst<P>(kInvSqrt2);
    // Only the float erfc reads e^{−z²}: save the exponential elsewhere.
    const P gauss = kIsFloatPacket<P> ? exp(-(z * z)) : cst<P>(0);
    return floorBig(x) * cdf(x, z, gauss);
  }
  template <typename P>
  static P derivative(const P& x, const P& p) {
    P y, dydx;
    both(x, p, y, dydx);
    return dydx;
  }

 private:
  template <typename P>
  static P cdf(const P& x, const P& z, const P& gauss) {
    const P q = cst<P>(0.5) * erfcPositive(z, gauss);
    return select(lt(x, cst<P>(0)), q, cst<P>(1) - q);
  }
};

// The tanh approximation: f = x/2·(1 + tanh u), u = √(2/π)·(x + 0.044715x³).
// 1 + tanh u = 2σ(2u), so f = x·σ(2u), and
// f′ = σ(2u) + x·2σ(2u)σ(−2u)·u′ with u′ = √(2/π)·(1 + 3·0.044715x²): the
// stable logistic (activation_math.h) then gives f′ without the 1 − tanh²
// cancellation that costs PyTorch's float result ~5e−7 near x = 5.
struct GeluTanh {
  static constexpr bool kHasParam = false;
  static constexpr double kSqrt2OverPi = 0.79788456080286535587989211986876;
  static constexpr double kCubic = 0.044715;

  template <typename P>
  static void both(const P& x, const P&, P& y, P& dydx) {
    // x is limited to ±1000 here, where σ(2u) is already exactly 0 or 1, so
    // that u′·x·e stays finite; f itself uses x floored at −1000 only.
    const P xc = clampBig(x);
    const P x2 = xc * xc;
    const P u = cst<P>(kSqrt2OverPi) * xc * madd(cst<P>(kCubic), x2, cst<P>(1));
    P e;
    const P r = logisticParts(cst<P>(2) * u, e);
    const P s = select(lt(x, cst<P>(0)), e * r, r);
    y = floorBig(x) * s;
    const P du = cst<P>(kSqrt2OverPi) * madd(cst<P>(3 * kCubic), x2, cst<P>(1));
    dydx = madd(cst<P>(2) * xc * e, r * r * du, s);
  }
  template <typename P>
  static P value(const P& x, const P&) {
    // x/(1 + e^{−2u}): e^{−2u} overflows to ∞ only where f is 0.
    const P u = cst<P>(kSqrt2OverPi) * x * madd(cst<P>(kCubic), x * x, cst<P>(1));
    return floorBig(x) / (cst<P>(1) + exp(cst<P>(-2) * u));
  }
  template <typename P>
  static P derivative(const P& x, const P& p) {
    P y, dydx;
    both(x, p, y, dydx);
    return dydx;
  }
};

}  // namespace relulab::core::activation_detail
