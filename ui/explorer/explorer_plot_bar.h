#pragma once

#include <QWidget>

#include "ui/explorer/explorer_curve_series.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QToolButton;

namespace relulab::ui {

// The strip above the explorer's chart: which derivatives to draw (each with
// a sample of its line style, so it doubles as the key), the exact x range,
// and a reset button. A bad range is refused here with a message.
class ExplorerPlotBar : public QWidget {
  Q_OBJECT

 public:
  explicit ExplorerPlotBar(QWidget* parent = nullptr);

  DerivativeOrders orders() const;
  void setOrders(DerivativeOrders orders);
  // Shows the current range in the spin boxes (does not emit rangeEdited).
  void showRange(double xMin, double xMax);
  void setResetAction(QAction* reset);

  QCheckBox* derivativeBox() const { return derivative_; }
  QCheckBox* secondBox() const { return second_; }
  QDoubleSpinBox* fromBox() const { return from_; }
  QDoubleSpinBox* toBox() const { return to_; }
  QLabel* message() const { return message_; }

 signals:
  void ordersChanged(relulab::ui::DerivativeOrders orders);
  void rangeEdited(double xMin, double xMax);

 private:
  void applyRange();

  QCheckBox* derivative_ = nullptr;
  QCheckBox* second_ = nullptr;
  QDoubleSpinBox* from_ = nullptr;
  QDoubleSpinBox* to_ = nullptr;
  QToolButton* reset_ = nullptr;
  QLabel* message_ = nullptr;
};

}  // namespace relulab::ui
