// Placeholder: ReLU only, until the full library lands.
#include "core/activation.h"

#include <cmath>
#include <limits>

namespace relulab::core {

namespace {
constexpr ActivationInfo kRelu{ActivationKind::Relu, "relu", "ReLU", "f(x) = max(0, x)",
                               "f(x) = max(0, x)", std::nullopt, "[0, ∞)", true, false, "x = 0",
                               false, true, false, "f′(0) = 0, as PyTorch", ""};
}  // namespace

template <typename T> T value(const Activation&, T x) { return x > T(0) ? x : T(0); }
template <typename T> T derivative(const Activation&, T x) { return x > T(0) ? T(1) : T(0); }
template float value<float>(const Activation&, float);
template double value<double>(const Activation&, double);
template float derivative<float>(const Activation&, float);
template double derivative<double>(const Activation&, double);
const ActivationInfo& activationInfo(ActivationKind) { return kRelu; }

}  // namespace relulab::core
