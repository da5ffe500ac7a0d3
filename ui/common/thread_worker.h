#pragma once

// The worker half of "work on its own thread": a QObject that WorkerThread
// (worker_thread.h) moves into the thread it owns. Commands reach it as
// queued calls and run one at a time on that thread; a long one checks
// stopping() (or hands stopFlag() to the core's loops) so that a shutdown
// never waits for more than one check.

#include <QObject>
#include <atomic>

namespace relulab::ui {

class ThreadWorker : public QObject {
  Q_OBJECT

 public:
  ThreadWorker() = default;
  ~ThreadWorker() override;

  // Thread: the worker's. Runs once, as soon as the thread starts and before
  // any command. Does nothing unless overridden.
  virtual void start() {}

  // Thread: any. For good: work in progress returns at its next check and
  // every later command is a no-op. WorkerThread calls it on shutdown.
  void requestStop() { stop_.store(true); }

 protected:
  // Thread: the worker's. True once requestStop() was called or the thread
  // was asked to stop (QThread::requestInterruption).
  bool stopping() const;
  // The stop flag itself, for the core's loops (core::Trainer::train). Valid
  // as long as this worker.
  const std::atomic<bool>* stopFlag() const { return &stop_; }

 private:
  std::atomic<bool> stop_{false};
};

}  // namespace relulab::ui
