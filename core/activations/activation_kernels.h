#pragma once

// The activations as the training engine evaluates them: f(z) and f′(z) for a
// contiguous block, written so that GCC and Clang vectorise them (no calls, no
// branches, fixed arithmetic). ReLU, Leaky ReLU, PReLU, tanh and sigmoid — the
// ones TensorFlow Playground offers and the hot path of every benchmark — are
// inlined here; every other activation goes through the activation library's
// array form (core/activations/activation.h). Conventions at kinks are the library's
// (PyTorch's): ReLU′(0) = 0, LeakyReLU′(0) = slope, PReLU′(0) = a.
//
// Accuracy: in double, tanh and sigmoid are std::tanh and the stable
// exp form (correctly rounded to within glibc's ulp). In float they use the
// approximations below (Eigen's rational tanh, Cephes' expf for σ; within
// 3e−7 relative on the tested grid, tests/test_network_gradients.cpp),
// written on whole lanes; NaN propagates.
// Header-only so that the lane code inlines into the engine's kernels.

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>
#include <type_traits>

#include "core/activations/activation.h"

// Lanes are passed by value between inline functions of this header and the
// engine's kernels, all built with the same flags; without AVX-512 GCC warns
// that such a 64-byte vector argument would change the ABI, which concerns
// only calls across differently compiled units.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace relulab::core::kernels {

// ── Lanes: kLanes samples in one 64-byte vector (GCC/Clang vector extensions;
// one AVX-512 register, or two/four narrower ones elsewhere — the compiler
// splits them). Comparisons give integer lanes of 0 / −1; `m ? a : b` selects.
template <typename T>
struct LaneTraits;
template <>
struct LaneTraits<float> {
  typedef float Vec __attribute__((vector_size(64)));
  typedef std::int32_t Mask __attribute__((vector_size(64)));
};
template <>
struct LaneTraits<double> {
  typedef double Vec __attribute__((vector_size(64)));
  typedef std::int64_t Mask __attribute__((vector_size(64)));
};
template <typename T>
using Lane = typename LaneTraits<T>::Vec;
template <typename T>
using LaneMask = typename LaneTraits<T>::Mask;
template <typename T>
inline constexpr int kLaneWidth = static_cast<int>(64 / sizeof(T));

// Unaligned loads and stores through memcpy: no aliasing questions, one move.
template <typename T>
inline Lane<T> load(const T* p) {
  Lane<T> v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <typename T>
inline void store(T* p, Lane<T> v) {
  std::memcpy(p, &v, sizeof v);
}
template <typename T>
inline Lane<T> splat(T x) {
  return Lane<T>{} + x;
}

// Σ of the lanes in a fixed tree order (lane s + lane s + w for w = half, …, 1),
// independent of how the compiler maps the vector to registers.
inline float laneSum(Lane<float> v) {
  typedef float V8 __attribute__((vector_size(32)));
  typedef float V4 __attribute__((vector_size(16)));
  typedef float V2 __attribute__((vector_size(8)));
  const V8 a = __builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7) +
               __builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15);
  const V4 b =
      __builtin_shufflevector(a, a, 0, 1, 2, 3) + __builtin_shufflevector(a, a, 4, 5, 6, 7);
  const V2 c = __builtin_shufflevector(b, b, 0, 1) + __builtin_shufflevector(b, b, 2, 3);
  return c[0] + c[1];
}
inline double laneSum(Lane<double> v) {
  typedef double V4 __attribute__((vector_size(32)));
  typedef double V2 __attribute__((vector_size(16)));
  const V4 a =
      __builtin_shufflevector(v, v, 0, 1, 2, 3) + __builtin_shufflevector(v, v, 4, 5, 6, 7);
  const V2 b = __builtin_shufflevector(a, a, 0, 1) + __builtin_shufflevector(a, a, 2, 3);
  return b[0] + b[1];
}

// out[i] = scale · laneSum(lane i of acc) for `count` consecutive lanes, with
// the same additions in the same order as laneSum, but kW lanes at a time by a
// transposing tree: each level adds the two halves of every lane's partial
// sums while interleaving two lanes' partials into one register, so kW sums
// cost kW − 1 vector additions instead of kW horizontal reductions.
inline void reduceLanes(const float* acc, std::size_t count, float scale, float* out) {
  typedef Lane<float> V;
  std::size_t i = 0;
  for (; i + 16 <= count; i += 16) {
    V v[16];
    for (int k = 0; k < 16; ++k) v[k] = load(acc + (i + static_cast<std::size_t>(k)) * 16);
    V r[8], q[4], p[2];
    for (int k = 0; k < 8; ++k)  // [a0..7 | b0..7] = a_s + a_{s+8}, b_s + b_{s+8}
      r[k] = __builtin_shufflevector(v[2 * k], v[2 * k + 1], 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19,
                                     20, 21, 22, 23) +
             __builtin_shufflevector(v[2 * k], v[2 * k + 1], 8, 9, 10, 11, 12, 13, 14, 15, 24, 25,
                                     26, 27, 28, 29, 30, 31);
    for (int k = 0; k < 4; ++k)  // [a0..3 b0..3 c0..3 d0..3]
      q[k] = __builtin_shufflevector(r[2 * k], r[2 * k + 1], 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18,
                                     19, 24, 25, 26, 27) +
             __builtin_shufflevector(r[2 * k], r[2 * k + 1], 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22,
                                     23, 28, 29, 30, 31);
    for (int k = 0; k < 2; ++k)  // 8 lanes × 2 partials
      p[k] = __builtin_shufflevector(q[2 * k], q[2 * k + 1], 0, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20,
                                     21, 24, 25, 28, 29) +
             __builtin_shufflevector(q[2 * k], q[2 * k + 1], 2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22,
                                     23, 26, 27, 30, 31);
    const V sums = __builtin_shufflevector(p[0], p[1], 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22,
                                           24, 26, 28, 30) +
                   __builtin_shufflevector(p[0], p[1], 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23,
                                           25, 27, 29, 31);
    store(out + i, sums * scale);
  }
  for (; i < count; ++i) out[i] = scale * laneSum(load(acc + i * 16));
}

