#pragma once

#include <QList>
#include <QPen>
#include <vector>

#include "ui/explorer/explorer_curve.h"
#include "ui/explorer/explorer_sampling.h"

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QLegendMarker;
class QLineSeries;
class QScatterSeries;

namespace relulab::ui {

// What the plot shows of each curve besides f.
struct DerivativeOrders {
  bool first = true;    // f′
  bool second = false;  // f″
  bool operator==(const DerivativeOrders&) const = default;
};

// Pens that tell f, f′ and f″ apart in the same colour: solid, dashed, dotted.
QPen curvePen(const QColor& colour, int order);

// The chart items of one curve: f, f′ and f″ (the derivatives in pieces
// between kinks), and at each kink where f′ jumps, hollow dots at the two
// one-sided limits and a filled dot at the value the library uses. Adds its
// series to the chart on construction and removes them on destruction. One
// legend entry per curve: f's marker, labelled with the curve's name.
class CurveSeries {
 public:
  CurveSeries(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const ExplorerCurve& curve,
              DerivativeOrders orders);
  ~CurveSeries();
  CurveSeries(const CurveSeries&) = delete;
  CurveSeries& operator=(const CurveSeries&) = delete;

  // Replaces every series' points; kinks are the kinks inside the visible range.
  void setSamples(const CurveSamples& samples, const std::vector<KinkSlopes>& kinks);
  void setCurve(const ExplorerCurve& curve);  // same kind: name, colour, visibility

  QLineSeries* value() const { return value_; }
  const std::vector<QLineSeries*>& derivative() const { return derivative_; }
  const std::vector<QLineSeries*>& second() const { return second_; }
  QScatterSeries* limitDots() const { return limits_; }  // hollow: one-sided limits of f′
  QScatterSeries* usedDots() const { return used_; }     // filled: the library's f′ at the kink
  QLegendMarker* legendMarker() const;
  core::ActivationKind kind() const { return kind_; }

 private:
  QLineSeries* addLine(const QPen& pen);
  void addSeries(QAbstractSeries* series);

  QChart* chart_;
  QAbstractAxis* x_;
  QAbstractAxis* y_;
  core::ActivationKind kind_;
  QLineSeries* value_ = nullptr;
  std::vector<QLineSeries*> derivative_;
  std::vector<QLineSeries*> second_;
  QScatterSeries* limits_ = nullptr;
  QScatterSeries* used_ = nullptr;
  QList<QAbstractSeries*> all_;
};

}  // namespace relulab::ui
