// The public array forms of core/activations/activation.h: each runs the
// active CPU path's build of the kernels (core/cpu/cpu.h).

#include "core/activations/activation.h"
#include "core/cpu/kernels.h"

namespace relulab::core {

template <typename T>
void evaluate(const Activation& a, std::span<const T> x, std::span<T> y) {
  cpu::kernels().arrays<T>().value(a, x, y);
}
template <typename T>
void evaluateDerivative(const Activation& a, std::span<const T> x, std::span<T> dydx) {
  cpu::kernels().arrays<T>().derivative(a, x, dydx);
}
template <typename T>
void evaluateParamDerivative(const Activation& a, std::span<const T> x, std::span<T> dydp) {
  cpu::kernels().arrays<T>().paramDerivative(a, x, dydp);
}
template <typename T>
void evaluateBoth(const Activation& a, std::span<const T> x, std::span<T> y, std::span<T> dydx) {
  cpu::kernels().arrays<T>().both(a, x, y, dydx);
}

#define RELULAB_INSTANTIATE(T)                                                                   \
  template void evaluate<T>(const Activation&, std::span<const T>, std::span<T>);                \
  template void evaluateDerivative<T>(const Activation&, std::span<const T>, std::span<T>);      \
  template void evaluateParamDerivative<T>(const Activation&, std::span<const T>, std::span<T>); \
  template void evaluateBoth<T>(const Activation&, std::span<const T>, std::span<T>, std::span<T>);
RELULAB_INSTANTIATE(float)
RELULAB_INSTANTIATE(double)
#undef RELULAB_INSTANTIATE

}  // namespace relulab::core