inline void reduceLanes(const double* acc, std::size_t count, double scale, double* out) {
  typedef Lane<double> V;
  std::size_t i = 0;
  for (; i + 8 <= count; i += 8) {
    V v[8];
    for (int k = 0; k < 8; ++k) v[k] = load(acc + (i + static_cast<std::size_t>(k)) * 8);
    V r[4], q[2];
    for (int k = 0; k < 4; ++k)
      r[k] = __builtin_shufflevector(v[2 * k], v[2 * k + 1], 0, 1, 2, 3, 8, 9, 10, 11) +
             __builtin_shufflevector(v[2 * k], v[2 * k + 1], 4, 5, 6, 7, 12, 13, 14, 15);
    for (int k = 0; k < 2; ++k)
      q[k] = __builtin_shufflevector(r[2 * k], r[2 * k + 1], 0, 1, 4, 5, 8, 9, 12, 13) +
             __builtin_shufflevector(r[2 * k], r[2 * k + 1], 2, 3, 6, 7, 10, 11, 14, 15);
    const V sums = __builtin_shufflevector(q[0], q[1], 0, 2, 4, 6, 8, 10, 12, 14) +
                   __builtin_shufflevector(q[0], q[1], 1, 3, 5, 7, 9, 11, 13, 15);
    store(out + i, sums * scale);
  }
  for (; i < count; ++i) out[i] = scale * laneSum(load(acc + i * 8));
}

// e^x for x already clamped to [−87, 88] (float). Cody–Waite reduction
// x = n·ln2 + r, |r| ≤ ln2/2, then Cephes expf's degree-7 polynomial for e^r
// (relative error < 1.2e−7), scaled by 2^n built from the exponent bits.
inline Lane<float> expClamped(Lane<float> x) {
  using M = LaneMask<float>;
  // Round x·log₂e to the nearest integer with the 1.5·2²³ trick (exact for |·| < 2²²).
  const Lane<float> n = (x * 1.44269504088896341f + 12582912.0f) - 12582912.0f;
  const Lane<float> r = (x - n * 0.693359375f) - n * -2.12194440e-4f;
  Lane<float> p = splat(1.9875691500e-4f);
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = (p * r) * r + r + 1.0f;
  const M e = __builtin_convertvector(n, M) + 127;  // n ∈ [−126, 127]
  return p * std::bit_cast<Lane<float>>(M(e << 23));
}

inline Lane<float> absLane(Lane<float> x) {
  using M = LaneMask<float>;
  const M bits = std::bit_cast<M>(x) & 0x7fffffff;
  return std::bit_cast<Lane<float>>(bits);
}

// tanh in float: Eigen 3.4's minimax rational approximation
// (generic_fast_tanh_float): z clamped to ±c, tanh z ≈ z·P(z²)/Q(z²) with P of
// degree 6 and Q of degree 3 in z² — one division, no exponential (the
// training loop runs ~15 % faster than with Cephes' exp-based tanhf);
// |z| < 4e−4 returns z. Within 3.6e−7 relative of the exact value (6 ulp of 1
// near saturation; measured 3.9 ulp when the compiler fuses the multiply-adds,
// 5.3 when it does not, as in ISO C++ mode at -O1) on the tested grid, so
// tanh′ = (1 − y)(1 + y) is within 8e−7 absolute: exact enough for training
// and for the 0.01 saturation threshold;
// the explorer's curves use the activation library. NaN propagates.
inline Lane<float> tanhLane(Lane<float> z) {
#ifdef __FMA__
  constexpr float c = 7.99881172180175781f;  // where the FMA evaluation reaches ±1
#else
  constexpr float c = 7.90531110763549805f;
#endif
  Lane<float> x = z < splat(c) ? z : splat(c);  // NaN → c; restored below
  x = x > splat(-c) ? x : splat(-c);
  const Lane<float> x2 = x * x;
  Lane<float> p = x2 * -2.76076847742355e-16f + 2.00018790482477e-13f;
  p = x2 * p + -8.60467152213735e-11f;
  p = x2 * p + 5.12229709037114e-08f;
  p = x2 * p + 1.48572235717979e-05f;
  p = x2 * p + 6.37261928875436e-04f;
  p = x2 * p + 4.89352455891786e-03f;
  p = x * p;
  Lane<float> q = x2 * 1.19825839466702e-06f + 1.18534705686654e-04f;
  q = x2 * q + 2.26843463243900e-03f;
  q = x2 * q + 4.89352518554385e-03f;
  const Lane<float> y = absLane(z) < splat(0.0004f) ? z : p / q;
  return z == z ? y : z;
}

