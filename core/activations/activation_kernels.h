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
#include "core/cpu/kernels.h"

// Lanes are passed by value between inline functions of this header and the
// engine's kernels, all built with the same flags; without AVX-512 GCC warns
// that such a 64-byte vector argument would change the ABI, which concerns
// only calls across differently compiled units.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace relulab::core::kernels {

// ── Lanes: 16 floats or 8 doubles, 64 bytes, whatever the CPU. A lane is held
// as the target's own vectors (GCC/Clang vector extensions): one AVX-512
// register, two AVX ones or four SSE2/NEON ones. GCC 12 turns a comparison
// or a select on a vector wider than the target's registers into scalar code,
// so the parts are explicit here and every operation runs part by part.
// Element-wise arithmetic is the same on every target and sums run in a fixed
// order (laneSum), so results do not depend on the target (built without
// contracted multiply-adds; see RELULAB_CPU in CMakeLists.txt).
// Comparisons give integer lanes of 0 / −1; select(m, a, b) picks.
#if defined(RELULAB_LANE_BYTES)  // the AVX-512 path (cmake/CpuPaths.cmake)
#define RELULAB_NATIVE_BYTES RELULAB_LANE_BYTES
#elif defined(__AVX512F__)
#define RELULAB_NATIVE_BYTES 64
#elif defined(__AVX__)
#define RELULAB_NATIVE_BYTES 32
#else
#define RELULAB_NATIVE_BYTES 16
#endif
inline constexpr int kNativeBytes = RELULAB_NATIVE_BYTES;
// Lanes are passed by value: every function on them must inline, or the
// value goes through memory (and, wider than a register, through the stack).
#define RELULAB_LANE_INLINE inline __attribute__((always_inline))

template <typename E>
struct MaskOf;
template <>
struct MaskOf<float> {
  using type = std::int32_t;
};
template <>
struct MaskOf<double> {
  using type = std::int64_t;
};
template <>
struct MaskOf<std::int32_t> {
  using type = std::int32_t;
};
template <>
struct MaskOf<std::int64_t> {
  using type = std::int64_t;
};

template <typename E>
struct Pack {
  typedef E Native __attribute__((vector_size(kNativeBytes)));
  using Mask = Pack<typename MaskOf<E>::type>;
  static constexpr int kParts = 64 / kNativeBytes;
  static constexpr int kPer = kNativeBytes / static_cast<int>(sizeof(E));
  static constexpr int kWidth = 64 / static_cast<int>(sizeof(E));
  Native v[kParts];

  // One element, read or written (a vector element has no address).
  struct Ref {
    Pack& p;
    int s;
    operator E() const { return p.v[s / kPer][s % kPer]; }
    Ref& operator=(E x) {
      p.v[s / kPer][s % kPer] = x;
      return *this;
    }
  };
  E operator[](int s) const { return v[s / kPer][s % kPer]; }
  Ref operator[](int s) { return Ref{*this, s}; }

#define RELULAB_PACK_BINARY(op)                                    \
  [[gnu::always_inline]] friend Pack operator op(Pack a, Pack b) { \
    for (int k = 0; k < kParts; ++k) a.v[k] = a.v[k] op b.v[k];    \
    return a;                                                      \
  }                                                                \
  [[gnu::always_inline]] friend Pack operator op(Pack a, E b) {    \
    for (int k = 0; k < kParts; ++k) a.v[k] = a.v[k] op b;         \
    return a;                                                      \
  }                                                                \
  [[gnu::always_inline]] friend Pack operator op(E a, Pack b) {    \
    for (int k = 0; k < kParts; ++k) b.v[k] = a op b.v[k];         \
    return b;                                                      \
  }                                                                \
  [[gnu::always_inline]] Pack& operator op##=(Pack b) {            \
    return *this = *this op b;                                     \
  }
  RELULAB_PACK_BINARY(+)
  RELULAB_PACK_BINARY(-)
  RELULAB_PACK_BINARY(*)
  RELULAB_PACK_BINARY(/)
#undef RELULAB_PACK_BINARY
  [[gnu::always_inline]] friend Pack operator-(Pack a) {
    for (int k = 0; k < kParts; ++k) a.v[k] = -a.v[k];
    return a;
  }
#define RELULAB_PACK_COMPARE(op)                                   \
  [[gnu::always_inline]] friend Mask operator op(Pack a, Pack b) { \
    Mask m;                                                        \
    for (int k = 0; k < kParts; ++k) m.v[k] = a.v[k] op b.v[k];    \
    return m;                                                      \
  }
  RELULAB_PACK_COMPARE(<)
  RELULAB_PACK_COMPARE(<=)
  RELULAB_PACK_COMPARE(>)
  RELULAB_PACK_COMPARE(>=)
  RELULAB_PACK_COMPARE(==)
#undef RELULAB_PACK_COMPARE
};

