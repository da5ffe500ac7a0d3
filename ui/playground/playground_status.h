#pragma once

// The playground's status line: step, epoch, training speed, dead units out
// of all hidden units, the backend, and the latest message (a change that
// reset the run, a refused value, or why training stopped itself). A message
// about a moment of the run ("step 0") belongs to that moment: once the run
// has moved on and the message has been up for kLingerMs, it goes.

#include <QElapsedTimer>
#include <QWidget>

#include "ui/common/playground_frame.h"

class QGridLayout;
class QLabel;

namespace relulab::ui {

class PlaygroundStatus : public QWidget {
  Q_OBJECT

 public:
  explicit PlaygroundStatus(QWidget* parent = nullptr);

  static constexpr int kLingerMs = 4000;

  void setFrame(const FramePtr& frame);
  // warning: shown in the warning colour until the next message. about: the
  // frame the message describes; the message goes once frames move past it
  // (warnings and messages about no frame stay until the next message).
  void showMessage(const QString& text, bool warning = false, const FramePtr& about = nullptr);

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
  QWidget* counters_ = nullptr;
  bool messageBelow_ = false;
  QLabel* step_ = nullptr;
  QLabel* epoch_ = nullptr;
  QLabel* rate_ = nullptr;
  QLabel* dead_ = nullptr;
  QLabel* backend_ = nullptr;
  QLabel* message_ = nullptr;
  bool warning_ = false;
  FramePtr about_;            // the frame the message describes, if any
  QElapsedTimer messageAge_;  // since the message was shown
};

}  // namespace relulab::ui
