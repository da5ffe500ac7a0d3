#include "core/studies/study_control.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <thread>

namespace relulab::core {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// What the pool threads share with the calling thread; guarded by `mutex`.
struct Pool {
  std::mutex mutex;
  std::condition_variable changed;
  std::atomic<int> next{0};
  int finishedWorkers = 0;
  int doneCount = 0;
  double doneCost = 0.0;
};

StudyProgress makeProgress(int done, int count, double doneCost, double totalCost,
                           Clock::time_point start) {
  StudyProgress p;
  p.tasksDone = done;
  p.taskCount = count;
  p.fraction = totalCost > 0.0 ? std::clamp(doneCost / totalCost, 0.0, 1.0) : 1.0;
  p.secondsElapsed = secondsSince(start);
  if (p.fraction > 0.0) p.secondsLeft = p.secondsElapsed * (1.0 - p.fraction) / p.fraction;
  return p;
}

}  // namespace

TaskRunReport runTasks(std::span<const double> costs, const std::function<bool(int)>& task,
                       const StudyControl& control) {
  const auto start = Clock::now();
  const int count = static_cast<int>(costs.size());
  const double totalCost = std::accumulate(costs.begin(), costs.end(), 0.0);
  TaskRunReport report;
  report.done.assign(costs.size(), 0);

  int threads =
      control.threads > 0 ? control.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, std::max(count, 1));

  auto notify = [&](const StudyProgress& p) {
    if (control.progress) control.progress(p);
  };

  if (threads == 1) {
    // Inline on the calling thread: no pool, the same order, the same results.
    double doneCost = 0.0;
    for (int i = 0; i < count && !control.cancelled(); ++i) {
      if (!task(i)) break;
      report.done[i] = 1;
      ++report.doneCount;
      doneCost += costs[i];
      notify(makeProgress(report.doneCount, count, doneCost, totalCost, start));
    }
  } else {
    Pool pool;
    auto worker = [&] {
      for (;;) {
        if (control.cancelled()) break;
        const int i = pool.next.fetch_add(1);
        if (i >= count) break;
        const bool finished = task(i);
        std::lock_guard lock(pool.mutex);
        if (finished) {
          report.done[i] = 1;
          ++pool.doneCount;
          pool.doneCost += costs[i];
        }
        pool.changed.notify_one();
        if (!finished) break;
      }
      std::lock_guard lock(pool.mutex);
      ++pool.finishedWorkers;
      pool.changed.notify_one();
    };
    std::vector<std::jthread> workers;
    workers.reserve(threads);
    for (int t = 0; t < threads; ++t) workers.emplace_back(worker);

    // The calling thread only reports: the callback runs here, unlocked.
    std::unique_lock lock(pool.mutex);
    int reported = 0;
    while (pool.finishedWorkers < threads) {
      pool.changed.wait(
          lock, [&] { return pool.doneCount != reported || pool.finishedWorkers == threads; });
      if (pool.doneCount != reported) {
        reported = pool.doneCount;
        const StudyProgress p = makeProgress(reported, count, pool.doneCost, totalCost, start);
        lock.unlock();
        notify(p);
        lock.lock();
      }
    }
    report.doneCount = pool.doneCount;
    lock.unlock();
    workers.clear();  // joins (already finished)
  }
  report.cancelled = report.doneCount < count;
  report.seconds = secondsSince(start);
  return report;
}

std::uint64_t studyStream(std::initializer_list<std::uint64_t> keys) {
  // Fold the keys through the SplitMix64 finaliser: a cheap hash whose
  // outputs for nearby keys (width 3 vs 4) are unrelated.
  std::uint64_t h = 0x6a09e667f3bcc909ULL;
  for (std::uint64_t k : keys) {
    std::uint64_t z = h ^ (k + 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    h = z ^ (z >> 31);
  }
  return h;
}

double Proportion::standardError() const {
  return trials > 0 ? std::sqrt(estimate * (1.0 - estimate) / static_cast<double>(trials)) : 0.0;
}

Proportion wilson(std::int64_t successes, std::int64_t trials) {
  Proportion p;
  p.successes = successes;
  p.trials = trials;
  if (trials <= 0) return p;
  constexpr double z = 1.959964;
  const double n = static_cast<double>(trials);
  const double phat = static_cast<double>(successes) / n;
  const double denominator = 1.0 + z * z / n;
  const double centre = (phat + z * z / (2.0 * n)) / denominator;
  const double half = z / denominator * std::sqrt(phat * (1.0 - phat) / n + z * z / (4.0 * n * n));
  p.estimate = phat;
  // At k = 0 (k = n) the lower (upper) end is exactly 0 (1); rounding would
  // leave ±1e−17 there.
  p.lower = successes == 0 ? 0.0 : std::max(0.0, centre - half);
  p.upper = successes == trials ? 1.0 : std::min(1.0, centre + half);
  return p;
}

MeanEstimate meanEstimate(std::span<const double> values) {
  MeanEstimate m;
  m.count = static_cast<std::int64_t>(values.size());
  if (values.empty()) return m;
  double sum = 0.0;
  for (double v : values) sum += v;
  m.mean = sum / static_cast<double>(values.size());
  if (values.size() < 2) return m;
  double squares = 0.0;
  for (double v : values) squares += (v - m.mean) * (v - m.mean);
  const double variance = squares / static_cast<double>(values.size() - 1);
  m.standardError = std::sqrt(variance / static_cast<double>(values.size()));
  return m;
}

CsvText::CsvText(std::initializer_list<std::string_view> header) {
  for (std::string_view h : header) field(h);
  endRow();
}

CsvText& CsvText::field(std::string_view text) {
  if (rowStarted_) text_ += ',';
  text_ += text;
  rowStarted_ = true;
  return *this;
}

void CsvText::endRow() {
  text_ += '\n';
  rowStarted_ = false;
}

}  // namespace relulab::core
