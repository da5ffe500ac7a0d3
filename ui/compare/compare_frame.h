#pragma once

// What the compare worker hands the compare panel, by value: 2–4 runs on the
// same data from the same seed, differing only in their hidden activation,
// trained in lockstep (every run that has not diverged is at the frame's
// step). A frame is immutable once sent; it crosses threads as
// std::shared_ptr<const CompareFrame>.

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/activations/activation.h"
#include "core/training/train_config.h"
#include "ui/common/playground_frame.h"

namespace relulab::ui {

// "Steps to reach" targets. The worker tracks every one of them, so choosing
// another in the panel needs no new run. Train loss is the mean loss over the
// training set; accuracy the share of training points on the right side.
inline constexpr std::array<double, 5> kCompareLossTargets{0.2, 0.1, 0.05, 0.02, 0.01};
inline constexpr std::array<double, 4> kCompareAccuracyTargets{0.9, 0.95, 0.99, 1.0};
// Targets are checked, and the loss curves sampled, at every multiple of this
// many steps — the same steps for every run, however Play and Step were used.
inline constexpr int kCompareCheckEvery = 25;
inline constexpr int kCompareMinRuns = 2;
inline constexpr int kCompareMaxRuns = 4;

// The shared set-up: one config (data, seed, network shape, optimiser), and
// one activation per run that replaces every hidden layer's.
struct CompareSetup {
  core::TrainConfig config;
  std::vector<core::Activation> activations;  // kCompareMinRuns…kCompareMaxRuns
  bool operator==(const CompareSetup&) const = default;

  // Run `index`'s config: `config` with its activation in every hidden layer.
  core::TrainConfig runConfig(std::size_t index) const;
};

struct CompareRunFrame {
  // The run as the playground's views draw it: step (its own: it stops at a
  // divergence), config (with this run's activation), metrics, parameters,
  // the decision heatmap, the shared data, and the divergence if any.
  FramePtr view;
  // The first checked step at which the train loss was ≤ kCompareLossTargets[i]
  // (accuracy ≥ kCompareAccuracyTargets[i]); none while not reached.
  std::array<std::optional<std::int64_t>, kCompareLossTargets.size()> lossReached;
  std::array<std::optional<std::int64_t>, kCompareAccuracyTargets.size()> accuracyReached;
  QList<QPointF> lossCurve;  // (step, train loss) at checked steps, thinned to a few hundred

  bool diverged() const { return view && view->divergence.has_value(); }
};

struct CompareFrame {
  std::uint64_t run = 0;  // changes on every reset and every new set-up
  std::int64_t step = 0;  // every run that has not diverged is at this step
  bool playing = false;
  std::vector<CompareRunFrame> runs;
};

using CompareFramePtr = std::shared_ptr<const CompareFrame>;

// How the worker answered a command, for the status line.
enum class CompareNotice {
  NewSetup,  // a new set-up: every run starts at step 0 from the same initial weights
  Reset,     // Reset: the same, on the same set-up
  Rejected,  // detail: what was wrong (core's words); nothing changed
  Diverged,  // detail: the run's number; that run stopped, the others go on
  AllDiverged,
  Opened,  // saved runs, continued where they stopped
};

}  // namespace relulab::ui

Q_DECLARE_METATYPE(relulab::ui::CompareFramePtr)
Q_DECLARE_METATYPE(relulab::ui::CompareSetup)
Q_DECLARE_METATYPE(relulab::ui::CompareNotice)
