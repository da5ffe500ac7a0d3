#include "core/training/batch_sampler.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <stdexcept>

namespace relulab::core {

template <typename T>
BatchSampler<T>::BatchSampler(std::span<const Point> train, FeatureSet features, int batchSize,
                              BatchOrder order, Rng rng)
    : points_(train.begin(), train.end()), features_(features), order_(order), rng_(rng) {
  if (points_.empty()) throw std::invalid_argument("BatchSampler: empty training set");
  setBatchSize(batchSize);
}

template <typename T>
std::vector<std::uint32_t> BatchSampler<T>::nextPermutation() {
  std::vector<std::uint32_t> p(points_.size());
  std::iota(p.begin(), p.end(), 0U);
  if (order_ == BatchOrder::ReshuffleEachEpoch) rng_.shuffle(p);
  return p;
}

template <typename T>
void BatchSampler<T>::setBatchSize(int size) {
  if (size < 1 || static_cast<std::size_t>(size) > points_.size())
    throw std::invalid_argument("BatchSampler: batch size outside [1, training-set size]");
  batch_ = size;
  rebuild();
}

template <typename T>
void BatchSampler<T>::rebuild() {
  const auto n = static_cast<std::int64_t>(points_.size());
  const std::int64_t length = n + batch_ + kLanes<T>;
  while (static_cast<std::int64_t>(permutations_.size()) * n < length)
    permutations_.push_back(nextPermutation());
  stride_ = length;
  const int inputs = features_.count();
  x_.assign(static_cast<std::size_t>(stride_ * inputs), T(0));
  targets_.assign(static_cast<std::size_t>(stride_), T(0));
  std::array<double, kFeatureCount> f{};
  for (std::int64_t i = 0; i < length; ++i) {
    const auto& perm = permutations_[static_cast<std::size_t>(i / n)];
    const Point& p = points_[perm[static_cast<std::size_t>(i % n)]];
    features_.compute(p.x1, p.x2, f.data());
    for (int k = 0; k < inputs; ++k)
      x_[static_cast<std::size_t>(k * stride_ + i)] =
          static_cast<T>(f[static_cast<std::size_t>(k)]);
    targets_[static_cast<std::size_t>(i)] = static_cast<T>(p.label);
  }
}

template <typename T>
SampleBlock<T> BatchSampler<T>::current() {
  const auto n = static_cast<std::int64_t>(points_.size());
  if (offset_ >= n) {  // the batch starts in the next epoch: shift the stream by one epoch
    offset_ -= n;
    permutations_.pop_front();
    while (static_cast<std::int64_t>(permutations_.size()) * n < stride_)
      permutations_.push_back(nextPermutation());
    // ShuffleOnce: every epoch has the same order, so the buffer is unchanged.
    if (order_ == BatchOrder::ReshuffleEachEpoch) rebuild();
  }
  return {x_.data() + offset_, stride_, targets_.data() + offset_, batch_};
}

template <typename T>
typename BatchSampler<T>::State BatchSampler<T>::state() const {
  State s;
  s.rng = rng_.state();
  if (order_ == BatchOrder::ReshuffleEachEpoch)
    s.permutations.assign(permutations_.begin(), permutations_.end());
  s.offset = offset_;
  s.served = served_;
  return s;
}

template <typename T>
std::optional<std::string> BatchSampler<T>::check(const State& s) const {
  const auto n = static_cast<std::int64_t>(points_.size());
  if (!Rng::validState(s.rng)) return "rng: the all-zero state is not a generator's";
  if (s.served < 0) return "served: must be ≥ 0";
  // After advance() the offset may pass the epoch's end by up to a batch;
  // current() moves it into the next epoch.
  if (s.offset < 0 || s.offset >= n + batch_)
    return "offset: must lie in [0, training-set size + batch size)";
  if (order_ == BatchOrder::ShuffleOnce) {
    if (!s.permutations.empty()) return "permutations: the order is shuffled once, not per epoch";
    return std::nullopt;
  }
  if (static_cast<std::int64_t>(s.permutations.size()) * n < n + batch_ + kLanes<T>)
    return "permutations: too few epochs' orders for the batch size";
  std::vector<char> seen(points_.size());
  for (const auto& p : s.permutations) {
    if (p.size() != points_.size())
      return "permutations: each must order every training point once";
    std::fill(seen.begin(), seen.end(), 0);
    for (const std::uint32_t i : p) {
      if (i >= points_.size() || seen[i])
        return "permutations: each must order every training point once";
      seen[i] = 1;
    }
  }
  return std::nullopt;
}

template <typename T>
void BatchSampler<T>::restore(const State& s) {
  if (auto problem = check(s)) throw std::invalid_argument("BatchSampler::restore: " + *problem);
  rng_ = Rng::fromState(s.rng);
  permutations_.assign(s.permutations.begin(), s.permutations.end());
  offset_ = s.offset;
  served_ = s.served;
  rebuild();  // ShuffleOnce: identity orders, drawn without the generator
}

template class BatchSampler<float>;
template class BatchSampler<double>;

}  // namespace relulab::core
