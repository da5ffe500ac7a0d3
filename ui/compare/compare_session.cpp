#include "ui/compare/compare_session.h"

#include "ui/compare/compare_worker.h"

namespace relulab::ui {

CompareSession::CompareSession(const CompareSetup& setup, QObject* parent) : QObject(parent) {
  qRegisterMetaType<CompareFramePtr>();
  qRegisterMetaType<CompareSetup>();
  qRegisterMetaType<CompareNotice>();
  qRegisterMetaType<StepUnit>();

  thread_.setObjectName(QStringLiteral("relulab-compare"));
  worker_ = new CompareWorker(setup);
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(&thread_, &QThread::started, worker_, &CompareWorker::start);

  connect(this, &CompareSession::playRequested, worker_, &CompareWorker::play);
  connect(this, &CompareSession::pauseRequested, worker_, &CompareWorker::pause);
  connect(this, &CompareSession::stepRequested, worker_, &CompareWorker::step);
  connect(this, &CompareSession::resetRequested, worker_, &CompareWorker::reset);
  connect(this, &CompareSession::speedRequested, worker_, &CompareWorker::setSpeed);
  connect(this, &CompareSession::setupRequested, worker_, &CompareWorker::setSetup);

  connect(worker_, &CompareWorker::frameReady, this, &CompareSession::receive);
  connect(worker_, &CompareWorker::notice, this, &CompareSession::notice);
  thread_.start();
}

CompareSession::~CompareSession() {
  shutdown();
}

void CompareSession::shutdown() {
  if (!thread_.isRunning()) return;
  worker_->requestStop();  // atomic: a slice in progress returns at its next check
  thread_.requestInterruption();
  thread_.quit();
  thread_.wait();
  worker_ = nullptr;  // deleted in its thread as the thread finished
}

void CompareSession::receive(const CompareFramePtr& frame) {
  if (worker_) worker_->frameTaken();
  if (!frame) return;
  latest_ = frame;
  ++frames_;
  emit frameArrived();
}

}  // namespace relulab::ui
