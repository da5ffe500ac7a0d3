#pragma once

// GUI-side handle on a training run: owns the worker thread and the
// TrainingWorker in it, turns method calls into queued commands, and keeps
// only the latest frame. Destroying it stops training cleanly: the worker is
// told to stop, then the thread is interrupted, quit and waited for.
// Thread: GUI only.

#include <QObject>
#include <QThread>

#include "ui/common/playground_frame.h"

namespace relulab::ui {

class TrainingWorker;

class PlaygroundSession : public QObject {
  Q_OBJECT

 public:
  explicit PlaygroundSession(const core::TrainConfig& config, QObject* parent = nullptr);
  ~PlaygroundSession() override;

  // The newest frame (null until the worker's first one arrives).
  const FramePtr& latest() const { return latest_; }
  quint64 framesReceived() const { return frames_; }

  void play() { emit playRequested(); }
  void pause() { emit pauseRequested(); }
  void step(StepUnit unit) { emit stepRequested(unit); }
  void reset() { emit resetRequested(); }
  void setSpeed(int stepsPerFrame) { emit speedRequested(stepsPerFrame); }
  void setConfig(const core::TrainConfig& config) { emit configRequested(config); }
  void load(const core::TrainConfig& config) { emit loadRequested(config); }
  void addPoint(const core::Point& point) { emit pointRequested(point); }
  // Stops the worker and waits for its thread; later commands do nothing.
  void shutdown();

 signals:
  void frameArrived();  // latest() changed
  void notice(relulab::ui::PlaygroundNotice kind, const QString& detail);

  // Commands, connected (queued) to the worker.
  void playRequested();
  void pauseRequested();
  void stepRequested(relulab::ui::StepUnit unit);
  void resetRequested();
  void speedRequested(int stepsPerFrame);
  void configRequested(const relulab::core::TrainConfig& config);
  void loadRequested(const relulab::core::TrainConfig& config);
  void pointRequested(const relulab::core::Point& point);

 private:
  void receive(const FramePtr& frame);

  QThread thread_;
  TrainingWorker* worker_ = nullptr;  // lives in thread_; deleted there when it finishes
  FramePtr latest_;
  quint64 frames_ = 0;
};

}  // namespace relulab::ui
