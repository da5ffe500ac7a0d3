#include "ui/common/sliced_worker_thread.h"

namespace relulab::ui {

SlicedWorkerThread::SlicedWorkerThread(std::unique_ptr<SlicedWorker> worker,
                                       const QString& threadName, QObject* parent)
    : WorkerThread(std::move(worker), threadName, parent) {
  qRegisterMetaType<StepUnit>();
}

void SlicedWorkerThread::play() {
  call(&SlicedWorker::play);
}

void SlicedWorkerThread::pause() {
  call(&SlicedWorker::pause);
}

void SlicedWorkerThread::step(StepUnit unit) {
  call(&SlicedWorker::step, unit);
}

void SlicedWorkerThread::reset() {
  call(&SlicedWorker::reset);
}

void SlicedWorkerThread::setSpeed(int stepsPerFrame) {
  call(&SlicedWorker::setSpeed, stepsPerFrame);
}

}  // namespace relulab::ui
