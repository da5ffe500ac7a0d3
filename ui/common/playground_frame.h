#pragma once

// What the training worker hands the playground, by value: everything its
// views draw, prepared in the worker thread (numbers measured, grids coloured
// into images), so the GUI thread only draws. A frame is immutable once sent;
// it crosses threads as std::shared_ptr<const PlaygroundFrame>.

#include <QImage>
#include <QMetaType>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/training/dataset.h"
#include "core/training/diagnostics.h"
#include "core/training/history.h"
#include "core/training/train_config.h"
#include "core/training/trainer.h"

namespace relulab::ui {

// The compact history the worker keeps for the GUI: one row per frame (not
// per step), a few hundred rows at most, so a copy is cheap. Row keys are
// frame numbers; the training step is column `step`.
class HistoryColumns {
 public:
  HistoryColumns() = default;
  explicit HistoryColumns(const core::NetworkSpec& spec);

  static constexpr int kStep = 0, kEpoch = 1, kTrainLoss = 2, kTestLoss = 3, kTrainAccuracy = 4,
                       kTestAccuracy = 5, kDead = 6;
  int hiddenLayers() const { return static_cast<int>(widths_.size()); }
  int hiddenUnits() const { return units_; }
  int sparsity(int layer) const { return kFirstLayerColumn + layer; }
  // layer == hiddenLayers() is the output layer.
  int gradientNorm(int layer) const { return kFirstLayerColumn + hiddenLayers() + layer; }
  // The unit's activity code (see encodeActivity), hidden units layer by layer.
  int activity(int unit) const { return kFirstLayerColumn + 2 * hiddenLayers() + 1 + unit; }
  int unitIndex(int layer, int neuron) const {
    return offsets_[static_cast<std::size_t>(layer)] + neuron;
  }
  int count() const { return activity(units_); }
  std::vector<std::string> names() const;

  // One row from a measurement (accuracies 0 for regression).
  void row(const core::Metrics& metrics, std::vector<double>& out) const;

 private:
  static constexpr int kFirstLayerColumn = 7;
  std::vector<int> widths_;
  std::vector<int> offsets_;
  int units_ = 0;
};

// A unit's activity in one number, for the kymograph: its active fraction in
// (0, 1], or, when it is live on no probe sample, a negative code for why.
inline constexpr double kActivityDead = -1.0;
inline constexpr double kActivityInactive = -2.0;
inline constexpr double kActivitySaturated = -3.0;
double encodeActivity(const core::NeuronStats& stats);

struct PlaygroundFrame {
  std::uint64_t run = 0;  // changes on every reset (new weights or new data)
  std::int64_t step = 0;  // updates since the last reset
  double epoch = 0.0;
  int stepsPerEpoch = 0;
  bool playing = false;
  double examplesPerSecond = 0.0;  // training rate over the last half second of play; 0 when paused
  core::TrainConfig config;        // as trained now, live changes included
  core::Metrics metrics;           // on the probe set, at `step`
  std::vector<double> parameters;  // core::ParamLayout(config.network) order
  std::shared_ptr<const core::Dataset> data;  // generated points plus the ones added by click
  int addedPoints = 0;
  QString dataSource;  // the file the points were imported from; empty: generated
  // The network's prediction over the square [gridLo, gridHi]², coloured;
  // row 0 is the top edge (x2 = gridHi), column 0 the left edge (x1 = gridLo).
  QImage decision;
  double gridLo = -6.0;
  double gridHi = 6.0;
  // Every hidden unit's output over the same square, layer by layer, each
  // coloured on its own scale (±its largest |f|), then the output unit's.
  std::vector<QImage> neuronMaps;
  std::shared_ptr<const core::History> history;  // compact, see HistoryColumns
  HistoryColumns columns;
  std::optional<core::Divergence> divergence;  // set when training stopped itself

  bool classification() const { return !core::isRegression(config.data.kind); }
  int hiddenUnits() const { return columns.hiddenUnits(); }
  const core::NeuronStats* neuron(int layer, int index) const;
};

using FramePtr = std::shared_ptr<const PlaygroundFrame>;

// How the worker answered a command, for the status line.
enum class PlaygroundNotice {
  KeptWeights,        // a live change: activation, optimiser, learning rate, batch size
  ResetArchitecture,  // the network's shape or initialisation changed
  ResetData,          // the data changed (kind, size, noise, split, seed, features)
  ResetByUser,        // Reset
  Loaded,             // a whole new config (a preset): new data, new weights
  Imported,           // new data from a file (detail: its name): new weights
  Opened,             // a saved run, continued where it stopped
  PointAdded,         // a point was added; the weights were kept
  Rejected,           // detail: what was wrong (core's words); nothing changed
  Diverged,           // training stopped itself; the frame's divergence says why
};

enum class StepUnit { Step, Epoch };

}  // namespace relulab::ui

Q_DECLARE_METATYPE(relulab::ui::FramePtr)
Q_DECLARE_METATYPE(relulab::core::TrainConfig)
Q_DECLARE_METATYPE(relulab::core::Point)
Q_DECLARE_METATYPE(relulab::ui::PlaygroundNotice)
Q_DECLARE_METATYPE(relulab::ui::StepUnit)
