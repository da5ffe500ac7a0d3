#include "ui/studies/studies_heatmap.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace relulab::ui {

namespace {

constexpr int kPad = 8;
constexpr int kBarWidth = 16;
constexpr double kMaxCellWidth = 150.0;
constexpr double kMaxCellHeight = 90.0;
constexpr int kBarTicks = 5;  // 0, 0.25, …, 1
constexpr int kTickLength = 4;
constexpr int kTickGap = 4;  // between a tick and its label, so 0.75 never reads −0.75

// ColorBrewer's YlOrRd: light for "none", dark red for "all".
constexpr std::array<QRgb, 5> kStops{0xffffcc, 0xfed976, 0xfd8d3c, 0xe31a1c, 0x800026};

QString formatValue(double v) {
  return QLocale().toString(v, 'f', 2);
}

}  // namespace

struct StudiesHeatmap::Geometry {
  QRectF title;
  QRectF grid;
  double cellWidth = 0.0;
  double cellHeight = 0.0;
  double rowLabelWidth = 0.0;
  QRectF bar;
  double tickWidth = 0.0;
};

StudiesHeatmap::StudiesHeatmap(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("studiesHeatmap"));
  setAttribute(Qt::WA_OpaquePaintEvent);
  setLayoutDirection(Qt::LeftToRight);  // data: never mirrored
}

void StudiesHeatmap::setData(HeatmapData data) {
  data_ = std::move(data);
  update();
}

double StudiesHeatmap::value(int row, int column) const {
  if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
    return std::numeric_limits<double>::quiet_NaN();
  const std::size_t i = static_cast<std::size_t>(row) * columnCount() + column;
  return i < data_.values.size() ? data_.values[i] : std::numeric_limits<double>::quiet_NaN();
}

QString StudiesHeatmap::cellText(int row, int column) const {
  const double v = value(row, column);
  if (std::isnan(v)) return tr("–");
  const std::size_t i = static_cast<std::size_t>(row) * columnCount() + column;
  const QString mark = i < data_.marks.size() ? data_.marks[i] : QString();
  return mark.isEmpty() ? formatValue(v) : tr("%1 %2").arg(formatValue(v), mark);
}

QColor StudiesHeatmap::colorFor(double value) {
  if (std::isnan(value)) return QColor(0xe0, 0xe0, 0xe0);
  const double t = std::clamp(value, 0.0, 1.0) * (kStops.size() - 1);
  const std::size_t k = std::min(static_cast<std::size_t>(t), kStops.size() - 2);
  const double f = t - static_cast<double>(k);
  const QColor a(kStops[k]), b(kStops[k + 1]);
  return QColor::fromRgbF(static_cast<float>(a.redF() + f * (b.redF() - a.redF())),
                          static_cast<float>(a.greenF() + f * (b.greenF() - a.greenF())),
                          static_cast<float>(a.blueF() + f * (b.blueF() - a.blueF())));
}

StudiesHeatmap::Geometry StudiesHeatmap::layout() const {
  const QFontMetrics fm = fontMetrics();
  const int lh = fm.height();
  Geometry g;
  for (const QString& label : data_.rowLabels)
    g.rowLabelWidth = std::max<double>(g.rowLabelWidth, fm.horizontalAdvance(label));
  g.tickWidth = fm.horizontalAdvance(formatValue(0.25));
  const double titleHeight = data_.title.isEmpty() ? 0.0 : 1.5 * lh;
  const double left = kPad + lh + kPad + g.rowLabelWidth + kPad;
  const double right =
      2 * kPad + kBarWidth + kTickLength + kTickGap + g.tickWidth + kPad + lh + kPad;
  const double top = kPad + titleHeight + kPad;
  const double bottom = kPad / 2.0 + lh + kPad + lh + kPad;
  const int rows = std::max(1, rowCount()), columns = std::max(1, columnCount());
  g.cellWidth = std::clamp((width() - left - right) / columns, 1.0, kMaxCellWidth);
  g.cellHeight = std::clamp((height() - top - bottom) / rows, 1.0, kMaxCellHeight);
  const double gridWidth = g.cellWidth * columns, gridHeight = g.cellHeight * rows;
  // Centre the whole picture (labels, grid, bar) in the widget.
  const double x0 = std::max(0.0, (width() - (left + gridWidth + right)) / 2.0);
  const double y0 = std::max(0.0, (height() - (top + gridHeight + bottom)) / 2.0);
  g.title = QRectF(0, y0 + kPad, width(), titleHeight);
  g.grid = QRectF(x0 + left, y0 + top, gridWidth, gridHeight);
  g.bar = QRectF(g.grid.right() + 2 * kPad, g.grid.top(), kBarWidth, gridHeight);
  return g;
}

