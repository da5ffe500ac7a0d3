#pragma once

// Running a study off the GUI thread. StudiesRunner (GUI side) owns a thread
// with a StudiesWorker in it (WorkerThread): a run goes in as a queued call,
// progress comes back through queued signals at most every
// kProgressIntervalMs, and the outcome comes back by std::shared_ptr<const
// StudyOutcome>. Cancel sets an atomic flag that the core's tasks check
// between samples, so a run stops within milliseconds and still reports what
// it finished.

#include <QElapsedTimer>
#include <QObject>
#include <atomic>

#include "ui/common/thread_worker.h"
#include "ui/common/worker_thread.h"
#include "ui/studies/studies_job.h"

namespace relulab::ui {

// Lives in the runner's thread. Thread: its own.
class StudiesWorker : public ThreadWorker {
  Q_OBJECT

 public:
  static constexpr int kProgressIntervalMs = 50;  // ≤ 20 progress signals a second

  // cancel (per run) belongs to the runner, which outlives the worker's thread.
  explicit StudiesWorker(const std::atomic<bool>* cancel) : cancel_(cancel) {}

  // Runs to the end or until cancelled, then emits finished (always once).
  void run(const StudyConfig& config, int threads, gpu::Backend backend);

 signals:
  void progressed(const relulab::core::StudyProgress& progress);
  void finished(const relulab::ui::StudyOutcomePtr& outcome);

 private:
  const std::atomic<bool>* cancel_;
};

// GUI-side handle. Thread: GUI only. One run at a time.
class StudiesRunner : public WorkerThread {
  Q_OBJECT

 public:
  explicit StudiesRunner(QObject* parent = nullptr);
  // Cancels a run in progress, then shuts the thread down (milliseconds).
  ~StudiesRunner() override;

  bool isRunning() const { return running_; }
  // Starts a run; false (and nothing happens) while one is running.
  // threads: 0 uses every core; backend: where a phase diagram trains.
  bool start(const StudyConfig& config, int threads, gpu::Backend backend = gpu::Backend::Auto);
  // Asks the run to stop; finished follows with the partial outcome.
  void cancel();

 signals:
  void progressed(const relulab::core::StudyProgress& progress);
  void finished(const relulab::ui::StudyOutcomePtr& outcome);

 private:
  void receive(const StudyOutcomePtr& outcome);

  std::atomic<bool> cancel_{false};  // read by the worker's runs; see ~StudiesRunner
  bool running_ = false;
};

}  // namespace relulab::ui
