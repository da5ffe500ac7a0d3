#include "ui/explorer/explorer_chart_view.h"

#include <QChart>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QMouseEvent>
#include <QWheelEvent>
#include <cmath>

namespace relulab::ui {

namespace {
constexpr double kDotRadius = 4.0;
constexpr qreal kCrosshairZ = 20.0;
}  // namespace

ExplorerChartView::ExplorerChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent) {
  setRenderHint(QPainter::Antialiasing);
  setMouseTracking(true);
  viewport()->setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  line_ = new QGraphicsLineItem(chart);
  QPen pen(palette().color(QPalette::WindowText));
  pen.setStyle(Qt::DotLine);
  line_->setPen(pen);
  line_->setZValue(kCrosshairZ);
  line_->hide();
}

std::optional<QPointF> ExplorerChartView::valueAt(QPointF viewportPos) const {
  const QPointF scenePos = mapToScene(viewportPos.toPoint());
  const QPointF chartPos = chart()->mapFromScene(scenePos);
  if (!chart()->plotArea().contains(chartPos)) return std::nullopt;
  return chart()->mapToValue(chartPos);
}

void ExplorerChartView::showCrosshair(double x, const QList<QPair<QPointF, QColor>>& dots) {
  const QRectF area = chart()->plotArea();
  const double px = chart()->mapToPosition(QPointF(x, 0.0)).x();
  line_->setLine(px, area.top(), px, area.bottom());
  line_->show();
  while (dots_.size() < dots.size()) {
    auto* dot =
        new QGraphicsEllipseItem(-kDotRadius, -kDotRadius, 2 * kDotRadius, 2 * kDotRadius, chart());
    dot->setZValue(kCrosshairZ);
    dots_.append(dot);
  }
  for (qsizetype i = 0; i < dots_.size(); ++i) {
    QGraphicsEllipseItem* dot = dots_[i];
    const bool shown = i < dots.size() && area.contains(chart()->mapToPosition(dots[i].first));
    dot->setVisible(shown);
    if (!shown) continue;
    dot->setPos(chart()->mapToPosition(dots[i].first));
    dot->setBrush(dots[i].second);
    dot->setPen(QPen(palette().color(QPalette::Base), 1.0));
  }
}

void ExplorerChartView::hideCrosshair() {
  line_->hide();
  for (auto* dot : dots_) dot->hide();
}

void ExplorerChartView::wheelEvent(QWheelEvent* event) {
  const auto anchor = valueAt(event->position());
  const int delta = event->angleDelta().y();
  if (!anchor || delta == 0) {
    QChartView::wheelEvent(event);
    return;
  }
  // One notch (120) zooms in by about 16%.
  const double factor = std::pow(2.0, -delta / 480.0);
  const bool xOnly = event->modifiers() & Qt::ShiftModifier;
  const bool yOnly = event->modifiers() & Qt::ControlModifier;
  emit zoomRequested(yOnly ? 1.0 : factor, xOnly ? 1.0 : factor, *anchor);
  event->accept();
}

void ExplorerChartView::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) {
    if (const auto value = valueAt(event->position())) {
      panFrom_ = value;
      viewport()->setCursor(Qt::ClosedHandCursor);
      event->accept();
      return;
    }
  }
  QChartView::mousePressEvent(event);  // the legend's markers take their clicks here
}

void ExplorerChartView::mouseMoveEvent(QMouseEvent* event) {
  if (panFrom_ && (event->buttons() & Qt::LeftButton)) {
    const QPointF chartPos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    const QPointF now = chart()->mapToValue(chartPos);
    emit panRequested(*panFrom_ - now);
    // After the pan the same value is under the cursor again: *panFrom_ stays.
  }
  if (const auto value = valueAt(event->position())) {
    emit hovered(*value);
  } else {
    hideCrosshair();
    emit hoverLeft();
  }
  QChartView::mouseMoveEvent(event);  // hover events for the kink dots' tooltips
}

void ExplorerChartView::mouseReleaseEvent(QMouseEvent* event) {
  if (panFrom_ && event->button() == Qt::LeftButton) {
    panFrom_.reset();
    viewport()->unsetCursor();
    event->accept();
    return;
  }
  QChartView::mouseReleaseEvent(event);
}

void ExplorerChartView::leaveEvent(QEvent* event) {
  hideCrosshair();
  emit hoverLeft();
  QChartView::leaveEvent(event);
}

}  // namespace relulab::ui
