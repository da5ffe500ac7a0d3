#pragma once

// The playground's training loop. A TrainingWorker owns the core Trainer and
// lives in its own QThread (see PlaygroundSession, which owns both): commands
// arrive as queued calls and are handled between time slices (SlicedWorker).
// After a slice it sends a PlaygroundFrame (by std::shared_ptr<const>) unless
// the GUI has not yet taken the last two.
//
// Live changes (activation, its parameter, optimiser, learning rate,
// regularisation, batch size) keep every weight; changes to the network's
// shape or initialisation, or to the data, start a new run (notice says which).

#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <optional>

#include "core/training/trainer.h"
#include "io/experiment_file.h"
#include "ui/common/playground_frame.h"
#include "ui/common/sliced_worker.h"
#include "ui/playground/playground_frame_builder.h"

namespace relulab::ui {

// Thread: the worker's, except where SlicedWorker says otherwise.
class TrainingWorker : public SlicedWorker {
  Q_OBJECT

 public:
  explicit TrainingWorker(const core::TrainConfig& config);

  // Live changes keep the weights; others start a new run (notice says which).
  void setConfig(const relulab::core::TrainConfig& config);
  // Always a new run on freshly generated data (presets, loaded configs).
  void load(const relulab::core::TrainConfig& config);
  void addPoint(const relulab::core::Point& point);
  // A new run on these points (imported from `source`, a file name).
  void loadData(const relulab::core::TrainConfig& config, const relulab::core::Dataset& data,
                const QString& source);
  // Everything needed to continue this run exactly (an experiment file).
  io::PlaygroundRun state() const;
  // Continues a saved run (read and checked by io::readExperiment); keeps
  // the run it has and says why when the state does not fit.
  void restore(const relulab::io::PlaygroundRun& run);

 signals:
  void frameReady(relulab::ui::FramePtr frame);
  void notice(relulab::ui::PlaygroundNotice kind, const QString& detail);

 private:
  // Reached through the bases (WorkerThread, SlicedWorkerThread), on this thread.
  void start() override;  // builds the trainer, sends frame 0
  void play() override;
  void pause() override;
  void step(StepUnit unit) override;
  void reset() override;

  // A new run on `config`: on freshly generated data if freshData, else on
  // the data it has. Says `done` when it starts, or why it could not (and
  // then keeps the run and data it had).
  void newRun(const core::TrainConfig& config, bool freshData, PlaygroundNotice done);
  // The same on `data` (null: freshly generated) from the file `source`.
  void newRunOn(const core::TrainConfig& config, std::shared_ptr<const core::Dataset> data,
                const QString& source, PlaygroundNotice done);
  // A new trainer on `config` with data_ (new run unless keepWeights).
  std::optional<core::Message> rebuild(const core::TrainConfig& config, bool keepWeights);
  // Applies the live fields of `config` to the trainer; the core's problem if
  // one is refused.
  std::optional<core::Message> applyLive(const core::TrainConfig& config);
  void runSlice() override;
  void trainFor(std::int64_t maxSteps, qint64 budgetNs);
  void stopOnDivergence(const core::Divergence& divergence);
  void sendFrame(bool final);
  core::Metrics measureNow();

  core::TrainConfig config_;  // the run's config, live changes included
  std::optional<core::Trainer> trainer_;
  std::shared_ptr<const core::Dataset> data_;
  int addedPoints_ = 0;
  QString dataSource_;             // the file the points came from; empty: generated
  std::int64_t wantedEvery_ = 25;  // the config's diagnostics.every (the trainer's is 0)
  std::uint64_t run_ = 0;
  // A click-added point rebuilds the trainer with the same weights; the run's
  // step and epoch continue from these.
  std::int64_t stepBase_ = 0;
  double epochBase_ = 0.0;
  std::optional<core::Divergence> divergence_;

  std::int64_t chunk_ = 8;  // updates per train() call, adapted to ~0.5 ms
  PlaygroundFrameBuilder builder_;
  QElapsedTimer sinceFrame_;
  QElapsedTimer rateClock_;
  std::int64_t rateExamples_ = 0;
  double examplesPerSecond_ = 0.0;
};

}  // namespace relulab::ui
