#pragma once

// For the gradient checks: the points where an activation's derivative jumps
// (or, Softplus, where its threshold switches formula). Central differences
// across them are meaningless, so a check keeps every pre-activation clear.

#include <vector>

#include "core/activations/activation.h"

namespace relulab::test {

inline std::vector<double> kinks(core::ActivationKind kind) {
  using core::ActivationKind;
  switch (kind) {
    case ActivationKind::Relu:
    case ActivationKind::LeakyRelu:
    case ActivationKind::Prelu:
    case ActivationKind::Elu:
    case ActivationKind::Selu:
    case ActivationKind::Celu:
      return {0.0};
    case ActivationKind::Relu6:
      return {0.0, 6.0};
    case ActivationKind::Hardtanh:
      return {-1.0, 1.0};
    case ActivationKind::Hardsigmoid:
    case ActivationKind::Hardswish:
      return {-3.0, 3.0};
    case ActivationKind::Softplus:
      return {20.0};
    default:
      return {};
  }
}

}  // namespace relulab::test
