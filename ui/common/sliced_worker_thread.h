#pragma once

// The GUI-side handle on a SlicedWorker: the playback commands every live
// feature has, and its frames back. A frame is a std::shared_ptr<const
// Frame>; the handle keeps only the latest (see receiveFrames), gives the
// worker its flow-control credit back for each, and says frameArrived.
// Thread: GUI only.

#include <QObject>
#include <QString>
#include <memory>

#include "ui/common/playground_frame.h"
#include "ui/common/sliced_worker.h"
#include "ui/common/worker_thread.h"

namespace relulab::ui {

class SlicedWorkerThread : public WorkerThread {
  Q_OBJECT

 public:
  // Frames taken from the worker that were not null, since construction.
  quint64 framesReceived() const { return frames_; }

  // Queued to the worker, in the order called (see SlicedWorker).
  void play();
  void pause();
  void step(StepUnit unit);
  void reset();
  void setSpeed(int stepsPerFrame);

 signals:
  void frameArrived();  // the derived handle's latest() changed

 protected:
  SlicedWorkerThread(std::unique_ptr<SlicedWorker> worker, const QString& threadName,
                     QObject* parent = nullptr);

  // Connects the worker's frame signal: each frame sent gives the worker its
  // credit back; each that is not null becomes `latest` (a member of the
  // derived handle), is counted, and frameArrived follows. Call it before
  // startThread().
  template <typename W, typename Frame>
  void receiveFrames(void (W::*frameReady)(std::shared_ptr<const Frame>),
                     std::shared_ptr<const Frame>& latest) {
    connect(worker<W>(), frameReady, this, [this, &latest](std::shared_ptr<const Frame> frame) {
      if (auto* w = worker<SlicedWorker>()) w->frameTaken();
      if (!frame) return;
      latest = std::move(frame);
      ++frames_;
      emit frameArrived();
    });
  }

 private:
  quint64 frames_ = 0;
};

}  // namespace relulab::ui
