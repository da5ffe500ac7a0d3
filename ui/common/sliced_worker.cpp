#include "ui/common/sliced_worker.h"

#include <QTimer>
#include <algorithm>

namespace relulab::ui {

SlicedWorker::SlicedWorker() {
  timer_ = new QTimer(this);
  timer_->setSingleShot(true);
  timer_->setTimerType(Qt::PreciseTimer);
  connect(timer_, &QTimer::timeout, this, &SlicedWorker::runSlice);
}

SlicedWorker::~SlicedWorker() = default;

void SlicedWorker::setSpeed(int stepsPerFrame) {
  speed_ = std::max(0, stepsPerFrame);
}

void SlicedWorker::halt() {
  playing_ = false;
  timer_->stop();
}

void SlicedWorker::scheduleSlice() {
  if (!playing_ || stopping()) return;
  timer_->start(speed_ > 0 ? kPacedIntervalMs : 0);
}

}  // namespace relulab::ui
