#pragma once

// A column of controls that scrolls vertically, never sideways, and is never
// narrower than the column needs: its minimum width follows the column's
// (and so the font: presenter mode's larger text widens it instead of cutting
// the controls off at the side). The column is owned by the area.

#include <QScrollArea>

namespace relulab::ui {

class ColumnScrollArea : public QScrollArea {
  Q_OBJECT

 public:
  explicit ColumnScrollArea(QWidget* column, QWidget* parent = nullptr);

  QSize minimumSizeHint() const override;
  QSize sizeHint() const override;  // as wide as the column, squeezable or not
  // Squeezable (presenter mode on a small screen): the area may be narrower
  // than its column, which then scrolls sideways too, so the plots beside it
  // keep their room and the window stays inside the screen.
  void setSqueezable(bool squeezable);
  bool isSqueezable() const { return squeezable_; }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  int columnWidth() const;
  bool squeezable_ = false;
};

}  // namespace relulab::ui
