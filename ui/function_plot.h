#pragma once

#include <QChartView>

#include "core/activation.h"

class QLineSeries;
class QValueAxis;

namespace relulab::ui {

// An activation f and its derivative f′ on [xMin, xMax], two labelled series
// on titled axes. Values come from relulab_core.
class FunctionPlot : public QChartView {
  Q_OBJECT

 public:
  explicit FunctionPlot(QWidget* parent = nullptr);

  void setActivation(const core::Activation& activation);
  void setRange(double xMin, double xMax);

  QLineSeries* valueSeries() const { return value_; }
  QLineSeries* derivativeSeries() const { return derivative_; }

 private:
  void resample();

  core::Activation activation_;
  double xMin_ = -5.0;
  double xMax_ = 5.0;
  QLineSeries* value_ = nullptr;
  QLineSeries* derivative_ = nullptr;
  QValueAxis* axisX_ = nullptr;
  QValueAxis* axisY_ = nullptr;
};

}  // namespace relulab::ui
