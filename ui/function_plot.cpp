#include "ui/function_plot.h"

#include "ui/core_text.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace relulab::ui {

namespace {
// Enough samples that the kink at 0 looks sharp: the sample grid always
// contains x = 0 when the range straddles it (see resample()).
constexpr int kSamples = 1001;
}  // namespace

FunctionPlot::FunctionPlot(QWidget* parent) : QChartView(parent) {
  auto* chart = new QChart;
  value_ = new QLineSeries(chart);
  derivative_ = new QLineSeries(chart);
  QPen valuePen(QColor(0x1f, 0x77, 0xb4));
  valuePen.setWidthF(2.5);
  value_->setPen(valuePen);
  QPen derivativePen(QColor(0xd6, 0x27, 0x28));
  derivativePen.setWidthF(2.0);
  derivativePen.setStyle(Qt::DashLine);
  derivative_->setPen(derivativePen);
  chart->addSeries(value_);
  chart->addSeries(derivative_);

  axisX_ = new QValueAxis(chart);
  axisX_->setTitleText(tr("input x"));
  axisY_ = new QValueAxis(chart);
  axisY_->setTitleText(tr("output"));
  chart->addAxis(axisX_, Qt::AlignBottom);
  chart->addAxis(axisY_, Qt::AlignLeft);
  for (auto* s : {value_, derivative_}) {
    s->attachAxis(axisX_);
    s->attachAxis(axisY_);
  }
  chart->legend()->setAlignment(Qt::AlignTop);
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumSize(480, 320);
  resample();
}

void FunctionPlot::setActivation(const core::Activation& activation) {
  activation_ = activation;
  resample();
}

void FunctionPlot::setRange(double xMin, double xMax) {
  if (!(xMin < xMax)) return;
  xMin_ = xMin;
  xMax_ = xMax;
  resample();
}

void FunctionPlot::resample() {
  const auto& info = core::activationInfo(activation_.kind);
  const QString name = coreText(info.displayName);
  value_->setName(tr("%1: f(x)").arg(name));
  derivative_->setName(tr("%1: derivative f′(x)").arg(name));

  QList<QPointF> values;
  QList<QPointF> derivatives;
  values.reserve(kSamples);
  derivatives.reserve(kSamples);
  double yMin = 0.0;
  double yMax = 1.0;
  for (int i = 0; i < kSamples; ++i) {
    const double x = xMin_ + (xMax_ - xMin_) * i / (kSamples - 1);
    const double y = core::value(activation_, x);
    const double d = core::derivative(activation_, x);
    values.append({x, y});
    derivatives.append({x, d});
    yMin = std::min({yMin, y, d});
    yMax = std::max({yMax, y, d});
  }
  // replace() rather than clear() + append(): one repaint, not thousands.
  value_->replace(values);
  derivative_->replace(derivatives);
  axisX_->setRange(xMin_, xMax_);
  const double pad = 0.05 * (yMax - yMin);
  axisY_->setRange(yMin - pad, yMax + pad);
}

}  // namespace relulab::ui
