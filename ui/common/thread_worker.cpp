#include "ui/common/thread_worker.h"

#include <QThread>

namespace relulab::ui {

ThreadWorker::~ThreadWorker() = default;

bool ThreadWorker::stopping() const {
  return stop_.load() || QThread::currentThread()->isInterruptionRequested();
}

}  // namespace relulab::ui
