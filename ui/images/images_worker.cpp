#include "ui/images/images_worker.h"

#include <QThread>
#include <algorithm>
#include <cmath>
#include <limits>

#include "io/core_text.h"
#include "ui/images/images_colour.h"

namespace relulab::ui {

namespace {

// Threads for the trainer's batch chunks: all but one core (the GUI's), at
// most 8. The numbers never depend on it (ImageTrainer).
int trainerThreads() {
  return std::clamp(QThread::idealThreadCount() - 1, 1, 8);
}

}  // namespace

ImagesWorker::ImagesWorker(const core::ImageTrainConfig& config) : config_(config) {
  series_ = std::make_shared<ImagesSeries>();
}

void ImagesWorker::loadFolder(const QString& folder) {
  if (stopping()) return;
  halt();
  emit notice(ImagesNotice::Loading, tr("Loading Fashion-MNIST…"));
  adoptData(core::loadFashionMnist(folder.toStdString()));
}

void ImagesWorker::loadFiles(const core::ImageFiles& train, const core::ImageFiles& test) {
  if (stopping()) return;
  halt();
  emit notice(ImagesNotice::Loading, tr("Loading %1…").arg(io::qstring(train.images)));
  adoptData(core::loadImageData(train, test));
}

void ImagesWorker::adoptData(core::Result<core::ImageData> data) {
  if (stopping()) return;
  if (!data) {
    emit notice(ImagesNotice::LoadFailed, io::coreText(data.message()));
    if (trainer_) sendFrame(true);  // the run it had goes on being shown
    return;
  }
  std::optional<core::ImageData> previous = std::move(data_);
  data_ = std::move(data).value();
  // The network's input and output follow the data.
  config_.network.rows = data_->train->images.rows;
  config_.network.cols = data_->train->images.cols;
  config_.network.classes = std::max(data_->train->classes, data_->test->classes);
  classNames_.clear();
  for (const std::string& name : data_->classNames) classNames_.push_back(io::coreText(name));
  if (!newRun()) {
    data_ = std::move(previous);
    return;
  }
  emit notice(ImagesNotice::Loaded, io::qstring(data_->source));
}

void ImagesWorker::load(const core::ImageTrainConfig& config) {
  if (stopping()) return;
  const core::ImageTrainConfig previous = config_;
  config_ = config;
  if (data_) {
    config_.network.rows = data_->train->images.rows;
    config_.network.cols = data_->train->images.cols;
    config_.network.classes = std::max(data_->train->classes, data_->test->classes);
    if (!newRun()) {
      config_ = previous;
      return;
    }
    emit notice(ImagesNotice::NewRun, QString());
  }
}

bool ImagesWorker::newRun() {
  halt();
  core::ImageTrainConfig config = config_;
  config.threads = trainerThreads();
  config.recordEvery = 0;  // measured here, between slices, not inside train()
  core::Result<core::ImageTrainer> created = core::ImageTrainer::create(config, *data_);
  if (!created) {
    emit notice(ImagesNotice::Rejected, io::coreText(created.message()));
    return false;
  }
  trainer_.emplace(std::move(created).value());
  ++run_;
  divergence_.reset();
  target_ = -1;
  chunk_ = 1;
  imagesPerSecond_ = 0.0;
  imagesTrained_ = lastImages_ = 0;
  lastLossSum_ = lastCorrect_ = 0.0;
  intervalLoss_ = intervalAccuracy_ = std::numeric_limits<double>::quiet_NaN();
  inspected_ = std::clamp(inspected_, 0, std::max(0, trainer_->testCount() - 1));
  const int hidden = static_cast<int>(config_.network.layers.size());
  if (classLayer_ >= hidden) classLayer_ = 0;
  series_ = std::make_shared<ImagesSeries>();
  for (const core::ImageLayerSpec& layer : config_.network.layers)
    series_->layerUnits.push_back(core::imageUnits(layer));
  measurement_.reset();
  sendFrame(true);
  return true;
}

void ImagesWorker::setActivation(int layer, const core::Activation& activation) {
  if (stopping() || !trainer_) return;
  if (auto problem = trainer_->setActivation(layer, activation)) {
    emit notice(ImagesNotice::Rejected, io::coreText(*problem));
    return;
  }
  config_.network.layers[static_cast<std::size_t>(layer)].activation = activation;
  divergence_.reset();
  sendFrame(true);
  emit notice(ImagesNotice::KeptWeights, QString());
}

void ImagesWorker::setLearningRate(double rate) {
  if (stopping() || !trainer_) return;
  core::OptimizerConfig optimizer = config_.optimizer;
  optimizer.learningRate = rate;
  if (auto problem = trainer_->setOptimizer(optimizer)) {
    emit notice(ImagesNotice::Rejected, io::coreText(*problem));
    return;
  }
  config_.optimizer = optimizer;
  divergence_.reset();
  sendFrame(true);
  emit notice(ImagesNotice::KeptWeights, QString());
}

void ImagesWorker::setBatchSize(int batchSize) {
  if (stopping() || !trainer_) return;
  if (auto problem = trainer_->setBatchSize(batchSize)) {
    emit notice(ImagesNotice::Rejected, io::coreText(*problem));
    return;
  }
  config_.batchSize = batchSize;
  sendFrame(true);
  emit notice(ImagesNotice::KeptWeights, QString());
}

void ImagesWorker::setInspected(int testIndex) {
  if (stopping()) return;
  inspected_ = std::max(0, testIndex);
  if (trainer_) {
    inspected_ = std::min(inspected_, trainer_->testCount() - 1);
    if (!playing()) sendFrame(true);
  }
}

void ImagesWorker::setClassLayer(int layer) {
  if (stopping()) return;
  classLayer_ = std::max(0, layer);
  if (trainer_ && !playing()) sendFrame(true);
}

void ImagesWorker::measureFullTest() {
  if (stopping() || !trainer_) return;
  sendFrame(true, true);
  emit notice(ImagesNotice::Measured, QString());
}

void ImagesWorker::play() {
  if (stopping() || !trainer_ || playing()) return;
  target_ = -1;
  setPlaying();
  rateClock_.start();
  rateImages_ = 0;
  sinceMeasure_.start();
  scheduleSlice();
  sendFrame(true);  // says "playing" at once
}

void ImagesWorker::pause() {
  if (stopping() || !trainer_) return;
  const bool was = playing();
  halt();
  target_ = -1;
  imagesPerSecond_ = 0.0;
  if (was) sendFrame(true);
}

void ImagesWorker::step(StepUnit unit) {
  if (stopping() || !trainer_) return;
  halt();
  imagesPerSecond_ = 0.0;
  if (unit == StepUnit::Step) {
    trainFor(1, std::numeric_limits<qint64>::max());
    if (!divergence_) sendFrame(true);
    return;
  }
  // An epoch takes seconds: it is played in slices up to its last step.
  target_ = trainer_->step() + trainer_->stepsPerEpoch();
  setPlaying();
  rateClock_.start();
  rateImages_ = 0;
  sinceMeasure_.start();
  scheduleSlice();
}

void ImagesWorker::reset() {
  if (stopping() || !data_) return;
  if (newRun()) emit notice(ImagesNotice::NewRun, QString());
}

void ImagesWorker::runSlice() {
  if (!playing() || stopping() || !trainer_) return;
  std::int64_t most = std::numeric_limits<std::int64_t>::max();
  if (speed() > 0) most = speed();
  if (target_ >= 0) most = std::min(most, target_ - trainer_->step());
  trainFor(most, kSliceNs);
  if (!playing() || stopping()) return;  // diverged (already said) or shutting down
  if (target_ >= 0 && trainer_->step() >= target_) {
    halt();
    target_ = -1;
    imagesPerSecond_ = 0.0;
    sendFrame(true);
    return;
  }
  sendFrame(false);
  scheduleSlice();
}

void ImagesWorker::trainFor(std::int64_t maxSteps, qint64 budgetNs) {
  QElapsedTimer clock;
  clock.start();
  std::int64_t done = 0;
  while (done < maxSteps && !stopping()) {
    const std::int64_t n = std::min(chunk_, maxSteps - done);
    const qint64 before = clock.nsecsElapsed();
    const core::ImageRunResult r = trainer_->train(n, stopFlag());
    done += r.steps;
    imagesTrained_ += r.steps * config_.batchSize;
    const qint64 took = clock.nsecsElapsed() - before;
    // One call near two milliseconds, so a slice ends close to its budget.
    if (r.steps == n && took < 1'000'000) chunk_ = std::min<std::int64_t>(chunk_ * 2, 1 << 16);
    if (took > 4'000'000) chunk_ = std::max<std::int64_t>(1, chunk_ / 2);
    if (r.diverged) {
      rateImages_ += done * config_.batchSize;
      stopOnDivergence();
      return;
    }
    if (r.interrupted || clock.nsecsElapsed() >= budgetNs) break;
  }
  rateImages_ += done * config_.batchSize;
  if (const qint64 ms = rateClock_.isValid() ? rateClock_.elapsed() : 0; ms >= 500) {
    imagesPerSecond_ = static_cast<double>(rateImages_) * 1000.0 / static_cast<double>(ms);
    rateImages_ = 0;
    rateClock_.start();
  }
}

void ImagesWorker::stopOnDivergence() {
  halt();
  target_ = -1;
  imagesPerSecond_ = 0.0;
  if (trainer_->divergence()) divergence_ = *trainer_->divergence();
  sendFrame(true);
  emit notice(ImagesNotice::Diverged, divergence_ ? io::coreText(*divergence_) : QString());
}

void ImagesWorker::sendFrame(bool final, bool fullTest) {
  if (!trainer_ || stopping()) return;
  if (!maySendFrame(final)) return;  // the GUI is behind: skip, never queue up
  // Measuring passes thousands of images through the network: while playing,
  // at most every kMinMeasureMs and never more than ~25 % of the time.
  const qint64 interval = std::max(kMinMeasureMs, 3 * measureCostMs_);
  if (final || !measurement_ || !sinceMeasure_.isValid() || sinceMeasure_.elapsed() >= interval) {
    QElapsedTimer cost;
    cost.start();
    measurement_ = measure(fullTest);
    measureCostMs_ = cost.elapsed();
    sinceMeasure_.start();
  }
  auto frame = std::make_shared<ImagesFrame>();
  frame->run = run_;
  frame->step = trainer_->step();
  frame->epoch = trainer_->epoch();
  frame->stepsPerEpoch = trainer_->stepsPerEpoch();
  frame->playing = playing();
  frame->imagesPerSecond = playing() ? imagesPerSecond_ : 0.0;
  frame->config = config_;
  frame->source = io::qstring(trainer_->data().source);
  frame->classNames = classNames_;
  frame->trainImages = trainer_->trainCount();
  frame->testImages = trainer_->testCount();
  frame->divergence = divergence_;
  frame->measurement = measurement_;
  frameSent();
  emit frameReady(std::move(frame));
}

std::shared_ptr<const ImagesMeasurement> ImagesWorker::measure(bool fullTest) {
  auto m = std::make_shared<ImagesMeasurement>();
  // One pass over the test images for the figures and the confusion matrix.
  m->metrics = trainer_->measure(fullTest, &m->confusion);
  trainFiguresSinceLast(m->metrics);
  m->fullTest = fullTest;
  m->classes = config_.network.classes;
  const auto& layers = config_.network.layers;
  m->classLayer = std::clamp(classLayer_, 0, static_cast<int>(layers.size()) - 1);
  m->classUnits = core::imageUnits(layers[static_cast<std::size_t>(m->classLayer)]);
  if (m->classUnits > 0) m->classMeans = trainer_->classUnitMeans(m->classLayer);
  drawTiles(*m);
  drawSamples(*m);
  drawMaps(*m);
  if (series_->rows() == 0 || series_->step.back() != static_cast<double>(m->metrics.step))
    appendSeries(m->metrics);
  m->series = std::make_shared<const ImagesSeries>(*series_);
  return m;
}

void ImagesWorker::drawTiles(ImagesMeasurement& m) const {
  const core::ImageWeights w = trainer_->weights(0);
  m.tileKind = w.kind;
  if (w.kind == core::ImageLayerKind::MaxPool || w.out <= 0) return;
  const bool conv = w.kind == core::ImageLayerKind::Conv;
  // Dense: a unit's weights over the image (its "template"); Conv: the kernel
  // of each map over the first input channel (the image has one).
  const int rows = conv ? w.kernel : config_.network.rows;
  const int cols = conv ? w.kernel : config_.network.cols;
  const std::size_t stride =
      conv ? static_cast<std::size_t>(w.in) * w.kernel * w.kernel : static_cast<std::size_t>(w.in);
  const std::size_t n = static_cast<std::size_t>(rows) * cols;
  if (static_cast<std::size_t>(w.out) * stride > w.values.size() || n > stride) return;
  for (int j = 0; j < w.out; ++j) {
    const float* values = w.values.data() + static_cast<std::size_t>(j) * stride;
    m.tiles.push_back(
        images::divergingImage(values, rows, cols, images::largestMagnitude(values, n), false));
  }
}

void ImagesWorker::drawSamples(ImagesMeasurement& m) {
  const core::ImageSet& test = *trainer_->data().test;
  const int count = std::min(kSamples, trainer_->testCount());
  for (int i = 0; i < count; ++i) m.sampleIndex.push_back(i);
  m.samplePredicted = trainer_->predict(m.sampleIndex);
  const int rows = test.images.rows, cols = test.images.cols;
  const std::size_t size = static_cast<std::size_t>(rows) * cols;
  for (const int i : m.sampleIndex) {
    m.sampleLabel.push_back(test.labels[static_cast<std::size_t>(i)]);
    m.sampleImages.push_back(images::greyImage(
        test.images.pixels.data() + size * static_cast<std::size_t>(i), rows, cols));
  }
}

void ImagesWorker::drawMaps(ImagesMeasurement& m) {
  if (trainer_->testCount() <= 0) return;
  const core::ImageSet& test = *trainer_->data().test;
  const int rows = test.images.rows, cols = test.images.cols;
  const std::size_t size = static_cast<std::size_t>(rows) * cols;
  m.inspection = trainer_->inspect(inspected_);
  m.inspected = images::greyImage(
      test.images.pixels.data() + size * static_cast<std::size_t>(inspected_), rows, cols);
  for (const core::ImageInspection::Layer& layer : m.inspection.layers) {
    std::vector<ImagesFeatureMap>& maps = m.maps.emplace_back();
    if (layer.kind != core::ImageLayerKind::Conv) continue;
    const int n = layer.shape.rows * layer.shape.cols;
    for (int c = 0; c < layer.shape.channels; ++c) {
      const std::size_t at = static_cast<std::size_t>(c) * static_cast<std::size_t>(n);
      if (at + static_cast<std::size_t>(n) > layer.pre.size() ||
          at + static_cast<std::size_t>(n) > layer.post.size())
        break;
      ImagesFeatureMap map;
      const float* pre = layer.pre.data() + at;
      const float* post = layer.post.data() + at;
      // One scale for the pair, so "before" and "after" compare directly.
      map.scale = std::max(images::largestMagnitude(pre, static_cast<std::size_t>(n)),
                           images::largestMagnitude(post, static_cast<std::size_t>(n)));
      map.pre = images::divergingImage(pre, layer.shape.rows, layer.shape.cols, map.scale, true);
      map.post = images::divergingImage(post, layer.shape.rows, layer.shape.cols, map.scale, true);
      map.zeros = static_cast<int>(std::count(post, post + n, 0.0f));
      map.size = n;
      maps.push_back(std::move(map));
    }
  }
}

void ImagesWorker::trainFiguresSinceLast(core::ImageMetrics& metrics) {
  // metrics.trainLoss = (sum of losses) / imagesTrained_ since the run began.
  const double n = static_cast<double>(imagesTrained_);
  if (imagesTrained_ > lastImages_ && std::isfinite(metrics.trainLoss)) {
    const double lossSum = metrics.trainLoss * n, correct = metrics.trainAccuracy * n;
    const double between = n - static_cast<double>(lastImages_);
    intervalLoss_ = (lossSum - lastLossSum_) / between;
    intervalAccuracy_ = std::clamp((correct - lastCorrect_) / between, 0.0, 1.0);
    lastImages_ = imagesTrained_;
    lastLossSum_ = lossSum;
    lastCorrect_ = correct;
  }
  metrics.trainLoss = intervalLoss_;
  metrics.trainAccuracy = intervalAccuracy_;
}

void ImagesWorker::appendSeries(const core::ImageMetrics& metrics) {
  ImagesSeries& s = *series_;
  if (s.rows() >= ImagesSeries::kMaxRows) {  // thin out: every other row, the newest kept
    std::size_t kept = 0;
    for (std::size_t i = (s.rows() - 1) % 2; i < s.rows(); i += 2, ++kept) {
      s.step[kept] = s.step[i];
      s.trainLoss[kept] = s.trainLoss[i];
      s.testLoss[kept] = s.testLoss[i];
      s.trainAccuracy[kept] = s.trainAccuracy[i];
      s.testAccuracy[kept] = s.testAccuracy[i];
      s.activity[kept] = std::move(s.activity[i]);
    }
    for (auto* column : {&s.step, &s.trainLoss, &s.testLoss, &s.trainAccuracy, &s.testAccuracy})
      column->resize(kept);
    s.activity.resize(kept);
  }
  s.step.push_back(static_cast<double>(metrics.step));
  s.trainLoss.push_back(metrics.trainLoss);
  s.testLoss.push_back(metrics.testLoss);
  s.trainAccuracy.push_back(metrics.trainAccuracy);
  s.testAccuracy.push_back(metrics.testAccuracy);
  std::vector<double>& codes = s.activity.emplace_back();
  for (const core::ImageLayerStats& layer : metrics.layers)
    for (int j = 0; j < layer.units; ++j) codes.push_back(images::activityCode(layer, j));
}

}  // namespace relulab::ui
