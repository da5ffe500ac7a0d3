#pragma once

// The playground's transport bar: a preset picker, Play/Pause (Space), Step
// (→, one update or one epoch), Reset (R) and the speed (updates per display
// frame, up to as fast as the machine goes). The shortcuts work while focus
// is anywhere in the playground.

#include <QWidget>
#include <array>

#include "io/lesson.h"
#include "ui/common/playground_frame.h"

class QAction;
class QComboBox;
class QToolButton;

namespace relulab::ui {

class PlaygroundPlayback : public QWidget {
  Q_OBJECT

 public:
  // The speeds offered, in updates per displayed frame; 0: as fast as possible.
  static constexpr std::array<int, 10> kSpeeds = io::kPlaygroundSpeeds;
  static constexpr int kDefaultSpeed = 20;
  // shortcutScope: the widget whose focus activates the keyboard shortcuts.
  explicit PlaygroundPlayback(QWidget* shortcutScope, QWidget* parent = nullptr);

  void setPlaying(bool playing);
  bool playing() const { return playing_; }
  StepUnit stepUnit() const;
  int speed() const;  // 0: as fast as possible
  void setSpeedIndex(int index);
  void showPreset(const QString& name);  // without emitting presetChosen
  // Shows the preset that `config` is exactly (the one already shown if
  // several are); else the box reads "Custom set-up".
  void matchPreset(const core::TrainConfig& config);

  QAction* playAction() const { return play_; }
  QAction* stepAction() const { return step_; }
  QAction* resetAction() const { return reset_; }
  QComboBox* speedBox() const { return speed_; }
  QComboBox* stepUnitBox() const { return unit_; }
  QComboBox* presetBox() const { return preset_; }

 signals:
  void playRequested();
  void pauseRequested();
  void stepRequested(relulab::ui::StepUnit unit);
  void resetRequested();
  void speedChanged(int stepsPerFrame);
  void presetChosen(const QString& name);

 private:
  QAction* play_ = nullptr;
  QAction* step_ = nullptr;
  QAction* reset_ = nullptr;
  QComboBox* unit_ = nullptr;
  QComboBox* speed_ = nullptr;
  QComboBox* preset_ = nullptr;
  bool playing_ = false;
};

}  // namespace relulab::ui
