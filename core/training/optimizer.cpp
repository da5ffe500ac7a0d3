#include "core/training/optimizer.h"

#include <algorithm>
#include <cmath>

namespace relulab::core {

template <typename T>
Optimizer<T>::Optimizer(const ParamLayout& layout) : layout_(layout) {
  for (int i = 0; i < 2; ++i) {
    first_[i].assign(layout_.size, T(0));
    second_[i].assign(layout_.size, T(0));
  }
}

template <typename T>
void Optimizer<T>::reset() {
  for (int i = 0; i < 2; ++i) {
    std::fill(first_[i].begin(), first_[i].end(), T(0));
    std::fill(second_[i].begin(), second_[i].end(), T(0));
  }
  steps_ = 0;
}

template <typename T>
void Optimizer<T>::clear(std::size_t offset, std::size_t count) {
  for (int i = 0; i < 2; ++i) {
    std::fill_n(first_[i].begin() + static_cast<std::ptrdiff_t>(offset), count, T(0));
    std::fill_n(second_[i].begin() + static_cast<std::ptrdiff_t>(offset), count, T(0));
  }
}

template <typename T>
typename Optimizer<T>::State Optimizer<T>::state(bool first, bool second) const {
  State s;
  if (first) s.first.assign(first_[current_].begin(), first_[current_].end());
  if (second) s.second.assign(second_[current_].begin(), second_[current_].end());
  s.steps = steps_;
  return s;
}

template <typename T>
void Optimizer<T>::restore(const State& s) {
  reset();
  for (std::size_t i = 0; i < s.first.size() && i < layout_.size; ++i)
    first_[current_][i] = static_cast<T>(s.first[i]);
  for (std::size_t i = 0; i < s.second.size() && i < layout_.size; ++i)
    second_[current_][i] = static_cast<T>(s.second[i]);
  steps_ = s.steps;
}

template <typename T>
void Optimizer<T>::commit() {
  current_ = 1 - current_;
  ++steps_;
}

template <typename T>
void Optimizer<T>::update(const OptimizerConfig& c, const T* theta, T* g, T* out) {
  const std::size_t n = layout_.size;
  const std::size_t nw = layout_.weightCount;

  // Global-norm clipping (the norm in double: a float sum of squares of large
  // but finite gradients would overflow).
  double sumSq = 0.0;
  if (c.clipNorm > 0.0) {
    for (std::size_t i = 0; i < n; ++i) sumSq += static_cast<double>(g[i]) * g[i];
    lastNorm_ = std::sqrt(sumSq);
    if (lastNorm_ > c.clipNorm) {
      const T scale = static_cast<T>(c.clipNorm / lastNorm_);
      for (std::size_t i = 0; i < n; ++i) g[i] *= scale;
    }
  }

  const T lambda = static_cast<T>(c.regularizationRate);
  if (c.regularization == Regularization::L2 && lambda > T(0)) {
    for (std::size_t i = 0; i < nw; ++i) g[i] += lambda * theta[i];  // ∂(½λw²)/∂w
  } else if (c.regularization == Regularization::L1 && lambda > T(0)) {
    for (std::size_t i = 0; i < nw; ++i)  // ∂(λ|w|)/∂w = λ·sign(w), 0 at 0
      g[i] += theta[i] > T(0) ? lambda : (theta[i] < T(0) ? -lambda : T(0));
  }

  const T lr = static_cast<T>(c.learningRate);
  const T* m0 = first_[current_].data();
  const T* v0 = second_[current_].data();
  T* m1 = first_[1 - current_].data();
  T* v1 = second_[1 - current_].data();
  switch (c.kind) {
    case OptimizerKind::Sgd:
      for (std::size_t i = 0; i < n; ++i) out[i] = theta[i] - lr * g[i];
      break;
    case OptimizerKind::Momentum: {
      const T mu = static_cast<T>(c.momentum);
      for (std::size_t i = 0; i < n; ++i) {
        m1[i] = mu * m0[i] + g[i];
        out[i] = theta[i] - lr * m1[i];
      }
      break;
    }
    case OptimizerKind::Nesterov: {
      const T mu = static_cast<T>(c.momentum);
      for (std::size_t i = 0; i < n; ++i) {
        m1[i] = mu * m0[i] + g[i];
        out[i] = theta[i] - lr * (g[i] + mu * m1[i]);
      }
      break;
    }
    case OptimizerKind::RmsProp: {
      const T rho = static_cast<T>(c.rmsDecay);
      const T eps = static_cast<T>(c.epsilon);
      for (std::size_t i = 0; i < n; ++i) {
        m1[i] = rho * m0[i] + (T(1) - rho) * g[i] * g[i];
        out[i] = theta[i] - lr * g[i] / (std::sqrt(m1[i]) + eps);
      }
      break;
    }
    case OptimizerKind::Adam: {
      const double t = static_cast<double>(steps_ + 1);
      const T b1 = static_cast<T>(c.beta1);
      const T b2 = static_cast<T>(c.beta2);
      const T step = static_cast<T>(c.learningRate / (1.0 - std::pow(c.beta1, t)));
      const T rootC2 = static_cast<T>(std::sqrt(1.0 - std::pow(c.beta2, t)));
      const T eps = static_cast<T>(c.epsilon);
      for (std::size_t i = 0; i < n; ++i) {
        m1[i] = b1 * m0[i] + (T(1) - b1) * g[i];
        v1[i] = b2 * v0[i] + (T(1) - b2) * g[i] * g[i];
        out[i] = theta[i] - step * m1[i] / (std::sqrt(v1[i]) / rootC2 + eps);
      }
      break;
    }
  }

  // L1: a weight that the step carried across zero stops at zero (TFP).
  if (c.regularization == Regularization::L1 && lambda > T(0))
    for (std::size_t i = 0; i < nw; ++i) out[i] = theta[i] * out[i] < T(0) ? T(0) : out[i];
}

template class Optimizer<float>;
template class Optimizer<double>;

}  // namespace relulab::core
