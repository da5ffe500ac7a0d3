#pragma once

// A ThreadWorker for a live feature: it trains while playing, in time slices
// of at most ~8 ms, so that play, pause, step, reset and changes queued
// between slices take effect promptly however fast training runs. A slice
// runs from a single-shot timer: at once when the speed is 0 (as fast as
// possible), else once per display frame. After a slice the worker may send
// a frame; flow control keeps at most two in flight, skipping a non-final
// frame while the GUI is behind (never queueing up), while a final one
// (after a command, or the last before a pause) always goes out.

#include <QtGlobal>
#include <atomic>

#include "ui/common/playground_frame.h"
#include "ui/common/thread_worker.h"

class QTimer;

namespace relulab::ui {

class SlicedWorker : public ThreadWorker {
  Q_OBJECT

 public:
  static constexpr qint64 kSliceNs = 7'000'000;  // work per slice; the frame adds ~1 ms
  static constexpr int kPacedIntervalMs = 16;    // one paced slice per display frame
  static constexpr int kMaxFramesInFlight = 2;

  SlicedWorker();
  ~SlicedWorker() override;

  // The playback commands. Thread: the worker's.
  virtual void play() = 0;
  virtual void pause() = 0;
  virtual void step(StepUnit unit) = 0;
  virtual void reset() = 0;
  // 0: as fast as possible; otherwise this many updates per display frame
  // (negative counts as 0). Takes effect from the next slice.
  void setSpeed(int stepsPerFrame);

  // Thread: any. The GUI took a frame (flow control).
  void frameTaken() { inFlight_.fetch_sub(1); }

 protected:
  bool playing() const { return playing_; }
  int speed() const { return speed_; }
  // Playing from now on; the caller schedules the first slice.
  void setPlaying() { playing_ = true; }
  // Not playing, and no slice scheduled.
  void halt();
  // Schedules runSlice() (see above) if playing and not stopping.
  void scheduleSlice();
  // One slice of work, run from the timer; it calls scheduleSlice() for the next.
  virtual void runSlice() = 0;

  // Whether a frame may go out now: a final one always; a non-final one only
  // while the GUI has fewer than kMaxFramesInFlight frames to take.
  bool maySendFrame(bool final) const { return final || inFlight_.load() < kMaxFramesInFlight; }
  // Counts a frame as in flight; call it just before sending it.
  void frameSent() { inFlight_.fetch_add(1); }

 private:
  bool playing_ = false;
  int speed_ = 0;
  QTimer* timer_ = nullptr;  // a child: it moves to the worker's thread with it
  std::atomic<int> inFlight_{0};
};

}  // namespace relulab::ui
