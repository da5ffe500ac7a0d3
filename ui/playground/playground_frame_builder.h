#pragma once

// Worker side of the playground: turns the trainer's current state into a
// PlaygroundFrame — measurements, the compact history, the decision grid and
// every unit's map coloured into images. Keeps its buffers between frames.
// Thread: used only by the training worker's thread.

#include <QElapsedTimer>
#include <memory>
#include <vector>

#include "core/training/decision_grid.h"
#include "core/training/history.h"
#include "core/training/trainer.h"
#include "ui/common/playground_frame.h"

namespace relulab::ui {

class PlaygroundFrameBuilder {
 public:
  static constexpr int kDecisionSize = 200;     // the heatmap's grid (N × N)
  static constexpr int kHistoryRows = 600;      // compact history: rows kept at most
  static constexpr qint64 kHistoryCopyMs = 50;  // share a new copy at most this often while playing

  // A new run: forgets the history (the columns follow the network's shape).
  void startRun(const core::NetworkSpec& network);

  // Fills frame.decision, neuronMaps, parameters, history and columns from the
  // trainer's state; `metrics` is the measurement already taken for this frame.
  // Appends a history row when the step moved. `final` forces a fresh copy of
  // the history (pause, step, reset), otherwise copies are rate-limited.
  void build(core::Trainer& trainer, const core::Metrics& metrics, bool final,
             PlaygroundFrame& frame);

  const core::History& history() const { return history_; }
  // Takes back a history saved with a run (an experiment file): the same
  // columns as startRun(network) makes, else false and nothing changes.
  bool restoreHistory(const core::NetworkSpec& network, const core::History::State& state);
  // Makes the compact history from a trainer's own (a run saved by `relulab
  // train --save`, which has no window history): one row per recorded step.
  // Columns it lacks stay 0; false, changing nothing, if it has no rows.
  bool adoptTrainerHistory(const core::NetworkSpec& network, const core::History& trainer);

 private:
  void appendHistory(const core::Metrics& metrics);
  void drawMaps(core::Trainer& trainer, PlaygroundFrame& frame);

  HistoryColumns columns_;
  core::History history_;
  std::int64_t rowKey_ = 0;  // frame numbers: the history's keys
  std::int64_t lastStep_ = -1;
  std::vector<double> row_;
  std::shared_ptr<const core::History> shared_;
  bool sharedStale_ = true;
  QElapsedTimer sinceCopy_;
  core::DecisionGrid decision_, maps_;
};

}  // namespace relulab::ui
