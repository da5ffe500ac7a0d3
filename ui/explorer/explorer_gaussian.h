#pragma once

#include <QWidget>

#include "ui/explorer/explorer_curve.h"
#include "ui/explorer/explorer_gaussian_stats.h"

class QAreaSeries;
class QChart;
class QChartView;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineSeries;
class QSlider;
class QValueAxis;

namespace relulab::ui {

// "Gaussian input": feed x ~ N(μ, σ²) through the selected activation and show
// the histogram of f(x) over the input's bell curve, the exact zeros as a
// spike, and the numbers behind sparsity and He initialisation: mean,
// variance, E[f²] against E[x²], and the fraction of outputs that are exactly
// zero (for ReLU, Φ(−μ/σ)).
class ExplorerGaussian : public QWidget {
  Q_OBJECT

 public:
  explicit ExplorerGaussian(QWidget* parent = nullptr);

  void setCurve(const ExplorerCurve& curve);
  void setMu(double mu);
  void setSigma(double sigma);
  double mu() const;
  double sigma() const;
  const GaussianOutput& output() const { return output_; }

  QSlider* muSlider() const { return muSlider_; }
  QSlider* sigmaSlider() const { return sigmaSlider_; }
  QDoubleSpinBox* muBox() const { return muBox_; }
  QDoubleSpinBox* sigmaBox() const { return sigmaBox_; }
  QLabel* statsLabel() const { return stats_; }
  QChartView* chartView() const { return view_; }

 signals:
  void updated();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void addParameter(QGridLayout* grid, int row, const QString& name, QSlider* slider,
                    QDoubleSpinBox* box);
  void recompute();  // now if shown, else when next shown
  void showChart();
  void showStats();

  ExplorerCurve curve_;
  GaussianSampler sampler_;
  GaussianOutput output_;
  bool stale_ = false;
  QSlider* muSlider_ = nullptr;
  QSlider* sigmaSlider_ = nullptr;
  QDoubleSpinBox* muBox_ = nullptr;
  QDoubleSpinBox* sigmaBox_ = nullptr;
  QLabel* title_ = nullptr;
  QLabel* stats_ = nullptr;
  QChart* chart_ = nullptr;
  QChartView* view_ = nullptr;
  QValueAxis* axisX_ = nullptr;
  QValueAxis* axisY_ = nullptr;
  QLineSeries* input_ = nullptr;
  QLineSeries* histogramTop_ = nullptr;
  QAreaSeries* histogram_ = nullptr;
  QLineSeries* spike_ = nullptr;
};

}  // namespace relulab::ui
