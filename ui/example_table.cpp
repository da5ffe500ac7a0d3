#include "ui/example_table.h"

#include "ui/core_text.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relulab::ui {

ExampleTable::ExampleTable(QWidget* parent) : QWidget(parent) {
  table_ = new QTableWidget(this);
  table_->setColumnCount(3);
  table_->setHorizontalHeaderLabels({tr("input x"), tr("output f(x)"), tr("derivative f′(x)")});
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setToolTip(tr("The textbook example: each input, what the activation outputs, and the "
                        "slope the network uses when it learns."));
  note_ = new QLabel(this);
  note_->setWordWrap(true);
  note_->setTextFormat(Qt::RichText);

  auto* layout = new QVBoxLayout(this);
  auto* title = new QLabel(tr("<b>Worked example</b>"), this);
  layout->addWidget(title);
  layout->addWidget(table_);
  layout->addWidget(note_);
  refresh();
}

void ExampleTable::setActivation(const core::Activation& activation) {
  activation_ = activation;
  refresh();
}

void ExampleTable::setInputs(std::vector<double> inputs) {
  inputs_ = std::move(inputs);
  refresh();
}

void ExampleTable::refresh() {
  table_->setRowCount(static_cast<int>(inputs_.size()));
  const QLocale locale;
  for (int row = 0; row < static_cast<int>(inputs_.size()); ++row) {
    const double x = inputs_[static_cast<size_t>(row)];
    const double cells[3] = {x, core::value(activation_, x), core::derivative(activation_, x)};
    for (int column = 0; column < 3; ++column) {
      auto* item = new QTableWidgetItem(locale.toString(cells[column], 'g', 6));
      item->setData(Qt::UserRole, cells[column]);
      item->setTextAlignment(Qt::AlignCenter);
      table_->setItem(row, column, item);
    }
  }
  const auto& info = core::activationInfo(activation_.kind);
  if (info.kinkConvention.empty()) {
    note_->clear();
  } else {
    note_->setText(
        tr("<i>At a kink the derivative is not defined; the value shown there is a "
           "convention: %1.</i>")
            .arg(coreText(info.kinkConvention)));
  }
}

}  // namespace relulab::ui
