#include "ui/playground/training_worker.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/core_text.h"

namespace relulab::ui {

namespace {

// Everything a live change may touch, copied from `wanted` onto `current`:
// if the result equals `wanted`, nothing else changed and the weights stay.
core::TrainConfig withLiveFields(core::TrainConfig current, const core::TrainConfig& wanted) {
  current.optimizer = wanted.optimizer;
  current.batchSize = wanted.batchSize;
  current.diagnostics = wanted.diagnostics;
  if (current.network.hidden.size() == wanted.network.hidden.size())
    for (std::size_t l = 0; l < current.network.hidden.size(); ++l)
      current.network.hidden[l].activation = wanted.network.hidden[l].activation;
  return current;
}

// The points themselves; the features computed from them are the network's inputs.
bool sameData(const core::TrainConfig& a, const core::TrainConfig& b) {
  core::DatasetSpec x = a.data;
  x.features = b.data.features;
  return x == b.data && a.seed == b.seed;
}

}  // namespace

TrainingWorker::TrainingWorker(const core::TrainConfig& config) : config_(config) {}

void TrainingWorker::start() {
  if (auto problem = rebuild(config_, false)) {
    // The panel only sends valid configs; say so loudly if one slipped through.
    emit notice(PlaygroundNotice::Rejected, io::coreText(*problem));
    return;
  }
  sendFrame(true);
}

std::optional<core::Message> TrainingWorker::rebuild(const core::TrainConfig& wanted,
                                                     bool keepWeights) {
  core::TrainConfig config = wanted;
  wantedEvery_ = wanted.diagnostics.every;
  config.diagnostics.every = 0;  // measured once per frame here, not every n steps
  core::Result<core::Trainer> created =
      data_ ? core::Trainer::create(config, *data_) : core::Trainer::create(config);
  if (!created) return created.message();
  if (keepWeights && trainer_ && trainer_->layout().size == created->layout().size) {
    const std::vector<double> weights = trainer_->parameters();
    stepBase_ += trainer_->step();
    epochBase_ += trainer_->epoch();
    if (auto problem = created.value().setParameters(weights)) return problem;
  } else {
    stepBase_ = 0;
    epochBase_ = 0.0;
    ++run_;
    builder_.startRun(config.network);
  }
  trainer_.emplace(std::move(created).value());
  if (!data_) data_ = std::make_shared<const core::Dataset>(trainer_->dataset());
  config_ = trainer_->config();
  divergence_.reset();
  return std::nullopt;
}

void TrainingWorker::play() {
  if (stopping() || !trainer_ || playing()) return;
  if (divergence_) {  // nothing can run until a change or a reset
    sendFrame(true);
    emit notice(PlaygroundNotice::Diverged, QString());
    return;
  }
  setPlaying();
  rateClock_.start();
  rateExamples_ = 0;
  examplesPerSecond_ = 0.0;
  sendFrame(true);
  scheduleSlice();
}

void TrainingWorker::pause() {
  if (stopping() || !trainer_) return;
  halt();
  examplesPerSecond_ = 0.0;
  sendFrame(true);
}

void TrainingWorker::step(StepUnit unit) {
  if (stopping() || !trainer_) return;
  halt();
  examplesPerSecond_ = 0.0;
  const core::RunResult r = unit == StepUnit::Epoch ? trainer_->trainEpochs(1.0, stopFlag())
                                                    : trainer_->train(1, stopFlag());
  if (r.diverged && trainer_->divergence()) {
    stopOnDivergence(*trainer_->divergence());
    return;
  }
  sendFrame(true);
}

void TrainingWorker::reset() {
  if (stopping()) return;
  halt();
  examplesPerSecond_ = 0.0;
  if (auto problem = rebuild(config_, false)) {
    emit notice(PlaygroundNotice::Rejected, io::coreText(*problem));
    return;
  }
  sendFrame(true);
  emit notice(PlaygroundNotice::ResetByUser, QString());
}

void TrainingWorker::setConfig(const core::TrainConfig& wanted) {
  if (stopping()) return;
  if (auto problem = core::validate(wanted)) {
    emit notice(PlaygroundNotice::Rejected, io::coreText(*problem));
    return;
  }
  if (trainer_ && withLiveFields(config_, wanted) == wanted) {
    if (auto problem = applyLive(wanted)) {
      emit notice(PlaygroundNotice::Rejected, io::coreText(*problem));
      return;
    }
    divergence_.reset();  // a successful change clears the trainer's report too
    sendFrame(true);
    emit notice(PlaygroundNotice::KeptWeights, QString());
    return;
  }
  const bool dataChanged = !sameData(config_, wanted);
  newRun(wanted, dataChanged,
         dataChanged ? PlaygroundNotice::ResetData : PlaygroundNotice::ResetArchitecture);
}

void TrainingWorker::load(const core::TrainConfig& config) {
  if (stopping()) return;
  if (auto problem = core::validate(config)) {
    emit notice(PlaygroundNotice::Rejected, io::coreText(*problem));
    return;
  }
  newRun(config, true, PlaygroundNotice::Loaded);
}

void TrainingWorker::newRun(const core::TrainConfig& config, bool freshData,
                            PlaygroundNotice done) {
  newRunOn(config, freshData ? nullptr : data_, freshData ? QString() : dataSource_, done);
}

void TrainingWorker::newRunOn(const core::TrainConfig& config,
                              std::shared_ptr<const core::Dataset> data, const QString& source,
                              PlaygroundNotice done) {
  const std::shared_ptr<const core::Dataset> keptData = data_;
  const int keptPoints = addedPoints_;
  const QString keptSource = dataSource_;
  if (data != data_) addedPoints_ = 0;
  data_ = std::move(data);
  dataSource_ = source;
  if (auto problem = rebuild(config, false)) {
    data_ = keptData;
    addedPoints_ = keptPoints;
    dataSource_ = keptSource;
    emit notice(PlaygroundNotice::Rejected, io::coreText(*problem));
    return;
  }
  sendFrame(true);
  emit notice(done, done == PlaygroundNotice::Imported ? source : QString());
  if (playing()) scheduleSlice();
}

std::optional<core::Message> TrainingWorker::applyLive(const core::TrainConfig& wanted) {
  if (wanted.optimizer != config_.optimizer)
    if (auto problem = trainer_->setOptimizer(wanted.optimizer)) return problem;
  if (wanted.batchSize != config_.batchSize)
    if (auto problem = trainer_->setBatchSize(wanted.batchSize)) return problem;
  for (std::size_t l = 0; l < wanted.network.hidden.size(); ++l) {
    const core::Activation& a = wanted.network.hidden[l].activation;
    if (a != config_.network.hidden[l].activation)
      if (auto problem = trainer_->setActivation(static_cast<int>(l), a)) return problem;
  }
  core::DiagnosticsConfig diagnostics = wanted.diagnostics;
  diagnostics.every = 0;
  if (diagnostics != trainer_->config().diagnostics)
    if (auto problem = trainer_->setDiagnostics(diagnostics)) return problem;
  config_ = trainer_->config();
  return std::nullopt;
}

void TrainingWorker::loadData(const core::TrainConfig& config, const core::Dataset& data,
                              const QString& source) {
  if (stopping()) return;
  if (auto problem = core::validate(config)) {
    emit notice(PlaygroundNotice::Rejected, io::coreText(*problem));
    return;
  }
  newRunOn(config, std::make_shared<const core::Dataset>(data), source, PlaygroundNotice::Imported);
}

io::PlaygroundRun TrainingWorker::state() const {
  io::PlaygroundRun r;
  if (!trainer_) return r;
  r.run = trainer_->state();
  r.run.config.diagnostics.every = wantedEvery_;
  r.stepBase = stepBase_;
  r.epochBase = epochBase_;
  r.addedPoints = addedPoints_;
  r.dataSource = dataSource_;
  r.chart = builder_.history().state();
  return r;
}

void TrainingWorker::restore(const io::PlaygroundRun& saved) {
  if (stopping()) return;
  halt();
  examplesPerSecond_ = 0.0;
  core::TrainerState state = saved.run;
  wantedEvery_ = state.config.diagnostics.every;
  state.config.diagnostics.every = 0;  // measured once per frame here
  auto restored = core::Trainer::restore(state);
  if (!restored) {
    emit notice(PlaygroundNotice::Rejected, io::coreText(restored.message()));
    return;
  }
  trainer_.emplace(std::move(restored).value());
  data_ = std::make_shared<const core::Dataset>(trainer_->dataset());
  config_ = trainer_->config();
  addedPoints_ = saved.addedPoints;
  dataSource_ = saved.dataSource;
  stepBase_ = saved.stepBase;
  epochBase_ = saved.epochBase;
  divergence_.reset();
  ++run_;
  builder_.startRun(config_.network);
  // The window's own history, or else the trainer's (a run saved headless).
  if (!saved.chart || !builder_.restoreHistory(config_.network, *saved.chart))
    builder_.adoptTrainerHistory(config_.network, trainer_->history());
  sendFrame(true);
  emit notice(PlaygroundNotice::Opened, saved.dataSource);
}

void TrainingWorker::addPoint(const core::Point& point) {
  if (stopping() || !trainer_ || !data_) return;
  const bool regression = core::isRegression(config_.data.kind);
  const double lo = -6.0, hi = 6.0;  // the data's square (core/training/dataset.h)
  const bool inside = std::isfinite(point.x1) && std::isfinite(point.x2) && point.x1 >= lo &&
                      point.x1 <= hi && point.x2 >= lo && point.x2 <= hi;
  const bool labelOk = regression ? (point.label >= -1.0 && point.label <= 1.0)
                                  : (point.label == 1.0 || point.label == -1.0);
  if (!inside || !labelOk) {
    emit notice(PlaygroundNotice::Rejected,
                tr("A point must lie in the square [−6, 6]² and have the label +1 or −1."));
    return;
  }
  core::Dataset data = *data_;
  data.train.push_back(point);
  const std::shared_ptr<const core::Dataset> previous = data_;
  data_ = std::make_shared<const core::Dataset>(std::move(data));
  if (auto problem = rebuild(config_, true)) {
    data_ = previous;
    emit notice(PlaygroundNotice::Rejected, io::coreText(*problem));
    return;
  }
  ++addedPoints_;
  sendFrame(true);
  emit notice(PlaygroundNotice::PointAdded, QString());
}

void TrainingWorker::runSlice() {
  if (!playing() || stopping() || !trainer_) return;
  const std::int64_t most = speed() > 0 ? speed() : std::numeric_limits<std::int64_t>::max();
  trainFor(most, kSliceNs);
  if (!playing() || stopping()) return;  // diverged (already reported) or shutting down
  sendFrame(false);
  scheduleSlice();
}

void TrainingWorker::trainFor(std::int64_t maxSteps, qint64 budgetNs) {
  QElapsedTimer clock;
  clock.start();
  std::int64_t done = 0;
  while (done < maxSteps && !stopping()) {
    const std::int64_t n = std::min(chunk_, maxSteps - done);
    const qint64 before = clock.nsecsElapsed();
    const core::RunResult r = trainer_->train(n, stopFlag());
    done += r.steps;
    const qint64 took = clock.nsecsElapsed() - before;
    // Keep one call near half a millisecond, so the slice ends close to its budget.
    if (r.steps == n && took < 250'000) chunk_ = std::min<std::int64_t>(chunk_ * 2, 1 << 20);
    if (took > 1'000'000) chunk_ = std::max<std::int64_t>(1, chunk_ / 2);
    if (r.diverged && trainer_->divergence()) {
      rateExamples_ += done * config_.batchSize;
      stopOnDivergence(*trainer_->divergence());
      return;
    }
    if (r.interrupted || clock.nsecsElapsed() >= budgetNs) break;
  }
  rateExamples_ += done * config_.batchSize;
  const qint64 ms = rateClock_.elapsed();
  if (ms >= 500) {  // examples per second of wall time while playing, frames included
    examplesPerSecond_ = static_cast<double>(rateExamples_) * 1000.0 / static_cast<double>(ms);
    rateExamples_ = 0;
    rateClock_.start();
  }
}

void TrainingWorker::stopOnDivergence(const core::Divergence& divergence) {
  halt();
  examplesPerSecond_ = 0.0;
  divergence_ = divergence;
  divergence_->step += stepBase_;
  sendFrame(true);
  emit notice(PlaygroundNotice::Diverged, QString());
}

core::Metrics TrainingWorker::measureNow() {
  core::Metrics m = trainer_->measure();
  m.step += stepBase_;
  m.epoch += epochBase_;
  return m;
}

void TrainingWorker::sendFrame(bool final) {
  if (!trainer_ || stopping()) return;
  if (!maySendFrame(final)) return;  // the GUI is behind: skip, never queue up
  core::Metrics metrics = measureNow();
  bool diverged = false;
  if (!metrics.finite() && !divergence_) {
    // The weights are finite but a loss over the whole set overflowed.
    core::Divergence d;
    d.step = metrics.step;
    d.quantity = core::DivergedQuantity::Measurement;
    d.value = std::numeric_limits<double>::infinity();
    divergence_ = d;
    halt();
    final = true;
    diverged = true;
  }
  auto frame = std::make_shared<PlaygroundFrame>();
  frame->run = run_;
  frame->step = stepBase_ + trainer_->step();
  frame->epoch = epochBase_ + trainer_->epoch();
  frame->stepsPerEpoch = trainer_->stepsPerEpoch();
  frame->playing = playing();
  frame->examplesPerSecond = playing() ? examplesPerSecond_ : 0.0;
  frame->config = trainer_->config();
  frame->data = data_;
  frame->addedPoints = addedPoints_;
  frame->dataSource = dataSource_;
  frame->divergence = divergence_;
  builder_.build(*trainer_, metrics, final, *frame);
  frameSent();
  emit frameReady(std::move(frame));
  if (diverged) emit notice(PlaygroundNotice::Diverged, QString());
}

}  // namespace relulab::ui
