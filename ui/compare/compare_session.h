#pragma once

// GUI-side handle on compare mode's runs: owns the worker thread and the
// CompareWorker in it, turns method calls into queued commands, and keeps
// only the latest frame (SlicedWorkerThread). Destroying it stops training
// cleanly: the worker is told to stop, then the thread is interrupted, quit
// and waited for. Thread: GUI only.

#include <QObject>
#include <optional>

#include "io/experiment_file.h"

#include "ui/common/sliced_worker_thread.h"
#include "ui/compare/compare_frame.h"

namespace relulab::ui {

class CompareSession : public SlicedWorkerThread {
  Q_OBJECT

 public:
  explicit CompareSession(const CompareSetup& setup, QObject* parent = nullptr);

  // The newest frame (null until the worker's first one arrives).
  const CompareFramePtr& latest() const { return latest_; }

  // A new set-up, always from step 0; refused with a notice if invalid.
  void setSetup(const CompareSetup& setup);
  // Continues saved runs, paused.
  void restore(const io::CompareRuns& runs);
  // Every run's state, asked of the worker and waited for (milliseconds).
  std::optional<io::CompareRuns> state();

 signals:
  void notice(relulab::ui::CompareNotice kind, const QString& detail);

 private:
  CompareFramePtr latest_;
};

}  // namespace relulab::ui
