#pragma once

// The network's prediction over the input square as a heatmap (prepared by
// the worker), with the training and test points on top and labelled axes.
// Clicking adds a training point: the left button adds the chosen class, the
// right button the other one. The square is drawn as data (x₁ grows to the
// right) in every language.

#include <QImage>
#include <QWidget>
#include <memory>

#include "core/training/dataset.h"
#include "ui/common/playground_frame.h"

namespace relulab::ui {

class PlaygroundDecisionView : public QWidget {
  Q_OBJECT

 public:
  explicit PlaygroundDecisionView(QWidget* parent = nullptr);

  void setFrame(const FramePtr& frame);
  // The label a left click adds (+1 or −1); a right click adds −label.
  void setClickLabel(double label) { clickLabel_ = label; }
  double clickLabel() const { return clickLabel_; }

  // Geometry, for drawing and for tests: the heatmap's square in widget
  // coordinates, and the mapping between widget and data coordinates.
  QRectF plotRect() const;
  // The widget size that gives a square plot of `side` pixels (with the
  // axes and the legend around it), in the current font.
  QSize sizeForPlot(int side) const;
  // The legend needs two lines where one would be cut off (a narrow column).
  bool legendWraps() const;
  bool legendWrapsAt(int width) const;
  double legendRampWidth() const;
  double legendDotsWidth() const;
  QPointF toData(QPointF widget) const;
  QPointF toWidget(double x1, double x2) const;

  QSize sizeHint() const override { return {300, 300}; }
  QSize minimumSizeHint() const override { return {250, 250}; }

 signals:
  void pointClicked(const relulab::core::Point& point);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  int leftMargin() const;
  int bottomMargin(int width) const;
  void drawAxes(QPainter& p, const QRectF& r) const;
  void drawPoints(QPainter& p) const;
  void drawLegend(QPainter& p, const QRectF& r) const;
  // Everything but the heatmap (points, axes, legend) changes only with the
  // data or the size, so it is drawn once into this layer and reused.
  const QImage& overlay();

  FramePtr frame_;
  QImage overlay_;
  const core::Dataset* overlayData_ = nullptr;
  std::shared_ptr<const core::Dataset> overlayKeep_;  // keeps overlayData_ valid
  bool overlayRegression_ = false;
  double clickLabel_ = 1.0;
};

}  // namespace relulab::ui
