#pragma once

// A panel that shows a live run: it repaints from a timer at most every
// kRepaintIntervalMs while it is shown (frames arrive at any rate; the views
// draw only the latest), takes keyboard focus when shown so the playback
// shortcuts work at once, and stops the timer and its session's thread on
// shutdown. The playground and compare derive from it. Thread: GUI only.

#include <QWidget>

#include "core/training/train_config.h"

class QTimer;

class QTabWidget;

namespace relulab::ui {

class PlaygroundPlayback;
class SlicedWorkerThread;

class LivePanel : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kRepaintIntervalMs = 16;  // ~60 Hz at most

  // Stops repainting, then stops the session's worker and waits for its
  // thread (also done by the derived panel's destructor).
  void shutdown();

  // A new run on `config` (what the panel's controls then show).
  virtual void loadConfig(const core::TrainConfig& config) = 0;
  // loadConfig with a built-in preset, by id ("dying-relu"), shown in the
  // transport bar; an unknown id is refused with a message.
  void loadPreset(const QString& name);

 protected:
  explicit LivePanel(QWidget* parent = nullptr);
  // The session whose thread shutdown() stops (owned by the derived panel),
  // and the transport bar whose play, pause, step, reset and speed drive it.
  void setLiveSession(SlicedWorkerThread* session, PlaygroundPlayback* playback);
  // Called by the timer while the panel is shown: draw the latest frame.
  virtual void repaintTick() = 0;
  // Shows a message in the panel's status line (warning: in the warning look).
  virtual void say(const QString& message, bool warning = false) = 0;

  // PgDown and PgUp turn `deck`'s shown pages, while it is visible
  // (presenter mode's one-view-at-a-time layout).
  void turnPagesWithKeys(QTabWidget* deck);

  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;

 private:
  QTimer* repaint_ = nullptr;
  SlicedWorkerThread* liveSession_ = nullptr;
  PlaygroundPlayback* playback_ = nullptr;
};

}  // namespace relulab::ui
