#pragma once

// Which units are dead, and when they died. On the leading side a heatmap of
// layers × units, coloured by each unit's active fraction on the probe set,
// dead cells crossed out; beside it a kymograph: every hidden unit (rows,
// grouped by layer) against training time (columns), so a unit dying shows
// as its row turning black from that step on.

#include <QImage>
#include <QWidget>

#include "ui/common/playground_frame.h"

namespace relulab::ui {

class PlaygroundDeadView : public QWidget {
  Q_OBJECT

 public:
  explicit PlaygroundDeadView(QWidget* parent = nullptr);

  void setFrame(const FramePtr& frame);

  // The heatmap's model, for tests: layer 0-based (hidden), neuron 0-based.
  int layerCount() const;
  int neuronCount(int layer) const;
  double activeFraction(int layer, int neuron) const;  // NaN if there is no such unit
  core::NeuronState state(int layer, int neuron) const;
  // The kymograph: one column per history row, one row per hidden unit
  // (layer by layer), coloured by palette::activity.
  const QImage& kymograph() const { return kymograph_; }

  QSize sizeHint() const override { return {700, 200}; }
  QSize minimumSizeHint() const override { return {300, 150}; }

 protected:
  bool event(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

 private:
  struct Geometry;
  Geometry geometry() const;
  void rebuildKymograph();
  void drawHeatmap(QPainter& p, const Geometry& g) const;
  void drawKymograph(QPainter& p, const Geometry& g) const;
  void drawLegend(QPainter& p, const Geometry& g) const;
  QString cellToolTip(int layer, int neuron) const;
  QString kymographToolTip(QPointF pos, const Geometry& g) const;

  FramePtr frame_;
  QImage kymograph_;
  const core::History* kymographOf_ = nullptr;
  std::shared_ptr<const core::History> keep_;
};

}  // namespace relulab::ui
