#pragma once

// The GUI-side handle on a ThreadWorker: owns the QThread and the worker in
// it, passes commands in as queued calls, and stops both cleanly. Results
// come back through the worker's own signals, which the derived handle
// connects (queued, since the worker lives in another thread).
// Thread: GUI only (the thread that created it).

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "ui/common/thread_worker.h"

namespace relulab::ui {

class WorkerThread : public QObject {
  Q_OBJECT

 public:
  // Calls shutdown(). A derived handle whose members the worker reads
  // calls it in its own destructor, while they still exist.
  ~WorkerThread() override;

  // Stops the worker for good (ThreadWorker::requestStop), interrupts its
  // thread, quits its event loop and waits for it: a call in progress
  // returns at its next check. The worker is deleted in its thread as the
  // thread finishes. Later commands do nothing; a second call does nothing.
  void shutdown();

 protected:
  // Takes the worker (which has no parent) and moves it to a new thread
  // called `threadName`, which is not started yet: connect the worker's
  // signals first, then call startThread().
  WorkerThread(std::unique_ptr<ThreadWorker> worker, const QString& threadName,
               QObject* parent = nullptr);

  // Starts the thread; the worker's start() runs there before any command.
  void startThread();

  // The worker, as its own class W; null after shutdown(). Use it to connect
  // its signals and for its thread-safe (thread: any) functions only.
  template <typename W>
  W* worker() const {
    return static_cast<W*>(worker_);
  }

  // Runs f(w) on the worker's thread, with w the worker as W&, after every
  // command posted before it (the order queued signals keep). f is moved
  // there, so it must hold its arguments by value, never a reference to the
  // caller's state. Nothing after shutdown().
  template <typename W, typename F>
  void post(F f) {
    if (!worker_) return;
    W* target = static_cast<W*>(worker_);
    QMetaObject::invokeMethod(
        worker_, [target, f = std::move(f)]() mutable { f(*target); }, Qt::QueuedConnection);
  }

  // Runs f(w) on the worker's thread after every command posted before it,
  // and waits for its result (the worker answers between two slices, within
  // milliseconds). Empty after shutdown(). Never call it from the worker.
  template <typename W, typename F>
  auto ask(F f) -> std::optional<decltype(f(std::declval<W&>()))> {
    if (!worker_) return std::nullopt;
    W* target = static_cast<W*>(worker_);
    std::optional<decltype(f(std::declval<W&>()))> answer;
    QMetaObject::invokeMethod(
        worker_, [target, &f, &answer] { answer = f(*target); }, Qt::BlockingQueuedConnection);
    return answer;
  }
  // post() for one of the worker's functions: (w.*command)(args...) with the
  // arguments copied now.
  template <typename W, typename... Params, typename... Args>
  void call(void (W::*command)(Params...), Args&&... args) {
    post<W>([command, ... copies = std::decay_t<Args>(std::forward<Args>(args))](W& w) {
      (w.*command)(copies...);
    });
  }

 private:
  QThread thread_;
  ThreadWorker* worker_ = nullptr;  // lives in thread_; deleted there when it finishes
};

}  // namespace relulab::ui
