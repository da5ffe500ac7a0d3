#include "ui/studies/studies_chart.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

#include "ui/common/palette.h"

namespace relulab::ui::studies_chart {

QChart* newChart(const QString& title) {
  auto* chart = new QChart;
  chart->setTitle(title);
  chart->setLocalizeNumbers(true);
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->legend()->setAlignment(Qt::AlignBottom);
  chart->setMargins(QMargins(4, 4, 8, 4));
  return chart;
}

QValueAxis* valueAxis(const QString& title, double lo, double hi, const char* format) {
  auto* axis = new QValueAxis;
  axis->setTitleText(title);
  axis->setLabelFormat(QString::fromLatin1(format));
  axis->setRange(lo, hi);
  return axis;
}

void setWholeRange(QValueAxis* axis, double lo, double hi) {
  axis->setTickCount(5);
  axis->setRange(lo, hi);
  axis->applyNiceNumbers();
  const int span = static_cast<int>(std::lround(axis->max() - axis->min()));
  if (span >= 1 && span < axis->tickCount() - 1) axis->setTickCount(span + 1);
}

QChartView* newView(QChart* chart, QWidget* parent) {
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setLayoutDirection(Qt::LeftToRight);  // a plot is data: never mirrored
  view->setMinimumSize(320, 240);
  return view;
}

QColor color(int index) {
  return palette::layer(index);
}

void attach(QChart* chart, QAbstractSeries* series) {
  chart->addSeries(series);
  const auto horizontal = chart->axes(Qt::Horizontal);
  const auto vertical = chart->axes(Qt::Vertical);
  if (!horizontal.isEmpty()) series->attachAxis(horizontal.front());
  if (!vertical.isEmpty()) series->attachAxis(vertical.front());
}

QLineSeries* line(const QString& name, const QColor& color, bool dashed) {
  auto* series = new QLineSeries;
  series->setName(name);
  QPen pen(color, dashed ? 1.5 : 2.0);
  if (dashed) pen.setStyle(Qt::DashLine);
  series->setPen(pen);
  series->setPointsVisible(!dashed);
  return series;
}

void hideFromLegend(QChart* chart, QAbstractSeries* series) {
  for (QLegendMarker* marker : chart->legend()->markers(series)) marker->setVisible(false);
}

void clearSeries(QChart* chart) {
  chart->removeAllSeries();
}

QTableWidget* newTable(const QString& objectName, const QList<QPair<QString, QString>>& columns,
                       QWidget* parent) {
  auto* table = new QTableWidget(0, static_cast<int>(columns.size()), parent);
  table->setObjectName(objectName);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->verticalHeader()->hide();
  for (int c = 0; c < columns.size(); ++c) {
    auto* header = new QTableWidgetItem(columns[c].first);
    header->setToolTip(columns[c].second);
    table->setHorizontalHeaderItem(c, header);
  }
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setStretchLastSection(true);
  return table;
}

QTableWidgetItem* numberItem(const QString& text, double value) {
  auto* item = new QTableWidgetItem(text);
  item->setData(Qt::UserRole, value);
  item->setTextAlignment(Qt::AlignVCenter | Qt::AlignTrailing);
  return item;
}

void stackPlotOverTable(QWidget* owner, QWidget* plot, QWidget* table, QLabel* note, int chartShare,
                        int tableShare) {
  auto* split = new QSplitter(Qt::Vertical, owner);
  split->addWidget(plot);
  split->addWidget(table);
  split->setStretchFactor(0, chartShare);
  split->setStretchFactor(1, tableShare);
  split->setSizes({1000 * chartShare, 1000 * tableShare});
  split->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(owner);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split, 1);
  layout->addWidget(note);
}

}  // namespace relulab::ui::studies_chart
