#include "ui/explorer/explorer_curve_series.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace relulab::ui {

namespace {
constexpr double kDotSize = 10.0;

QColor dimmed(QColor colour) {
  colour.setAlphaF(0.35f);
  return colour;
}
}  // namespace

QPen curvePen(const QColor& colour, int order) {
  QPen pen(colour);
  pen.setCapStyle(Qt::RoundCap);
  pen.setJoinStyle(Qt::RoundJoin);
  switch (order) {
    case 0:
      pen.setWidthF(2.6);
      break;
    case 1:
      pen.setWidthF(2.0);
      pen.setDashPattern({4.0, 2.5});
      break;
    default:
      pen.setWidthF(2.0);
      pen.setDashPattern({0.5, 2.0});
      break;
  }
  return pen;
}

CurveSeries::CurveSeries(QChart* chart, QAbstractAxis* x, QAbstractAxis* y,
                         const ExplorerCurve& curve, DerivativeOrders orders)
    : chart_(chart), x_(x), y_(y), kind_(curve.activation.kind) {
  const size_t pieces = kinkPositions(curve.activation).size() + 1;
  value_ = addLine(curvePen(curve.colour, 0));
  for (size_t i = 0; orders.first && i < pieces; ++i)
    derivative_.push_back(addLine(curvePen(curve.colour, 1)));
  for (size_t i = 0; orders.second && i < pieces; ++i)
    second_.push_back(addLine(curvePen(curve.colour, 2)));
  if (orders.first && pieces > 1) {
    limits_ = new QScatterSeries;
    used_ = new QScatterSeries;
    for (QScatterSeries* dots : {limits_, used_}) {
      dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
      dots->setMarkerSize(kDotSize);
      addSeries(dots);
    }
  }
  for (QLegendMarker* marker : chart_->legend()->markers())
    if (all_.contains(marker->series()) && marker->series() != value_) marker->setVisible(false);
  setCurve(curve);
}

CurveSeries::~CurveSeries() {
  for (QAbstractSeries* series : all_) {
    chart_->removeSeries(series);
    delete series;
  }
}

QLineSeries* CurveSeries::addLine(const QPen& pen) {
  auto* line = new QLineSeries;
  line->setPen(pen);
  addSeries(line);
  return line;
}

void CurveSeries::addSeries(QAbstractSeries* series) {
  chart_->addSeries(series);
  series->attachAxis(x_);
  series->attachAxis(y_);
  all_.append(series);
}

QLegendMarker* CurveSeries::legendMarker() const {
  const auto markers = chart_->legend()->markers(value_);
  return markers.isEmpty() ? nullptr : markers.first();
}

void CurveSeries::setCurve(const ExplorerCurve& curve) {
  const QString label = curveLabel(curve.activation);
  value_->setName(QObject::tr("%1: f(x)").arg(label));
  value_->setPen(curvePen(curve.colour, 0));
  for (QLineSeries* piece : derivative_) {
    piece->setName(QObject::tr("%1: f′(x)").arg(label));
    piece->setPen(curvePen(curve.colour, 1));
  }
  for (QLineSeries* piece : second_) {
    piece->setName(QObject::tr("%1: f″(x)").arg(label));
    piece->setPen(curvePen(curve.colour, 2));
  }
  if (limits_) {
    limits_->setColor(Qt::white);  // hollow: the plot area is white in the light theme
    limits_->setBorderColor(curve.colour);
    limits_->setPen(QPen(curve.colour, 2.0));
    used_->setColor(curve.colour);
    used_->setBorderColor(curve.colour);
  }
  for (QAbstractSeries* series : all_) series->setVisible(curve.visible);
  // Hiding a series hides its legend marker; keep the curve's marker, dimmed,
  // so a click on it can bring the curve back.
  if (QLegendMarker* marker = legendMarker()) {
    marker->setVisible(true);
    marker->setLabel(label);
    const QColor text = chart_->legend()->labelColor();
    marker->setLabelBrush(curve.visible ? text : dimmed(text));
    marker->setBrush(curve.visible ? curve.colour : dimmed(curve.colour));
    marker->setPen(Qt::NoPen);
  }
}

void CurveSeries::setSamples(const CurveSamples& samples, const std::vector<KinkSlopes>& kinks) {
  // replace(), not clear() + append(): one repaint per series.
  value_->replace(samples.value);
  for (size_t i = 0; i < derivative_.size() && i < samples.derivative.size(); ++i)
    derivative_[i]->replace(samples.derivative[i]);
  for (size_t i = 0; i < second_.size() && i < samples.second.size(); ++i)
    second_[i]->replace(samples.second[i]);
  if (!limits_) return;
  QList<QPointF> limits;
  QList<QPointF> used;
  for (const KinkSlopes& k : kinks) {
    if (!k.jumps()) continue;
    limits << QPointF(k.x, k.left) << QPointF(k.x, k.right);
    used << QPointF(k.x, k.used);
  }
  limits_->replace(limits);
  used_->replace(used);
}

}  // namespace relulab::ui
