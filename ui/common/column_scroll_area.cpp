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

QSize ColumnScrollArea::minimumSizeHint() const {
  QSize size = QScrollArea::minimumSizeHint();
  if (const QWidget* column = widget())
    size.setWidth(std::max(size.width(), column->minimumSizeHint().width() +
                                             verticalScrollBar()->sizeHint().width() +
                                             2 * frameWidth()));
  return size;
}

bool ColumnScrollArea::eventFilter(QObject* watched, QEvent* event) {
  // The column's layout changed (a font, a row shown or hidden): so may our minimum.
  if (watched == widget() && event->type() == QEvent::LayoutRequest) updateGeometry();
  return QScrollArea::eventFilter(watched, event);
}

}  // namespace relulab::ui
