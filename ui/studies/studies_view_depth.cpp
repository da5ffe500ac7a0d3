#include "ui/studies/studies_view_depth.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/common/column_scroll_area.h"
#include "ui/common/wrapping_row.h"
#include "ui/studies/studies_chart.h"
#include "ui/studies/studies_text.h"

namespace relulab::ui {

StudiesViewDepth::StudiesViewDepth(QWidget* parent) : StudiesView(parent) {
  square_ = studies_chart::newChart(tr("Mean square pre-activation E[z²] by layer"));
  squareX_ = studies_chart::valueAxis(tr("layer"), 1, 30, "%.0f");
  squareY_ = new QLogValueAxis;
  squareY_->setTitleText(tr("E[z²] (log scale)"));
  squareY_->setBase(10.0);
  square_->addAxis(squareX_, Qt::AlignBottom);
  square_->addAxis(squareY_, Qt::AlignLeft);

  zeros_ = studies_chart::newChart(tr("Fraction of outputs that are zero"));
  zeroX_ = studies_chart::valueAxis(tr("layer"), 1, 30, "%.0f");
  zeroY_ = studies_chart::valueAxis(tr("fraction zero"), 0, 1, "%.2f");
  zeros_->addAxis(zeroX_, Qt::AlignBottom);
  zeros_->addAxis(zeroY_, Qt::AlignLeft);

  // Side by side, or one over the other where the room is narrow (presenter
  // mode beside the Lessons dock).
  pictureWidget_ =
      new WrappingRow(studies_chart::newView(square_, nullptr),
                      studies_chart::newView(zeros_, nullptr), this, WrappingRow::Fit::Fill);
  pictureWidget_->setLayoutDirection(Qt::LeftToRight);  // plots are data: never mirrored

  note_ = new QLabel(this);
  note_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  // One over the other, the plots may need more height than there is: then
  // they scroll rather than shrink below a readable size.
  layout->addWidget(new ColumnScrollArea(pictureWidget_, this), 1);
  layout->addWidget(note_);
}

void StudiesViewDepth::clear() {
  studies_chart::clearSeries(square_);
  studies_chart::clearSeries(zeros_);
  measuredSquares_.clear();
  measuredZeros_.clear();
  note_->clear();
}

void StudiesViewDepth::fitLogAxis(double lo, double hi) {
  if (!(lo > 0.0) || !std::isfinite(hi)) lo = hi = 1.0;
  // Decades, clamped: a subnormal lo (10^−320) would give a bottom of 0, and
  // an hi near the largest double a top of infinity.
  const double low = std::clamp(std::floor(std::log10(lo)), -300.0, 300.0);
  const double high = std::clamp(std::ceil(std::log10(hi)), low + 1.0, 301.0);
  const double bottom = std::pow(10.0, low);
  const double top = std::pow(10.0, high);
  squareY_->setRange(bottom, top);
  // Every label a power of ten: as decimals (0.001 … 10) over a few decades,
  // else as 1e-09. (Qt Charts' default precision prints 0.01 as 0.0, and it
  // draws no labels at all for "%g".)
  const int decimals = std::max(0, static_cast<int>(-low));
  squareY_->setLabelFormat(decimals <= 4 && top <= 1e4 ? QStringLiteral("%.%1f").arg(decimals)
                                                       : QStringLiteral("%.0e"));
}

void StudiesViewDepth::showOutcome(const StudyOutcome& outcome) {
  clear();
  const auto& r = std::get<core::DepthVarianceResult>(*outcome.result);
  const int depth = r.config.depth;
  for (QValueAxis* axis : {squareX_, zeroX_})
    studies_chart::setWholeRange(axis, 1, std::max(2, depth));
  double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
  bool anyTheory = false;
  for (std::size_t s = 0; s < r.series.size(); ++s) {
    const core::DepthVarianceSeries& series = r.series[s];
    if (series.networksDone == 0) continue;  // cancelled before it began
    const QColor colour = studies_chart::color(static_cast<int>(s));
    QList<QPointF> square, zero, squareTheory, zeroTheory;
    for (const core::DepthVarianceLayer& l : series.layers) {
      // A log axis takes only positive values; a layer that is zero in every
      // network has no point on it.
      if (l.meanSquarePre.mean > 0.0) {
        square.append(QPointF(l.layer, l.meanSquarePre.mean));
        lo = std::min(lo, l.meanSquarePre.mean);
        hi = std::max(hi, l.meanSquarePre.mean);
      }
      zero.append(QPointF(l.layer, l.zeroFraction.mean));
      if (l.theoryMeanSquarePre > 0.0) {
        squareTheory.append(QPointF(l.layer, l.theoryMeanSquarePre));
        lo = std::min(lo, l.theoryMeanSquarePre);
        hi = std::max(hi, l.theoryMeanSquarePre);
      }
      if (!std::isnan(l.theoryZeroFraction))
        zeroTheory.append(QPointF(l.layer, l.theoryZeroFraction));
    }
    QString name = StudiesText::initName(series.init);
    if (!series.complete)
      name = tr("%1 (partial: %n networks)", nullptr, series.networksDone).arg(name);
    // Lines often coincide (Xavier and LeCun are the same on square layers;
    // ReLU's zeros do not depend on the weights' scale): earlier lines are
    // wider, so one lying on another still shows at its edges.
    const double penWidth = 2.0 + 1.5 * static_cast<double>(r.series.size() - 1 - s);
    QLineSeries* a = studies_chart::line(name, colour, false);
    QPen pen = a->pen();
    pen.setWidthF(penWidth);
    a->setPen(pen);
    a->setPointsVisible(false);  // markers grow with the pen
    a->replace(square);
    studies_chart::attach(square_, a);
    measuredSquares_ << a;
    QLineSeries* b = studies_chart::line(name, colour, false);
    b->setPen(pen);
    b->setPointsVisible(false);
    b->replace(zero);
    studies_chart::attach(zeros_, b);
    measuredZeros_ << b;
    if (!squareTheory.isEmpty()) {
      QLineSeries* t = studies_chart::line(tr("theory"), colour, true);
      t->replace(squareTheory);
      studies_chart::attach(square_, t);
      studies_chart::hideFromLegend(square_, t);
      anyTheory = true;
    }
    if (!zeroTheory.isEmpty()) {
      QLineSeries* t = studies_chart::line(tr("theory"), colour, true);
      t->replace(zeroTheory);
      studies_chart::attach(zeros_, t);
      studies_chart::hideFromLegend(zeros_, t);
      anyTheory = true;
    }
  }
  fitLogAxis(lo, hi);
  QString note =
      tr("Averages over %n random networks per initialisation", nullptr, r.config.networks) +
      tr(", each fed %n random inputs; width %1, %2.", nullptr, r.config.batch)
          .arg(r.config.width)
          .arg(StudiesText::activation(r.config.activation));
  note += QLatin1Char(' ') + tr("Where lines coincide, the wider one lies underneath.");
  if (anyTheory)
    note += QLatin1Char(' ') + tr("Dashed: the exact expectation (He et al. 2015; zeros: "
                                  "½ + ½·[1 − (1 − 2^−N)^(l−1)]).");
  note_->setText(note);
}

}  // namespace relulab::ui
