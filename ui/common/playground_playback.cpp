#include "ui/common/playground_playback.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

#include "core/training/presets.h"
#include "ui/common/preset_box.h"
#include "ui/common/wrapping_row.h"

namespace relulab::ui {

namespace {

QToolButton* toolButton(QAction* action, QWidget* parent) {
  auto* b = new QToolButton(parent);
  b->setDefaultAction(action);
  b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  b->setAutoRaise(false);
  return b;
}

}  // namespace

PlaygroundPlayback::PlaygroundPlayback(QWidget* shortcutScope, QWidget* parent) : QWidget(parent) {
  preset_ = new QComboBox(this);
  fillPresetBox(preset_);
  // Shown when the run is no preset as it stands (a lesson's own set-up, a
  // changed control): the box says so instead of going blank.
  preset_->setPlaceholderText(tr("Custom set-up"));
  preset_->setToolTip(
      tr("Ready-made set-ups. Choosing one starts a new run; “Dying ReLU” shows "
         "units dying at learning rate 3."));
  auto* presetLabel = new QLabel(tr("Pre&set:"), this);
  presetLabel->setBuddy(preset_);

  play_ = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"), this);
  play_->setShortcut(QKeySequence(Qt::Key_Space));
  step_ = new QAction(style()->standardIcon(QStyle::SP_MediaSeekForward), tr("Step"), this);
  step_->setShortcut(QKeySequence(Qt::Key_Right));
  step_->setToolTip(tr("Train one update or one epoch, as chosen beside it, then pause (→)."));
  reset_ = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset"), this);
  reset_->setShortcut(QKeySequence(Qt::Key_R));
  reset_->setToolTip(
      tr("Start again from the same initial weights (same seed), step 0 (R). "
         "Points you added stay."));
  for (QAction* a : {play_, step_, reset_}) {
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    shortcutScope->addAction(a);
  }
  setPlaying(false);

  unit_ = new QComboBox(this);
  unit_->addItem(tr("one update"), static_cast<int>(StepUnit::Step));
  unit_->addItem(tr("one epoch"), static_cast<int>(StepUnit::Epoch));
  unit_->setToolTip(
      tr("What Step trains: one mini-batch update, or one pass over the training set."));

  speed_ = new QComboBox(this);
  for (const int n : kSpeeds)
    speed_->addItem(n == 0   ? tr("as fast as possible")
                    : n == 1 ? tr("1 update per frame")
                             : tr("%1 updates per frame").arg(QLocale().toString(n)),
                    n);
  // About one epoch of TensorFlow Playground's 250 training points per frame:
  // slow enough for a class to watch units die one by one, fast enough that
  // lr 3 kills one within seconds. "As fast as possible" is one click away.
  speed_->setCurrentIndex(speed_->findData(kDefaultSpeed));
  speed_->setToolTip(
      tr("Updates trained per displayed frame (about 60 frames a second); or "
         "as many as the machine manages, with the display still live."));
  auto* speedLabel = new QLabel(tr("Speed:"), this);
  speedLabel->setBuddy(speed_);

  // One line where it fits; on a narrow screen (presenter mode's large text
  // beside the Lessons dock) the preset, the transport and the speed wrap.
  auto* transport = rowOf(
      {toolButton(play_, this), toolButton(step_, this), unit_, toolButton(reset_, this)}, this);
  auto* row =
      new WrappingRow(rowOf({presetLabel, preset_}, this),
                      new WrappingRow(transport, rowOf({speedLabel, speed_}, this), this), this);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(row, 1);

  connect(play_, &QAction::triggered, this, [this] {
    // The button says what was asked at once, so that a second press before
    // the worker's next frame pauses what the first started; that frame (or
    // the worker's refusal, as a frame that is not playing) confirms it.
    const bool play = !playing_;
    if (play)
      emit playRequested();
    else
      emit pauseRequested();
    setPlaying(play);
  });
  connect(step_, &QAction::triggered, this, [this] { emit stepRequested(stepUnit()); });
  connect(reset_, &QAction::triggered, this, &PlaygroundPlayback::resetRequested);
  connect(speed_, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });
  connect(preset_, &QComboBox::activated, this,
          [this] { emit presetChosen(preset_->currentData().toString()); });
}

void PlaygroundPlayback::setPlaying(bool playing) {
  // Panels say it with every frame; a new icon and text would lay the window
  // out and repaint it whole each time.
  const QString tip = playing ? tr("Pause training (Space).") : tr("Train continuously (Space).");
  if (playing == playing_ && play_->toolTip() == tip) return;
  playing_ = playing;
  play_->setText(playing ? tr("Pause") : tr("Play"));
  play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  play_->setToolTip(tip);
}

StepUnit PlaygroundPlayback::stepUnit() const {
  return static_cast<StepUnit>(unit_->currentData().toInt());
}

int PlaygroundPlayback::speed() const {
  return speed_->currentData().toInt();
}

void PlaygroundPlayback::setSpeedIndex(int index) {
  speed_->setCurrentIndex(index);
}

void PlaygroundPlayback::matchPreset(const core::TrainConfig& wanted) {
  // How often a headless run recorded its history is not part of the set-up.
  core::TrainConfig config = wanted;
  const auto same = [&config](std::optional<core::TrainConfig> preset) {
    if (!preset) return false;
    config.diagnostics.every = preset->diagnostics.every;
    return *preset == config;
  };
  const auto shown = core::preset(preset_->currentData().toString().toStdString());
  if (same(shown)) return;  // several presets may coincide: keep the chosen one
  for (const core::PresetInfo& p : core::presetList()) {
    if (same(core::preset(p.name)))
      return showPreset(QString::fromUtf8(p.name.data(), qsizetype(p.name.size())));
  }
  showPreset(QString());
}

void PlaygroundPlayback::showPreset(const QString& name) {
  const QSignalBlocker block(preset_);
  selectPreset(preset_, name);
}

}  // namespace relulab::ui