// σ(z) = 1/(1 + e^{−z}) with e^{−z} clamped to [e^{−87}, e^{80}]: σ is then
// ≥ 1.8e−35 (a normal float; the exact value is smaller but f′ is ~0 either way).
inline Lane<float> sigmoidLane(Lane<float> z) {
  Lane<float> u = -z;
  u = u < splat(80.0f) ? u : splat(80.0f);  // NaN → 80; restored below
  u = u > splat(-87.0f) ? u : splat(-87.0f);
  const Lane<float> y = 1.0f / (1.0f + expClamped(u));
  return z == z ? y : z;
}

// σ in double, stable on both sides: e^{−|z|} never overflows.
inline double sigmoidStable(double z) {
  const double e = std::exp(-std::fabs(z));
  return z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
}

// One lane of y = f(z) and d = f′(z) for the inlined activations; returns
// false for the others. PReLU takes its slope in `param`.
template <typename T>
inline bool activateLane(ActivationKind kind, T param, Lane<T> z, Lane<T>& y, Lane<T>& d) {
  const Lane<T> zero{}, one = splat(T(1));
  switch (kind) {
    case ActivationKind::Relu:
      // z ≤ 0 → 0 keeps NaN (as PyTorch's relu does); the gradient there is 0.
      y = z <= zero ? zero : z;
      d = z > zero ? one : zero;
      return true;
    case ActivationKind::LeakyRelu:
    case ActivationKind::Prelu:
      y = z > zero ? z : param * z;
      d = z > zero ? one : splat(param);
      return true;
    case ActivationKind::Tanh:
      if constexpr (std::is_same_v<T, float>) {
        y = tanhLane(z);
      } else {
        for (int s = 0; s < kLaneWidth<T>; ++s) y[s] = std::tanh(z[s]);
      }
      d = (one - y) * (one + y);  // tanh′ = 1 − y², as (1 − y)(1 + y): no cancellation
      return true;
    case ActivationKind::Sigmoid:
      if constexpr (std::is_same_v<T, float>) {
        y = sigmoidLane(z);
      } else {
        for (int s = 0; s < kLaneWidth<T>; ++s) y[s] = sigmoidStable(z[s]);
      }
      d = y * (one - y);  // σ′ = σ(1 − σ)
      return true;
    default:
      return false;
  }
}

// y = f(z), d = f′(z) for n values (d may be null); PReLU uses act.param as
// its slope. Inlined activations run a lane at a time (the tail through a
// padded lane); the rest go to the activation library's array form.
template <typename T>
inline void activate(const Activation& act, const T* z, T* y, T* d, int n) {
  constexpr int kW = kLaneWidth<T>;
  const T param = static_cast<T>(act.param);
  Lane<T> yl, dl;
  if (activateLane<T>(act.kind, param, Lane<T>{}, yl, dl)) {
    int i = 0;
    for (; i + kW <= n; i += kW) {
      activateLane<T>(act.kind, param, load(z + i), yl, dl);
      store(y + i, yl);
      if (d) store(d + i, dl);
    }
    if (i < n) {
      T in[kW] = {}, out[kW], der[kW];
      std::memcpy(in, z + i, sizeof(T) * static_cast<std::size_t>(n - i));
      activateLane<T>(act.kind, param, load(in), yl, dl);
      store(out, yl);
      store(der, dl);
      std::memcpy(y + i, out, sizeof(T) * static_cast<std::size_t>(n - i));
      if (d) std::memcpy(d + i, der, sizeof(T) * static_cast<std::size_t>(n - i));
    }
    return;
  }
  const auto count = static_cast<std::size_t>(n);
  const std::span<const T> zs(z, count);
  if (d)
    evaluateBoth<T>(act, zs, std::span<T>(y, count), std::span<T>(d, count));
  else
    evaluate<T>(act, zs, std::span<T>(y, count));
}

// Bit test for ±inf and NaN (exponent all ones), vectorisable as an integer OR.
template <typename T>
inline bool allFinite(const T* v, std::size_t n) {
  using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
  constexpr Bits exponent =
      static_cast<Bits>(sizeof(T) == 4 ? 0x7f800000ull : 0x7ff0000000000000ull);
  Bits bad = 0;
  for (std::size_t i = 0; i < n; ++i)
    bad |= static_cast<Bits>((std::bit_cast<Bits>(v[i]) & exponent) == exponent);
  return bad == 0;
}

}  // namespace relulab::core::kernels

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
