#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <optional>

class QGraphicsLineItem;
class QGraphicsEllipseItem;

namespace relulab::ui {

// The explorer's chart view: turns the wheel, drags and hovering into
// requests in the chart's value coordinates, and draws the crosshair. It knows
// nothing of activations; ExplorerCurvePlot answers its signals.
//   wheel: zoom both axes about the cursor (Shift: x only, Ctrl: y only)
//   drag inside the plot area: pan
class ExplorerChartView : public QChartView {
  Q_OBJECT

 public:
  explicit ExplorerChartView(QChart* chart, QWidget* parent = nullptr);

  // A vertical line at x and a dot at each value point (value coordinates).
  void showCrosshair(double x, const QList<QPair<QPointF, QColor>>& dots);
  void hideCrosshair();

 signals:
  // factor < 1 zooms in. anchor stays where it is on screen.
  void zoomRequested(double xFactor, double yFactor, QPointF anchor);
  // Move the visible window by this much (value units).
  void panRequested(QPointF delta);
  void hovered(QPointF value);  // the cursor is over the plot area at this value
  void hoverLeft();

 protected:
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  std::optional<QPointF> valueAt(QPointF viewportPos) const;

  QGraphicsLineItem* line_ = nullptr;
  QList<QGraphicsEllipseItem*> dots_;
  std::optional<QPointF> panFrom_;  // value under the cursor when the drag began
};

}  // namespace relulab::ui
