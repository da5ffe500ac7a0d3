#pragma once

// The confusion matrix: true class (rows) × predicted class (columns), each
// cell the number of test images, shaded by its share of the row — blue on
// the diagonal (right), orange off it (the mistakes, so the classes a network
// confuses, shirt and T-shirt, coat and pullover, stand out). The picture is
// data: its axes read as the table is written in every language.

#include <QWidget>
#include <memory>
#include <vector>

#include "ui/images/images_frame.h"

namespace relulab::ui {

class ImagesConfusionView : public QWidget {
  Q_OBJECT

 public:
  explicit ImagesConfusionView(QWidget* parent = nullptr);

  void setMeasurement(std::shared_ptr<const ImagesMeasurement> m,
                      const std::vector<QString>& classNames);

  int classes() const;
  int count(int trueClass, int predicted) const;
  int total() const;  // every test image the matrix counts
  // Where row c's label is drawn, and in what font (smaller where the rows
  // are lower than a line of the widget's font).
  QRectF rowLabelRect(int c) const;
  QFont rowLabelFont() const;
  QString rowLabel(int c) const;

  QSize sizeHint() const override { return {420, 300}; }
  QSize minimumSizeHint() const override { return {240, 200}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct Geometry;
  Geometry geometry() const;
  QString className(int c) const;

  std::shared_ptr<const ImagesMeasurement> m_;
  std::vector<QString> names_;
};

}  // namespace relulab::ui
