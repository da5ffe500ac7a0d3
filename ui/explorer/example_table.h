#pragma once

#include <QWidget>
#include <vector>

#include "ui/explorer/explorer_curve.h"

class QTableWidget;
class QTableWidgetItem;
class QLabel;
class QPushButton;

namespace relulab::ui {

// The textbook example, editable: type inputs x (default −2, −1, 0, 1, 2) and
// read f(x) and f′(x) for every visible curve, with a note on the convention
// each kinked activation uses where its derivative is not defined. A mistyped
// input is refused with a message; the previous value stays.
class ExampleTable : public QWidget {
  Q_OBJECT

 public:
  explicit ExampleTable(QWidget* parent = nullptr);

  void setCurves(const std::vector<ExplorerCurve>& curves);
  void setActivation(const core::Activation& activation);  // one curve
  void setInputs(std::vector<double> inputs);
  const std::vector<double>& inputs() const { return inputs_; }

  QTableWidget* table() const { return table_; }
  QLabel* note() const { return note_; }
  QLabel* message() const { return message_; }
  QPushButton* addButton() const { return add_; }
  QPushButton* removeButton() const { return remove_; }

 signals:
  void inputsChanged();

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fitNotes();
  void fitColumns();  // the wrapped notes' heights count in the minimum: no overlap
  void refresh();
  void fitRows();
  void inputEdited(QTableWidgetItem* item);
  void setCell(int row, int column, double value, const QColor& colour);

  std::vector<ExplorerCurve> curves_;
  std::vector<double> inputs_{-2.0, -1.0, 0.0, 1.0, 2.0};
  QTableWidget* table_ = nullptr;
  QLabel* note_ = nullptr;
  QLabel* message_ = nullptr;
  QPushButton* add_ = nullptr;
  QPushButton* remove_ = nullptr;
  QPushButton* reset_ = nullptr;
};

}  // namespace relulab::ui
