#pragma once

// Unit activity, as the playground's dead-unit view shows it, per hidden
// layer with units (Conv maps, Dense units): on the leading side a heatmap of
// each unit's active fraction now (the share of probe images, for a Conv map
// of (image, position) pairs, on which it is live), dead cells crossed out;
// beside it a kymograph: the layer's units (rows) against training time
// (columns), so a unit dying shows as its row turning black from then on —
// and turning green again when a leaky activation revives it.

#include <QImage>
#include <QWidget>
#include <memory>
#include <vector>

#include "ui/images/images_frame.h"

namespace relulab::ui {

class ImagesActivityView : public QWidget {
  Q_OBJECT

 public:
  explicit ImagesActivityView(QWidget* parent = nullptr);

  void setMeasurement(std::shared_ptr<const ImagesMeasurement> m);

  // Per hidden layer with units: its kymograph (one column per measurement).
  const std::vector<QImage>& kymographs() const { return kymographs_; }
  int deadCells() const;  // heatmap cells drawn as dead

  QSize sizeHint() const override { return {700, 300}; }
  QSize minimumSizeHint() const override { return {300, 160}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void rebuild();

  std::shared_ptr<const ImagesMeasurement> m_;
  std::vector<int> layers_;  // hidden layers with units, in order
  std::vector<QImage> kymographs_;
};

}  // namespace relulab::ui
