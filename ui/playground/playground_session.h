#pragma once

// GUI-side handle on a training run: owns the worker thread and the
// TrainingWorker in it, turns method calls into queued commands, and keeps
// only the latest frame (SlicedWorkerThread). Destroying it stops training
// cleanly: the worker is told to stop, then the thread is interrupted, quit
// and waited for. Thread: GUI only.

#include <QObject>
#include <optional>

#include "io/experiment_file.h"

#include "ui/common/playground_frame.h"
#include "ui/common/sliced_worker_thread.h"

namespace relulab::ui {

class PlaygroundSession : public SlicedWorkerThread {
  Q_OBJECT

 public:
  explicit PlaygroundSession(const core::TrainConfig& config, QObject* parent = nullptr);

  // The newest frame (null until the worker's first one arrives).
  const FramePtr& latest() const { return latest_; }

  // Live changes keep the weights; others start a new run (TrainingWorker).
  void setConfig(const core::TrainConfig& config);
  // Always a new run on freshly generated data (presets, loaded configs).
  void load(const core::TrainConfig& config);
  void addPoint(const core::Point& point);
  // A new run on these points (from the file `source`).
  void loadData(const core::TrainConfig& config, const core::Dataset& data, const QString& source);
  // Continues a saved run (pauses first).
  void restore(const io::PlaygroundRun& run);
  // The run's whole state, asked of the worker and waited for (it answers
  // between two slices, within milliseconds). Empty after shutdown().
  std::optional<io::PlaygroundRun> state();

 signals:
  void notice(relulab::ui::PlaygroundNotice kind, const QString& detail);

 private:
  FramePtr latest_;
};

}  // namespace relulab::ui
