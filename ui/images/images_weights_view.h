#pragma once

// The first hidden layer's weights as pictures: for a Dense layer each unit's
// weights over the 28 × 28 image (the pattern it responds to: blue where a
// bright pixel raises its input, orange where it lowers it), for a Conv layer
// each map's kernel. Each tile has its own scale. A dead unit's tile is
// crossed out: nothing it sees can change its weights any more.

#include <QWidget>
#include <memory>

#include "ui/images/images_frame.h"

namespace relulab::ui {

class ImagesWeightsView : public QWidget {
  Q_OBJECT

 public:
  explicit ImagesWeightsView(QWidget* parent = nullptr);

  void setMeasurement(std::shared_ptr<const ImagesMeasurement> m);

  int tileCount() const;
  int crossedOut() const;  // tiles drawn crossed out (dead units)

  QSize sizeHint() const override { return {500, 400}; }
  QSize minimumSizeHint() const override { return {200, 160}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct Geometry {
    QRectF area;
    int columns = 1;
    double tile = 0;
  };
  Geometry geometry() const;
  bool dead(int unit) const;

  std::shared_ptr<const ImagesMeasurement> m_;
};

}  // namespace relulab::ui
