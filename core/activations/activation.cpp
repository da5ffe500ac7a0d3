// Evaluation: the scalar and array forms of core/activations/activation.h, dispatched on
// ActivationKind to the kernels in core/activation_math_*.h. The descriptor
// table and parameter checks live in core/activations/activation_info.cpp.
//
// Array forms run each kernel over SIMD packets, every element included (the
// tail in a padded packet), so that every CPU path gives the same bits. Two
// outputs at once (evaluateBoth) are one pass writing both, so that the
// shared e^x is computed once.

// GCC 12.2's AVX-512 intrinsics (_mm512_undefined_*, inlined from Eigen's
// packet code) trip -Wmaybe-uninitialized at -O3: GCC bug 105593, fixed in
// 12.3. The warning is about the compiler's own header, so silence it here.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "core/activations/activation.h"
#include "core/activations/activation_math.h"
#include "core/activations/activation_math_exp.h"
#include "core/activations/activation_math_gelu.h"
#include "core/activations/activation_math_piecewise.h"
#include "core/cpu/kernels.h"

namespace relulab::core {
namespace activation_detail {

// Calls f(Kernel{}) with the kernel type of kind; all branches return alike.
template <typename F>
decltype(auto) withKernel(ActivationKind kind, F&& f) {
  switch (kind) {
    case ActivationKind::Relu:
      return f(Relu{});
    case ActivationKind::LeakyRelu:
      return f(LeakyRelu{});
    case ActivationKind::Prelu:
      return f(Prelu{});
    case ActivationKind::Elu:
      return f(Elu{});
    case ActivationKind::Selu:
      return f(Selu{});
    case ActivationKind::Celu:
      return f(Celu{});
    case ActivationKind::Gelu:
      return f(Gelu{});
    case ActivationKind::GeluTanh:
      return f(GeluTanh{});
    case ActivationKind::Silu:
      return f(Silu{});
    case ActivationKind::Mish:
      return f(Mish{});
    case ActivationKind::Softplus:
      return f(Softplus{});
    case ActivationKind::Relu6:
      return f(Relu6{});
    case ActivationKind::Hardswish:
      return f(Hardswish{});
    case ActivationKind::Hardsigmoid:
      return f(Hardsigmoid{});
    case ActivationKind::Hardtanh:
      return f(Hardtanh{});
    case ActivationKind::Sigmoid:
      return f(Sigmoid{});
    case ActivationKind::Tanh:
      return f(Tanh{});
    case ActivationKind::Softsign:
      return f(Softsign{});
  }
  throw std::invalid_argument("activation: unknown ActivationKind " +
                              std::to_string(static_cast<int>(kind)));
}

enum class Output { Value, Derivative, Param };

template <typename K, Output kOut, typename P>
P apply(const P& x, const P& p) {
  if constexpr (kOut == Output::Value) {
    return K::value(x, p);
  } else if constexpr (kOut == Output::Derivative) {
    return K::derivative(x, p);
  } else if constexpr (K::kHasParam) {
    return K::param(x, p);
  } else {
    return cst<P>(0);
  }
}

template <typename K, typename P>
void applyBoth(const P& x, const P& p, P& y, P& dydx) {
  if constexpr (requires { K::both(x, p, y, dydx); }) {
    K::both(x, p, y, dydx);
  } else {
    y = K::value(x, p);
    dydx = K::derivative(x, p);
  }
}

}  // namespace activation_detail
}  // namespace relulab::core

