#pragma once

// A few test images with the network's answer under each: its predicted
// class, and, where that is wrong, the image framed in red and the true class
// beside it. Clicking an image chooses it for the feature maps.

#include <QWidget>
#include <memory>
#include <vector>

#include "ui/images/images_frame.h"

namespace relulab::ui {

class ImagesSampleGrid : public QWidget {
  Q_OBJECT

 public:
  explicit ImagesSampleGrid(QWidget* parent = nullptr);

  void setMeasurement(std::shared_ptr<const ImagesMeasurement> m,
                      const std::vector<QString>& classNames);

  int sampleCount() const;
  int mistakes() const;  // images framed as wrong
  // Where sample i is drawn, in widget coordinates (for tests and clicks).
  QRect sampleRect(int i) const;

  QSize sizeHint() const override { return {700, 360}; }
  QSize minimumSizeHint() const override { return {300, 200}; }

 signals:
  void imageChosen(int testIndex);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

 private:
  struct Geometry {
    int columns = 1;
    double cellWidth = 0, cellHeight = 0, image = 0;
  };
  Geometry geometry() const;
  QString name(int c) const;

  std::shared_ptr<const ImagesMeasurement> m_;
  std::vector<QString> names_;
};

}  // namespace relulab::ui
