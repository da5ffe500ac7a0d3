#include "core/model/sample_matrix.h"

#include <array>

namespace relulab::core {

template <typename T>
SampleMatrix<T>::SampleMatrix(std::span<const Point> points, FeatureSet features)
    : count_(static_cast<int>(points.size())), inputs_(features.count()) {
  // Round up to whole chunks, plus one chunk of zeros, so that a block starting
  // anywhere in it may read a full chunk.
  stride_ = ((count_ + kLanes<T> - 1) / kLanes<T> + 1) * kLanes<T>;
  x_.assign(static_cast<std::size_t>(stride_ * inputs_), T(0));
  targets_.assign(static_cast<std::size_t>(stride_), T(0));
  std::array<double, kFeatureCount> f{};
  for (int i = 0; i < count_; ++i) {
    const Point& p = points[static_cast<std::size_t>(i)];
    features.compute(p.x1, p.x2, f.data());
    for (int k = 0; k < inputs_; ++k)
      x_[static_cast<std::size_t>(k * stride_ + i)] = static_cast<T>(f[k]);
    targets_[static_cast<std::size_t>(i)] = static_cast<T>(p.label);
  }
}

template class SampleMatrix<float>;
template class SampleMatrix<double>;

}  // namespace relulab::core
