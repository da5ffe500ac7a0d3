#include "ui/explorer/explorer_gaussian.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSlider>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <numbers>

#include "io/core_text.h"
#include "ui/common/column_scroll_area.h"

namespace relulab::ui {

namespace {

constexpr double kSliderScale = 100.0;  // sliders move in steps of 0.01

QString percent(double fraction) {
  return QLocale().toString(100.0 * fraction, 'f', 1);
}

}  // namespace

ExplorerGaussian::ExplorerGaussian(QWidget* parent) : QWidget(parent) {
  curve_ = {core::defaultActivation(core::ActivationKind::Relu), explorerColour(0), true};
  title_ = new QLabel(this);
  title_->setTextFormat(Qt::RichText);
  title_->setWordWrap(true);

  muSlider_ = new QSlider(Qt::Horizontal, this);
  muSlider_->setRange(-300, 300);
  muBox_ = new QDoubleSpinBox(this);
  muBox_->setRange(-3.0, 3.0);
  sigmaSlider_ = new QSlider(Qt::Horizontal, this);
  sigmaSlider_->setRange(5, 300);
  sigmaBox_ = new QDoubleSpinBox(this);
  sigmaBox_->setRange(0.05, 3.0);
  const QString muTip =
      tr("μ, the mean of the input x. A positive μ (think: a positive bias) "
         "pushes more inputs past the kink, so fewer outputs are zero.");
  const QString sigmaTip =
      tr("σ, the standard deviation of the input x: how widely the inputs "
         "spread around μ.");
  muSlider_->setToolTip(muTip);
  muBox_->setToolTip(muTip);
  sigmaSlider_->setToolTip(sigmaTip);
  sigmaBox_->setToolTip(sigmaTip);
  auto* grid = new QGridLayout;
  addParameter(grid, 0, tr("mean μ"), muSlider_, muBox_);
  addParameter(grid, 1, tr("spread σ"), sigmaSlider_, sigmaBox_);
  grid->setColumnStretch(1, 1);

  chart_ = new QChart;
  chart_->setLocalizeNumbers(true);
  chart_->legend()->setAlignment(Qt::AlignTop);
  chart_->setMargins(QMargins(6, 4, 10, 4));
  axisX_ = new QValueAxis(chart_);
  axisX_->setTitleText(tr("value (input x for the bell curve, output f(x) for the bars)"));
  axisX_->setLabelFormat(QStringLiteral("%.4g"));
  axisY_ = new QValueAxis(chart_);
  axisY_->setTitleText(tr("probability density"));
  axisY_->setLabelFormat(QStringLiteral("%.3g"));
  chart_->addAxis(axisX_, Qt::AlignBottom);
  chart_->addAxis(axisY_, Qt::AlignLeft);
  input_ = new QLineSeries(chart_);
  QPen inputPen(QColor(0x70, 0x70, 0x70));
  inputPen.setWidthF(2.0);
  inputPen.setStyle(Qt::DashLine);
  input_->setPen(inputPen);
  histogramTop_ = new QLineSeries(chart_);
  histogram_ = new QAreaSeries(histogramTop_);
  spike_ = new QLineSeries(chart_);
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{histogram_, input_, spike_}) {
    chart_->addSeries(s);
    s->attachAxis(axisX_);
    s->attachAxis(axisY_);
  }
  view_ = new QChartView(chart_, this);
  view_->setRenderHint(QPainter::Antialiasing);
  view_->setMinimumSize(300, 180);  // as the curves' chart: room for the worked example below
  view_->setToolTip(
      tr("Grey dashed: the density of the input x. Bars: the density of the outputs f(x) that "
         "are not exactly zero. The thick line at 0: the share of outputs that are exactly zero "
         "(a point mass, drawn as a spike; its height is not to scale)."));

  stats_ = new QLabel(this);
  stats_->setTextFormat(Qt::RichText);
  stats_->setWordWrap(true);
  stats_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  stats_->setAlignment(Qt::AlignTop | Qt::AlignLeading);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addLayout(grid);
  // The numbers beside the plot, not under it: the plot keeps its height on
  // a projector, and the lines of text are short enough to read.
  auto* body = new QHBoxLayout;
  body->addWidget(view_, 3);
  body->addWidget(new ColumnScrollArea(stats_, this), 2);  // scrolls where it is short
  layout->addLayout(body, 1);

  setMu(0.0);
  setSigma(1.0);
}

void ExplorerGaussian::addParameter(QGridLayout* grid, int row, const QString& name,
                                    QSlider* slider, QDoubleSpinBox* box) {
  auto* label = new QLabel(name, this);
  label->setBuddy(box);
  box->setDecimals(2);
  box->setSingleStep(0.05);
  box->setKeyboardTracking(false);
  grid->addWidget(label, row, 0);
  grid->addWidget(slider, row, 1);
  grid->addWidget(box, row, 2);
  connect(slider, &QSlider::valueChanged, this, [this, box](int position) {
    {
      const QSignalBlocker block(box);
      box->setValue(position / kSliderScale);
    }
    recompute();
  });
  connect(box, &QDoubleSpinBox::valueChanged, this, [this, slider](double value) {
    {
      const QSignalBlocker block(slider);
      slider->setValue(static_cast<int>(std::lround(value * kSliderScale)));
    }
    recompute();
  });
}