namespace relulab::core {
namespace activation_detail {
namespace {

template <typename T>
void checkSize(std::span<const T> x, std::span<T> out, const char* what) {
  if (!out.empty() && out.size() != x.size())
    throw std::invalid_argument(std::string("activation: ") + what + " has " +
                                std::to_string(out.size()) + " elements, x has " +
                                std::to_string(x.size()));
}

// Every element goes through the packet form, the last few through a packet
// padded with zeros: no element is computed by the scalar form, whose
// rounding differs, so the result does not depend on the packet width (the
// CPU path) or on where the array starts.
// Non-temporal stores of one packet to an address aligned to its size. An
// output far larger than the caches is then written without first reading
// each of its cache lines: a third less memory traffic for the
// bandwidth-bound activations. (None on targets without SSE2.)
#if defined(__SSE2__)
inline void streamStore(float* to, __m128 v) {
  _mm_stream_ps(to, v);
}
inline void streamStore(double* to, __m128d v) {
  _mm_stream_pd(to, v);
}
#endif
#if defined(__AVX__)
inline void streamStore(float* to, __m256 v) {
  _mm256_stream_ps(to, v);
}
inline void streamStore(double* to, __m256d v) {
  _mm256_stream_pd(to, v);
}
#endif
// Outputs from this size on are streamed (well past a core's L2 and its share of L3).
inline constexpr std::size_t kStreamBytes = std::size_t{8} << 20;

// f at x[0…count) (count ≤ one packet) through one packet padded with zeros.
template <typename K, Output kOut, typename T>
void padded(const T* x, T* out, std::size_t count, const Packet<T>& p) {
  constexpr std::size_t kLanes = ei::packet_traits<T>::size;
  T in[kLanes] = {}, res[kLanes];
  std::copy(x, x + count, in);
  ei::pstoreu(res, apply<K, kOut>(ei::ploadu<Packet<T>>(in), p));
  std::copy(res, res + count, out);
}

// Every element goes through the packet form, the first and last few through
// a packet padded with zeros: no element is computed by the scalar form,
// whose rounding differs, so the result does not depend on the packet width
// (the CPU path) or on where the arrays start.
template <typename K, Output kOut, typename T>
void packetLoop(const T* x, T* out, std::size_t n, T param) {
  using P = Packet<T>;
  constexpr std::size_t kLanes = ei::packet_traits<T>::size;
  const P p = ei::pset1<P>(param);
  std::size_t i = 0;
#if defined(__SSE2__)
  if constexpr (requires { streamStore(out, p); }) {
    const auto address = reinterpret_cast<std::uintptr_t>(out);
    if (n * sizeof(T) >= kStreamBytes && address % sizeof(T) == 0) {
      const std::size_t misaligned = address % sizeof(P);
      const std::size_t head = misaligned ? (sizeof(P) - misaligned) / sizeof(T) : 0;
      padded<K, kOut>(x, out, head, p);
      for (i = head; i + 2 * kLanes <= n; i += 2 * kLanes) {
        const P a = apply<K, kOut>(ei::ploadu<P>(x + i), p);
        const P b = apply<K, kOut>(ei::ploadu<P>(x + i + kLanes), p);
        streamStore(out + i, a);
        streamStore(out + i + kLanes, b);
      }
      for (; i + kLanes <= n; i += kLanes)
        streamStore(out + i, apply<K, kOut>(ei::ploadu<P>(x + i), p));
      _mm_sfence();  // the streamed lines are written before anyone reads out
    }
  }
#endif
  // Two packets at a time: two independent chains for the CPU to overlap.
  for (; i + 2 * kLanes <= n; i += 2 * kLanes) {
    const P a = apply<K, kOut>(ei::ploadu<P>(x + i), p);
    const P b = apply<K, kOut>(ei::ploadu<P>(x + i + kLanes), p);
    ei::pstoreu(out + i, a);
    ei::pstoreu(out + i + kLanes, b);
  }
  for (; i + kLanes <= n; i += kLanes)
    ei::pstoreu(out + i, apply<K, kOut>(ei::ploadu<P>(x + i), p));
  if (i < n) padded<K, kOut>(x + i, out + i, n - i, p);
}

template <Output kOut, typename T>
void evaluateOne(const Activation& a, std::span<const T> x, std::span<T> out, const char* what) {
  checkSize(x, out, what);
  if (out.empty()) return;
  withKernel(a.kind, [&](auto kernel) {
    packetLoop<decltype(kernel), kOut>(x.data(), out.data(), x.size(), static_cast<T>(a.param));
  });
}

// y and dydx in one pass. Loads precede stores, so y or dydx may be x itself.
template <typename K, typename T>
void bothLoop(const T* x, T* y, T* dydx, std::size_t n, T param) {
  using P = Packet<T>;
  constexpr std::size_t kLanes = ei::packet_traits<T>::size;
  const P p = ei::pset1<P>(param);
  std::size_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    P yv, dv;
    applyBoth<K>(ei::ploadu<P>(x + i), p, yv, dv);
    ei::pstoreu(y + i, yv);
    ei::pstoreu(dydx + i, dv);
  }
  if (i < n) {
    T in[kLanes] = {}, ys[kLanes], ds[kLanes];
    std::copy(x + i, x + n, in);
    P yv, dv;
    applyBoth<K>(ei::ploadu<P>(in), p, yv, dv);
    ei::pstoreu(ys, yv);
    ei::pstoreu(ds, dv);
    std::copy(ys, ys + (n - i), y + i);
    std::copy(ds, ds + (n - i), dydx + i);
  }
}

template <Output kOut, typename T>
T scalar(const Activation& a, T x) {
  return withKernel(a.kind, [&](auto kernel) {
    return apply<decltype(kernel), kOut>(x, static_cast<T>(a.param));
  });
}

}  // namespace
}  // namespace activation_detail

