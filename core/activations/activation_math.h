#pragma once

// Packet math for the activation kernels (internal to relulab_core; include
// only from core/activation*.cpp).
//
// Each activation is written once, as a template over P: either a scalar T
// (float, double) or an Eigen SIMD packet of T (Packet16f and Packet8d with
// AVX-512). The arithmetic operators work on both (Eigen's x86 packets are
// GCC/Clang vector types); the functions below choose per P:
//   - scalars: the C library (std::exp, std::erfc, …), the reference;
//   - packets: Eigen's vectorised exp, and the approximations here where
//     Eigen 3.4 has nothing accurate enough (erfc in float), nothing fast
//     (log1p) or nothing vectorised (tanh, expm1 in double); erfc in double
//     goes lane by lane through the C library.
// Why not plain Eigen array expressions with select(): Eigen 3.4's comparisons
// and Select have no packet path (functor_traits<scalar_cmp_op>: PacketAccess
// = false; Select's evaluator lacks PacketAccessBit), so any piecewise formula
// written with them runs one element at a time. Masks here are packets whose
// lanes are all-ones (true) or zero (false), as Eigen's pcmp_* return them.

#include <Eigen/Core>
#include <array>
#include <cmath>
#include <limits>
#include <type_traits>

namespace relulab::core::activation_detail {

namespace ei = Eigen::internal;

template <typename T>
using Packet = typename ei::packet_traits<T>::type;
template <typename P>
using Scalar = typename ei::unpacket_traits<P>::type;
template <typename P>
inline constexpr bool kIsScalar = std::is_floating_point_v<P>;
template <typename P>
inline constexpr bool kIsFloatPacket = !kIsScalar<P> && std::is_same_v<Scalar<P>, float>;

template <typename P>
inline P cst(double v) {
  return ei::pset1<P>(static_cast<Scalar<P>>(v));
}

// Masks and selection. lt(a, b) is a < b, false where either is NaN.
template <typename P>
inline P lt(const P& a, const P& b) {
  return ei::pcmp_lt(a, b);
}
template <typename P>
inline P andMask(const P& m1, const P& m2) {
  return ei::pand(m1, m2);
}
template <typename P>
inline P select(const P& mask, const P& ifTrue, const P& ifFalse) {
  return ei::pselect(mask, ifTrue, ifFalse);
}
// r where x is a number, x (NaN) where it is not: for piecewise constants,
// whose comparisons would otherwise turn NaN into one of the pieces.
template <typename P>
inline P keepNan(const P& x, const P& r) {
  return select(ei::pcmp_eq(x, x), r, x);
}

// max(x, b), min(x, b) and |x|. Eigen keeps std::max's order on every target
// ((x < b) ? b : x), so a NaN in x comes out as NaN; b is a constant here.
template <typename P>
inline P max(const P& x, const P& b) {
  return ei::pmax(x, b);
}
template <typename P>
inline P min(const P& x, const P& b) {
  return ei::pmin(x, b);
}
template <typename P>
inline P abs(const P& x) {
  return ei::pabs(x);
}
// a·b + c, fused on packets where the target has FMA.
template <typename P>
inline P madd(const P& a, const P& b, const P& c) {
  return ei::pmadd(a, b, c);
}

// x limited to [−1000, 1000], for products x·g(x) where g decays like e^{−|x|}:
// g is already 0 (or below 1e−300) there, and ±∞·0 would give NaN. NaN stays.
template <typename P>
inline P clampBig(const P& x) {
  return min(max(x, cst<P>(-1000)), cst<P>(1000));
}
// x limited below at −1000: f(x) = x·g(x) with g(−∞) = 0 gives 0 at −∞, x at +∞.
template <typename P>
inline P floorBig(const P& x) {
  return max(x, cst<P>(-1000));
}

// f applied lane by lane, for what has no vectorised form in double.
template <typename P, typename F>
inline P lanewise(const P& x, F f) {
  constexpr int kLanes = ei::unpacket_traits<P>::size;
  EIGEN_ALIGN_MAX Scalar<P> lanes[kLanes];
  ei::pstore(lanes, x);
  for (auto& v : lanes) v = f(v);
  return ei::pload<P>(lanes);
}

// e^x for float packets: Eigen's pexp (Cephes' expf, ≤ 2 ulp), step for
// step, except for the final scaling by 2^m. Eigen's pldexp allows for
// any exponent and subnormal results in four multiplications; here
// m ∈ [−128, 128] (x is clamped to ±88.723), results below the smallest
// normal number are 0 (m ≤ −127) or the one rounding of y·2^−126 (m = −126), and
// the scale is built from its exponent bits: one multiplication, exact
// wherever the result is normal, as pldexp's are. Compared with pexp on all
// 2^32 floats (SSE2 and AVX2 builds): the same bits wherever pexp's result
// is normal, 0 or ∞; 1.4× pexp's speed.
// The parts: e^x = 2^m·(1 + r + r²·upper) (times 2 once more where m = 128),
// with r = x − m·ln 2 ∈ [−ln2/2, ln2/2] and scale = 2^min(m, 127), 0 for
// m ≤ −127 (results below the smallest normal).
template <typename P>
struct ExpParts {
  P r, r2, upper, scale, m;
};
template <typename P>
inline ExpParts<P> expFloatParts(const P& x_in) {
  using PI = typename ei::unpacket_traits<P>::integer_packet;
  ExpParts<P> e;
  const P x = ei::pmax(ei::pmin(x_in, cst<P>(88.723f)), cst<P>(-88.723f));
  e.m = ei::pfloor(madd(x, cst<P>(1.44269504088896341f), cst<P>(0.5f)));
  P r = madd(e.m, cst<P>(-0.693359375f), x);  // x − m·ln 2 in two parts
  e.r = madd(e.m, cst<P>(2.12194440e-4f), r);
  e.r2 = e.r * e.r;
  const P r3 = e.r2 * e.r;
  P y = madd(cst<P>(1.9875691500e-4f), e.r, cst<P>(1.3981999507e-3f));
  P y1 = madd(cst<P>(4.1665795894e-2f), e.r, cst<P>(1.6666665459e-1f));
  y = madd(y, e.r, cst<P>(8.3334519073e-3f));
  y1 = madd(y1, e.r, cst<P>(5.0000001201e-1f));
  e.upper = madd(y, r3, y1);
  const P mc = ei::pmin(ei::pmax(e.m, cst<P>(-127.0f)), cst<P>(127.0f));
  e.scale = ei::preinterpret<P>(
      ei::plogical_shift_left<23>(ei::padd(ei::pcast<P, PI>(mc), ei::pset1<PI>(127))));
  return e;
}
template <typename P>
inline P expFloat(const P& x_in) {
  const ExpParts<P> e = expFloatParts(x_in);
  P out = madd(e.upper, e.r2, e.r + cst<P>(1.0f)) * e.scale;
  out = select(lt(cst<P>(127.5f), e.m), out + out, out);  // m = 128
  return ei::pmax(out, x_in);  // +∞ stays ∞, NaN stays NaN, as in pexp
}

template <typename P>
inline P exp(const P& x) {
  if constexpr (kIsScalar<P>) {
    return std::exp(x);
  } else {
    // In double, results below the smallest normal number are flushed to 0:
    // Eigen's SSE2 and AVX builds scale them differently (one gives a
    // subnormal, the other 0), and every CPU path must agree. expFloat's
    // scaling is one IEEE multiplication, the same on every path.
    if constexpr (kIsFloatPacket<P>) {
      return expFloat(x);
    } else {
      const P e = ei::pexp(x);
      return select(lt(e, cst<P>(std::numeric_limits<Scalar<P>>::min())), cst<P>(0), e);
    }
  }
}

// log(1 + x) for x ∈ [0, 1] (here x = e^{−|z|}). Packets use
// log(1 + x) = 2·atanh(s), s = x/(2 + x) ∈ [0, 1/3], and atanh's series
// s·Σ s^{2k}/(2k + 1): 7 terms in float, 16 in double leave a truncation
// below 1.5e−8 and 2e−17 relative, and nothing cancels. (Eigen's packet log,
// which its log1p calls, runs at a third of its exp's speed on AVX-512 and
// is not vectorised at all for double.)
template <typename P>
inline P log1pUnit(const P& x) {
  if constexpr (kIsScalar<P>) {
    return std::log1p(x);
  } else {
    constexpr int kTerms = kIsFloatPacket<P> ? 7 : 16;
    const P s = x / (cst<P>(2) + x);
    const P s2 = s * s;
    P sum = cst<P>(1.0 / (2 * kTerms - 1));
    for (int k = kTerms - 2; k >= 0; --k) sum = madd(sum, s2, cst<P>(1.0 / (2 * k + 1)));
    return cst<P>(2) * s * sum;
  }
}

// eˣ − 1 for x ≤ 0 (or −∞, NaN), and e = eˣ as exp gives it.
// Float packets share exp's reduction: eˣ − 1 = 2^m·(r + r²·upper) + (2^m − 1)
// (see ExpParts), where r + r²·upper = e^r − 1 keeps its relative accuracy
// as r → 0 (m = 0, x ∈ [−0.35, 0]) and, for m ≤ −1, 2^m − 1 ≤ −1/2 is exact
// and dominates: within 2 ulp, and no series to evaluate besides exp's.
// Double packets: below −1/2, e − 1 loses nothing that matters (|eˣ − 1| ≥
// 0.39, e has ≤ 2 ulp error); above, e − 1 cancels, so the Taylor series,
// whose remainder is below 1.4e−18 relative on [−1/2, 0] with 15 terms.
template <typename P>
inline P expm1Negative(const P& x, P& e) {
  if constexpr (kIsScalar<P>) {
    e = std::exp(x);
    return std::expm1(x);
  } else if constexpr (kIsFloatPacket<P>) {
    const ExpParts<P> p = expFloatParts(x);
    e = ei::pmax(madd(p.upper, p.r2, p.r + cst<P>(1.0f)) * p.scale, x);
    // eˣ − 1 ≥ x for every x: NaN comes through max as through exp's.
    return ei::pmax(madd(madd(p.upper, p.r2, p.r), p.scale, p.scale - cst<P>(1.0f)), x);
  } else {
    e = exp(x);
    constexpr int kTerms = 15;
    // c[j] = 1/(j + 1)!, so that eˣ − 1 = x·Σ_{j<kTerms} c[j]·xʲ + remainder.
    constexpr auto c = [] {
      std::array<double, kTerms> a{};
      double f = 1.0;
      for (int j = 0; j < kTerms; ++j) a[j] = (f /= j + 1);
      return a;
    }();
    P sum = cst<P>(c[kTerms - 1]);
    for (int j = kTerms - 2; j >= 0; --j) sum = madd(sum, x, cst<P>(c[j]));
    const P series = sum * x;
    return select(lt(x, cst<P>(-0.5)), e - cst<P>(1), series);
  }
}

// erfc(z) for z ≥ 0 (or NaN), given h = e^{−z²}; scalars and double packets
// ignore h. In float: erfc(z) = t·e^{−z²}·R(t) with t = 2/(2 + z) (the form of
// Numerical Recipes' erfcc), R a degree-10 polynomial in t − 1/2 fitted here by
// least squares to 6.6e−9 relative on z ∈ [0, 26]; evaluated in float it is
// within 2.4e−7 relative of erfc, so Φ and GELU are good to a few ulp.
// Eigen's own float erf is 3.8e−7 off near z = 4 in absolute terms, which
// x·Φ(x) multiplies by |x| ≈ 5.6: too much for a 1e−6 budget.
template <typename P>
inline P erfcPositive(const P& z, const P& h) {
  if constexpr (kIsScalar<P>) {
    return std::erfc(z);
  } else if constexpr (kIsFloatPacket<P>) {
    static constexpr float kR[] = {5.107913613e-01f,  6.871606112e-01f,  5.589432716e-01f,
                                   1.457733512e-01f,  -1.720376462e-01f, -1.037882119e-01f,
                                   9.799705446e-02f,  5.509092659e-02f,  -7.721184194e-02f,
                                   -1.860915869e-02f, 4.396136105e-02f};
    const P t = cst<P>(2) / (cst<P>(2) + z);
    const P v = t - cst<P>(0.5);
    // Estrin's scheme: four short chains instead of one of ten steps (the
    // kernel's latency, not its operation count, limits its rate).
    const P v2 = v * v;
    const P v4 = v2 * v2;
    const P v8 = v4 * v4;
    const auto pair = [&](int i) { return madd(cst<P>(kR[i + 1]), v, cst<P>(kR[i])); };
    const P q0 = madd(pair(2), v2, pair(0));
    const P q1 = madd(pair(6), v2, pair(4));
    const P q2 = madd(cst<P>(kR[10]), v2, pair(8));
    const P r = madd(q2, v8, madd(q1, v4, q0));
    return t * h * r;
  } else {
    return lanewise(z, [](double v) { return std::erfc(v); });
  }
}

// 1/(1 + e) for the stable logistic: with e = e^{−|x|} ∈ [0, 1],
// σ(|x|) = r and σ(−|x|) = e·r, and σ(x)·σ(−x) = e·r². No overflow for any x
// and no 1 − σ cancellation (1 − σ(10) in float keeps 2 digits; e·r keeps all).
template <typename P>
inline P logisticParts(const P& x, P& e) {
  e = exp(-abs(x));
  return cst<P>(1) / (cst<P>(1) + e);
}

}  // namespace relulab::core::activation_detail
