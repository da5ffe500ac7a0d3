#include "ui/studies/studies_view_collapse.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QValueAxis>

#include "ui/studies/studies_chart.h"
#include "ui/studies/studies_text.h"

namespace relulab::ui {

StudiesViewCollapse::StudiesViewCollapse(QWidget* parent) : StudiesView(parent) {
  chart_ = studies_chart::newChart(tr("Networks that end as a constant function"));
  axisX_ = new QBarCategoryAxis;
  axisX_->setTitleText(tr("activation"));
  // Headroom above 1 for the bars' labels.
  axisY_ = studies_chart::valueAxis(tr("fraction of networks"), 0, 1.2, "%.1f");
  axisY_->setTickCount(7);
  chart_->addAxis(axisX_, Qt::AlignBottom);
  chart_->addAxis(axisY_, Qt::AlignLeft);
  view_ = studies_chart::newView(chart_, this);

  const QList<QPair<QString, QString>> headers{
      {tr("Activation"), tr("The hidden units' activation.")},
      {tr("Networks"), tr("Networks trained (* fewer than asked: cancelled).")},
      {tr("Collapsed [95%]"),
       tr("Fraction whose output is flat after training: a constant function.")},
      {tr("Flat at start [95%]"), tr("Fraction already flat before training.")},
      {tr("Final loss"), tr("Mean training loss at the end ± its standard error.")},
      {tr("Flat loss"), tr("The loss of the best constant: a collapsed network's loss.")}};
  table_ = studies_chart::newTable(QStringLiteral("collapseTable"), headers, this);

  note_ = new QLabel(this);
  note_->setWordWrap(true);

  studies_chart::stackPlotOverTable(this, view_, table_, note_, 3, 1);
}

QWidget* StudiesViewCollapse::picture() const {
  return view_;
}

void StudiesViewCollapse::clear() {
  table_->setRowCount(0);
  studies_chart::clearSeries(chart_);
  axisX_->clear();
  note_->clear();
}

void StudiesViewCollapse::showOutcome(const StudyOutcome& outcome) {
  clear();
  const auto& r = std::get<core::CollapseResult>(*outcome.result);
  auto* bornFlat = new QBarSet(tr("flat at the start"));
  auto* collapsed = new QBarSet(tr("flat after training (collapsed)"));
  bornFlat->setColor(studies_chart::color(0).lighter(150));
  collapsed->setColor(studies_chart::color(1));
  // Labels sit above the bars, on the chart's background: draw them in the
  // axis labels' colour (a bar label's default is white).
  bornFlat->setLabelColor(axisY_->labelsColor());
  collapsed->setLabelColor(axisY_->labelsColor());
  QStringList categories;
  for (const core::CollapseRow& row : r.rows) {
    const QString name = StudiesText::activation(row.activation);
    const int line = table_->rowCount();
    table_->insertRow(line);
    auto* nameItem = new QTableWidgetItem(name);
    table_->setItem(line, Activation, nameItem);
    QString runs = QLocale().toString(row.runsDone);
    if (!row.complete) runs += QStringLiteral(" *");
    table_->setItem(line, Networks, studies_chart::numberItem(runs, row.runsDone));
    table_->setItem(
        line, Collapsed,
        studies_chart::numberItem(StudiesText::interval(row.collapsed), row.collapsed.estimate));
    table_->setItem(
        line, BornFlat,
        studies_chart::numberItem(StudiesText::interval(row.bornFlat), row.bornFlat.estimate));
    table_->setItem(
        line, FinalLoss,
        studies_chart::numberItem(StudiesText::meanWithError(row.finalLoss), row.finalLoss.mean));
    table_->setItem(line, FlatLoss,
                    studies_chart::numberItem(StudiesText::number(row.flatLoss, 4), row.flatLoss));
    if (row.runsDone == 0) continue;  // no bar for what never ran
    categories << name;
    bornFlat->append(row.bornFlat.estimate);
    collapsed->append(row.collapsed.estimate);
  }
  auto* series = new QBarSeries;
  series->append(bornFlat);
  series->append(collapsed);
  series->setLabelsVisible(true);
  series->setLabelsFormat(QStringLiteral("@value"));
  series->setLabelsPrecision(3);
  series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
  axisX_->append(categories);
  studies_chart::attach(chart_, series);
  note_->setText(tr("%1 hidden layers of width %2 trained on |x| over [−%3, %3] (%4 points) with "
                    "Adam, learning rate %5, %6 steps. Collapsed: the output's standard "
                    "deviation is at most %7 of the target's.")
                     .arg(r.config.depth)
                     .arg(r.config.width)
                     .arg(StudiesText::number(r.config.halfWidth, 4))
                     .arg(r.config.points)
                     .arg(StudiesText::number(r.config.learningRate))
                     .arg(r.config.steps)
                     .arg(StudiesText::number(r.config.tolerance)));
}

}  // namespace relulab::ui
