#include "ui/common/worker_thread.h"

namespace relulab::ui {

WorkerThread::WorkerThread(std::unique_ptr<ThreadWorker> worker, const QString& threadName,
                           QObject* parent)
    : QObject(parent), worker_(worker.release()) {
  thread_.setObjectName(threadName);
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(&thread_, &QThread::started, worker_, &ThreadWorker::start);
}

WorkerThread::~WorkerThread() {
  shutdown();
}

void WorkerThread::startThread() {
  thread_.start();
}

void WorkerThread::shutdown() {
  if (!worker_) return;
  if (!thread_.isRunning() && !thread_.isFinished()) {  // never started: nothing will delete it
    delete worker_;
    worker_ = nullptr;
    return;
  }
  worker_->requestStop();  // atomic: a call in progress returns at its next check
  thread_.requestInterruption();
  thread_.quit();
  thread_.wait();
  worker_ = nullptr;  // deleted in its thread as the thread finished
}

}  // namespace relulab::ui
