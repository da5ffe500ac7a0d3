#pragma once

// Compare mode's training loop: one worker, one thread, 2–4 core Trainers
// that differ only in their hidden activation. Lockstep: an advance trains
// run 1 by n updates, then run 2 by the same n, and so on, and a frame is only
// ever built between advances — so every run that has not diverged is at the
// same step in every frame, and the shared loss plot compares like with like.
//
// Time slices (≤ ~8 ms) and flow control as every SlicedWorker: commands
// arrive as queued calls between slices; after a slice a CompareFrame goes
// out by std::shared_ptr<const> unless the GUI has not yet taken the last
// two. A run that diverges stops where it is, with its report; the others go
// on. Lives in the thread CompareSession owns.

#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "core/base/message.h"
#include "core/training/trainer.h"
#include "io/experiment_file.h"
#include "ui/common/sliced_worker.h"
#include "ui/compare/compare_frame.h"

namespace relulab::ui {

// Thread: the worker's, except where SlicedWorker says otherwise.
class CompareWorker : public SlicedWorker {
  Q_OBJECT

 public:
  static constexpr int kGridSize = 120;     // each run's heatmap (N × N)
  static constexpr int kCurvePoints = 600;  // per loss curve, at most about this many

  explicit CompareWorker(const CompareSetup& setup);

  // A new set-up (always from step 0); refused with a notice if invalid.
  void setSetup(const relulab::ui::CompareSetup& setup);
  // Every run's whole state and its curves, to save them (an experiment file).
  io::CompareRuns state() const;
  // Continues saved runs (read and checked by io::readExperiment), paused;
  // keeps the runs it has and says why when they do not fit.
  void restore(const relulab::io::CompareRuns& saved);

 signals:
  void frameReady(relulab::ui::CompareFramePtr frame);
  void notice(relulab::ui::CompareNotice kind, const QString& detail);

 private:
  struct Run {
    std::optional<core::Trainer> trainer;
    std::optional<core::Divergence> divergence;
    std::optional<core::Metrics> measured;  // at the trainer's current step
    CompareRunFrame shown;                  // reached targets, curve; view rebuilt when stale
    core::DecisionGrid grid;
  };

  // Reached through the bases (WorkerThread, SlicedWorkerThread), on this thread.
  void start() override;  // builds the runs, sends frame 0
  void play() override;
  void pause() override;
  void step(StepUnit unit) override;
  void reset() override;

  // New runs on `setup` at step 0; the problem (for the user) if it is invalid.
  std::optional<core::Message> rebuild(const CompareSetup& setup);
  bool anyLive() const;
  // Trains every live run by `steps` updates in lockstep, stopping at every
  // checked step on the way to measure. Returns false if training stopped.
  bool advance(std::int64_t steps);
  void check();
  // Measures every live run at its current step (once per step); a run whose
  // measurement is not finite is marked as diverged.
  void measureLive();
  const core::Metrics& measure(Run& run);
  void markDiverged(std::size_t index, const core::Divergence& divergence);
  void appendCurves();
  void runSlice() override;
  void sendFrame(bool final);
  FramePtr runView(Run& run);

  CompareSetup setup_;
  std::vector<Run> runs_;
  std::shared_ptr<const core::Dataset> data_;
  std::uint64_t run_ = 0;
  std::int64_t step_ = 0;         // the lockstep count
  std::int64_t curveStride_ = 1;  // checks between curve points (doubles as curves thin)
};

}  // namespace relulab::ui
