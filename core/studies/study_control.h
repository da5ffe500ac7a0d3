#pragma once

// What every headless study shares: progress with an estimate of the time
// left, cancellation, running independent tasks on several threads with
// results that do not depend on the thread count, seeds per task, 95%
// intervals, and CSV text.
//
// Threading contract of a study function: it blocks its caller until every
// task has finished or the cancel flag was seen, so the GUI calls it from a
// worker thread. The progress callback is called on that same (calling)
// thread, never on a pool thread, so it need not be thread-safe.

#include <atomic>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/number_text.h"

namespace relulab::core {

struct StudyProgress {
  int tasksDone = 0;
  int taskCount = 0;
  double fraction = 0.0;  // [0, 1], weighted by each task's estimated cost
  double secondsElapsed = 0.0;
  double secondsLeft = -1.0;  // elapsed·(1 − f)/f; −1 until something is done
};

struct StudyControl {
  // Worker threads; 0 means std::thread::hardware_concurrency(). Results never
  // depend on it: every task draws from its own seeded stream.
  int threads = 0;
  // Called on the calling thread after every finished task (and once at the
  // end). Keep it cheap; a GUI posts it to its own thread and throttles.
  std::function<void(const StudyProgress&)> progress;
  // Set it from any thread to stop: tasks check it between samples or
  // training steps, so a study returns within milliseconds, keeping every
  // finished task's result and marking the rest as not done.
  const std::atomic<bool>* cancel = nullptr;

  bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
};

struct TaskRunReport {
  std::vector<char> done;  // per task: 1 when it ran to the end
  int doneCount = 0;
  bool cancelled = false;
  double seconds = 0.0;
};

// Runs task(i) for i in [0, costs.size()) on control.threads threads (the
// calling thread only when that is 1). Tasks are claimed in index order;
// task(i) writes only to its own slot and returns false when it stopped early
// because control.cancelled(). costs[i] > 0 is task i's estimated cost, for the
// progress fraction and the time estimate.
TaskRunReport runTasks(std::span<const double> costs, const std::function<bool(int)>& task,
                       const StudyControl& control);

// A stream number for Rng(seed, stream) derived from a task's own parameters
// (width, depth, chunk, …), not from its position in the grid: a cell gives
// the same numbers whether or not other cells are run beside it.
std::uint64_t studyStream(std::initializer_list<std::uint64_t> keys);

// A proportion k/n with its Wilson score interval at 95% (z = 1.959964):
//   centre = (p̂ + z²/2n)/(1 + z²/n),
//   half   = z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²).
// Unlike p̂ ± 1.96·√(p̂(1 − p̂)/n) it stays inside [0, 1] and is not of zero
// width when k = 0 or k = n, which is exactly where born-dead rates live.
struct Proportion {
  std::int64_t successes = 0;
  std::int64_t trials = 0;
  double estimate = 0.0;  // k/n (0 when n = 0)
  double lower = 0.0;     // Wilson 95%
  double upper = 1.0;
  double standardError() const;  // √(p̂(1 − p̂)/n)
};
Proportion wilson(std::int64_t successes, std::int64_t trials);

// A mean over independent replicates with its standard error s/√n and the
// normal 95% interval mean ± 1.96·s/√n.
struct MeanEstimate {
  double mean = 0.0;
  double standardError = 0.0;
  std::int64_t count = 0;
  double lower() const { return mean - 1.959964 * standardError; }
  double upper() const { return mean + 1.959964 * standardError; }
};
// From replicate values in the order given (two-pass, so the result is the
// same bit for bit for the same values in the same order).
MeanEstimate meanEstimate(std::span<const double> values);

// Builds CSV text: a header, then rows of fields. Fields are numbers or plain
// ids (no commas or quotes, so nothing needs quoting).
class CsvText {
 public:
  explicit CsvText(std::initializer_list<std::string_view> header);
  CsvText& field(std::string_view text);
  CsvText& field(double value) { return field(formatNumber(value)); }
  CsvText& field(std::int64_t value) { return field(formatNumber(value)); }
  CsvText& field(int value) { return field(static_cast<std::int64_t>(value)); }
  void endRow();
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  bool rowStarted_ = false;
};

}  // namespace relulab::core
