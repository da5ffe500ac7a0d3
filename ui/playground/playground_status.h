#pragma once

// The playground's status line: step, epoch, training speed, dead units out
// of all hidden units, the backend, and the latest message (a change that
// reset the run, a refused value, or why training stopped itself).

#include <QWidget>

#include "ui/common/playground_frame.h"

class QGridLayout;
class QLabel;

namespace relulab::ui {

class PlaygroundStatus : public QWidget {
  Q_OBJECT

 public:
  explicit PlaygroundStatus(QWidget* parent = nullptr);

  void setFrame(const FramePtr& frame);
  // warning: shown in the warning colour until the next message.
  void showMessage(const QString& text, bool warning = false);

  QString stepText() const;
  QString deadText() const;
  QString message() const;
  bool messageIsWarning() const { return warning_; }

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fitCounters();
  void placeMessage();

  QGridLayout* grid_ = nullptr;
  bool messageBelow_ = false;
  QLabel* step_ = nullptr;
  QLabel* epoch_ = nullptr;
  QLabel* rate_ = nullptr;
  QLabel* dead_ = nullptr;
  QLabel* backend_ = nullptr;
  QLabel* message_ = nullptr;
  bool warning_ = false;
};

}  // namespace relulab::ui