void StudiesHeatmap::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setLayoutDirection(Qt::LeftToRight);
  p.fillRect(rect(), palette().base());
  p.setRenderHint(QPainter::Antialiasing);
  const Geometry g = layout();
  if (!data_.title.isEmpty()) {
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().text().color());
    p.drawText(g.title, Qt::AlignCenter, data_.title);
    p.setFont(font());
  }
  paintCells(p, g);
  paintLabels(p, g);
  paintColorBar(p, g);
}

void StudiesHeatmap::paintCells(QPainter& p, const Geometry& g) const {
  const QFontMetrics fm = fontMetrics();
  for (int r = 0; r < rowCount(); ++r)
    for (int c = 0; c < columnCount(); ++c) {
      // Row 0 at the bottom.
      const QRectF cell(g.grid.left() + c * g.cellWidth, g.grid.bottom() - (r + 1) * g.cellHeight,
                        g.cellWidth, g.cellHeight);
      const double v = value(r, c);
      const QColor fill = colorFor(v);
      p.fillRect(cell, fill);
      p.setPen(QPen(palette().base().color(), 1.0));
      p.drawRect(cell);
      const QString text = cellText(r, c);
      if (fm.horizontalAdvance(text) + 4 > cell.width() || fm.height() > cell.height()) continue;
      p.setPen(fill.lightnessF() < 0.5 ? Qt::white : Qt::black);
      p.drawText(cell, Qt::AlignCenter, text);
    }
}

void StudiesHeatmap::paintLabels(QPainter& p, const Geometry& g) const {
  const QFontMetrics fm = fontMetrics();
  const int lh = fm.height();
  p.setPen(palette().text().color());
  for (int r = 0; r < rowCount(); ++r) {
    const QRectF label(g.grid.left() - kPad - g.rowLabelWidth,
                       g.grid.bottom() - (r + 1) * g.cellHeight, g.rowLabelWidth, g.cellHeight);
    p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, data_.rowLabels[r]);
  }
  for (int c = 0; c < columnCount(); ++c) {
    const QRectF label(g.grid.left() + c * g.cellWidth, g.grid.bottom() + kPad / 2.0, g.cellWidth,
                       lh);
    p.drawText(label, Qt::AlignCenter,
               fm.elidedText(data_.columnLabels[c], Qt::ElideRight, static_cast<int>(g.cellWidth)));
  }
  // Axis titles: the columns' under their labels, the rows' turned on its side.
  const QRectF columnTitle(g.grid.left(), g.grid.bottom() + kPad / 2.0 + lh + kPad, g.grid.width(),
                           lh);
  p.drawText(columnTitle, Qt::AlignCenter, data_.columnTitle);
  p.save();
  p.translate(g.grid.left() - kPad - g.rowLabelWidth - kPad - lh, g.grid.center().y());
  p.rotate(-90);
  p.drawText(QRectF(-g.grid.height() / 2.0, 0, g.grid.height(), lh), Qt::AlignCenter,
             fm.elidedText(data_.rowTitle, Qt::ElideRight, static_cast<int>(g.grid.height())));
  p.restore();
}

void StudiesHeatmap::paintColorBar(QPainter& p, const Geometry& g) const {
  QLinearGradient gradient(g.bar.bottomLeft(), g.bar.topLeft());
  for (int k = 0; k <= 20; ++k) gradient.setColorAt(k / 20.0, colorFor(k / 20.0));
  p.fillRect(g.bar, gradient);
  p.setPen(palette().mid().color());
  p.drawRect(g.bar);
  const QFontMetrics fm = fontMetrics();
  const int lh = fm.height();
  p.setPen(palette().text().color());
  for (int k = 0; k < kBarTicks; ++k) {
    const double v = static_cast<double>(k) / (kBarTicks - 1);
    const double y = g.bar.bottom() - v * g.bar.height();
    p.drawLine(QPointF(g.bar.right(), y), QPointF(g.bar.right() + kTickLength, y));
    p.drawText(QRectF(g.bar.right() + kTickLength + kTickGap, y - lh / 2.0, g.tickWidth + 2, lh),
               Qt::AlignLeft | Qt::AlignVCenter, formatValue(v));
  }
  p.save();
  p.translate(g.bar.right() + kTickLength + kTickGap + g.tickWidth + kPad + lh, g.bar.center().y());
  p.rotate(-90);
  p.drawText(QRectF(-g.bar.height() / 2.0, -lh, g.bar.height(), lh), Qt::AlignCenter,
             fm.elidedText(data_.valueTitle, Qt::ElideRight, static_cast<int>(g.bar.height())));
  p.restore();
}

}  // namespace relulab::ui
