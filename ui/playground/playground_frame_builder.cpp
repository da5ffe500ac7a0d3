#include "ui/playground/playground_frame_builder.h"

#include <algorithm>
#include <cmath>

#include "ui/common/palette.h"

namespace relulab::ui {

namespace {

// Thumbnails: finer for small networks, coarser when there are many units
// (the diagram then draws them small anyway).
int mapSize(int hiddenUnits) {
  return hiddenUnits <= 48 ? 40 : 20;
}

double largestMagnitude(const float* values, int count) {
  double m = 0.0;
  for (int i = 0; i < count; ++i) {
    const double v = std::fabs(static_cast<double>(values[i]));
    if (v > m && std::isfinite(v)) m = v;
  }
  return m;
}

}  // namespace

void PlaygroundFrameBuilder::startRun(const core::NetworkSpec& network) {
  columns_ = HistoryColumns(network);
  history_ =
      core::History(columns_.names(), static_cast<std::size_t>(columns_.count()) * kHistoryRows);
  rowKey_ = 0;
  lastStep_ = -1;
  shared_.reset();
  sharedStale_ = true;
}

bool PlaygroundFrameBuilder::restoreHistory(const core::NetworkSpec& network,
                                            const core::History::State& state) {
  const HistoryColumns columns(network);
  if (state.columns != columns.names() || core::History::check(state)) return false;
  startRun(network);
  history_ = core::History::fromState(state);
  if (history_.size() > 0) {
    const std::size_t last = history_.size() - 1;
    rowKey_ = history_.step(last) + 1;
    lastStep_ = static_cast<std::int64_t>(history_.row(last)[HistoryColumns::kStep]);
  }
  return true;
}

bool PlaygroundFrameBuilder::adoptTrainerHistory(const core::NetworkSpec& network,
                                                 const core::History& trainer) {
  if (trainer.size() == 0) return false;
  const std::vector<std::string>& names = trainer.columns();
  const auto column = [&names](const std::string& name) -> int {
    const auto at = std::find(names.begin(), names.end(), name);
    return at == names.end() ? -1 : static_cast<int>(at - names.begin());
  };
  const auto layerName = [](int layer, const char* what) {
    std::string s = "l";
    s += std::to_string(layer + 1);
    s += what;
    return s;
  };
  startRun(network);
  const int layers = columns_.hiddenLayers();
  for (std::size_t r = 0; r < trainer.size(); ++r) {
    const std::span<const double> v = trainer.row(r);
    const auto value = [&v](int c) { return c >= 0 ? v[static_cast<std::size_t>(c)] : 0.0; };
    row_.assign(static_cast<std::size_t>(columns_.count()), 0.0);
    const auto at = [this](int c) -> double& { return row_[static_cast<std::size_t>(c)]; };
    at(HistoryColumns::kStep) = static_cast<double>(trainer.step(r));
    at(HistoryColumns::kEpoch) = value(column("epoch"));
    at(HistoryColumns::kTrainLoss) = value(column("train_loss"));
    at(HistoryColumns::kTestLoss) = value(column("test_loss"));
    at(HistoryColumns::kTrainAccuracy) = value(column("train_accuracy"));
    at(HistoryColumns::kTestAccuracy) = value(column("test_accuracy"));
    for (int l = 0; l < layers; ++l) {
      at(HistoryColumns::kDead) += value(column(layerName(l, "_dead")));
      at(columns_.sparsity(l)) = value(column(layerName(l, "_sparsity")));
      at(columns_.gradientNorm(l)) = value(column(layerName(l, "_grad_norm")));
      // A unit live on no probe sample is dead, inactive or saturated by its gate.
      const core::GateKind gate =
          core::gateKind(network.hidden[static_cast<std::size_t>(l)].activation.kind);
      const double silent = gate == core::GateKind::HardGate    ? kActivityDead
                            : gate == core::GateKind::LeakyGate ? kActivityInactive
                                                                : kActivitySaturated;
      for (int j = 0; j < network.hidden[static_cast<std::size_t>(l)].width; ++j) {
        std::string unit = layerName(l, "n");
        unit += std::to_string(j + 1);
        unit += "_active";
        const double active = value(column(unit));
        at(columns_.activity(columns_.unitIndex(l, j))) = active > 0.0 ? active : silent;
      }
    }
    at(columns_.gradientNorm(layers)) = value(column("output_grad_norm"));
    history_.append(rowKey_++, row_);
    lastStep_ = trainer.step(r);
  }
  sharedStale_ = true;
  return true;
}

void PlaygroundFrameBuilder::appendHistory(const core::Metrics& metrics) {
  if (metrics.step == lastStep_ || !metrics.finite()) return;  // never a non-finite row
  lastStep_ = metrics.step;
  columns_.row(metrics, row_);
  history_.append(rowKey_++, row_);
  sharedStale_ = true;
}

void PlaygroundFrameBuilder::build(core::Trainer& trainer, const core::Metrics& metrics, bool final,
                                   PlaygroundFrame& frame) {
  appendHistory(metrics);
  // A copy of a few hundred rows: cheap, but there is no need to make one for
  // every frame while the curves would not visibly change.
  if (sharedStale_ &&
      (final || !shared_ || !sinceCopy_.isValid() || sinceCopy_.elapsed() >= kHistoryCopyMs)) {
    shared_ = std::make_shared<const core::History>(history_);
    sharedStale_ = false;
    sinceCopy_.start();
  }
  frame.history = shared_;
  frame.columns = columns_;
  frame.metrics = metrics;
  frame.parameters = trainer.parameters();
  drawMaps(trainer, frame);
}

void PlaygroundFrameBuilder::drawMaps(core::Trainer& trainer, PlaygroundFrame& frame) {
  core::GridSpec spec;
  spec.size = kDecisionSize;
  spec.neuronMaps = false;
  trainer.grid(spec, decision_);
  frame.gridLo = spec.lo;
  frame.gridHi = spec.hi;
  palette::fillDiverging(decision_.output.data(), decision_.size, 1.0, frame.decision);

  spec.size = mapSize(columns_.hiddenUnits());
  spec.neuronMaps = true;
  trainer.grid(spec, maps_);
  frame.neuronMaps.clear();
  frame.neuronMaps.reserve(static_cast<std::size_t>(columns_.hiddenUnits()) + 1);
  const int cells = spec.size * spec.size;
  for (int l = 0; l < static_cast<int>(maps_.widths.size()); ++l) {
    for (int j = 0; j < maps_.widths[static_cast<std::size_t>(l)]; ++j) {
      const float* map = maps_.neuronMap(l, j);
      QImage image;
      // Each unit on its own scale, so its shape shows whatever its size.
      palette::fillDiverging(map, spec.size, largestMagnitude(map, cells), image);
      frame.neuronMaps.push_back(std::move(image));
    }
  }
  QImage output;
  palette::fillDiverging(maps_.output.data(), spec.size, 1.0, output);
  frame.neuronMaps.push_back(std::move(output));
}

}  // namespace relulab::ui
