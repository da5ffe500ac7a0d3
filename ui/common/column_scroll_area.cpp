#include "ui/common/column_scroll_area.h"

#include <QEvent>
#include <QScrollBar>
#include <algorithm>

namespace relulab::ui {

ColumnScrollArea::ColumnScrollArea(QWidget* column, QWidget* parent) : QScrollArea(parent) {
  setWidget(column);
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  column->installEventFilter(this);
}

// The column's least width, with room for the scroll bar beside it.
int ColumnScrollArea::columnWidth() const {
  const QWidget* column = widget();
  if (!column) return 0;
  return column->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() +
         2 * frameWidth();
}

QSize ColumnScrollArea::minimumSizeHint() const {
  QSize size = QScrollArea::minimumSizeHint();
  const int full = columnWidth();
  // Squeezed, still a dozen characters wide: enough to see what the panel is.
  const int least = std::min(full, 12 * fontMetrics().averageCharWidth());
  size.setWidth(std::max(size.width(), squeezable_ ? least : full));
  return size;
}

QSize ColumnScrollArea::sizeHint() const {
  QSize size = QScrollArea::sizeHint();
  size.setWidth(std::max(size.width(), columnWidth()));
  return size;
}

void ColumnScrollArea::setSqueezable(bool squeezable) {
  if (squeezable == squeezable_) return;
  squeezable_ = squeezable;
  setHorizontalScrollBarPolicy(squeezable ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
  updateGeometry();
}

bool ColumnScrollArea::eventFilter(QObject* watched, QEvent* event) {
  // The column's layout changed (a font, a row shown or hidden): so may our minimum.
  if (watched == widget() && event->type() == QEvent::LayoutRequest) updateGeometry();
  return QScrollArea::eventFilter(watched, event);
}

}  // namespace relulab::ui
