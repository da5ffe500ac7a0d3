#pragma once

// The Studies tab's Qt Charts pieces, made one way: a chart with its title and
// legend, value axes with titles, a series hidden from the legend, a view.
// Plots are data and are not mirrored for right-to-left.

#include <QColor>
#include <QList>
#include <QPair>
#include <QString>

class QAbstractAxis;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QAbstractSeries;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QWidget;

namespace relulab::ui::studies_chart {

QChart* newChart(const QString& title);
QValueAxis* valueAxis(const QString& title, double lo, double hi, const char* format = "%.6g");
// Sets a whole-number axis (depth, layer) to [lo, hi] widened to round
// numbers, with ticks only at whole numbers.
void setWholeRange(QValueAxis* axis, double lo, double hi);
QChartView* newView(QChart* chart, QWidget* parent);
// A categorical colour for line index i (the same order in every plot).
QColor color(int index);
// Attaches series to the chart's first horizontal and vertical axes.
void attach(QChart* chart, QAbstractSeries* series);
// A solid line with its points marked, or a dashed one without.
QLineSeries* line(const QString& name, const QColor& color, bool dashed);
void hideFromLegend(QChart* chart, QAbstractSeries* series);
// Removes every series (the axes stay).
void clearSeries(QChart* chart);
// A read-only results table with these columns (title, tooltip), no row
// numbers, columns sized to their contents and the last one stretched.
QTableWidget* newTable(const QString& objectName, const QList<QPair<QString, QString>>& columns,
                       QWidget* parent);
// A number cell: `text` shown at the trailing edge, `value` under Qt::UserRole
// (for tests and sorting).
QTableWidgetItem* numberItem(const QString& text, double value);
// Lays `owner` out as the plot over the table, chartShare : tableShare of the
// height from the first show (not the size hints; neither collapses), with the
// note under both.
void stackPlotOverTable(QWidget* owner, QWidget* plot, QWidget* table, QLabel* note, int chartShare,
                        int tableShare);

}  // namespace relulab::ui::studies_chart
