#include "core/training/history.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace relulab::core {

History::History(std::vector<std::string> columns, std::size_t maxValues)
    : columns_(std::move(columns)) {
  const std::size_t width = std::max<std::size_t>(1, columns_.size());
  capacity_ = std::max<std::size_t>(64, maxValues / width);
  capacity_ += capacity_ % 2;  // even, so that halving keeps the first row
  latest_.assign(columns_.size(), 0.0);
}

void History::append(std::int64_t step, std::span<const double> values) {
  if (values.size() != columns_.size())
    throw std::invalid_argument("History::append: wrong number of values");
  if (wants(step)) {
    if (steps_.size() == capacity_) decimate();
  }
  if (wants(step)) {  // may have changed: the stride doubled
    steps_.push_back(step);
    values_.insert(values_.end(), values.begin(), values.end());
    hasLatest_ = false;
  } else {
    latestStep_ = step;
    std::copy(values.begin(), values.end(), latest_.begin());
    hasLatest_ = true;
  }
}

void History::decimate() {
  // Double the stride until at most half the store survives; keep the rows
  // whose step is a multiple of the new stride (in place, order preserved).
  const std::size_t width = columns_.size();
  do {
    stride_ *= 2;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      if (steps_[i] % stride_ != 0) continue;
      steps_[kept] = steps_[i];
      std::copy_n(values_.begin() + static_cast<std::ptrdiff_t>(i * width), width,
                  values_.begin() + static_cast<std::ptrdiff_t>(kept * width));
      ++kept;
    }
    steps_.resize(kept);
    values_.resize(kept * width);
  } while (steps_.size() > capacity_ / 2);
}

std::size_t History::size() const {
  return steps_.size() + (hasLatest_ ? 1 : 0);
}

std::int64_t History::step(std::size_t row) const {
  if (row < steps_.size()) return steps_[row];
  if (hasLatest_ && row == steps_.size()) return latestStep_;
  throw std::out_of_range("History::step");
}

std::span<const double> History::row(std::size_t row) const {
  const std::size_t width = columns_.size();
  if (row < steps_.size()) return {values_.data() + row * width, width};
  if (hasLatest_ && row == steps_.size()) return latest_;
  throw std::out_of_range("History::row");
}

std::vector<double> History::column(std::size_t index) const {
  std::vector<double> out;
  out.reserve(size());
  for (std::size_t r = 0; r < size(); ++r) out.push_back(row(r)[index]);
  return out;
}

void History::clear() {
  stride_ = 1;
  steps_.clear();
  values_.clear();
  hasLatest_ = false;
}

History::State History::state() const {
  State s;
  s.columns = columns_;
  s.capacity = capacity_;
  s.stride = stride_;
  s.steps = steps_;
  s.values = values_;
  if (hasLatest_) {
    s.latestStep = latestStep_;
    s.latest = latest_;
  }
  return s;
}

std::optional<std::string> History::check(const State& s) {
  const std::size_t width = s.columns.size();
  if (s.capacity < 2 || s.capacity % 2 != 0) return "capacity: must be an even number ≥ 2";
  if (s.steps.size() > s.capacity) return "steps: more rows than the capacity";
  if (s.stride < 1 || (s.stride & (s.stride - 1)) != 0) return "stride: must be a power of two";
  if (s.values.size() != s.steps.size() * width)
    return "values: must hold one value per column for every step";
  for (std::size_t i = 0; i < s.steps.size(); ++i) {
    if (s.steps[i] < 0 || s.steps[i] % s.stride != 0)
      return "steps: every step must be a multiple of the stride";
    if (i > 0 && s.steps[i] <= s.steps[i - 1]) return "steps: must increase";
  }
  if (s.latestStep) {
    if (s.latest.size() != width) return "latest: must hold one value per column";
    if (!s.steps.empty() && *s.latestStep <= s.steps.back())
      return "latest_step: must come after the last kept step";
  } else if (!s.latest.empty()) {
    return "latest: given without latest_step";
  }
  return std::nullopt;
}

History History::fromState(const State& s) {
  if (auto problem = check(s)) throw std::invalid_argument("History::fromState: " + *problem);
  History h(s.columns);
  h.capacity_ = s.capacity;
  h.stride_ = s.stride;
  h.steps_ = s.steps;
  h.values_ = s.values;
  h.hasLatest_ = s.latestStep.has_value();
  h.latestStep_ = s.latestStep.value_or(0);
  h.latest_ = s.latestStep ? s.latest : std::vector<double>(s.columns.size(), 0.0);
  return h;
}

void History::writeCsv(std::ostream& out) const {
  out << "step";
  for (const std::string& c : columns_) out << ',' << c;
  out << '\n';
  char buffer[64];
  for (std::size_t r = 0; r < size(); ++r) {
    out << step(r);
    for (const double v : row(r)) {
      const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
      out << ',' << std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer));
    }
    out << '\n';
  }
}

}  // namespace relulab::core
