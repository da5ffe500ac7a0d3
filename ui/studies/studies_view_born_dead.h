#pragma once

#include <QList>

#include "ui/studies/studies_view.h"

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QTableWidget;
class QValueAxis;

namespace relulab::ui {

// Born dead: a table of every (width, depth) cell with 95% intervals, and the
// pointwise probability against depth, one line per width, theory dashed.
// Table cells keep the core's numbers in Qt::UserRole (estimate) and, for
// probabilities, UserRole + 1 / + 2 (the interval's ends).
class StudiesViewBornDead : public StudiesView {
  Q_OBJECT

 public:
  enum Column { Width, Depth, Networks, Pointwise, Domain, Inactive, Theory, ColumnCount };

  explicit StudiesViewBornDead(QWidget* parent = nullptr);

  void showOutcome(const StudyOutcome& outcome) override;
  void clear() override;
  QWidget* picture() const override;

  QTableWidget* table() const { return table_; }
  QChart* chart() const { return chart_; }
  // The measured lines, one per width (the dashed theory lines are not in it).
  const QList<QLineSeries*>& measured() const { return measured_; }

 private:
  void fillTable(const core::BornDeadResult& r);
  void fillChart(const core::BornDeadResult& r);

  QTableWidget* table_ = nullptr;
  QChart* chart_ = nullptr;
  QChartView* view_ = nullptr;
  QValueAxis* axisX_ = nullptr;
  QValueAxis* axisY_ = nullptr;
  QLabel* note_ = nullptr;
  QList<QLineSeries*> measured_;
};

}  // namespace relulab::ui
