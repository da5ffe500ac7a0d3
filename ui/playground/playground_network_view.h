#pragma once

// The network as a diagram: one thumbnail per unit (its output over the input
// plane), links drawn by |weight| (width) and sign (blue +, orange −). Units
// that pass no gradient are greyed and marked — "dead" (ReLU family, live on
// no sample), "inactive" (Leaky family), "saturated" (sigmoid family).
// Hovering a unit shows its active fraction, mean activation and mean |grad|.
// Inputs sit on the reading side: left in English, right in Arabic.

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>
#include <utility>
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
  // The word under a marked unit ("dead"); empty where there is no room for it.
  QRectF stateTagRect(int layer, int neuron) const;
  // Each column's header as drawn (name, activation): whole words that fit
  // headerWidth(), short forms ("L3") in narrow columns, never elided.
  QList<QPair<QString, QString>> shownHeaders() const;
  double headerWidth() const;

  QSize sizeHint() const override { return {520, 300}; }
  // Wide enough for every column's short header ("L8", "Out") in this font.
  QSize minimumSizeHint() const override;

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
  void drawMark(QPainter& p, const Geometry& g, const QRectF& r, core::NeuronState state) const;
  QRectF stateTag(const Geometry& g, const QRectF& r, core::NeuronState state) const;
  std::vector<std::pair<QString, QString>> headers(const Geometry& g) const;
  static QString briefHeader(std::size_t column, std::size_t columns);
  const QImage& featureImage(int feature) const;

  FramePtr frame_;
  std::size_t columns_ = 0;               // of the frame shown: a change moves the minimum
  mutable std::vector<QImage> features_;  // x₁, x₂, … over the plane; made once
};

}  // namespace relulab::ui
