#pragma once

// GUI-side handle on the Images tab's run: owns the worker thread and the
// ImagesWorker in it, turns method calls into queued commands, and keeps only
// the latest frame (SlicedWorkerThread). Destroying it stops training
// cleanly. Thread: GUI only.

#include <QString>

#include "core/images/image_trainer.h"
#include "ui/common/sliced_worker_thread.h"
#include "ui/images/images_frame.h"

namespace relulab::ui {

class ImagesSession : public SlicedWorkerThread {
  Q_OBJECT

 public:
  explicit ImagesSession(const core::ImageTrainConfig& config, QObject* parent = nullptr);
  ~ImagesSession() override;

  // The newest frame (null until the worker's first one arrives).
  const ImagesFramePtr& latest() const { return latest_; }

  void loadFolder(const QString& folder);  // Fashion-MNIST's four files there
  void loadFiles(const core::ImageFiles& train, const core::ImageFiles& test);
  void load(const core::ImageTrainConfig& config);  // a new run
  void setActivation(int layer, const core::Activation& activation);
  void setLearningRate(double rate);
  void setBatchSize(int batchSize);
  void setInspected(int testIndex);
  void setClassLayer(int layer);
  void measureFullTest();

 signals:
  void notice(relulab::ui::ImagesNotice kind, const QString& detail);

 private:
  ImagesFramePtr latest_;
};

}  // namespace relulab::ui