// Bitwise operations, shifts and selects on integer (mask) packs.
template <typename I>
requires std::is_integral_v<I> RELULAB_LANE_INLINE Pack<I>
operator&(Pack<I> a, Pack<I> b) {
  for (int k = 0; k < Pack<I>::kParts; ++k) a.v[k] &= b.v[k];
  return a;
}
template <typename I>
requires std::is_integral_v<I> RELULAB_LANE_INLINE Pack<I>
operator&(Pack<I> a, I b) {
  for (int k = 0; k < Pack<I>::kParts; ++k) a.v[k] &= b;
  return a;
}
template <typename I>
requires std::is_integral_v<I> RELULAB_LANE_INLINE Pack<I>
operator<<(Pack<I> a, int n) {
  for (int k = 0; k < Pack<I>::kParts; ++k) a.v[k] <<= n;
  return a;
}

// m ? a : b, lane by lane (m from a comparison: 0 or −1).
template <typename E>
RELULAB_LANE_INLINE Pack<E> select(typename Pack<E>::Mask m, Pack<E> a, Pack<E> b) {
  for (int k = 0; k < Pack<E>::kParts; ++k) a.v[k] = m.v[k] ? a.v[k] : b.v[k];
  return a;
}

// Lane-wise conversion (as static_cast on each element).
template <typename To, typename From>
RELULAB_LANE_INLINE Pack<To> convert(Pack<From> a) {
  static_assert(sizeof(To) == sizeof(From));
  Pack<To> r;
  for (int k = 0; k < Pack<To>::kParts; ++k)
    r.v[k] = __builtin_convertvector(a.v[k], typename Pack<To>::Native);
  return r;
}

template <typename T>
using Lane = Pack<T>;
template <typename T>
using LaneMask = typename Pack<T>::Mask;
template <typename T>
inline constexpr int kLaneWidth = static_cast<int>(64 / sizeof(T));
static_assert(sizeof(Lane<float>) == 64 && sizeof(Lane<double>) == 64);

// Unaligned loads and stores through memcpy: no aliasing questions, one move.
template <typename T>
RELULAB_LANE_INLINE Lane<T> load(const T* p) {
  // Part by part: one 64-byte copy would go through the stack in pieces
  // narrower than the reads that follow (a store-forwarding stall).
  Lane<T> v;
  for (int k = 0; k < Lane<T>::kParts; ++k)
    std::memcpy(&v.v[k], p + k * Lane<T>::kPer, sizeof v.v[k]);
  return v;
}
template <typename T>
RELULAB_LANE_INLINE void store(T* p, Lane<T> v) {
  for (int k = 0; k < Lane<T>::kParts; ++k)
    std::memcpy(p + k * Lane<T>::kPer, &v.v[k], sizeof v.v[k]);
}
template <typename T>
RELULAB_LANE_INLINE Lane<T> splat(T x) {
  Lane<T> v;
  for (int k = 0; k < Lane<T>::kParts; ++k) v.v[k] = typename Lane<T>::Native{} + x;
  return v;
}

// Σ of the lanes in a fixed tree order (lane s + lane s + w for w = half, …, 1),
// the same on every target.
template <typename T>
RELULAB_LANE_INLINE T laneSum(Lane<T> v) {
  // Halve across parts first (lane s + lane s + w for w ≥ one part), then
  // within the last part.
  for (int p = Lane<T>::kParts; p > 1; p /= 2)
    for (int j = 0; j < p / 2; ++j) v.v[j] = v.v[j] + v.v[j + p / 2];
  constexpr int kPer = Lane<T>::kPer;
  T s[kPer];
  std::memcpy(s, &v.v[0], sizeof s);
  for (int w = kPer / 2; w >= 1; w /= 2)
    for (int i = 0; i < w; ++i) s[i] = s[i] + s[i + w];
  return s[0];
}

// N vectors of N partial sums each (the sums still to halve at lane distance
// N/2, …, 1) → one vector of their N totals, by a transposing tree.
template <typename V, int N>
RELULAB_LANE_INLINE V transposedSums(const V* v) {
  if constexpr (N == 16) {
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
    return __builtin_shufflevector(p[0], p[1], 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26,
                                   28, 30) +
           __builtin_shufflevector(p[0], p[1], 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27,
                                   29, 31);
  } else if constexpr (N == 8) {
    V r[4], q[2];
    for (int k = 0; k < 4; ++k)
      r[k] = __builtin_shufflevector(v[2 * k], v[2 * k + 1], 0, 1, 2, 3, 8, 9, 10, 11) +
             __builtin_shufflevector(v[2 * k], v[2 * k + 1], 4, 5, 6, 7, 12, 13, 14, 15);
    for (int k = 0; k < 2; ++k)
      q[k] = __builtin_shufflevector(r[2 * k], r[2 * k + 1], 0, 1, 4, 5, 8, 9, 12, 13) +
             __builtin_shufflevector(r[2 * k], r[2 * k + 1], 2, 3, 6, 7, 10, 11, 14, 15);
    return __builtin_shufflevector(q[0], q[1], 0, 2, 4, 6, 8, 10, 12, 14) +
           __builtin_shufflevector(q[0], q[1], 1, 3, 5, 7, 9, 11, 13, 15);
  } else if constexpr (N == 4) {
    V r[2];
    for (int k = 0; k < 2; ++k)
      r[k] = __builtin_shufflevector(v[2 * k], v[2 * k + 1], 0, 1, 4, 5) +
             __builtin_shufflevector(v[2 * k], v[2 * k + 1], 2, 3, 6, 7);
    return __builtin_shufflevector(r[0], r[1], 0, 2, 4, 6) +
           __builtin_shufflevector(r[0], r[1], 1, 3, 5, 7);
  } else {
    static_assert(N == 2);
    return __builtin_shufflevector(v[0], v[1], 0, 2) + __builtin_shufflevector(v[0], v[1], 1, 3);
  }
}

