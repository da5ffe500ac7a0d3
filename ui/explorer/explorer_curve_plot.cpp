#include "ui/explorer/explorer_curve_plot.h"

#include <QChart>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "io/core_text.h"
#include "ui/explorer/explorer_chart_view.h"
#include "ui/explorer/explorer_plot_bar.h"

namespace relulab::ui {

namespace {

constexpr double kDefaultMin = -5.0;
constexpr double kDefaultMax = 5.0;
constexpr double kLargest = 1e6;    // |x| and |y| beyond this are refused
constexpr double kSmallest = 1e-9;  // narrowest span one can zoom to

bool usable(double lo, double hi) {
  return std::isfinite(lo) && std::isfinite(hi) && lo < hi && std::abs(lo) <= kLargest &&
         std::abs(hi) <= kLargest && hi - lo >= kSmallest;
}

}  // namespace

ExplorerCurvePlot::ExplorerCurvePlot(QWidget* parent) : QWidget(parent) {
  chart_ = new QChart;
  chart_->setLocalizeNumbers(true);
  chart_->legend()->setAlignment(Qt::AlignTop);
  chart_->legend()->setShowToolTips(true);  // full names where six long ones are shortened
  chart_->setMargins(QMargins(6, 4, 10, 4));
  axisX_ = new QValueAxis(chart_);
  axisX_->setTitleText(tr("input x"));
  axisX_->setLabelFormat(QStringLiteral("%.6g"));
  axisY_ = new QValueAxis(chart_);
  axisY_->setTitleText(tr("f(x) and its slopes"));
  axisY_->setLabelFormat(QStringLiteral("%.6g"));
  chart_->addAxis(axisX_, Qt::AlignBottom);
  chart_->addAxis(axisY_, Qt::AlignLeft);

  view_ = new ExplorerChartView(chart_, this);
  // The chart takes all the room there is; its minimum leaves the worked example
  // its five rows on a 1280×800 projector in presenter mode's larger text.
  view_->setMinimumSize(300, 180);
  bar_ = new ExplorerPlotBar(this);
  readoutLabel_ = new QLabel(this);
  readoutLabel_->setTextFormat(Qt::RichText);
  readoutLabel_->setWordWrap(true);
  readoutLabel_->setMinimumHeight(2 * fontMetrics().lineSpacing());
  readoutLabel_->setAlignment(Qt::AlignTop | Qt::AlignLeading);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(bar_);
  layout->addWidget(view_, 1);
  layout->addWidget(readoutLabel_);

  connect(view_, &ExplorerChartView::zoomRequested, this, &ExplorerCurvePlot::zoom);
  connect(view_, &ExplorerChartView::panRequested, this, &ExplorerCurvePlot::pan);
  connect(view_, &ExplorerChartView::hovered, this, [this](QPointF v) { showReadout(v.x()); });
  connect(view_, &ExplorerChartView::hoverLeft, this, &ExplorerCurvePlot::clearReadout);
  connect(chart_, &QChart::plotAreaChanged, this, &ExplorerCurvePlot::followPlotWidth);
  connect(bar_, &ExplorerPlotBar::ordersChanged, this, &ExplorerCurvePlot::setOrders);
  connect(bar_, &ExplorerPlotBar::rangeEdited, this, &ExplorerCurvePlot::setXRange);
  setCurves({ExplorerCurve{core::defaultActivation(core::ActivationKind::Relu), explorerColour(0),
                           true}});
  resetView();
  clearReadout();
}

// The curves' series leave the chart before the chart (owned by the view) goes.
ExplorerCurvePlot::~ExplorerCurvePlot() {
  series_.clear();
}

void ExplorerCurvePlot::setCurves(const std::vector<ExplorerCurve>& curves) {
  const bool sameKinds =
      curves.size() == series_.size() && std::equal(curves.begin(), curves.end(), series_.begin(),
                                                    [](const ExplorerCurve& c, const auto& s) {
                                                      return c.activation.kind == s->kind();
                                                    });
  const bool sameVisibility = curves.size() == curves_.size() &&
                              std::equal(curves.begin(), curves.end(), curves_.begin(),
                                         [](const ExplorerCurve& a, const ExplorerCurve& b) {
                                           return a.visible == b.visible;
                                         });
  curves_ = curves;
  if (!sameKinds) {
    rebuildSeries();
  } else {
    for (size_t i = 0; i < curves_.size(); ++i) series_[i]->setCurve(curves_[i]);
  }
  resample();
  if (autoY_ && (!sameKinds || !sameVisibility))
    fitY();
  else if (autoY_ && (dataYMin_ < yMin_ || dataYMax_ > yMax_))
    fitY();
  if (readout_) showReadout(readout_->x);
}

void ExplorerCurvePlot::setOrders(DerivativeOrders orders) {
  if (orders == orders_) return;
  orders_ = orders;
  bar_->setOrders(orders);
  rebuildSeries();
  resample();
  if (autoY_) fitY();
  emit ordersChanged(orders);
}

void ExplorerCurvePlot::setSamplesPerCurve(int samples) {
  fixedSamples_ = samples > 0 ? std::clamp(samples, 16, 100000) : 0;
  if (fixedSamples_ > 0) samples_ = fixedSamples_;
  followPlotWidth();
  resample();
}

void ExplorerCurvePlot::followPlotWidth() {
  if (fixedSamples_ > 0) return;
  const int wanted = std::clamp(static_cast<int>(chart_->plotArea().width() / 2), 300, 1001);
  // Resample only for a real change, not for each pixel of a resize.
  if (std::abs(wanted - samples_) <= samples_ / 10) return;
  samples_ = wanted;
  resample();
}

void ExplorerCurvePlot::rebuildSeries() {
  series_.clear();
  for (size_t i = 0; i < curves_.size(); ++i) {
    series_.push_back(std::make_unique<CurveSeries>(chart_, axisX_, axisY_, curves_[i], orders_));
    const CurveSeries& s = *series_.back();
    const int curve = static_cast<int>(i);
    if (QLegendMarker* marker = s.legendMarker())
      connect(marker, &QLegendMarker::clicked, this,
              [this, curve] { emit visibilityToggleRequested(curve); });
    for (QScatterSeries* dots : {s.limitDots(), s.usedDots()})
      if (dots)
        connect(dots, &QScatterSeries::hovered, this,
                [this, curve](QPointF p, bool entering) { showKinkTip(curve, p, entering); });
  }
}

void ExplorerCurvePlot::resample() {
  double lo = INFINITY;
  double hi = -INFINITY;
  for (size_t i = 0; i < curves_.size(); ++i) {
    const core::Activation& a = curves_[i].activation;
    const CurveSamples samples =
        sampleCurve(a, xMin_, xMax_, samples_, orders_.first, orders_.second);
    std::vector<KinkSlopes> kinks;
    for (double k : kinkPositions(a))
      if (k >= xMin_ && k <= xMax_) kinks.push_back(kinkSlopes(a, k));
    series_[i]->setSamples(samples, kinks);
    if (!curves_[i].visible) continue;
    lo = std::min(lo, samples.yMin);
    hi = std::max(hi, samples.yMax);
  }
  dataYMin_ = std::isfinite(lo) ? lo : 0.0;
  dataYMax_ = std::isfinite(hi) ? hi : 1.0;
}

void ExplorerCurvePlot::fitY() {
  double lo = std::min(dataYMin_, 0.0);
  double hi = std::max(dataYMax_, lo + 1.0);
  const double pad = 0.06 * (hi - lo);
  yMin_ = std::max(lo - pad, -kLargest);
  yMax_ = std::min(hi + pad, kLargest);
  applyAxes();
}

void ExplorerCurvePlot::applyAxes() {
  setRoundAxisRange(axisX_, xMin_, xMax_, 10);
  setRoundAxisRange(axisY_, yMin_, yMax_, 8);
  bar_->showRange(xMin_, xMax_);
}

bool ExplorerCurvePlot::setXRange(double xMin, double xMax) {
  if (!usable(xMin, xMax)) {
    bar_->showRange(xMin_, xMax_);
    return false;
  }
  xMin_ = xMin;
  xMax_ = xMax;
  autoY_ = true;
  resample();
  fitY();
  return true;
}

void ExplorerCurvePlot::resetView() {
  setXRange(kDefaultMin, kDefaultMax);
}

void ExplorerCurvePlot::zoom(double xFactor, double yFactor, QPointF anchor) {
  const double x0 = anchor.x() + (xMin_ - anchor.x()) * xFactor;
  const double x1 = anchor.x() + (xMax_ - anchor.x()) * xFactor;
  const double y0 = anchor.y() + (yMin_ - anchor.y()) * yFactor;
  const double y1 = anchor.y() + (yMax_ - anchor.y()) * yFactor;
  if (!usable(x0, x1) || !usable(y0, y1)) return;  // as far as it goes
  xMin_ = x0;
  xMax_ = x1;
  yMin_ = y0;
  yMax_ = y1;
  autoY_ = false;
  resample();
  applyAxes();
  if (readout_) showReadout(readout_->x);
}

void ExplorerCurvePlot::zoomStep(double factor) {
  const bool originShown = xMin_ <= 0 && 0 <= xMax_ && yMin_ <= 0 && 0 <= yMax_;
  zoom(factor, factor,
       originShown ? QPointF(0, 0) : QPointF((xMin_ + xMax_) / 2, (yMin_ + yMax_) / 2));
}

void ExplorerCurvePlot::pan(QPointF delta) {
  if (!usable(xMin_ + delta.x(), xMax_ + delta.x()) ||
      !usable(yMin_ + delta.y(), yMax_ + delta.y()))
    return;
  xMin_ += delta.x();
  xMax_ += delta.x();
  yMin_ += delta.y();
  yMax_ += delta.y();
  autoY_ = false;
  resample();
  applyAxes();
}

QList<QPointF> ExplorerCurvePlot::points(int curve, int order) const {
  const CurveSeries& s = curveSeries(curve);
  if (order == 0) return s.value()->points();
  QList<QPointF> joined;
  for (const QLineSeries* piece : order == 1 ? s.derivative() : s.second())
    joined += piece->points();
  return joined;
}

void ExplorerCurvePlot::showReadout(double x) {
  Readout readout{x, {}};
  QList<QPair<QPointF, QColor>> dots;
  QString cells;
  for (size_t i = 0; i < curves_.size(); ++i) {
    const ExplorerCurve& c = curves_[i];
    if (!c.visible) continue;
    const double f = core::value(c.activation, x);
    const double df = core::derivative(c.activation, x);
    readout.rows.push_back({static_cast<int>(i), f, df});
    dots.append({QPointF(x, f), c.colour});
    if (orders_.first) dots.append({QPointF(x, df), c.colour});
    cells += tr("<td><span style=\"color:%1\">■</span> %2: f = %3, f′ = %4</td>")
                 .arg(c.colour.name(), curveLabel(c.activation).toHtmlEscaped(), formatNumber(f, 5),
                      formatNumber(df, 5));
    if (readout.rows.size() % 2 == 0) cells += QStringLiteral("</tr><tr>");  // two per line
  }
  view_->showCrosshair(x, dots);
  readoutLabel_->setText(
      tr("<table cellspacing=\"3\"><tr><td rowspan=\"3\"><b>x = %1</b></td>%2</tr></table>")
          .arg(formatNumber(x, 5), cells));
  readout_ = std::move(readout);
  emit readoutChanged();
}

void ExplorerCurvePlot::clearReadout() {
  readout_.reset();
  view_->hideCrosshair();
  readoutLabel_->setText(
      tr("<i>Point at the plot to read x, f(x) and f′(x) for every curve. Wheel: zoom (Shift: "
         "only x, Ctrl: only y). Drag: move. Ctrl+0: back to the start. Click a name in the "
         "legend to hide or show its curve.</i>"));
  emit readoutChanged();
}

void ExplorerCurvePlot::showKinkTip(int curve, QPointF point, bool entering) {
  if (!entering) {
    QToolTip::hideText();
    return;
  }
  const core::Activation& a = curves_.at(static_cast<size_t>(curve)).activation;
  const KinkSlopes k = kinkSlopes(a, point.x());
  const auto& info = core::activationInfo(a.kind);
  QToolTip::showText(
      QCursor::pos(),
      tr("<b>%1 at x = %2</b><br>The slope jumps here: just left of it f′ is %3, just right "
         "of it %4 (hollow dots). At the kink itself the derivative is not defined, so a "
         "library has to pick a value. This one uses %5 (filled dot): %6.")
          .arg(curveLabel(a).toHtmlEscaped(), formatNumber(k.x), formatNumber(k.left),
               formatNumber(k.right), formatNumber(k.used), io::coreHtml(info.kinkConvention)),
      view_);
}

}  // namespace relulab::ui
