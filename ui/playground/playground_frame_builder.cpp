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
