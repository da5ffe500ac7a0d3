#include "ui/compare/compare_worker.h"

#include <QElapsedTimer>
#include <algorithm>
#include <limits>

#include "io/core_text.h"
#include "ui/common/palette.h"

namespace relulab::ui {

CompareWorker::CompareWorker(const CompareSetup& setup) : setup_(setup) {}

bool CompareWorker::anyLive() const {
  return std::any_of(runs_.begin(), runs_.end(), [](const Run& r) { return !r.divergence; });
}

void CompareWorker::start() {
  if (auto problem = rebuild(setup_)) {
    // The panel only sends valid set-ups; say so loudly if one slipped through.
    emit notice(CompareNotice::Rejected, io::coreText(*problem));
    return;
  }
  sendFrame(true);
}

std::optional<core::Message> CompareWorker::rebuild(const CompareSetup& setup) {
  const std::size_t count = setup.activations.size();
  if (count < std::size_t{kCompareMinRuns} || count > std::size_t{kCompareMaxRuns})
    return core::Message(tr("Compare between %1 and %2 runs.")
                             .arg(kCompareMinRuns)
                             .arg(kCompareMaxRuns)
                             .toStdString());
  std::vector<Run> runs(count);
  for (std::size_t i = 0; i < count; ++i) {
    core::TrainConfig config = setup.runConfig(i);
    config.diagnostics.every = 0;  // measured here at checked steps, not every n steps
    core::Result<core::Trainer> created = core::Trainer::create(config);
    if (!created) return created.message();
    runs[i].trainer.emplace(std::move(created).value());
  }
  runs_ = std::move(runs);
  setup_ = setup;
  // One seed, one data set: every run generated the same points; show run 1's.
  data_ = std::make_shared<const core::Dataset>(runs_.front().trainer->dataset());
  ++run_;
  step_ = 0;
  curveStride_ = 1;
  check();  // step 0: the first curve point (and a target met before training)
  return std::nullopt;
}

bool CompareWorker::advance(std::int64_t steps) {
  while (steps > 0) {
    if (stopping() || !anyLive()) return false;
    // Never past the next checked step, so every run is measured exactly there.
    const std::int64_t n = std::min(steps, kCompareCheckEvery - step_ % kCompareCheckEvery);
    for (std::size_t i = 0; i < runs_.size(); ++i) {
      Run& r = runs_[i];
      if (r.divergence) continue;
      const core::RunResult result = r.trainer->train(n, stopFlag());
      if (result.interrupted) return false;  // shutting down: lockstep no longer matters
      if (result.diverged && r.trainer->divergence()) markDiverged(i, *r.trainer->divergence());
    }
    step_ += n;
    steps -= n;
    if (step_ % kCompareCheckEvery == 0) check();
  }
  return !stopping();
}

const core::Metrics& CompareWorker::measure(Run& run) {
  if (!run.measured || run.measured->step != run.trainer->step())
    run.measured = run.trainer->measure();
  return *run.measured;
}

void CompareWorker::measureLive() {
  for (std::size_t i = 0; i < runs_.size(); ++i) {
    Run& r = runs_[i];
    if (r.divergence) continue;
    const core::Metrics& m = measure(r);
    if (m.finite()) continue;
    // The weights are finite but a loss over the whole set overflowed.
    core::Divergence d;
    d.step = m.step;
    d.quantity = core::DivergedQuantity::Measurement;
    d.value = std::numeric_limits<double>::infinity();
    markDiverged(i, d);
  }
}

void CompareWorker::check() {
  measureLive();
  for (Run& r : runs_) {
    if (r.divergence) continue;
    const core::Metrics& m = *r.measured;
    for (std::size_t k = 0; k < kCompareLossTargets.size(); ++k)
      if (!r.shown.lossReached[k] && m.trainLoss <= kCompareLossTargets[k])
        r.shown.lossReached[k] = step_;
    if (!m.trainAccuracy) continue;
    for (std::size_t k = 0; k < kCompareAccuracyTargets.size(); ++k)
      if (!r.shown.accuracyReached[k] && *m.trainAccuracy >= kCompareAccuracyTargets[k])
        r.shown.accuracyReached[k] = step_;
  }
  appendCurves();
}

void CompareWorker::appendCurves() {
  if ((step_ / kCompareCheckEvery) % curveStride_ != 0) return;
  qsizetype longest = 0;
  for (Run& r : runs_) {
    if (r.divergence) continue;
    r.shown.lossCurve.append(QPointF(static_cast<double>(step_), r.measured->trainLoss));
    longest = std::max(longest, r.shown.lossCurve.size());
  }
  if (longest <= kCurvePoints) return;
  // Thin by step, not by index, so every curve keeps the same steps (a
  // diverged run's shorter curve included).
  curveStride_ *= 2;
  const std::int64_t every = kCompareCheckEvery * curveStride_;
  for (Run& r : runs_)
    r.shown.lossCurve.removeIf(
        [every](const QPointF& p) { return static_cast<std::int64_t>(p.x()) % every != 0; });
}

void CompareWorker::markDiverged(std::size_t index, const core::Divergence& divergence) {
  runs_[index].divergence = divergence;
  emit notice(CompareNotice::Diverged, QString::number(index + 1));
}

void CompareWorker::play() {
  if (stopping() || runs_.empty() || playing()) return;
  if (!anyLive()) {  // nothing can run until a new set-up or a reset
    sendFrame(true);
    emit notice(CompareNotice::AllDiverged, QString());
    return;
  }
  setPlaying();
  sendFrame(true);
  scheduleSlice();
}

void CompareWorker::pause() {
  if (stopping() || runs_.empty()) return;
  halt();
  sendFrame(true);
}

void CompareWorker::step(StepUnit unit) {
  if (stopping() || runs_.empty()) return;
  halt();
  advance(unit == StepUnit::Epoch ? runs_.front().trainer->stepsPerEpoch() : 1);
  measureLive();
  sendFrame(true);
  if (!anyLive()) emit notice(CompareNotice::AllDiverged, QString());
}

void CompareWorker::reset() {
  if (stopping()) return;
  halt();
  if (auto problem = rebuild(setup_)) {
    emit notice(CompareNotice::Rejected, io::coreText(*problem));
    return;
  }
  sendFrame(true);
  emit notice(CompareNotice::Reset, QString());
}

void CompareWorker::setSetup(const CompareSetup& setup) {
  if (stopping()) return;
  if (auto problem = rebuild(setup)) {
    emit notice(CompareNotice::Rejected, io::coreText(*problem));
    return;
  }
  sendFrame(true);
  emit notice(CompareNotice::NewSetup, QString());
  if (playing()) scheduleSlice();
}

io::CompareRuns CompareWorker::state() const {
  io::CompareRuns saved;
  saved.step = step_;
  saved.curveStride = curveStride_;
  for (const Run& r : runs_) {
    io::CompareRun c;
    c.run = r.trainer->state();
    for (const QPointF& p : r.shown.lossCurve)
      c.curve.emplace_back(static_cast<std::int64_t>(p.x()), p.y());
    for (const auto& reached : r.shown.lossReached) c.lossReached.push_back(reached.value_or(-1));
    for (const auto& reached : r.shown.accuracyReached)
      c.accuracyReached.push_back(reached.value_or(-1));
    c.divergence = r.divergence;
    saved.runs.push_back(std::move(c));
  }
  return saved;
}

void CompareWorker::restore(const io::CompareRuns& saved) {
  if (stopping()) return;
  halt();
  const std::size_t count = saved.runs.size();
  std::optional<core::Message> problem;
  if (count < std::size_t{kCompareMinRuns} || count > std::size_t{kCompareMaxRuns})
    problem = core::Message(tr("Compare between %1 and %2 runs.")
                                .arg(kCompareMinRuns)
                                .arg(kCompareMaxRuns)
                                .toStdString());
  std::vector<Run> runs(count);
  CompareSetup setup;
  for (std::size_t i = 0; i < count && !problem; ++i) {
    const io::CompareRun& c = saved.runs[i];
    core::TrainerState state = c.run;
    state.config.diagnostics.every = 0;  // measured here at checked steps
    auto restored = core::Trainer::restore(state);
    if (!restored) {
      problem = restored.message();
      break;
    }
    Run& r = runs[i];
    r.trainer.emplace(std::move(restored).value());
    r.divergence = c.divergence;
    for (const auto& [step, loss] : c.curve)
      r.shown.lossCurve.append(QPointF(static_cast<double>(step), loss));
    for (std::size_t k = 0; k < r.shown.lossReached.size() && k < c.lossReached.size(); ++k)
      if (c.lossReached[k] >= 0) r.shown.lossReached[k] = c.lossReached[k];
    for (std::size_t k = 0; k < r.shown.accuracyReached.size() && k < c.accuracyReached.size(); ++k)
      if (c.accuracyReached[k] >= 0) r.shown.accuracyReached[k] = c.accuracyReached[k];
    if (i == 0) setup.config = c.run.config;
    setup.activations.push_back(c.run.config.network.hidden.empty()
                                    ? core::Activation{}
                                    : c.run.config.network.hidden.front().activation);
  }
  if (problem) {
    emit notice(CompareNotice::Rejected, io::coreText(*problem));
    return;
  }
  runs_ = std::move(runs);
  setup_ = setup;
  data_ = std::make_shared<const core::Dataset>(runs_.front().trainer->dataset());
  ++run_;
  step_ = saved.step;
  curveStride_ = saved.curveStride;
  measureLive();
  sendFrame(true);
  emit notice(CompareNotice::Opened, QString());
}

void CompareWorker::runSlice() {
  if (!playing() || stopping() || runs_.empty()) return;
  if (speed() > 0) {
    advance(speed());
  } else {
    QElapsedTimer clock;
    clock.start();
    while (advance(kCompareCheckEvery - step_ % kCompareCheckEvery) &&
           clock.nsecsElapsed() < kSliceNs) {
    }
  }
  if (stopping()) return;
  measureLive();
  if (!anyLive()) {
    halt();
    sendFrame(true);
    emit notice(CompareNotice::AllDiverged, QString());
    return;
  }
  sendFrame(false);
  scheduleSlice();
}

FramePtr CompareWorker::runView(Run& r) {
  const FramePtr& old = r.shown.view;
  if (old && old->run == run_ && old->step == r.trainer->step() &&
      old->divergence.has_value() == r.divergence.has_value())
    return old;  // a diverged run's picture does not change
  auto f = std::make_shared<PlaygroundFrame>();
  f->run = run_;
  f->step = r.trainer->step();
  f->epoch = r.trainer->epoch();
  f->stepsPerEpoch = r.trainer->stepsPerEpoch();
  f->playing = playing();
  f->config = r.trainer->config();
  f->metrics = measure(r);
  f->parameters = r.trainer->parameters();
  f->data = data_;
  f->columns = HistoryColumns(f->config.network);
  f->divergence = r.divergence;
  core::GridSpec spec;
  spec.size = kGridSize;
  spec.neuronMaps = false;
  r.trainer->grid(spec, r.grid);
  f->gridLo = spec.lo;
  f->gridHi = spec.hi;
  palette::fillDiverging(r.grid.output.data(), r.grid.size, 1.0, f->decision);
  return f;
}

void CompareWorker::sendFrame(bool final) {
  if (runs_.empty() || stopping()) return;
  if (!maySendFrame(final)) return;  // the GUI is behind: skip, never queue up
  auto frame = std::make_shared<CompareFrame>();
  frame->run = run_;
  frame->step = step_;
  frame->playing = playing();
  frame->runs.reserve(runs_.size());
  for (Run& r : runs_) {
    r.shown.view = runView(r);
    frame->runs.push_back(r.shown);
  }
  frameSent();
  emit frameReady(std::move(frame));
}

}  // namespace relulab::ui
