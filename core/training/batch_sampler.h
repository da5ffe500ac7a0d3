#pragma once

// Serves mini-batches as contiguous SampleBlocks, without copying per step.
//
// The training samples form one endless stream: epoch e is the training set
// in order π_e (ShuffleOnce: π_e = the generation order, as TensorFlow
// Playground; ReshuffleEachEpoch: a fresh Fisher–Yates permutation per epoch).
// Batch k is samples [kB, (k + 1)B) of that stream, so a batch may straddle
// two epochs — exactly TFP's behaviour, whose per-node accumulators carry a
// partial batch over into the next epoch. The buffer holds the current epoch
// and the head of the next ones (N + B + kLanes samples), so every batch is
// one contiguous slice. Not thread-safe.

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/random.h"
#include "core/model/sample_matrix.h"
#include "core/training/train_config.h"

namespace relulab::core {

template <typename T>
class BatchSampler {
 public:
  BatchSampler() = default;
  // rng: the batch-order stream (drawn from only for ReshuffleEachEpoch).
  BatchSampler(std::span<const Point> train, FeatureSet features, int batchSize, BatchOrder order,
               Rng rng);

  // The batch at the current position (moving the buffer on by an epoch when
  // the position has passed the end); valid until advance() or setBatchSize().
  // Calling it again without advance() returns the same samples.
  SampleBlock<T> current();
  // Moves past the batch current() returned (after a successful update).
  void advance() {
    offset_ += batch_;
    served_ += batch_;
  }
  // Keeps the position in the stream. 1 ≤ size ≤ training-set size.
  void setBatchSize(int size);
  int batchSize() const { return batch_; }
  std::int64_t samplesServed() const { return served_; }
  // The position in the stream and what is left of the order to come, to
  // save a run. Under ShuffleOnce every epoch's order is the generation
  // order, so `permutations` stays empty.
  struct State {
    Rng::State rng{};
    std::vector<std::vector<std::uint32_t>> permutations;  // π_e, π_{e+1}, …
    std::int64_t offset = 0;                               // within epoch e
    std::int64_t served = 0;
  };
  State state() const;
  // Empty when `state` fits this sampler (the batch size already set), else
  // what is wrong in English, naming the field.
  std::optional<std::string> check(const State& state) const;
  // Precondition: check(state) is empty.
  void restore(const State& state);
  // Samples served divided by the training-set size.
  double epochs() const {
    return static_cast<double>(served_) / static_cast<double>(points_.size());
  }

 private:
  void rebuild();
  std::vector<std::uint32_t> nextPermutation();

  std::vector<Point> points_;
  FeatureSet features_;
  int batch_ = 1;
  BatchOrder order_ = BatchOrder::ShuffleOnce;
  Rng rng_{0};
  std::deque<std::vector<std::uint32_t>> permutations_;  // π_e, π_{e+1}, …
  std::vector<T> x_;                                     // feature-major, stride_ per feature
  std::vector<T> targets_;
  std::ptrdiff_t stride_ = 0;
  std::int64_t offset_ = 0;  // position of the next batch within epoch e
  std::int64_t served_ = 0;
};

extern template class BatchSampler<float>;
extern template class BatchSampler<double>;

}  // namespace relulab::core
