#pragma once

// The update rules of OptimizerConfig (formulas there), applied out of place:
// update() reads θ and writes θ' elsewhere, and keeps its new moments pending
// until commit(). The trainer checks θ' for NaN/∞ first, so a diverging step
// can be dropped without a trace: the last finite state is kept exactly.
// Not thread-safe.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/model/network.h"
#include "core/training/train_config.h"

namespace relulab::core {

template <typename T>
class Optimizer {
 public:
  Optimizer() = default;
  explicit Optimizer(const ParamLayout& layout);

  // θ' = rule(θ, g) into `out` (layout.size values each). Modifies g in place:
  // global-norm clipping, then the penalty on the weights [0, weightCount).
  void update(const OptimizerConfig& config, const T* theta, T* grad, T* out);
  // Adopts the moments of the last update() and counts the step (Adam's t).
  void commit();
  // Forgets all moments and the step count (e.g. when the rule changes).
  void reset();
  // Forgets the moments of parameters [offset, offset + count) (a layer whose
  // activation changed away from PReLU keeps still slopes).
  void clear(std::size_t offset, std::size_t count);
  std::int64_t steps() const { return steps_; }
  // The committed moments (empty for a rule that keeps none) and the step
  // count, to save a run; restore() takes them back (sizes checked by the caller).
  struct State {
    std::vector<double> first, second;
    std::int64_t steps = 0;
  };
  State state(bool first, bool second) const;
  void restore(const State& state);
  // ‖g‖₂ before clipping, from the last update().
  double lastGradientNorm() const { return lastNorm_; }

 private:
  ParamLayout layout_;
  // Moments: first (velocity, m, or RMSProp's s) and second (Adam's v), double
  // buffered: [current_] is committed, [1 − current_] the pending update.
  std::vector<T> first_[2];
  std::vector<T> second_[2];
  int current_ = 0;
  std::int64_t steps_ = 0;
  double lastNorm_ = 0.0;
};

extern template class Optimizer<float>;
extern template class Optimizer<double>;

}  // namespace relulab::core
