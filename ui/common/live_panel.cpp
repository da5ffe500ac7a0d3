#include "ui/common/live_panel.h"

#include <QAction>
#include <QTabWidget>
#include <QTimer>
#include <utility>

#include "core/training/presets.h"

#include "ui/common/playground_playback.h"
#include "ui/common/sliced_worker_thread.h"

namespace relulab::ui {

LivePanel::LivePanel(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);  // so the shortcuts work as soon as the tab is shown
  repaint_ = new QTimer(this);
  repaint_->setTimerType(Qt::PreciseTimer);
  repaint_->setInterval(kRepaintIntervalMs);
  connect(repaint_, &QTimer::timeout, this, [this] { repaintTick(); });
}

void LivePanel::setLiveSession(SlicedWorkerThread* session, PlaygroundPlayback* playback) {
  liveSession_ = session;
  playback_ = playback;
  connect(playback, &PlaygroundPlayback::presetChosen, this, &LivePanel::loadPreset);
  using S = SlicedWorkerThread;
  connect(playback, &PlaygroundPlayback::playRequested, session, &S::play);
  connect(playback, &PlaygroundPlayback::pauseRequested, session, &S::pause);
  connect(playback, &PlaygroundPlayback::stepRequested, session, &S::step);
  connect(playback, &PlaygroundPlayback::resetRequested, session, &S::reset);
  connect(playback, &PlaygroundPlayback::speedChanged, session, &S::setSpeed);
  session->setSpeed(playback->speed());
}

void LivePanel::loadPreset(const QString& name) {
  const std::optional<core::TrainConfig> config = core::preset(name.toStdString());
  if (!config) {
    say(tr("There is no preset called “%1”.").arg(name), true);
    return;
  }
  playback_->showPreset(name);
  loadConfig(*config);
}

void LivePanel::shutdown() {
  repaint_->stop();
  if (liveSession_) liveSession_->shutdown();
}

void LivePanel::turnPagesWithKeys(QTabWidget* deck) {
  for (const auto& [key, step] : {std::pair{Qt::Key_PageDown, 1}, std::pair{Qt::Key_PageUp, -1}}) {
    auto* turn = new QAction(this);
    turn->setShortcut(QKeySequence(key));
    turn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(turn, &QAction::triggered, this, [deck, step = step] {
      if (!deck->isVisible()) return;
      const int count = deck->count();
      for (int n = 1; n <= count; ++n) {  // the next page that is shown
        const int i = ((deck->currentIndex() + step * n) % count + count) % count;
        if (deck->isTabVisible(i)) return deck->setCurrentIndex(i);
      }
    });
    addAction(turn);
  }
}

void LivePanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  repaint_->start();
  if (!focusWidget()) setFocus(Qt::OtherFocusReason);
}

void LivePanel::hideEvent(QHideEvent* event) {
  QWidget::hideEvent(event);
  repaint_->stop();
}

}  // namespace relulab::ui
