#pragma once

#include <QList>

#include "ui/studies/studies_view.h"

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace relulab::ui {

// Variance by depth: the mean square pre-activation E[z²] (log scale) and the
// fraction of zero outputs, layer by layer, one line per initialisation, the
// exact expectations dashed where the core knows them.
class StudiesViewDepth : public StudiesView {
  Q_OBJECT

 public:
  explicit StudiesViewDepth(QWidget* parent = nullptr);

  void showOutcome(const StudyOutcome& outcome) override;
  void clear() override;
  QWidget* picture() const override { return pictureWidget_; }

  QChart* squareChart() const { return square_; }
  QChart* zeroChart() const { return zeros_; }
  // The measured lines of each chart, one per initialisation.
  const QList<QLineSeries*>& measuredSquares() const { return measuredSquares_; }
  const QList<QLineSeries*>& measuredZeros() const { return measuredZeros_; }
  // The mean-square chart's log axis from decade to decade around [lo, hi],
  // kept within 10^±300 (a diverged or vanished signal reaches past that).
  void fitLogAxis(double lo, double hi);
  QLogValueAxis* squareAxis() const { return squareY_; }

 private:
  QWidget* pictureWidget_ = nullptr;
  QChart* square_ = nullptr;
  QChart* zeros_ = nullptr;
  QValueAxis* squareX_ = nullptr;
  QLogValueAxis* squareY_ = nullptr;
  QValueAxis* zeroX_ = nullptr;
  QValueAxis* zeroY_ = nullptr;
  QLabel* note_ = nullptr;
  QList<QLineSeries*> measuredSquares_;
  QList<QLineSeries*> measuredZeros_;
};

}  // namespace relulab::ui
