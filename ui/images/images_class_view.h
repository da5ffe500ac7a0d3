#pragma once

// Which units fire for which class: the mean activation of each unit of one
// hidden layer (columns) over the probe images of each class (rows). Each
// unit is shaded on its own scale (its largest class mean is full colour), so
// a selective unit is one dark cell in a pale column and a class is seen to
// light up a sparse set of features. Grouped, the units are sorted by the
// class they answer most, which turns the picture into a staircase. Dead
// units have all-zero columns, drawn in the dead colour.

#include <QWidget>
#include <memory>
#include <vector>

#include "ui/images/images_frame.h"

namespace relulab::ui {

class ImagesClassView : public QWidget {
  Q_OBJECT

 public:
  explicit ImagesClassView(QWidget* parent = nullptr);

  void setMeasurement(std::shared_ptr<const ImagesMeasurement> m,
                      const std::vector<QString>& classNames);
  void setGrouped(bool grouped);

  int units() const;
  int classes() const;
  float mean(int cls, int unit) const;  // as measured (unsorted unit order)
  // The units in the order drawn (grouped: by preferred class).
  const std::vector<int>& order() const { return order_; }

  QSize sizeHint() const override { return {700, 320}; }
  QSize minimumSizeHint() const override { return {300, 180}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void sortUnits();
  bool silent(int unit) const;  // every class mean is 0

  std::shared_ptr<const ImagesMeasurement> m_;
  std::vector<QString> names_;
  std::vector<int> order_;
  bool grouped_ = true;
};

}  // namespace relulab::ui
