#pragma once

// The exponential-based activations (ELU family, sigmoid, tanh, SiLU,
// softplus, Mish) as kernels over a scalar or a SIMD packet P (see
// core/activations/activation_math.h). Besides value/derivative/param, each has
// both(x, p, y, dydx), which shares the one e^x that value and derivative
// need. Every form below is chosen so that no intermediate overflows and no
// difference of nearly equal numbers loses the result, for any finite x.

#include "core/activations/activation_math.h"

namespace relulab::core::activation_detail {

// ELU with p = α: f = x for x > 0, α·(eˣ − 1) otherwise (−α as x → −∞).
// f′ = 1 or α·eˣ, so f′(0) = α, the left-hand slope, as PyTorch.
// ∂f/∂α = 0 or eˣ − 1.
struct Elu {
  static constexpr bool kHasParam = true;
  template <typename P>
  static void both(const P& x, const P& alpha, P& y, P& dydx) {
    const P positive = lt(cst<P>(0), x);
    P e;  // ≤ 1: no overflow on the unused side
    const P m1 = expm1Negative(min(x, cst<P>(0)), e);
    y = select(positive, x, alpha * m1);
    dydx = select(positive, cst<P>(1), alpha * e);
  }
  template <typename P>
  static P value(const P& x, const P& alpha) {
    P e;
    return select(lt(cst<P>(0), x), x, alpha * expm1Negative(min(x, cst<P>(0)), e));
  }
  template <typename P>
  static P derivative(const P& x, const P& alpha) {
    return select(lt(cst<P>(0), x), cst<P>(1), alpha * exp(min(x, cst<P>(0))));
  }
  template <typename P>
  static P param(const P& x, const P&) {
    P e;
    return select(lt(cst<P>(0), x), cst<P>(0), expm1Negative(min(x, cst<P>(0)), e));
  }
};

// SELU (Klambauer et al., 2017): λ·ELU_α(x) with the fixed λ, α below.
// f′(0) = λα ≈ 1.7581, the left-hand slope, as PyTorch.
struct Selu {
  static constexpr bool kHasParam = false;
  static constexpr double kLambda = 1.0507009873554804934193349852946;
  static constexpr double kAlpha = 1.6732632423543772848170429916717;
  template <typename P>
  static void both(const P& x, const P&, P& y, P& dydx) {
    Elu::both(x, cst<P>(kAlpha), y, dydx);
    y = y * cst<P>(kLambda);
    dydx = dydx * cst<P>(kLambda);
  }
  template <typename P>
  static P value(const P& x, const P&) {
    return Elu::value(x, cst<P>(kAlpha)) * cst<P>(kLambda);
  }
  template <typename P>
  static P derivative(const P& x, const P&) {
    return Elu::derivative(x, cst<P>(kAlpha)) * cst<P>(kLambda);
  }
};

// CELU (Barron, 2017) with p = α: f = x for x > 0, α·(e^{x/α} − 1) otherwise.
// f′ = 1 or e^{x/α}: continuous at 0 for every α. ∂f/∂α = e^{x/α} − 1 −
// (x/α)·e^{x/α} for x ≤ 0 (x/α is floored at −1000 in that product, where
// e^{x/α} is 0, so −∞ gives 0, not ∞·0).
struct Celu {
  static constexpr bool kHasParam = true;
  template <typename P>
  static void both(const P& x, const P& alpha, P& y, P& dydx) {
    const P positive = lt(cst<P>(0), x);
    const P scaled = min(x, cst<P>(0)) * (cst<P>(1) / alpha);
    P e;
    const P m1 = expm1Negative(scaled, e);
    y = select(positive, x, alpha * m1);
    dydx = select(positive, cst<P>(1), e);
  }
  template <typename P>
  static P value(const P& x, const P& alpha) {
    P y, dydx;
    both(x, alpha, y, dydx);
    return y;
  }
  template <typename P>
  static P derivative(const P& x, const P& alpha) {
    const P scaled = min(x, cst<P>(0)) * (cst<P>(1) / alpha);
    return select(lt(cst<P>(0), x), cst<P>(1), exp(scaled));
  }
  template <typename P>
  static P param(const P& x, const P& alpha) {
    const P scaled = min(x, cst<P>(0)) * (cst<P>(1) / alpha);
    P e;
    const P d = expm1Negative(scaled, e) - floorBig(scaled) * e;
    return select(lt(cst<P>(0), x), cst<P>(0), d);
  }
};

// σ(x) = 1/(1 + e^{−x}); σ′ = σ(x)·σ(−x).
struct Sigmoid {
  static constexpr bool kHasParam = false;
  // e^{−x} may overflow to ∞ for x ≪ 0; 1/∞ = 0 is then the right answer,
  // and the quotient is accurate to the last bit for every other x.
  template <typename P>
  static P value(const P& x, const P&) {
    return cst<P>(1) / (cst<P>(1) + exp(-x));
  }
  template <typename P>
  static P derivative(const P& x, const P&) {
    P e;
    const P r = logisticParts(x, e);
    return e * r * r;
  }
  template <typename P>
  static void both(const P& x, const P&, P& y, P& dydx) {
    P e;
    const P r = logisticParts(x, e);
    y = select(lt(x, cst<P>(0)), e * r, r);
    dydx = e * r * r;
  }
};

// tanh(x) = sign(x)·(1 − e)/(1 + e) with e = e^{−2|x|}, and 1 − e taken as
// −expm1(−2|x|) so that tanh(1e−8) keeps all its digits; f′ = 1 − tanh² =
// 4e/(1 + e)², which does not cancel where tanh ≈ ±1.
struct Tanh {
  static constexpr bool kHasParam = false;
  template <typename P>
  static void both(const P& x, const P&, P& y, P& dydx) {
    const P minusTwoAbs = cst<P>(-2) * abs(x);
    P e;
    const P m = expm1Negative(minusTwoAbs, e);  // e − 1 ∈ (−1, 0]
    const P r = cst<P>(1) / (cst<P>(1) + e);
    if constexpr (kIsScalar<P>) {
      y = std::tanh(x);
    } else {
      const P t = -m / (cst<P>(2) + m);
      y = select(lt(x, cst<P>(0)), -t, t);
    }
    dydx = cst<P>(4) * e * r * r;
  }
  template <typename P>
  static P value(const P& x, const P&) {
    if constexpr (kIsScalar<P>) {
      return std::tanh(x);
    } else {
      P e;
      const P m = expm1Negative(cst<P>(-2) * abs(x), e);
      const P t = -m / (cst<P>(2) + m);
      return select(lt(x, cst<P>(0)), -t, t);
    }
  }
  template <typename P>
  static P derivative(const P& x, const P&) {
    const P e = exp(cst<P>(-2) * abs(x));
    const P r = cst<P>(1) / (cst<P>(1) + e);
    return cst<P>(4) * e * r * r;
  }
};

// SiLU / Swish: f = x·σ(x), f′ = σ(x) + x·σ(x)·σ(−x).
struct Silu {
  static constexpr bool kHasParam = false;
  // x/(1 + e^{−x}): the quotient is 0 where e^{−x} overflows (x ≪ 0).
  template <typename P>
  static P value(const P& x, const P&) {
    return floorBig(x) / (cst<P>(1) + exp(-x));
  }
  template <typename P>
  static void both(const P& x, const P&, P& y, P& dydx) {
    P e;
    const P r = logisticParts(x, e);
    const P s = select(lt(x, cst<P>(0)), e * r, r);
    y = floorBig(x) * s;
    dydx = madd(clampBig(x) * e, r * r, s);
  }
  template <typename P>
  static P derivative(const P& x, const P& p) {
    P y, dydx;
    both(x, p, y, dydx);
    return dydx;
  }
};

// Softplus with p = β and PyTorch's threshold: f = x where βx > 20, else
// log(1 + e^{βx})/β, computed as (max(βx, 0) + log1p(e^{−|βx|}))/β (no
// overflow). f′ = 1 or σ(βx). With q = σ(−|βx|) and L = log1p(e^{−|βx|}),
// ∂f/∂β = (x·σ(βx) − f)/β = −(|x|·q + L/β)/β on both sides of 0: the
// x·σ(βx) − f form would cancel to nothing just below the threshold.
struct Softplus {
  static constexpr bool kHasParam = true;
  static constexpr double kThreshold = 20.0;
  template <typename P>
  static void both(const P& x, const P& beta, P& y, P& dydx) {
    const P z = beta * x;
    const P linear = lt(cst<P>(kThreshold), z);
    P e;
    const P r = logisticParts(z, e);
    y = select(linear, x, (max(z, cst<P>(0)) + log1pUnit(e)) * (cst<P>(1) / beta));
    dydx = select(linear, cst<P>(1), select(lt(z, cst<P>(0)), e * r, r));
  }
  template <typename P>
  static P value(const P& x, const P& beta) {
    const P z = beta * x;
    const P y = (max(z, cst<P>(0)) + log1pUnit(exp(-abs(z)))) * (cst<P>(1) / beta);
    return select(lt(cst<P>(kThreshold), z), x, y);
  }
  template <typename P>
  static P derivative(const P& x, const P& beta) {
    P y, dydx;
    both(x, beta, y, dydx);
    return dydx;
  }
  template <typename P>
  static P param(const P& x, const P& beta) {
    const P z = beta * x;
    P e;
    const P r = logisticParts(z, e);
    const P inverseBeta = cst<P>(1) / beta;
    const P d = -madd(abs(clampBig(x)), e * r, log1pUnit(e) * inverseBeta) * inverseBeta;
    return select(lt(cst<P>(kThreshold), z), cst<P>(0), d);
  }
};

// Mish (Misra, 2019): f = x·tanh(softplus(x)) with one exponential. With
// p = e^{−|x|}: tanh(log(1 + eˣ)) = N/D where, for x ≥ 0, N = 1 + 2p,
// D = N + 2p², and for x < 0, N = p(p + 2), D = N + 2 (both forms are
// ((1 + eˣ)² − 1)/((1 + eˣ)² + 1) with no eˣ that can overflow).
// f′ = tanh(sp) + x·(1 − tanh²(sp))·σ(x), and (1 − t²)·σ = 4(1 + p)·m/D²
// with m = p² (x ≥ 0) or p (x < 0), again free of cancellation.
struct Mish {
  static constexpr bool kHasParam = false;
  template <typename P>
  static void both(const P& x, const P&, P& y, P& dydx) {
    const P p = exp(-abs(x));
    const P negative = lt(x, cst<P>(0));
    const P two = cst<P>(2);
    const P n = select(negative, p * (p + two), madd(two, p, cst<P>(1)));
    const P p2 = p * p;
    const P d = n + select(negative, two, two * p2);
    const P r = cst<P>(1) / d;
    const P t = n * r;
    y = floorBig(x) * t;
    const P m = select(negative, p, p2);
    dydx = madd(cst<P>(4) * clampBig(x) * (cst<P>(1) + p), m * r * r, t);
  }
  template <typename P>
  static P value(const P& x, const P&) {
    const P p = exp(-abs(x));
    const P negative = lt(x, cst<P>(0));
    const P two = cst<P>(2);
    const P n = select(negative, p * (p + two), madd(two, p, cst<P>(1)));
    const P d = n + select(negative, two, two * p * p);
    return floorBig(x) * n / d;
  }
  template <typename P>
  static P derivative(const P& x, const P& p) {
    P y, dydx;
    both(x, p, y, dydx);
    return dydx;
  }
};

}  // namespace relulab::core::activation_detail
