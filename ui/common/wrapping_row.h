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
#include <initializer_list>

class QGridLayout;

namespace relulab::ui {

// Widgets side by side in one plain widget (a part for a WrappingRow).
QWidget* rowOf(std::initializer_list<QWidget*> widgets, QWidget* parent, int spacing = -1);

class WrappingRow : public QWidget {
  Q_OBJECT

 public:
  enum class Fit { Natural, Fill };

  WrappingRow(QWidget* leading, QWidget* trailing, QWidget* parent = nullptr,
              Fit fit = Fit::Natural);

  bool isWrapped() const { return wrapped_; }
  QSize minimumSizeHint() const override;
  QSize sizeHint() const override;  // side by side: what it would like, wrapped or not

 protected:
  bool event(QEvent* event) override;  // resizes and the parts' new size hints

 private:
  int wrappedTextHeight() const;
  void arrange();
  void place();

  QGridLayout* grid_ = nullptr;
  QWidget* leading_ = nullptr;
  QWidget* trailing_ = nullptr;
  Fit fit_ = Fit::Natural;
  int textHeight_ = 0;  // wrappedTextHeight() when last laid out
  bool wrapped_ = false;
};

}  // namespace relulab::ui
