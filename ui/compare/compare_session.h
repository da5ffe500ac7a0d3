#pragma once

// GUI-side handle on compare mode's runs: owns the worker thread and the
// CompareWorker in it, turns method calls into queued commands, and keeps
// only the latest frame. Destroying it stops training cleanly: the worker is
// told to stop, then the thread is interrupted, quit and waited for.
// Thread: GUI only.

#include <QObject>
#include <QThread>

#include "ui/compare/compare_frame.h"

namespace relulab::ui {

class CompareWorker;

class CompareSession : public QObject {
  Q_OBJECT

 public:
  explicit CompareSession(const CompareSetup& setup, QObject* parent = nullptr);
  ~CompareSession() override;

  // The newest frame (null until the worker's first one arrives).
  const CompareFramePtr& latest() const { return latest_; }
  quint64 framesReceived() const { return frames_; }

  void play() { emit playRequested(); }
  void pause() { emit pauseRequested(); }
  void step(StepUnit unit) { emit stepRequested(unit); }
  void reset() { emit resetRequested(); }
  void setSpeed(int stepsPerFrame) { emit speedRequested(stepsPerFrame); }
  void setSetup(const CompareSetup& setup) { emit setupRequested(setup); }
  // Stops the worker and waits for its thread; later commands do nothing.
  void shutdown();

 signals:
  void frameArrived();  // latest() changed
  void notice(relulab::ui::CompareNotice kind, const QString& detail);

  // Commands, connected (queued) to the worker.
  void playRequested();
  void pauseRequested();
  void stepRequested(relulab::ui::StepUnit unit);
  void resetRequested();
  void speedRequested(int stepsPerFrame);
  void setupRequested(const relulab::ui::CompareSetup& setup);

 private:
  void receive(const CompareFramePtr& frame);

  QThread thread_;
  CompareWorker* worker_ = nullptr;  // lives in thread_; deleted there when it finishes
  CompareFramePtr latest_;
  quint64 frames_ = 0;
};

}  // namespace relulab::ui
