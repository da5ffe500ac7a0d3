#include "ui/common/wrapping_row.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <algorithm>

namespace relulab::ui {

QWidget* rowOf(std::initializer_list<QWidget*> widgets, QWidget* parent, int spacing) {
  auto* row = new QWidget(parent);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  if (spacing >= 0) layout->setSpacing(spacing);
  for (QWidget* w : widgets) layout->addWidget(w);
  return row;
}

namespace {

// The least width a layout gives the widget: its hint or its set minimum.
int leastWidth(const QWidget* w) {
  return std::max(w->minimumSizeHint().width(), w->minimumWidth());
}

}  // namespace

WrappingRow::WrappingRow(QWidget* leading, QWidget* trailing, QWidget* parent, Fit fit)
    : QWidget(parent), leading_(leading), trailing_(trailing), fit_(fit) {
  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(0, 0, 0, 0);
  if (fit_ == Fit::Natural) {
    grid_->setColumnStretch(1, 1);  // the gap between the parts takes the slack
    grid_->addWidget(leading_, 0, 0, Qt::AlignLeading);
  } else {
    grid_->setColumnStretch(0, 1);
    grid_->setColumnStretch(2, 1);
    grid_->setRowStretch(0, 1);
  }
  place();
}

QSize WrappingRow::minimumSizeHint() const {
  const int width = std::max(leastWidth(leading_), leastWidth(trailing_));
  return {width, std::max(QWidget::minimumSizeHint().height(), wrappedTextHeight())};
}

// A part with word-wrapped text (a label) needs more lines the narrower it
// is: its height at the width we have, which a minimum size alone misses.
int WrappingRow::wrappedTextHeight() const {
  // Not yet given a width by its layout, the row's default width would wrap
  // the text into a tall column and ask the window to grow for nothing.
  if (!isVisible() || !testAttribute(Qt::WA_Resized) || !grid_->hasHeightForWidth()) return 0;
  return grid_->totalHeightForWidth(std::max(1, QWidget::width()));
}

QSize WrappingRow::sizeHint() const {
  const QSize lead = leading_->sizeHint(), trail = trailing_->sizeHint();
  const int spacing = std::max(0, grid_->horizontalSpacing());
  return {lead.width() + spacing + trail.width(), QWidget::sizeHint().height()};
}

bool WrappingRow::event(QEvent* event) {
  const bool handled = QWidget::event(event);
  if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) {
    arrange();
    if (const int h = wrappedTextHeight(); h != textHeight_) {
      textHeight_ = h;
      updateGeometry();  // the minimum height moved with the width
    }
  }
  return handled;
}

void WrappingRow::arrange() {
  const auto wide = [this](const QWidget* w) {
    return fit_ == Fit::Natural ? w->sizeHint().width() : leastWidth(w);
  };
  const bool wrap = width() < wide(leading_) + grid_->horizontalSpacing() + wide(trailing_);
  if (wrap == wrapped_) return;
  wrapped_ = wrap;
  place();
  updateGeometry();  // the height changed
}

void WrappingRow::place() {
  grid_->removeWidget(trailing_);
  if (fit_ == Fit::Natural) {
    if (wrapped_)
      grid_->addWidget(trailing_, 1, 0, 1, 3, Qt::AlignTrailing);
    else
      grid_->addWidget(trailing_, 0, 2, Qt::AlignTrailing);
    return;
  }
  // Side by side, the parts take the first and third columns, and the spacing
  // between them stands in for the empty second; wrapped, each takes a row.
  grid_->removeWidget(leading_);
  if (wrapped_) {
    grid_->addWidget(leading_, 0, 0, 1, 3);
    grid_->addWidget(trailing_, 1, 0, 1, 3);
  } else {
    grid_->addWidget(leading_, 0, 0);
    grid_->addWidget(trailing_, 0, 2);
  }
  grid_->setRowStretch(1, wrapped_ ? 1 : 0);
}

}  // namespace relulab::ui
