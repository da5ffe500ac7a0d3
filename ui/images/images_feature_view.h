#pragma once

// One test image through a convolutional network: the image with its label
// and the network's prediction, then for each Conv layer every feature map
// before its activation (top row) and after it (bottom row), on one
// diverging scale per map — orange negative, blue positive — where an exact
// 0 has its own dark colour: after ReLU every negative position becomes such
// a 0, so the sparse code the next layer reads is in plain sight. The first
// layer's kernels head its maps.

#include <QWidget>
#include <memory>
#include <vector>

#include "ui/images/images_frame.h"

namespace relulab::ui {

class ImagesFeatureView : public QWidget {
  Q_OBJECT

 public:
  explicit ImagesFeatureView(QWidget* parent = nullptr);

  void setMeasurement(std::shared_ptr<const ImagesMeasurement> m,
                      const std::vector<QString>& classNames);

  int mapCount() const;  // feature maps drawn (every Conv layer)
  // The share of exact zeros after the activation over every map drawn.
  double zeroShare() const;

  QSize sizeHint() const override { return {700, 380}; }
  QSize minimumSizeHint() const override { return {300, 200}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void drawHeader(QPainter& p, const QRectF& area) const;
  void drawLegend(QPainter& p, double y) const;

  std::shared_ptr<const ImagesMeasurement> m_;
  std::vector<QString> names_;
};

}  // namespace relulab::ui