using activation_detail::Output;

template <typename T>
T value(const Activation& a, T x) {
  return activation_detail::scalar<Output::Value>(a, x);
}
template <typename T>
T derivative(const Activation& a, T x) {
  return activation_detail::scalar<Output::Derivative>(a, x);
}
template <typename T>
T paramDerivative(const Activation& a, T x) {
  return activation_detail::scalar<Output::Param>(a, x);
}

// (f′(x + h) − f′(x − h))/(2h): truncation error ~h²·f⁗/6, rounding ~ε/h;
// h = ε^{1/3}·max(1, |x|) balances the two (~1e−10 relative where smooth).
double secondDerivative(const Activation& a, double x) {
  const double h = std::cbrt(std::numeric_limits<double>::epsilon()) * std::max(1.0, std::abs(x));
  return (derivative(a, x + h) - derivative(a, x - h)) / (2 * h);
}

// The array forms as this CPU path's build compiles them (core/cpu/kernels.h);
// the public ones (activation_arrays.cpp) call the active path's.
namespace cpu::here {

template <typename T>
void evaluate(const Activation& a, std::span<const T> x, std::span<T> y) {
  activation_detail::evaluateOne<Output::Value>(a, x, y, "y");
}
template <typename T>
void evaluateDerivative(const Activation& a, std::span<const T> x, std::span<T> dydx) {
  activation_detail::evaluateOne<Output::Derivative>(a, x, dydx, "dydx");
}
template <typename T>
void evaluateParamDerivative(const Activation& a, std::span<const T> x, std::span<T> dydp) {
  activation_detail::evaluateOne<Output::Param>(a, x, dydp, "dydp");
}
template <typename T>
void evaluateBoth(const Activation& a, std::span<const T> x, std::span<T> y, std::span<T> dydx) {
  if (y.empty() || dydx.empty()) {
    here::evaluate(a, x, y);
    here::evaluateDerivative(a, x, dydx);
    return;
  }
  activation_detail::checkSize(x, y, "y");
  activation_detail::checkSize(x, dydx, "dydx");
  activation_detail::withKernel(a.kind, [&](auto kernel) {
    activation_detail::bothLoop<decltype(kernel)>(x.data(), y.data(), dydx.data(), x.size(),
                                                  static_cast<T>(a.param));
  });
}

}  // namespace cpu::here

#define RELULAB_INSTANTIATE(T)                                                                  \
  template T value<T>(const Activation&, T);                                                    \
  template T derivative<T>(const Activation&, T);                                               \
  template T paramDerivative<T>(const Activation&, T);                                          \
  template void cpu::here::evaluate<T>(const Activation&, std::span<const T>, std::span<T>);    \
  template void cpu::here::evaluateDerivative<T>(const Activation&, std::span<const T>,         \
                                                 std::span<T>);                                 \
  template void cpu::here::evaluateParamDerivative<T>(const Activation&, std::span<const T>,    \
                                                      std::span<T>);                            \
  template void cpu::here::evaluateBoth<T>(const Activation&, std::span<const T>, std::span<T>, \
                                           std::span<T>);
RELULAB_INSTANTIATE(float)
RELULAB_INSTANTIATE(double)
#undef RELULAB_INSTANTIATE

}  // namespace relulab::core
