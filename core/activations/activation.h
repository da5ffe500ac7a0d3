#pragma once

// The activation library: ReLU and its variants (plus sigmoid/tanh for
// contrast), each with its value, its derivative with respect to the input,
// and the derivative with respect to its one parameter where it has one.
// Every formula and every convention at a kink matches PyTorch 1.13
// (tests/data/activations.csv holds PyTorch's own values; the tests hold every
// form below to it: 1e-12 relative in double, 1e-6 in float).
//
// Numerics, for every function and both precisions:
//  - NaN in → NaN out, for the value and for both derivatives.
//  - Finite inputs of any size give finite, correct results (no overflow in
//    e^x: the kernels use forms such as σ(x) = e^{−|x|}/(1 + e^{−|x|})), and
//    ±∞ give the limits (GELU(−∞) = 0, softsign(∞) = 1, σ′(∞) = 0), except
//    that a zero Leaky slope or PReLU a gives 0·(−∞) = NaN at −∞.
//  - The scalar forms use the C library's functions; the array forms use
//    vectorised approximations within a few ulp of them (tests check both).
// Everything here is pure and thread-safe.

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relulab::core {

enum class ActivationKind : int {
  Relu,
  LeakyRelu,
  Prelu,
  Elu,
  Selu,
  Celu,
  Gelu,      // erf form: x·Φ(x)
  GeluTanh,  // tanh approximation
  Silu,      // a.k.a. Swish: x·σ(x)
  Mish,
  Softplus,  // β = 1, threshold 20 (linear above β·x > 20), as PyTorch
  Relu6,
  Hardswish,
  Hardsigmoid,
  Hardtanh,  // clamp to [-1, 1]
  Sigmoid,
  Tanh,
  Softsign,
};
inline constexpr int kActivationCount = 18;

// The one tunable parameter of an activation (Leaky slope, PReLU a, ELU/CELU α,
// Softplus β). Valid values lie in [minimum, maximum], with the lower end
// excluded where minimumExclusive (α > 0, β > 0). The range is also what a
// slider in the UI spans.
struct ParameterSpec {
  std::string_view name;    // "negative slope", "a", "alpha", "beta"
  std::string_view symbol;  // rich text: "α", "β", "a"
  double defaultValue;
  double minimum;
  double maximum;
  bool minimumExclusive;
};

// What a teacher points at. Strings are English (UTF-8), marked with RELULAB_TEXT
// in core/activations/activation_info.cpp; the UI translates them in the context "relulab::core".
// Properties hold at the default parameter; where a parameter changes one
// (ELU is C¹ only at α = 1, PReLU with a < 0 is not monotonic) the note or the
// kinks text says so.
struct ActivationInfo {
  ActivationKind kind;
  std::string_view id;           // CLI / file name: "leaky_relu" (golden file's names)
  std::string_view displayName;  // "Leaky ReLU"
  std::string_view formula;      // plain text: "f(x) = max(0, x)"
  std::string_view formulaRich;  // HTML for QLabel
  std::optional<ParameterSpec> parameter;
  std::string_view outputRange;  // "[0, ∞)"
  bool monotonic;                // non-decreasing
  bool smooth;                   // continuously differentiable everywhere (C¹)
  std::string_view kinks;        // where it is not differentiable: "x = 0"; empty if none
  bool zeroCentred;              // outputs of both signs that pull the mean towards 0 (tanh,
                                 // ELU); not the shallow dips of Leaky ReLU, GELU, SiLU, Mish
  bool hardZero;                 // output and gradient exactly 0 on a half-line: units can die
  bool selfNormalizing;
  std::string_view kinkConvention;  // "f′(0) = 0, as PyTorch"; empty if smooth
  std::string_view note;            // one teaching sentence (minimum of GELU, SELU's λ, …)
  // Where f′ is exactly 0, so nothing upstream learns: "x ≤ 0"; empty if nowhere.
  std::string_view flatRegion;
};

// All 18, in enum order.
std::span<const ActivationInfo, kActivationCount> activationInfos();
const ActivationInfo& activationInfo(ActivationKind kind);
// By id ("relu", "leaky_relu", …); also accepts "swish" for SiLU. Exact, lower case.
std::optional<ActivationKind> activationFromId(std::string_view id);
// "relu, leaky_relu, …" for error messages.
std::string activationIdList();

// A chosen activation with its parameter. Build it with makeActivation so the
// parameter is checked (the kernels trust it: CELU divides by α); param is
// ignored by activations without one, and is 0 there when made by makeActivation.
struct Activation {
  ActivationKind kind = ActivationKind::Relu;
  double param = 0.0;
  bool operator==(const Activation&) const = default;
};

// The parameter's default when param is empty. An out-of-range or NaN
// parameter is rejected with a message naming the valid range; never clamped.
// Activations without a parameter ignore param (any value, NaN included).
Result<Activation> makeActivation(ActivationKind kind, std::optional<double> param = {});
// True when p is a valid value of kind's parameter (false if it has none).
bool isValidParameter(ActivationKind kind, double p);
Activation defaultActivation(ActivationKind kind);

// Scalar forms (float and double). paramDerivative is 0 where there is no parameter.
// At a kink the derivative is PyTorch's one-sided choice (ActivationInfo::kinkConvention).
template <typename T>
T value(const Activation& a, T x);
template <typename T>
T derivative(const Activation& a, T x);
template <typename T>
T paramDerivative(const Activation& a, T x);
// f″ by a central difference of the exact f′ (for plots only).
double secondDerivative(const Activation& a, double x);

// Array forms: what training and the plots use. Vectorised (SIMD); x and the
// outputs have equal sizes (std::invalid_argument otherwise); outputs are
// preallocated by the caller. An output may be x itself (in place) but may not
// overlap it otherwise, and y and dydx must not overlap. Any output span may be
// empty to skip it. evaluateBoth shares the work (one e^x) between y and dydx.
// evaluateParamDerivative writes zeros for activations without a parameter.
template <typename T>
void evaluate(const Activation& a, std::span<const T> x, std::span<T> y);
template <typename T>
void evaluateDerivative(const Activation& a, std::span<const T> x, std::span<T> dydx);
template <typename T>
void evaluateBoth(const Activation& a, std::span<const T> x, std::span<T> y, std::span<T> dydx);
template <typename T>
void evaluateParamDerivative(const Activation& a, std::span<const T> x, std::span<T> dydp);

}  // namespace relulab::core
