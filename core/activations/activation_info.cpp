// The descriptor table (what a teacher points at), ids, and parameter checks.
// Numbers in the notes: minima found numerically (GELU −0.16997 at −0.75179,
// SiLU −0.27846 at −1.27846, Mish −0.30884 at −1.19243); SELU's constants
// from Klambauer et al. (2017); the GELU/tanh gap from a dense grid.

#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/activations/activation.h"
#include "core/base/ids.h"
#include "core/base/number_text.h"

namespace relulab::core {
namespace {

using K = ActivationKind;

constexpr ParameterSpec kLeakySlope{RELULAB_TEXT("negative slope"), "s", 0.01, 0.0, 1.0, false};
constexpr ParameterSpec kPreluA{"a", "a", 0.25, -1.0, 1.0, false};
constexpr ParameterSpec kAlpha{RELULAB_TEXT("alpha"), "α", 1.0, 0.0, 10.0, true};
constexpr ParameterSpec kBeta{RELULAB_TEXT("beta"), "β", 1.0, 0.0, 20.0, true};

// clang-format off
constexpr std::array<ActivationInfo, kActivationCount> kInfos{{
    {K::Relu, "relu", RELULAB_TEXT("ReLU"),
     RELULAB_TEXT("f(x) = max(0, x)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = max(0, <i>x</i>)"),
     std::nullopt, RELULAB_TEXT("[0, ∞)"), true, false, RELULAB_TEXT("x = 0"), false, true, false,
     RELULAB_TEXT("f′(0) = 0, as PyTorch"),
     RELULAB_TEXT("Cheap and non-saturating for x > 0, but a unit whose input stays negative "
                  "outputs 0 with gradient 0: it is dead."),
     RELULAB_TEXT("x ≤ 0")},
    {K::LeakyRelu, "leaky_relu", RELULAB_TEXT("Leaky ReLU"),
     RELULAB_TEXT("f(x) = x if x > 0, else s·x"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else <i>s</i>·<i>x</i>"),
     kLeakySlope, RELULAB_TEXT("(−∞, ∞)"), true, false, RELULAB_TEXT("x = 0"), false, false, false,
     RELULAB_TEXT("f′(0) = s (the left-hand slope), as PyTorch"),
     RELULAB_TEXT("A small slope for x < 0 (0.01 by default, Maas et al., 2013) keeps a gradient "
                  "flowing, so units never die; at s = 0 it is ReLU again."),
     ""},
    {K::Prelu, "prelu", RELULAB_TEXT("PReLU"),
     RELULAB_TEXT("f(x) = x if x > 0, else a·x"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else <i>a</i>·<i>x</i>"),
     kPreluA, RELULAB_TEXT("(−∞, ∞)"), true, false, RELULAB_TEXT("x = 0"), false, false, false,
     RELULAB_TEXT("f′(0) = a (the left-hand slope), as PyTorch"),
     RELULAB_TEXT("Leaky ReLU whose slope a is learned (He et al., 2015, from a = 0.25); He init "
                  "for it uses Var[w] = 2/((1 + a²)·n), and a < 0 makes it non-monotonic."),
     ""},
    {K::Elu, "elu", RELULAB_TEXT("ELU"),
     RELULAB_TEXT("f(x) = x if x > 0, else α·(eˣ − 1)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else "
                  "α·(<i>e</i><sup><i>x</i></sup> − 1)"),
     kAlpha, RELULAB_TEXT("(−α, ∞)"), true, true,
     RELULAB_TEXT("x = 0 when α ≠ 1"), true, false, false,
     RELULAB_TEXT("f′(0) = α (the left-hand slope), as PyTorch"),
     RELULAB_TEXT("Saturates smoothly to −α for very negative inputs, which pulls mean "
                  "activations towards zero (Clevert et al., 2015); continuously differentiable "
                  "only at α = 1."),
     ""},
    {K::Selu, "selu", RELULAB_TEXT("SELU"),
     RELULAB_TEXT("f(x) = λ·x if x > 0, else λ·α·(eˣ − 1); λ ≈ 1.0507, α ≈ 1.6733"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = λ<i>x</i> if <i>x</i> &gt; 0, else "
                  "λα(<i>e</i><sup><i>x</i></sup> − 1); λ ≈ 1.0507, α ≈ 1.6733"),
     std::nullopt, RELULAB_TEXT("(−λα, ∞) ≈ (−1.7581, ∞)"), true, false,
     RELULAB_TEXT("x = 0"), true, false, true,
     RELULAB_TEXT("f′(0) = λα ≈ 1.7581 (the left-hand slope), as PyTorch"),
     RELULAB_TEXT("λ ≈ 1.0507 and α ≈ 1.6733 are chosen so that activations keep mean 0 and "
                  "variance 1 through layers with LeCun-normal init (Klambauer et al., 2017)."),
     ""},
    {K::Celu, "celu", RELULAB_TEXT("CELU"),
     RELULAB_TEXT("f(x) = x if x > 0, else α·(e^(x/α) − 1)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else "
                  "α·(<i>e</i><sup><i>x</i>/α</sup> − 1)"),
     kAlpha, RELULAB_TEXT("(−α, ∞)"), true, true, "", true, false, false, "",
     RELULAB_TEXT("ELU with the exponent scaled by 1/α, so that f′(0) = 1 from both sides and "
                  "the curve is continuously differentiable for every α (Barron, 2017)."),
     ""},
    {K::Gelu, "gelu", RELULAB_TEXT("GELU"),
     RELULAB_TEXT("f(x) = x·Φ(x) = x/2·(1 + erf(x/√2))"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i>·Φ(<i>x</i>) = <i>x</i>/2·(1 + erf(<i>x</i>/√2))"),
     std::nullopt, RELULAB_TEXT("[−0.170, ∞)"), false, true, "", false, false, false, "",
     RELULAB_TEXT("Weights x by the probability Φ(x) that a standard normal lies below it "
                  "(Hendrycks & Gimpel, 2016); minimum ≈ −0.170 at x ≈ −0.752, so not monotonic."),
     ""},
    {K::GeluTanh, "gelu_tanh", RELULAB_TEXT("GELU (tanh approximation)"),
     RELULAB_TEXT("f(x) = x/2·(1 + tanh(√(2/π)·(x + 0.044715·x³)))"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i>/2·(1 + tanh(√(2/π)·(<i>x</i> + "
                  "0.044715<i>x</i><sup>3</sup>)))"),
     std::nullopt, RELULAB_TEXT("[−0.170, ∞)"), false, true, "", false, false, false, "",
     RELULAB_TEXT("The tanh approximation of GELU from the same paper, cheaper before fast erf "
                  "existed; it stays within 4.8e−4 of the erf form (the largest gap is near "
                  "|x| = 2.7)."),
     ""},
    {K::Silu, "silu", RELULAB_TEXT("SiLU (Swish)"),
     RELULAB_TEXT("f(x) = x·σ(x) = x/(1 + e⁻ˣ)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i>·σ(<i>x</i>) = <i>x</i>/(1 + "
                  "<i>e</i><sup>−<i>x</i></sup>)"),
     std::nullopt, RELULAB_TEXT("[−0.278, ∞)"), false, true, "", false, false, false, "",
     RELULAB_TEXT("x·σ(x), found by automated search as Swish (Ramachandran et al., 2017); "
                  "minimum ≈ −0.278 at x ≈ −1.278, so not monotonic."),
     ""},
    {K::Mish, "mish", RELULAB_TEXT("Mish"),
     RELULAB_TEXT("f(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + eˣ))"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i>·tanh(ln(1 + <i>e</i><sup><i>x</i></sup>))"),
     std::nullopt, RELULAB_TEXT("[−0.309, ∞)"), false, true, "", false, false, false, "",
     RELULAB_TEXT("x·tanh(softplus(x)) (Misra, 2019), a close cousin of SiLU; minimum ≈ −0.309 "
                  "at x ≈ −1.192, so not monotonic."),
     ""},
    {K::Softplus, "softplus", RELULAB_TEXT("Softplus"),
     RELULAB_TEXT("f(x) = ln(1 + e^(βx))/β, or x where βx > 20"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = ln(1 + <i>e</i><sup>β<i>x</i></sup>)/β, or <i>x</i> "
                  "where β<i>x</i> &gt; 20"),
     kBeta, RELULAB_TEXT("(0, ∞)"), true, true, "", false, false, false, "",
     RELULAB_TEXT("A smooth ReLU whose derivative is the sigmoid σ(βx); as PyTorch it returns x "
                  "itself where βx > 20, a jump of under 2.1e−9/β."),
     ""},
    {K::Relu6, "relu6", RELULAB_TEXT("ReLU6"),
     RELULAB_TEXT("f(x) = min(max(0, x), 6)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = min(max(0, <i>x</i>), 6)"),
     std::nullopt, RELULAB_TEXT("[0, 6]"), true, false,
     RELULAB_TEXT("x = 0 and x = 6"), false, true, false,
     RELULAB_TEXT("f′(0) = 0 and f′(6) = 0, as PyTorch"),
     RELULAB_TEXT("ReLU capped at 6, used in MobileNets because bounded activations survive "
                  "low-precision arithmetic; the gradient is 0 beyond both ends."),
     RELULAB_TEXT("x ≤ 0 and x ≥ 6")},
    {K::Hardswish, "hardswish", RELULAB_TEXT("Hardswish"),
     RELULAB_TEXT("f(x) = x·min(max(0, x + 3), 6)/6"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i>·min(max(0, <i>x</i> + 3), 6)/6"),
     std::nullopt, RELULAB_TEXT("[−0.375, ∞)"), false, false,
     RELULAB_TEXT("x = −3 and x = 3"), false, true, false,
     RELULAB_TEXT("f′(−3) = −0.5 and f′(3) = 1 (right-hand slopes), as PyTorch's vectorised path"),
     RELULAB_TEXT("A piecewise-quadratic stand-in for SiLU from MobileNetV3 (Howard et al., "
                  "2019), cheap on phones; minimum −0.375 at x = −1.5."),
     RELULAB_TEXT("x < −3")},
    {K::Hardsigmoid, "hardsigmoid", RELULAB_TEXT("Hardsigmoid"),
     RELULAB_TEXT("f(x) = min(max(0, x + 3), 6)/6"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = min(max(0, <i>x</i> + 3), 6)/6"),
     std::nullopt, RELULAB_TEXT("[0, 1]"), true, false,
     RELULAB_TEXT("x = −3 and x = 3"), false, true, false,
     RELULAB_TEXT("f′(−3) = 0 and f′(3) = 0, as PyTorch"),
     RELULAB_TEXT("A piecewise-linear sigmoid: a straight line of slope exactly 1/6 from (−3, 0) "
                  "to (3, 1), flat outside."),
     RELULAB_TEXT("x ≤ −3 and x ≥ 3")},
    {K::Hardtanh, "hardtanh", RELULAB_TEXT("Hardtanh"),
     RELULAB_TEXT("f(x) = min(max(−1, x), 1)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = min(max(−1, <i>x</i>), 1)"),
     std::nullopt, RELULAB_TEXT("[−1, 1]"), true, false,
     RELULAB_TEXT("x = −1 and x = 1"), true, false, false,
     RELULAB_TEXT("f′(−1) = 0 and f′(1) = 0, as PyTorch"),
     RELULAB_TEXT("tanh replaced by a clamp to [−1, 1]; the gradient is exactly 0 outside, so a "
                  "unit stuck there stops learning although its output is not 0."),
     RELULAB_TEXT("x ≤ −1 and x ≥ 1")},
    {K::Sigmoid, "sigmoid", RELULAB_TEXT("Sigmoid"),
     RELULAB_TEXT("f(x) = σ(x) = 1/(1 + e⁻ˣ)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = σ(<i>x</i>) = 1/(1 + <i>e</i><sup>−<i>x</i></sup>)"),
     std::nullopt, RELULAB_TEXT("(0, 1)"), true, true, "", false, false, false, "",
     RELULAB_TEXT("Its derivative σ(x)·(1 − σ(x)) is at most 1/4 (at x = 0), so gradients shrink "
                  "through stacked sigmoid layers: the vanishing-gradient problem."),
     ""},
    {K::Tanh, "tanh", RELULAB_TEXT("Tanh"),
     RELULAB_TEXT("f(x) = tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = tanh(<i>x</i>) = (<i>e</i><sup><i>x</i></sup> − "
                  "<i>e</i><sup>−<i>x</i></sup>)/(<i>e</i><sup><i>x</i></sup> + "
                  "<i>e</i><sup>−<i>x</i></sup>)"),
     std::nullopt, RELULAB_TEXT("(−1, 1)"), true, true, "", true, false, false, "",
     RELULAB_TEXT("A zero-centred sigmoid, tanh(x) = 2σ(2x) − 1, with slope 1 at 0; it still "
                  "saturates (f′ < 0.01 for |x| > 3), so deep stacks of it learn slowly."),
     ""},
    {K::Softsign, "softsign", RELULAB_TEXT("Softsign"),
     RELULAB_TEXT("f(x) = x/(1 + |x|)"),
     RELULAB_TEXT("<i>f</i>(<i>x</i>) = <i>x</i>/(1 + |<i>x</i>|)"),
     std::nullopt, RELULAB_TEXT("(−1, 1)"), true, true, "", true, false, false, "",
     RELULAB_TEXT("Shaped like tanh but approaches ±1 polynomially, as 1 − 1/|x|, so it "
                  "saturates far more slowly (f′(3) = 1/16 against tanh′(3) ≈ 0.0099)."),
     ""},
}};
// clang-format on

constexpr bool tableInEnumOrder() {
  for (int i = 0; i < kActivationCount; ++i)
    if (static_cast<int>(kInfos[i].kind) != i) return false;
  return true;
}
static_assert(tableInEnumOrder(), "kInfos must list the activations in enum order");

// A text of the table above (marked there) as a message, for the UI to translate.
Message tableText(std::string_view text) {
  return coreMessage(std::string(text).c_str());
}

}  // namespace

std::span<const ActivationInfo, kActivationCount> activationInfos() {
  return kInfos;
}

const ActivationInfo& activationInfo(ActivationKind kind) {
  const int i = static_cast<int>(kind);
  if (i < 0 || i >= kActivationCount)
    throw std::invalid_argument("activationInfo: unknown ActivationKind " + std::to_string(i));
  return kInfos[static_cast<std::size_t>(i)];
}

std::optional<ActivationKind> activationFromId(std::string_view id) {
  if (id == "swish") return ActivationKind::Silu;
  for (const ActivationInfo& info : kInfos)
    if (info.id == id) return info.kind;
  return std::nullopt;
}

std::string activationIdList() {
  return joinIds(kInfos, [](const ActivationInfo& info) { return info.id; });
}

bool isValidParameter(ActivationKind kind, double p) {
  const auto& spec = activationInfo(kind).parameter;
  if (!spec || std::isnan(p)) return false;
  const bool aboveMinimum = spec->minimumExclusive ? p > spec->minimum : p >= spec->minimum;
  return aboveMinimum && p <= spec->maximum;
}

Result<Activation> makeActivation(ActivationKind kind, std::optional<double> param) {
  const ActivationInfo& info = activationInfo(kind);
  if (!info.parameter) return Activation{kind, 0.0};
  const ParameterSpec& spec = *info.parameter;
  const double p = param.value_or(spec.defaultValue);
  if (isValidParameter(kind, p)) return Activation{kind, p};
  // "ELU: alpha must be in (0, 10], got 0"
  const Message name = tableText(info.displayName);
  const Message parameter = tableText(spec.name);
  if (spec.minimumExclusive)
    //: %1 an activation, %2 its parameter, %3 to %4 the valid range, %5 the value given.
    return Result<Activation>::failure(
        coreMessage(RELULAB_TEXT("%1: %2 must be in (%3, %4], got %5"), name, parameter,
                    messageNumber(spec.minimum), messageNumber(spec.maximum), messageNumber(p)));
  //: %1 an activation, %2 its parameter, %3 to %4 the valid range, %5 the value given.
  return Result<Activation>::failure(coreMessage(RELULAB_TEXT("%1: %2 must be in [%3, %4], got %5"),
                                                 name, parameter, messageNumber(spec.minimum),
                                                 messageNumber(spec.maximum), messageNumber(p)));
}

Activation defaultActivation(ActivationKind kind) {
  const auto& spec = activationInfo(kind).parameter;
  return Activation{kind, spec ? spec->defaultValue : 0.0};
}

}  // namespace relulab::core
