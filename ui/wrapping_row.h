#pragma once

// Two parts side by side where both fit, else the second under the first,
// at the trailing edge. Never asks for more width than the wider part, so a
// long strip of controls wraps instead of widening the window (presenter
// mode's large text on a 1280-pixel projector). Owns both parts.

#include <QWidget>

class QGridLayout;

namespace relulab::ui {

class WrappingRow : public QWidget {
  Q_OBJECT

 public:
  WrappingRow(QWidget* leading, QWidget* trailing, QWidget* parent = nullptr);

  bool isWrapped() const { return wrapped_; }
  QSize minimumSizeHint() const override;

 protected:
  bool event(QEvent* event) override;  // resizes and the parts' new size hints

 private:
  void arrange();

  QGridLayout* grid_ = nullptr;
  QWidget* leading_ = nullptr;
  QWidget* trailing_ = nullptr;
  bool wrapped_ = false;
};

}  // namespace relulab::ui
