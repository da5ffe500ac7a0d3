#pragma once

#include "ui/studies/studies_view.h"

class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QValueAxis;

namespace relulab::ui {

// Collapse: per activation, the fraction of trained networks that ended flat
// (with its 95% interval) beside the fraction already flat at the start, as a
// table and as bars. Table cells keep the core's estimate in Qt::UserRole.
class StudiesViewCollapse : public StudiesView {
  Q_OBJECT

 public:
  enum Column { Activation, Networks, Collapsed, BornFlat, FinalLoss, FlatLoss, ColumnCount };

  explicit StudiesViewCollapse(QWidget* parent = nullptr);

  void showOutcome(const StudyOutcome& outcome) override;
  void clear() override;
  QWidget* picture() const override;

  QTableWidget* table() const { return table_; }
  QChart* chart() const { return chart_; }

 private:
  QTableWidget* table_ = nullptr;
  QChart* chart_ = nullptr;
  QChartView* view_ = nullptr;
  QBarCategoryAxis* axisX_ = nullptr;
  QValueAxis* axisY_ = nullptr;
  QLabel* note_ = nullptr;
};

}  // namespace relulab::ui
