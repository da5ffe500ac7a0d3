#pragma once

// Samples laid out for the engine: feature-major, samples contiguous, so that
// one SIMD register holds one input of kLanes<T> samples (16 floats or 8
// doubles on AVX-512). Every block is padded: reads up to the next multiple of
// kLanes past the last sample are valid (zeros), and the kernels mask them out.

#include <cstddef>
#include <span>
#include <vector>

#include "core/training/dataset.h"

namespace relulab::core {

// Samples per chunk: one 64-byte register's worth. The engine processes a
// batch as ceil(size / kLanes) chunks; the unused lanes of the last are masked.
template <typename T>
inline constexpr int kLanes = static_cast<int>(64 / sizeof(T));

// A view of `count` samples: input f of sample i is x[f·stride + i]; its
// target is targets[i]. Reads of x and targets up to index
// count + kLanes − 1 (per feature row) must be valid.
template <typename T>
struct SampleBlock {
  const T* x = nullptr;
  std::ptrdiff_t stride = 0;
  const T* targets = nullptr;
  int count = 0;
};

// Owns a padded block of points with their features computed once.
template <typename T>
class SampleMatrix {
 public:
  SampleMatrix() = default;
  SampleMatrix(std::span<const Point> points, FeatureSet features);

  SampleBlock<T> block() const { return {x_.data(), stride_, targets_.data(), count_}; }
  int size() const { return count_; }
  int inputs() const { return inputs_; }

 private:
  std::vector<T> x_;
  std::vector<T> targets_;
  std::ptrdiff_t stride_ = 0;
  int count_ = 0;
  int inputs_ = 0;
};

extern template class SampleMatrix<float>;
extern template class SampleMatrix<double>;

}  // namespace relulab::core
