#include "ui/playground/playground_session.h"

#include "ui/playground/training_worker.h"

namespace relulab::ui {

PlaygroundSession::PlaygroundSession(const core::TrainConfig& config, QObject* parent)
    : QObject(parent) {
  qRegisterMetaType<FramePtr>();
  qRegisterMetaType<core::TrainConfig>();
  qRegisterMetaType<core::Point>();
  qRegisterMetaType<PlaygroundNotice>();
  qRegisterMetaType<StepUnit>();

  thread_.setObjectName(QStringLiteral("relulab-training"));
  worker_ = new TrainingWorker(config);
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(&thread_, &QThread::started, worker_, &TrainingWorker::start);

  connect(this, &PlaygroundSession::playRequested, worker_, &TrainingWorker::play);
  connect(this, &PlaygroundSession::pauseRequested, worker_, &TrainingWorker::pause);
  connect(this, &PlaygroundSession::stepRequested, worker_, &TrainingWorker::step);
  connect(this, &PlaygroundSession::resetRequested, worker_, &TrainingWorker::reset);
  connect(this, &PlaygroundSession::speedRequested, worker_, &TrainingWorker::setSpeed);
  connect(this, &PlaygroundSession::configRequested, worker_, &TrainingWorker::setConfig);
  connect(this, &PlaygroundSession::loadRequested, worker_, &TrainingWorker::load);
  connect(this, &PlaygroundSession::pointRequested, worker_, &TrainingWorker::addPoint);

  connect(worker_, &TrainingWorker::frameReady, this, &PlaygroundSession::receive);
  connect(worker_, &TrainingWorker::notice, this, &PlaygroundSession::notice);
  thread_.start();
}

PlaygroundSession::~PlaygroundSession() {
  shutdown();
}

void PlaygroundSession::shutdown() {
  if (!thread_.isRunning()) return;
  worker_->requestStop();  // atomic: a slice in progress returns at its next check
  thread_.requestInterruption();
  thread_.quit();
  thread_.wait();
  worker_ = nullptr;  // deleted in its thread as the thread finished
}

void PlaygroundSession::receive(const FramePtr& frame) {
  if (worker_) worker_->frameTaken();
  if (!frame) return;
  latest_ = frame;
  ++frames_;
  emit frameArrived();
}

}  // namespace relulab::ui
