#include "ui/wrapping_row.h"

#include <QEvent>
#include <QGridLayout>
#include <algorithm>

namespace relulab::ui {

WrappingRow::WrappingRow(QWidget* leading, QWidget* trailing, QWidget* parent)
    : QWidget(parent), leading_(leading), trailing_(trailing) {
  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(0, 0, 0, 0);
  grid_->setColumnStretch(1, 1);
  grid_->addWidget(leading_, 0, 0, Qt::AlignLeading);
  grid_->addWidget(trailing_, 0, 2, Qt::AlignTrailing);
}

QSize WrappingRow::minimumSizeHint() const {
  const int width =
      std::max(leading_->minimumSizeHint().width(), trailing_->minimumSizeHint().width());
  return {width, QWidget::minimumSizeHint().height()};
}

bool WrappingRow::event(QEvent* event) {
  const bool handled = QWidget::event(event);
  if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) arrange();
  return handled;
}

void WrappingRow::arrange() {
  const int oneRow =
      leading_->sizeHint().width() + grid_->horizontalSpacing() + trailing_->sizeHint().width();
  const bool wrap = width() < oneRow;
  if (wrap == wrapped_) return;
  wrapped_ = wrap;
  grid_->removeWidget(trailing_);
  if (wrap)
    grid_->addWidget(trailing_, 1, 0, 1, 3, Qt::AlignTrailing);
  else
    grid_->addWidget(trailing_, 0, 2, Qt::AlignTrailing);
  updateGeometry();  // the height changed
}

}  // namespace relulab::ui
