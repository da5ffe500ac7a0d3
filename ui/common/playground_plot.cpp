#include "ui/common/playground_plot.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/common/palette.h"

namespace relulab::ui {

namespace {

// Round ticks (1, 2 or 5 × 10ᵏ apart, never closer than minStep) between lo
// and hi, about `target` of them.
std::vector<double> niceTicks(double lo, double hi, int target, double minStep = 0.0) {
  const double span = hi > lo ? hi - lo : 1.0;
  const double raw = span / std::max(1, target);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double n = raw / magnitude;
  const double step = std::max((n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * magnitude, minStep);
  std::vector<double> ticks;
  for (double t = std::ceil(lo / step) * step; t <= hi + step * 1e-9 && ticks.size() < 20;
       t += step)
    ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
  return ticks;
}

// Whole powers of ten between lo and hi (log10 units), about `target` of them.
std::vector<double> decadeTicks(double lo, double hi, int target) {
  const double every = std::max(1.0, std::ceil((hi - lo) / std::max(1, target)));
  std::vector<double> ticks;
  for (double e = std::ceil(lo); e <= hi + 1e-9; e += every) ticks.push_back(e);
  return ticks;
}

QString compact(double v) {
  const QLocale locale;
  const double a = std::abs(v);
  if (a >= 1e6) return locale.toString(v / 1e6, 'g', 3) + QStringLiteral("M");
  if (a >= 1e4) return locale.toString(v / 1e3, 'g', 3) + QStringLiteral("k");
  if (a >= 1) return locale.toString(v, 'f', v == std::round(v) ? 0 : 1);
  return locale.toString(v, 'g', 2);
}

QString powerOfTen(int exponent) {
  static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
  QString s = QStringLiteral("10");
  if (exponent < 0) s += QStringLiteral("⁻");
  for (const QChar c : QString::number(std::abs(exponent))) s += digits[c.digitValue()];
  return s;
}

}  // namespace

struct PlaygroundPlot::Frame {
  QRectF area;  // where the lines go
  double xLo, xHi, yLo, yHi;
  double px(double x) const { return area.left() + (x - xLo) / (xHi - xLo) * area.width(); }
  double py(double y) const { return area.bottom() - (y - yLo) / (yHi - yLo) * area.height(); }
  double dataX(double p) const { return xLo + (p - area.left()) / area.width() * (xHi - xLo); }
};

PlaygroundPlot::PlaygroundPlot(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);
}

void PlaygroundPlot::setTitle(const QString& title) {
  title_ = title;
  update();
}

void PlaygroundPlot::setAxisTitles(const QString& x, const QString& y) {
  xTitle_ = x;
  yTitle_ = y;
  update();
}

void PlaygroundPlot::setLogY(bool log) {
  logY_ = log;
  updateRanges();
  update();
}

void PlaygroundPlot::setFixedYRange(double lo, double hi) {
  fixedY_ = std::make_pair(lo, hi);
  updateRanges();
  update();
}

void PlaygroundPlot::setEmptyText(const QString& text) {
  emptyText_ = text;
  update();
}

void PlaygroundPlot::setLines(QList<Line> lines) {
  lines_ = std::move(lines);
  updateRanges();
  update();
}

void PlaygroundPlot::updateRanges() {
  double xl = HUGE_VAL, xh = -HUGE_VAL, yl = HUGE_VAL, yh = -HUGE_VAL;
  bool zeros = false;
  for (const Line& line : lines_)
    for (const QPointF& p : line.points) {
      if (!std::isfinite(p.y())) continue;
      if (logY_ && p.y() <= 0) {
        zeros = zeros || p.y() == 0;
        if (p.y() == 0) xl = std::min(xl, p.x()), xh = std::max(xh, p.x());
        continue;
      }
      const double y = logY_ ? std::log10(p.y()) : p.y();
      xl = std::min(xl, p.x());
      xh = std::max(xh, p.x());
      yl = std::min(yl, y);
      yh = std::max(yh, y);
    }
  if (xl > xh) xl = 0, xh = 1;
  if (xh - xl < 1) xh = xl + 1;
  if (yl > yh) yl = 0, yh = 1;
  zeroFloor_.reset();
  if (logY_) {
    yl = std::floor(yl);
    yh = std::max(std::ceil(yh), yl + 1);
    if (zeros) zeroFloor_ = --yl;
  } else {
    if (yl >= 0 && yh > 0) yl = 0;  // losses, fractions: from zero
    if (yh - yl < 1e-12) yh = yl + 1;
    yh += (yh - yl) * 0.05;
  }
  if (fixedY_ && !logY_) {
    yl = fixedY_->first;
    yh = fixedY_->second;
  }
  xLo_ = xl, xHi_ = xh, yLo_ = yl, yHi_ = yh;
}

QList<QRect> PlaygroundPlot::legendSlots() const {
  const QFontMetrics fm(font());
  QFont bold = font();
  bold.setBold(true);
  const int titleWidth = QFontMetrics(bold).horizontalAdvance(title_) + 12;
  const bool rtl = layoutDirection() == Qt::RightToLeft;
  int lx = rtl ? width() - 4 - titleWidth : 4 + titleWidth;
  int ly = 2;
  QList<QRect> entries;
  for (const Line& line : lines_) {
    const int w = 18 + fm.horizontalAdvance(line.name) + 10;
    if ((!rtl && lx + w > width()) || (rtl && lx - w < 0)) {  // wrap to the next row
      lx = rtl ? width() - 4 : 4;
      ly += fm.height() + 2;
    }
    entries.append(QRect(rtl ? lx - w : lx, ly, w, fm.height()));
    lx = rtl ? lx - w : lx + w;
  }
  return entries;
}

PlaygroundPlot::Frame PlaygroundPlot::layout() const {
  const QFontMetrics fm(font());
  const int line = fm.height();
  const int left = line + 6 + fm.horizontalAdvance(QStringLiteral("0.000")) + 4;
  int header = line + 2;  // the title row, then any legend rows
  for (const QRect& r : legendSlots()) header = std::max(header, r.bottom() + 1);
  const int top = header + line / 2 + 4;  // room for the top tick label
  QRectF area(left, top, width() - left - 10, height() - top - line * 2 - 6);
  return Frame{area, xLo_, xHi_, yLo_, yHi_};
}

QRectF PlaygroundPlot::plotRect() const {
  return layout().area;
}

std::optional<double> PlaygroundPlot::axisY(double v) const {
  if (!std::isfinite(v)) return std::nullopt;
  if (!logY_) return v;
  if (v > 0) return std::max(std::log10(v), zeroFloor_.value_or(-HUGE_VAL));
  if (v == 0 && zeroFloor_) return *zeroFloor_;
  return std::nullopt;
}

int PlaygroundPlot::nearestIndex(const Line& line, double x) const {
  if (line.points.isEmpty()) return -1;
  const auto it = std::lower_bound(line.points.begin(), line.points.end(), x,
                                   [](const QPointF& p, double v) { return p.x() < v; });
  int i = static_cast<int>(it - line.points.begin());
  if (i >= line.points.size()) return static_cast<int>(line.points.size()) - 1;
  if (i > 0 && x - line.points[i - 1].x() < line.points[i].x() - x) --i;
  return i;
}

std::optional<double> PlaygroundPlot::stepAt(int x) const {
  const Frame f = layout();
  if (x < f.area.left() || x > f.area.right()) return std::nullopt;
  const double dx = f.dataX(x);
  std::optional<double> step;
  for (const Line& line : lines_) {
    const int i = nearestIndex(line, dx);
    if (i < 0) continue;
    const double at = line.points[i].x();
    if (!step || std::abs(at - dx) < std::abs(*step - dx)) step = at;
  }
  return step;
}

std::optional<double> PlaygroundPlot::valueAt(const Line& line, double x) {
  const auto it = std::lower_bound(line.points.begin(), line.points.end(), x,
                                   [](const QPointF& p, double v) { return p.x() < v; });
  if (it == line.points.end()) return std::nullopt;
  if (it->x() == x) return it->y();
  if (it == line.points.begin()) return std::nullopt;
  const QPointF& a = *(it - 1);
  const QPointF& b = *it;
  return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
}

QString PlaygroundPlot::readoutAt(int x) const {
  const std::optional<double> step = stepAt(x);
  if (!step) return {};
  QStringList parts;
  for (const Line& line : lines_)
    if (const auto v = valueAt(line, *step))
      parts << QStringLiteral("%1 %2").arg(line.name, QLocale().toString(*v, 'g', 4));
  return tr("step %1: %2")
      .arg(QLocale().toString(static_cast<qlonglong>(*step)), parts.join(QStringLiteral(", ")));
}

std::vector<PlaygroundPlot::XTick> PlaygroundPlot::xTicks() const {
  const Frame f = layout();
  const QFontMetrics fm(font());
  std::vector<XTick> ticks;
  bool apart = false;
  for (int target = 4; target >= 1 && !apart; --target) {
    ticks.clear();
    for (const double t : niceTicks(f.xLo, f.xHi, target, 1.0)) {  // steps are whole
      const QString label = compact(t);
      const double w = fm.horizontalAdvance(label) + 4;
      const double left = std::clamp(f.px(t) - w / 2, 0.0, width() - w);  // the last stays inside
      ticks.push_back({t, label, QRectF(left, f.area.bottom() + 2, w, fm.height())});
    }
    apart = true;
    for (std::size_t i = 1; i < ticks.size(); ++i)
      apart = apart && ticks[i].box.left() >= ticks[i - 1].box.right() + kTickGap;
  }
  if (!apart && ticks.size() > 1) ticks.resize(1);  // too narrow for two labels
  return ticks;
}

int PlaygroundPlot::xAt(double step) const {
  return qRound(layout().px(step));
}

void PlaygroundPlot::paintEvent(QPaintEvent*) {
  QPainter p(this);
  paint::absolute(p);
  p.fillRect(rect(), palette().base());
  const QFontMetrics fm(font());
  const Frame f = layout();
  const QColor text = palette().color(QPalette::Text);
  const QColor grid = palette().color(QPalette::Mid);

  // Title on the leading side, the legend after it.
  QFont bold = font();
  bold.setBold(true);
  p.setFont(bold);
  p.setPen(text);
  const QRect titleRect(4, 2, width() - 8, fm.height());
  p.drawText(titleRect, Qt::AlignVCenter | paint::leading(this), title_);
  p.setFont(font());
  const QList<QRect> entries = legendSlots();
  for (qsizetype i = 0; i < entries.size(); ++i) {
    const QRect& r = entries[i];
    const Line& line = lines_[i];
    p.setPen(QPen(line.colour, 2, line.style));
    p.drawLine(r.left(), r.center().y(), r.left() + 14, r.center().y());
    p.setPen(text);
    p.drawText(r.adjusted(18, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, line.name);
  }

  // Axes, ticks and grid.
  p.setPen(QPen(grid, 0));
  p.drawRect(f.area);
  // As many ticks as have room for their labels (two text lines apart on y,
  // a wide label apart on x), up to four: a small plot or a large font
  // (presenter mode) gets fewer, never overlapping ones.
  const int yTarget = std::clamp(static_cast<int>(f.area.height() / (2.0 * fm.height())), 1, 4);
  const std::vector<double> yTicks =
      logY_ ? decadeTicks(f.yLo, f.yHi, yTarget + 1) : niceTicks(f.yLo, f.yHi, yTarget);
  for (const double t : yTicks) {
    const double y = f.py(t);
    p.setPen(QPen(grid, 0, Qt::DotLine));
    p.drawLine(QPointF(f.area.left(), y), QPointF(f.area.right(), y));
    p.setPen(text);
    const QString label = !logY_ ? compact(t)
                          : zeroFloor_ && t == *zeroFloor_
                              ? QLocale().toString(0)
                              : powerOfTen(static_cast<int>(std::lround(t)));
    p.drawText(QRectF(0, y - fm.height() / 2.0, f.area.left() - 4, fm.height()),
               Qt::AlignVCenter | Qt::AlignRight, label);
  }
  for (const XTick& tick : xTicks()) {
    const double x = f.px(tick.step);
    p.setPen(QPen(grid, 0, Qt::DotLine));
    p.drawLine(QPointF(x, f.area.top()), QPointF(x, f.area.bottom()));
    p.setPen(text);
    p.drawText(tick.box, Qt::AlignCenter, tick.label);
  }
  p.drawText(QRectF(f.area.left(), f.area.bottom() + fm.height() + 2, f.area.width(), fm.height()),
             Qt::AlignCenter, xTitle_);
  p.save();
  p.translate(2, f.area.center().y());
  p.rotate(-90);
  p.drawText(QRectF(-f.area.height() / 2, 0, f.area.height(), fm.height()), Qt::AlignCenter,
             fm.elidedText(yTitle_, Qt::ElideRight, static_cast<int>(f.area.height())));
  p.restore();

  bool any = false;
  p.setRenderHint(QPainter::Antialiasing);
  p.setClipRect(f.area.adjusted(-1, -1, 1, 1));
  for (const Line& line : lines_) {
    QPolygonF poly;
    poly.reserve(line.points.size());
    for (const QPointF& pt : line.points)
      if (const std::optional<double> y = axisY(pt.y())) poly << QPointF(f.px(pt.x()), f.py(*y));
    if (poly.isEmpty()) continue;
    any = true;
    p.setPen(QPen(line.colour, 1.0, line.style));  // width 1: the fast cosmetic stroker
    if (poly.size() == 1)
      p.drawEllipse(poly.first(), 2, 2);
    else
      p.drawPolyline(poly);
  }
  p.setClipping(false);
  if (!any && !emptyText_.isEmpty()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(f.area, Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
  }
  const QString readout = hoverX_ >= 0 ? readoutAt(hoverX_) : QString();
  if (!readout.isEmpty()) {
    p.setPen(QPen(text, 0, Qt::DashLine));
    p.drawLine(QPointF(hoverX_, f.area.top()), QPointF(hoverX_, f.area.bottom()));
    const QRectF box =
        QRectF(fm.boundingRect(f.area.toRect().adjusted(4, 4, -4, -4), Qt::TextWordWrap, readout))
            .adjusted(-3, -2, 3, 2);
    p.fillRect(box, QColor(255, 255, 255, 225));
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, readout);
  }
}

void PlaygroundPlot::mouseMoveEvent(QMouseEvent* event) {
  hoverX_ = qRound(event->position().x());
  update();
}

void PlaygroundPlot::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) emit doubleClicked();
}

void PlaygroundPlot::leaveEvent(QEvent*) {
  hoverX_ = -1;
  update();
}

}  // namespace relulab::ui
