#pragma once

// The Images tab's training loop: an ImageTrainer on Fashion-MNIST (or any
// IDX pair) in its own thread (see ImagesSession). Data are read here, never
// in the GUI thread. It trains in slices (SlicedWorker) and sends a frame
// after each; a measurement (metrics over the probe and test images, the
// confusion matrix, class × unit means, weights, feature maps) rides along at
// most every kMinMeasureMs while playing — or longer, so that measuring never
// takes more than about a quarter of the time — and after every command.
//
// Live changes (an activation, the learning rate, the batch size) keep every
// weight and the step count; a preset, new data or Reset start a new run.

#include <QElapsedTimer>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "core/images/image_trainer.h"
#include "ui/common/sliced_worker.h"
#include "ui/images/images_frame.h"

namespace relulab::ui {

// Thread: the worker's, except where SlicedWorker says otherwise.
class ImagesWorker : public SlicedWorker {
  Q_OBJECT

 public:
  static constexpr qint64 kMinMeasureMs = 700;
  static constexpr int kSamples = 24;  // test images in the sample grid

  explicit ImagesWorker(const core::ImageTrainConfig& config);

  // Fashion-MNIST from `folder`; then a new run on it.
  void loadFolder(const QString& folder);
  // Any IDX pair of pairs; then a new run on them.
  void loadFiles(const core::ImageFiles& train, const core::ImageFiles& test);
  // A new run on `config` with the data loaded (kept for when data arrive).
  void load(const core::ImageTrainConfig& config);
  void setActivation(int layer, const core::Activation& activation);
  void setLearningRate(double rate);
  void setBatchSize(int batchSize);
  // What the measurement shows: the feature maps of this test image, the
  // class × unit means of this hidden layer.
  void setInspected(int testIndex);
  void setClassLayer(int layer);
  // The metrics and the confusion matrix over every test image, once.
  void measureFullTest();

 signals:
  void frameReady(relulab::ui::ImagesFramePtr frame);
  void notice(relulab::ui::ImagesNotice kind, const QString& detail);

 private:
  void play() override;
  void pause() override;
  void step(StepUnit unit) override;
  void reset() override;
  void runSlice() override;

  void adoptData(core::Result<core::ImageData> data);
  // A new trainer on config_ and data_; false (and said why) when refused.
  bool newRun();
  void trainFor(std::int64_t maxSteps, qint64 budgetNs);
  void stopOnDivergence();
  void sendFrame(bool final, bool fullTest = false);
  std::shared_ptr<const ImagesMeasurement> measure(bool fullTest);
  void drawTiles(ImagesMeasurement& m) const;
  void drawSamples(ImagesMeasurement& m);
  void drawMaps(ImagesMeasurement& m);
  void appendSeries(const core::ImageMetrics& metrics);
  void trainFiguresSinceLast(core::ImageMetrics& metrics);

  core::ImageTrainConfig config_;  // the run's, live changes included
  std::optional<core::ImageData> data_;
  std::optional<core::ImageTrainer> trainer_;
  std::vector<QString> classNames_;
  std::uint64_t run_ = 0;
  std::optional<core::Message> divergence_;
  std::int64_t target_ = -1;  // Step by an epoch: pause at this step
  int inspected_ = 0;
  int classLayer_ = 0;

  std::int64_t chunk_ = 1;  // updates per train() call, adapted to ~2 ms
  QElapsedTimer sinceMeasure_;
  qint64 measureCostMs_ = 0;
  std::shared_ptr<const ImagesMeasurement> measurement_;
  std::shared_ptr<ImagesSeries> series_;  // copied into each measurement
  // The trainer's running train figures are means since the run began (it
  // resets them only in record(), which measures again); the figures since
  // the last measurement follow from two such means and the images between.
  std::int64_t imagesTrained_ = 0;
  std::int64_t lastImages_ = 0;
  double lastLossSum_ = 0.0, lastCorrect_ = 0.0;
  double intervalLoss_ = 0.0, intervalAccuracy_ = 0.0;
  QElapsedTimer rateClock_;
  std::int64_t rateImages_ = 0;
  double imagesPerSecond_ = 0.0;
};

}  // namespace relulab::ui
