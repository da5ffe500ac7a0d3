#include "ui/images/images_session.h"

#include "ui/images/images_worker.h"

namespace relulab::ui {

ImagesSession::ImagesSession(const core::ImageTrainConfig& config, QObject* parent)
    : SlicedWorkerThread(std::make_unique<ImagesWorker>(config), QStringLiteral("relulab-images"),
                         parent) {
  qRegisterMetaType<ImagesFramePtr>();
  qRegisterMetaType<ImagesNotice>();
  receiveFrames(&ImagesWorker::frameReady, latest_);
  connect(worker<ImagesWorker>(), &ImagesWorker::notice, this, &ImagesSession::notice);
  startThread();
}

ImagesSession::~ImagesSession() {
  shutdown();
}

void ImagesSession::loadFolder(const QString& folder) {
  call(&ImagesWorker::loadFolder, folder);
}

void ImagesSession::loadFiles(const core::ImageFiles& train, const core::ImageFiles& test) {
  post<ImagesWorker>([train, test](ImagesWorker& w) { w.loadFiles(train, test); });
}

void ImagesSession::load(const core::ImageTrainConfig& config) {
  post<ImagesWorker>([config](ImagesWorker& w) { w.load(config); });
}

void ImagesSession::setActivation(int layer, const core::Activation& activation) {
  post<ImagesWorker>([layer, activation](ImagesWorker& w) { w.setActivation(layer, activation); });
}

void ImagesSession::setLearningRate(double rate) {
  call(&ImagesWorker::setLearningRate, rate);
}

void ImagesSession::setBatchSize(int batchSize) {
  call(&ImagesWorker::setBatchSize, batchSize);
}

void ImagesSession::setInspected(int testIndex) {
  call(&ImagesWorker::setInspected, testIndex);
}

void ImagesSession::setClassLayer(int layer) {
  call(&ImagesWorker::setClassLayer, layer);
}

void ImagesSession::measureFullTest() {
  call(&ImagesWorker::measureFullTest);
}

}  // namespace relulab::ui
