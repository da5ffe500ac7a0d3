#pragma once

// A bounded-memory time series of metric rows. Each row is (step, values…)
// with fixed columns. When the store is full, every other kept row is dropped
// and the keep-stride doubles, so memory stays flat however long a run goes
// (10 M steps included) while the series keeps evenly spaced rows from start
// to end: after decimation the store holds the rows whose step is a multiple
// of stride(). The newest row is always kept as well, in a separate slot,
// until a newer one replaces it, so the end of a run is never lost.
//
// Not thread-safe; copy it to hand it over (a copy is one vector).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace relulab::core {

class History {
 public:
  // Everything a History holds, to save it and read it back exactly.
  struct State {
    std::vector<std::string> columns;
    std::size_t capacity = 64;
    std::int64_t stride = 1;
    std::vector<std::int64_t> steps;
    std::vector<double> values;  // row-major
    std::optional<std::int64_t> latestStep;
    std::vector<double> latest;
    bool operator==(const State&) const = default;
  };
  State state() const;
  // Empty when `state` is one a History can be in (the sizes agree, the
  // stride is a power of two that divides every kept step, steps increase);
  // otherwise what is wrong, in English, naming the field.
  static std::optional<std::string> check(const State& state);
  // Precondition: check(state) is empty.
  static History fromState(const State& state);

  // maxValues: memory budget in values (8 bytes each); rows = max(64, maxValues / columns).
  explicit History(std::vector<std::string> columns = {}, std::size_t maxValues = 1u << 20);

  const std::vector<std::string>& columns() const { return columns_; }
  std::size_t capacity() const { return capacity_; }  // rows
  std::int64_t stride() const { return stride_; }

  // Whether a row at `step` would be kept in the store (callers skip costly
  // measurements otherwise). Steps must not decrease between appends.
  bool wants(std::int64_t step) const { return step % stride_ == 0; }
  // Precondition: values.size() == columns().size(); steps non-decreasing.
  void append(std::int64_t step, std::span<const double> values);

  // The rows in step order: the store, then the newest row if it is not in it.
  std::size_t size() const;
  std::int64_t step(std::size_t row) const;
  std::span<const double> row(std::size_t row) const;
  // One column over all rows, e.g. for a chart.
  std::vector<double> column(std::size_t index) const;
  void clear();

  // "step,<columns>\n" then one line per row; numbers in the shortest form that
  // reads back exactly (std::to_chars), so equal runs give byte-equal files.
  void writeCsv(std::ostream& out) const;

 private:
  void decimate();

  std::vector<std::string> columns_;
  std::size_t capacity_ = 64;
  std::int64_t stride_ = 1;
  std::vector<std::int64_t> steps_;
  std::vector<double> values_;  // row-major, columns_.size() per row
  bool hasLatest_ = false;      // newest row not in the store
  std::int64_t latestStep_ = 0;
  std::vector<double> latest_;
};

}  // namespace relulab::core
