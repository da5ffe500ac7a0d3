#pragma once

#include <QWidget>
#include <vector>

#include "core/activation.h"

class QTableWidget;
class QLabel;

namespace relulab::ui {

// The textbook example: a few inputs, their outputs f(x) and derivatives f′(x),
// and a note on the convention the library uses at the kink.
class ExampleTable : public QWidget {
  Q_OBJECT

 public:
  explicit ExampleTable(QWidget* parent = nullptr);

  void setActivation(const core::Activation& activation);
  void setInputs(std::vector<double> inputs);

  QTableWidget* table() const { return table_; }
  QLabel* note() const { return note_; }

 private:
  void refresh();

  core::Activation activation_;
  std::vector<double> inputs_{-2.0, -1.0, 0.0, 1.0, 2.0};
  QTableWidget* table_ = nullptr;
  QLabel* note_ = nullptr;
};

}  // namespace relulab::ui
