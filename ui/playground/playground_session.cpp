#include "ui/playground/playground_session.h"

#include "ui/playground/training_worker.h"

namespace relulab::ui {

PlaygroundSession::PlaygroundSession(const core::TrainConfig& config, QObject* parent)
    : SlicedWorkerThread(std::make_unique<TrainingWorker>(config),
                         QStringLiteral("relulab-training"), parent) {
  qRegisterMetaType<FramePtr>();
  qRegisterMetaType<core::TrainConfig>();
  qRegisterMetaType<core::Point>();
  qRegisterMetaType<PlaygroundNotice>();

  receiveFrames(&TrainingWorker::frameReady, latest_);
  connect(worker<TrainingWorker>(), &TrainingWorker::notice, this, &PlaygroundSession::notice);
  startThread();
}

void PlaygroundSession::setConfig(const core::TrainConfig& config) {
  call(&TrainingWorker::setConfig, config);
}

void PlaygroundSession::load(const core::TrainConfig& config) {
  call(&TrainingWorker::load, config);
}

void PlaygroundSession::loadData(const core::TrainConfig& config, const core::Dataset& data,
                                 const QString& source) {
  call(&TrainingWorker::loadData, config, data, source);
}

void PlaygroundSession::restore(const io::PlaygroundRun& run) {
  call(&TrainingWorker::restore, run);
}

std::optional<io::PlaygroundRun> PlaygroundSession::state() {
  return ask<TrainingWorker>([](TrainingWorker& w) { return w.state(); });
}

void PlaygroundSession::addPoint(const core::Point& point) {
  call(&TrainingWorker::addPoint, point);
}

}  // namespace relulab::ui