// out[i] = scale · laneSum(lane i of acc) for `count` consecutive lanes, with
// the same additions in the same order as laneSum: each lane's parts are
// halved first, then N lanes at a time (N = elements per register) go
// through transposedSums, which adds the two halves of every lane's partial
// sums while interleaving two lanes' partials into one register, so N sums
// cost N − 1 vector additions instead of N horizontal reductions.
template <typename T>
inline void reduceLanes(const T* acc, std::size_t count, T scale, T* out) {
  using L = Lane<T>;
  using V = typename L::Native;
  constexpr int kN = L::kPer;
  constexpr auto kW = static_cast<std::size_t>(kLaneWidth<T>);
  std::size_t i = 0;
  for (; i + kN <= count; i += kN) {
    V v[kN];
    for (int k = 0; k < kN; ++k) {
      L x = load(acc + (i + static_cast<std::size_t>(k)) * kW);
      for (int p = L::kParts; p > 1; p /= 2)
        for (int j = 0; j < p / 2; ++j) x.v[j] = x.v[j] + x.v[j + p / 2];
      v[k] = x.v[0];
    }
    const V scaled = transposedSums<V, kN>(v) * scale;
    std::memcpy(out + i, &scaled, sizeof scaled);
  }
  for (; i < count; ++i) out[i] = scale * laneSum(load(acc + i * kW));
}

// e^x for x already clamped to [−87, 88] (float). Cody–Waite reduction
// x = n·ln2 + r, |r| ≤ ln2/2, then Cephes expf's degree-7 polynomial for e^r
// (relative error < 1.2e−7), scaled by 2^n built from the exponent bits.
RELULAB_LANE_INLINE Lane<float> expClamped(Lane<float> x) {
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
  const M e = convert<std::int32_t>(n) + 127;  // n ∈ [−126, 127]
  return p * std::bit_cast<Lane<float>>(e << 23);
}

RELULAB_LANE_INLINE Lane<float> absLane(Lane<float> x) {
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
RELULAB_LANE_INLINE Lane<float> tanhLane(Lane<float> z) {
  constexpr float c = 7.90531110763549805f;           // where the evaluation reaches ±1
  Lane<float> x = select(z < splat(c), z, splat(c));  // NaN → c; restored below
  x = select(x > splat(-c), x, splat(-c));
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
  const Lane<float> y = select(absLane(z) < splat(0.0004f), z, p / q);
  return select(z == z, y, z);
}

// σ(z) = 1/(1 + e^{−z}) with e^{−z} clamped to [e^{−87}, e^{80}]: σ is then
// ≥ 1.8e−35 (a normal float; the exact value is smaller but f′ is ~0 either way).
RELULAB_LANE_INLINE Lane<float> sigmoidLane(Lane<float> z) {
  Lane<float> u = -z;
  u = select(u < splat(80.0f), u, splat(80.0f));  // NaN → 80; restored below
  u = select(u > splat(-87.0f), u, splat(-87.0f));
  const Lane<float> y = 1.0f / (1.0f + expClamped(u));
  return select(z == z, y, z);
}

// σ in double, stable on both sides: e^{−|z|} never overflows.
inline double sigmoidStable(double z) {
  const double e = std::exp(-std::fabs(z));
  return z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
}

// One lane of y = f(z) and d = f′(z) for the inlined activations; returns
// false for the others. PReLU takes its slope in `param`.
template <typename T>
RELULAB_LANE_INLINE bool activateLane(ActivationKind kind, T param, Lane<T> z, Lane<T>& y,
                                      Lane<T>& d) {
  const Lane<T> zero{}, one = splat(T(1));
  switch (kind) {
    case ActivationKind::Relu:
      // z ≤ 0 → 0 keeps NaN (as PyTorch's relu does); the gradient there is 0.
      y = select(z <= zero, zero, z);
      d = select(z > zero, one, zero);
      return true;
    case ActivationKind::LeakyRelu:
    case ActivationKind::Prelu:
      y = select(z > zero, z, param * z);
      d = select(z > zero, one, splat(param));
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
  // This path's own build of the array forms, not the public ones: those may
  // be the fused build (core/cpu/fused_arrays.cpp), whose last bits differ.
  if (d)
    cpu::here::evaluateBoth<T>(act, zs, std::span<T>(y, count), std::span<T>(d, count));
  else
    cpu::here::evaluate<T>(act, zs, std::span<T>(y, count));
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
