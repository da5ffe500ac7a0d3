#pragma once

// A labelled heatmap of values in [0, 1]: one cell per (row, column) with its
// value written in it, row and column labels with axis titles, and a colour
// bar. Row 0 is drawn at the bottom, so a numeric row axis grows upwards like
// a plot's. The picture is data and is not mirrored for right-to-left.

#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace relulab::ui {

struct HeatmapData {
  QString title;
  QString rowTitle;     // the vertical axis
  QString columnTitle;  // the horizontal axis
  QString valueTitle;   // the colour bar
  QStringList rowLabels;
  QStringList columnLabels;
  std::vector<double> values;  // row-major, rows × columns; NaN: nothing measured
  std::vector<QString> marks;  // per cell, written after the value ("i", "*"); may be empty
};

class StudiesHeatmap : public QWidget {
  Q_OBJECT

 public:
  explicit StudiesHeatmap(QWidget* parent = nullptr);

  void setData(HeatmapData data);
  const HeatmapData& data() const { return data_; }
  int rowCount() const { return static_cast<int>(data_.rowLabels.size()); }
  int columnCount() const { return static_cast<int>(data_.columnLabels.size()); }
  double value(int row, int column) const;      // NaN outside or where nothing was measured
  QString cellText(int row, int column) const;  // as drawn: "0.25 i", "–"

  // Light yellow (0) to dark red (1); NaN: light grey.
  static QColor colorFor(double value);

  QSize sizeHint() const override { return {640, 420}; }
  QSize minimumSizeHint() const override { return {320, 220}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  struct Geometry;
  Geometry layout() const;
  void paintCells(QPainter& p, const Geometry& g) const;
  void paintLabels(QPainter& p, const Geometry& g) const;
  void paintColorBar(QPainter& p, const Geometry& g) const;

  HeatmapData data_;
};

}  // namespace relulab::ui
