#pragma once

// The network as a diagram: one thumbnail per unit (its output over the input
// plane), links drawn by |weight| (width) and sign (blue +, orange −). Units
// that pass no gradient are greyed and marked — "dead" (ReLU family, live on
// no sample), "inactive" (Leaky family), "saturated" (sigmoid family).
// Hovering a unit shows its active fraction, mean activation and mean |grad|.
// Inputs sit on the reading side: left in English, right in Arabic.

#include <QImage>
#include <QWidget>
#include <vector>

#include "ui/common/playground_frame.h"

namespace relulab::ui {

class PlaygroundNetworkView : public QWidget {
  Q_OBJECT

 public:
  explicit PlaygroundNetworkView(QWidget* parent = nullptr);

  void setFrame(const FramePtr& frame);

  // What the diagram shows, for tests. layer: 0-based hidden layer.
  core::NeuronState neuronState(int layer, int neuron) const;
  bool neuronGreyed(int layer, int neuron) const;  // dead, inactive or saturated
  QRectF neuronRect(int layer, int neuron) const;  // widget coordinates; empty if none
  QString neuronToolTip(int layer, int neuron) const;

  QSize sizeHint() const override { return {520, 300}; }
  QSize minimumSizeHint() const override { return {300, 200}; }

 protected:
  bool event(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

 private:
  struct Geometry;
  Geometry geometry() const;
  QRectF nodeRect(const Geometry& g, int column, int index) const;
  void drawLinks(QPainter& p, const Geometry& g) const;
  void drawNodes(QPainter& p, const Geometry& g) const;
  void drawHeaders(QPainter& p, const Geometry& g) const;
  void drawMark(QPainter& p, const QRectF& r, core::NeuronState state) const;
  const QImage& featureImage(int feature) const;

  FramePtr frame_;
  mutable std::vector<QImage> features_;  // x₁, x₂, … over the plane; made once
};

}  // namespace relulab::ui
