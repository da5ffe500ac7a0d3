#pragma once

// The piecewise activations (ReLU family, hard-* and softsign) as kernels over
// a scalar or a SIMD packet P (see core/activations/activation_math.h). Each kernel has
// value(x, p) and derivative(x, p); those with a parameter p also have
// param(x, p) = ∂f/∂p. Kinks follow PyTorch 1.13: the comment on each says
// which side's slope the kink takes. Derivatives of NaN are NaN (keepNan).

#include "core/activations/activation_math.h"

namespace relulab::core::activation_detail {

struct Relu {
  static constexpr bool kHasParam = false;
  // f = max(0, x): one max instruction; memory-bound.
  template <typename P>
  static P value(const P& x, const P&) {
    return max(x, cst<P>(0));
  }
  // f′ = 1 for x > 0, 0 for x ≤ 0: f′(0) = 0.
  template <typename P>
  static P derivative(const P& x, const P&) {
    return keepNan(x, select(lt(cst<P>(0), x), cst<P>(1), cst<P>(0)));
  }
};

// p = negative slope s: f = x for x > 0, s·x otherwise.
struct LeakyRelu {
  static constexpr bool kHasParam = true;
  template <typename P>
  static P value(const P& x, const P& s) {
    return select(lt(cst<P>(0), x), x, s * x);
  }
  // f′ = 1 for x > 0, s for x ≤ 0: f′(0) = s.
  template <typename P>
  static P derivative(const P& x, const P& s) {
    return keepNan(x, select(lt(cst<P>(0), x), cst<P>(1), s));
  }
  // ∂f/∂s = 0 for x > 0, x otherwise.
  template <typename P>
  static P param(const P& x, const P&) {
    return select(lt(cst<P>(0), x), cst<P>(0), x);
  }
};

// Same function as Leaky ReLU with the slope called a (learned per channel in
// He et al.'s networks; here one shared value). f′(0) = a.
struct Prelu : LeakyRelu {};

// f = min(max(0, x), 6).
struct Relu6 {
  static constexpr bool kHasParam = false;
  template <typename P>
  static P value(const P& x, const P&) {
    return min(max(x, cst<P>(0)), cst<P>(6));
  }
  // f′ = 1 on 0 < x < 6, else 0: f′(0) = f′(6) = 0.
  template <typename P>
  static P derivative(const P& x, const P&) {
    const P inside = andMask(lt(cst<P>(0), x), lt(x, cst<P>(6)));
    return keepNan(x, select(inside, cst<P>(1), cst<P>(0)));
  }
};

// f = x·ReLU6(x + 3)/6: 0 for x ≤ −3, x(x + 3)/6 between, x for x ≥ 3.
struct Hardswish {
  static constexpr bool kHasParam = false;
  // x is floored at −4 (where the gate is already 0), so f(−∞) = 0, not NaN;
  // the gate is scaled to [0, 1] before the product, so f(3e38f) does not overflow.
  template <typename P>
  static P value(const P& x, const P&) {
    const P gate = min(max(x + cst<P>(3), cst<P>(0)), cst<P>(6)) * cst<P>(1.0 / 6.0);
    return max(x, cst<P>(-4)) * gate;
  }
  // f′ = 0 for x < −3, x/3 + 1/2 for −3 ≤ x < 3, 1 for x ≥ 3: f′(−3) = −1/2
  // (the right-hand slope) and f′(3) = 1 (also right-hand), as PyTorch's
  // vectorised kernel (its one-element path gives 3/2 at 3).
  template <typename P>
  static P derivative(const P& x, const P&) {
    const P middle = madd(x, cst<P>(1.0 / 3.0), cst<P>(0.5));
    const P upper = select(lt(x, cst<P>(3)), middle, cst<P>(1));
    return keepNan(x, select(lt(x, cst<P>(-3)), cst<P>(0), upper));
  }
};

// f = ReLU6(x + 3)/6, a line of slope exactly 1/6 from (−3, 0) to (3, 1).
struct Hardsigmoid {
  static constexpr bool kHasParam = false;
  template <typename P>
  static P value(const P& x, const P&) {
    return min(max(x + cst<P>(3), cst<P>(0)), cst<P>(6)) * cst<P>(1.0 / 6.0);
  }
  // f′ = 1/6 on −3 < x < 3, else 0: f′(±3) = 0.
  template <typename P>
  static P derivative(const P& x, const P&) {
    const P inside = andMask(lt(cst<P>(-3), x), lt(x, cst<P>(3)));
    return keepNan(x, select(inside, cst<P>(1.0 / 6.0), cst<P>(0)));
  }
};

// f = min(max(−1, x), 1).
struct Hardtanh {
  static constexpr bool kHasParam = false;
  template <typename P>
  static P value(const P& x, const P&) {
    return min(max(x, cst<P>(-1)), cst<P>(1));
  }
  // f′ = 1 on −1 < x < 1, else 0: f′(±1) = 0.
  template <typename P>
  static P derivative(const P& x, const P&) {
    const P inside = andMask(lt(cst<P>(-1), x), lt(x, cst<P>(1)));
    return keepNan(x, select(inside, cst<P>(1), cst<P>(0)));
  }
};

// f = x/(1 + |x|), f′ = 1/(1 + |x|)². Smooth (C¹; f″ jumps at 0).
struct Softsign {
  static constexpr bool kHasParam = false;
  // ±∞ is brought to the largest finite value first, so f(±∞) = ±1, not ∞/∞.
  template <typename P>
  static P value(const P& x, const P&) {
    constexpr double kMax = std::numeric_limits<Scalar<P>>::max();
    const P xf = min(max(x, cst<P>(-kMax)), cst<P>(kMax));
    return xf / (cst<P>(1) + abs(xf));
  }
  template <typename P>
  static P derivative(const P& x, const P&) {
    const P r = cst<P>(1) / (cst<P>(1) + abs(x));
    return r * r;
  }
};

}  // namespace relulab::core::activation_detail