double ExplorerGaussian::mu() const {
  return muBox_->value();
}
double ExplorerGaussian::sigma() const {
  return sigmaBox_->value();
}
void ExplorerGaussian::setMu(double mu) {
  muBox_->setValue(mu);
}
void ExplorerGaussian::setSigma(double sigma) {
  sigmaBox_->setValue(sigma);
}

void ExplorerGaussian::setCurve(const ExplorerCurve& curve) {
  if (curve.activation == curve_.activation && curve.colour == curve_.colour) return;
  curve_ = curve;
  recompute();
}

void ExplorerGaussian::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) recompute();
}

void ExplorerGaussian::recompute() {
  if (!isVisible()) {
    stale_ = true;
    return;
  }
  stale_ = false;
  output_ = sampler_.run(curve_.activation, mu(), sigma());
  title_->setText(tr("<b>Gaussian input</b>: feed x ~ N(μ, σ²) through <b>%1</b> and see what "
                     "comes out.")
                      .arg(curveLabel(curve_.activation).toHtmlEscaped()));
  showChart();
  showStats();
  emit updated();
}

void ExplorerGaussian::showChart() {
  const GaussianOutput& o = output_;
  const double lo = std::min(o.lo, o.mu - 3.5 * o.sigma);
  const double hi = std::max(o.hi, o.mu + 3.5 * o.sigma);
  QList<QPointF> bell;
  constexpr int kBell = 200;
  double top = 0.0;
  for (int i = 0; i <= kBell; ++i) {
    const double x = lo + (hi - lo) * i / kBell;
    const double t = (x - o.mu) / o.sigma;
    const double p = std::exp(-0.5 * t * t) / (o.sigma * std::sqrt(2.0 * std::numbers::pi));
    bell.append({x, p});
    top = std::max(top, p);
  }
  input_->replace(bell);
  input_->setName(tr("input x ~ N(%1, %2²)").arg(formatNumber(o.mu, 3), formatNumber(o.sigma, 3)));

  // The bars as one stepped outline over a filled area: fast, and no gaps.
  QList<QPointF> steps;
  const double width = (o.hi - o.lo) / static_cast<double>(o.density.size());
  steps.append({o.lo, 0.0});
  for (size_t i = 0; i < o.density.size(); ++i) {
    const double x0 = o.lo + width * static_cast<double>(i);
    steps.append({x0, o.density[i]});
    steps.append({x0 + width, o.density[i]});
    top = std::max(top, o.density[i]);
  }
  steps.append({o.hi, 0.0});
  histogramTop_->replace(steps);
  QColor fill = curve_.colour;
  fill.setAlphaF(0.45f);
  histogram_->setBrush(fill);
  histogram_->setPen(QPen(curve_.colour.darker(130), 1.2));
  histogram_->setName(tr("output f(x), not zero"));

  const double yMax = 1.12 * std::max(top, 1e-3);
  spike_->setVisible(o.sampled.zeroFraction > 0.0);
  spike_->replace({QPointF(0.0, 0.0), QPointF(0.0, 0.9 * yMax)});
  QPen spikePen(curve_.colour.darker(170));
  spikePen.setWidthF(5.0);
  spikePen.setCapStyle(Qt::FlatCap);
  spike_->setPen(spikePen);
  spike_->setName(
      tr("f(x) = 0 exactly: %1% (spike not to scale)").arg(percent(o.sampled.zeroFraction)));
  setRoundAxisRange(axisX_, lo, hi, 8);
  setRoundAxisRange(axisY_, 0.0, yMax, 6);
}

void ExplorerGaussian::showStats() {
  const GaussianOutput& o = output_;
  const double inputSecond = o.mu * o.mu + o.sigma * o.sigma;  // E[x²]
  const double kept = o.exact.secondMoment / inputSecond;
  QString text = tr("<p><b>Exactly zero</b>: %1% of %2 samples (exact: %3%).")
                     .arg(percent(o.sampled.zeroFraction), QLocale().toString(o.samples),
                          percent(o.exact.zeroFraction));
  if (curve_.activation.kind == core::ActivationKind::Relu)
    text += tr(" For ReLU this is Φ(−μ/σ) = %1%: the chance that the input is negative.")
                .arg(percent(normalCdf(-o.mu / o.sigma)));
  text += tr("<br><b>Mean</b> of f(x): %1 (exact %2). <b>Variance</b>: %3 (exact %4).")
              .arg(formatNumber(o.sampled.mean), formatNumber(o.exact.mean),
                   formatNumber(o.sampled.variance), formatNumber(o.exact.variance));
  text += tr("<br><b>Second moment</b> E[f(x)²] = %1, which is %2% of the input's E[x²] = %3. "
             "To keep the signal's scale from layer to layer, weights need Var[w] = %4/n "
             "(He et al., 2015: 2/n for ReLU, which keeps half).</p>")
              .arg(formatNumber(o.exact.secondMoment), percent(kept), formatNumber(inputSecond),
                   formatNumber(kept > 0.0 ? 1.0 / kept : 0.0, 3));
  stats_->setText(text);
}

}  // namespace relulab::ui
