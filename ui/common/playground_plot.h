#pragma once

// A light line plot for the playground's live curves: a few hundred points
// per line, repainted up to 60 times a second, so it draws with QPainter
// directly. Linear or logarithmic y; hovering shows every line's value at the
// nearest x. The x axis runs left to right in every language (it is time).
// On a log axis, exact zeros (a gradient that has vanished completely) are
// drawn on a bottom line labelled 0 rather than left out.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

namespace relulab::ui {

class PlaygroundPlot : public QWidget {
  Q_OBJECT

 public:
  struct Line {
    QString name;
    QColor colour;
    Qt::PenStyle style = Qt::SolidLine;
    QList<QPointF> points;  // increasing x
  };

  explicit PlaygroundPlot(QWidget* parent = nullptr);

  void setTitle(const QString& title);
  void setAxisTitles(const QString& x, const QString& y);
  void setLogY(bool log);                     // non-positive values are left out
  void setFixedYRange(double lo, double hi);  // e.g. [0, 1] for fractions
  void setEmptyText(const QString& text);     // shown when there is nothing to draw
  void setLines(QList<Line> lines);

  const QList<Line>& lines() const { return lines_; }
  bool logY() const { return logY_; }
  QString title() const { return title_; }
  // Hovering: the plotted step nearest to widget x position `x` (the x of the
  // nearest point over every line), and the readout there: that step and each
  // line's value at it (a line that does not reach the step is left out).
  std::optional<double> stepAt(int x) const;
  QString readoutAt(int x) const;
  // Where `step` is drawn, in widget x.
  int xAt(double step) const;
  // The step axis's ticks: whole steps, as many as their labels fit side by
  // side with kTickGap pixels between them (at most four).
  static constexpr int kTickGap = 6;
  struct XTick {
    double step;
    QString label;
    QRectF box;  // where the label is drawn, in widget coordinates
  };
  std::vector<XTick> xTicks() const;
  QRectF plotRect() const;  // where the lines go, in widget coordinates

  QSize sizeHint() const override { return {280, 170}; }
  // Room for the tick labels and a short plot: four in a row fit a 1280-pixel
  // projector with the Lessons dock open, in presenter mode's larger text too.
  QSize minimumSizeHint() const override { return {150, 110}; }

 signals:
  void doubleClicked();  // the panel enlarges the plot, or puts it back

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  struct Frame;  // the plot area and the data → pixel mapping
  Frame layout() const;
  QList<QRect> legendSlots() const;  // where each line's legend entry goes
  void updateRanges();
  int nearestIndex(const Line& line, double x) const;
  // The line's value at x: its point there, or between its two points around
  // x on the straight segment drawn; none outside the line's x range.
  static std::optional<double> valueAt(const Line& line, double x);
  // Where a value goes on the y axis (log10 units on a log axis); none if it
  // cannot be drawn. On a log axis an exact 0 goes to a floor labelled "0".
  std::optional<double> axisY(double v) const;

  QString title_, xTitle_, yTitle_, emptyText_;
  QList<Line> lines_;
  bool logY_ = false;
  std::optional<std::pair<double, double>> fixedY_;
  double xLo_ = 0, xHi_ = 1, yLo_ = 0, yHi_ = 1;  // y in log10 units when logY_
  std::optional<double> zeroFloor_;               // log axis: where zeros are drawn
  int hoverX_ = -1;
};

}  // namespace relulab::ui
