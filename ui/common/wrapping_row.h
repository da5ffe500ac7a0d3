#pragma once

// Two parts side by side where both fit, else the second under the first.
// Never asks for more width than the wider part, so a long strip of controls
// wraps instead of widening the window (presenter mode's large text on a
// 1280-pixel projector). Owns both parts.
//   Fit::Natural  each part at its preferred width, the second at the
//                 trailing edge; wraps when their preferred widths don't fit.
//   Fit::Fill     the parts share the room equally (two plots); wraps when
//                 their minimum widths don't fit.

#include <QWidget>

class QGridLayout;

namespace relulab::ui {

class WrappingRow : public QWidget {
  Q_OBJECT

 public:
  enum class Fit { Natural, Fill };

  WrappingRow(QWidget* leading, QWidget* trailing, QWidget* parent = nullptr,
              Fit fit = Fit::Natural);

  bool isWrapped() const { return wrapped_; }
  QSize minimumSizeHint() const override;

 protected:
  bool event(QEvent* event) override;  // resizes and the parts' new size hints

 private:
  void arrange();
  void place();

  QGridLayout* grid_ = nullptr;
  QWidget* leading_ = nullptr;
  QWidget* trailing_ = nullptr;
  Fit fit_ = Fit::Natural;
  bool wrapped_ = false;
};

}  // namespace relulab::ui
