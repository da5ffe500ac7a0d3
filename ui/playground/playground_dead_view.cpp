#include "ui/playground/playground_dead_view.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/common/palette.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

constexpr double kMargin = 6;

// Room on the kymograph's leading edge for "L10" and a unit number.
double kymographLabelWidth(const QFontMetrics& fm) {
  return fm.horizontalAdvance(QStringLiteral("L10 64")) + 8;
}

}  // namespace

struct PlaygroundDeadView::Geometry {
  QRectF heat;      // the cells
  double cell = 0;  // cell side
  double labelWidth = 0;
  QRectF kymo;  // the kymograph image
  double legendY = 0;
  bool rtl = false;
};

PlaygroundDeadView::PlaygroundDeadView(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMouseTracking(true);
}

void PlaygroundDeadView::setFrame(const FramePtr& frame) {
  frame_ = frame;
  if (frame_ && frame_->history && frame_->history.get() != kymographOf_) rebuildKymograph();
  update();
}

int PlaygroundDeadView::layerCount() const {
  return frame_ ? static_cast<int>(frame_->metrics.layers.size()) : 0;
}

int PlaygroundDeadView::neuronCount(int layer) const {
  if (layer < 0 || layer >= layerCount()) return 0;
  return static_cast<int>(frame_->metrics.layers[static_cast<std::size_t>(layer)].neurons.size());
}

double PlaygroundDeadView::activeFraction(int layer, int neuron) const {
  const core::NeuronStats* s = frame_ ? frame_->neuron(layer, neuron) : nullptr;
  return s ? s->activeFraction : std::numeric_limits<double>::quiet_NaN();
}

core::NeuronState PlaygroundDeadView::state(int layer, int neuron) const {
  const core::NeuronStats* s = frame_ ? frame_->neuron(layer, neuron) : nullptr;
  return s ? s->state : core::NeuronState::Active;
}

void PlaygroundDeadView::rebuildKymograph() {
  keep_ = frame_->history;
  kymographOf_ = keep_.get();
  const core::History& h = *keep_;
  const HistoryColumns& c = frame_->columns;
  const int rows = static_cast<int>(h.size()), units = c.hiddenUnits();
  if (rows == 0 || units == 0) {
    kymograph_ = QImage();
    return;
  }
  kymograph_ = QImage(rows, units, QImage::Format_RGB32);
  for (int u = 0; u < units; ++u) {
    auto* line = reinterpret_cast<QRgb*>(kymograph_.scanLine(u));
    const auto column = static_cast<std::size_t>(c.activity(u));
    for (int r = 0; r < rows; ++r)
      line[r] = palette::activity(h.row(static_cast<std::size_t>(r))[column]);
  }
}

PlaygroundDeadView::Geometry PlaygroundDeadView::geometry() const {
  Geometry g;
  g.rtl = layoutDirection() == Qt::RightToLeft;
  const QFontMetrics fm(font());
  const double top = fm.height() + 6;
  g.legendY = height() - fm.height() - 4;
  const double bottom = g.legendY - 4;
  const int layers = std::max(1, layerCount());
  int widest = 1;
  for (int l = 0; l < layerCount(); ++l) widest = std::max(widest, neuronCount(l));
  g.labelWidth = fm.horizontalAdvance(tr("Layer %1").arg(10)) + 8;
  const double avail = std::max(10.0, bottom - top);
  g.cell = std::clamp(std::min(avail / layers, (width() * 0.3 - g.labelWidth) / widest), 4.0, 56.0);
  const double heatWidth = kMargin + g.labelWidth + widest * g.cell;
  g.heat = QRectF(kMargin + g.labelWidth, top, widest * g.cell, layers * g.cell);
  const double kymoLeft = heatWidth + 24 + kymographLabelWidth(fm);
  g.kymo = QRectF(kymoLeft, top, std::max(10.0, width() - kymoLeft - 8),
                  std::max(10.0, bottom - top - fm.height() - 2));
  if (g.rtl) {  // the heatmap on the reading side; the time axis still runs left to right
    g.heat.moveRight(width() - kMargin - g.labelWidth);
    g.kymo.moveLeft(8 + kymographLabelWidth(fm));
  }
  return g;
}

void PlaygroundDeadView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  paint::absolute(p);
  p.fillRect(rect(), palette().window());
  const Geometry g = geometry();
  const QFontMetrics fm(font());
  QFont bold = font();
  bold.setBold(true);
  p.setFont(bold);
  p.setPen(palette().color(QPalette::WindowText));
  // The heatmap's title over the heatmap and its labels, from the reading side.
  // Each title keeps to its own part (elided, never cut off by the other).
  const QFontMetrics boldMetrics(bold);
  const double gap = fm.averageCharWidth();
  const double span =
      g.rtl ? width() - kMargin - g.kymo.right() - gap : g.kymo.left() - kMargin - gap;
  const double heatFrom = g.rtl ? width() - kMargin - span : kMargin;
  const auto title = [&](const QRectF& r, const QString& text) {
    p.drawText(r, Qt::AlignVCenter | paint::leading(this),
               boldMetrics.elidedText(text, Qt::ElideRight, static_cast<int>(r.width())));
  };
  title(QRectF(heatFrom, 0, span, fm.height() + 4), tr("Active fraction by unit"));
  title(QRectF(g.kymo.left(), 0, g.kymo.width(), fm.height() + 4),
        tr("Active fraction over time (kymograph)"));
  p.setFont(font());
  if (!frame_) return;
  drawHeatmap(p, g);
  drawKymograph(p, g);
  drawLegend(p, g);
}

void PlaygroundDeadView::drawHeatmap(QPainter& p, const Geometry& g) const {
  const QFontMetrics fm(font());
  const QLocale locale;
  for (int l = 0; l < layerCount(); ++l) {
    const double y = g.heat.top() + l * g.cell;
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF label = g.rtl ? QRectF(g.heat.right() + 4, y, g.labelWidth - 4, g.cell)
                               : QRectF(kMargin, y, g.labelWidth - 4, g.cell);
    p.drawText(label, Qt::AlignVCenter | paint::trailing(this), tr("Layer %1").arg(l + 1));
    for (int j = 0; j < neuronCount(l); ++j) {
      const double x = g.rtl ? g.heat.right() - (j + 1) * g.cell : g.heat.left() + j * g.cell;
      const QRectF cell(x + 1, y + 1, g.cell - 2, g.cell - 2);
      const core::NeuronStats& s = *frame_->neuron(l, j);
      const QColor colour = QColor::fromRgb(palette::activity(encodeActivity(s)));
      p.fillRect(cell, colour);
      const QColor ink = colour.lightness() > 140 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
      p.setPen(QPen(ink, 1.5));
      if (s.state == core::NeuronState::Dead) {
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF c = cell.adjusted(cell.width() * 0.25, cell.height() * 0.25,
                                       -cell.width() * 0.25, -cell.height() * 0.25);
        p.drawLine(c.topLeft(), c.bottomRight());
        p.drawLine(c.topRight(), c.bottomLeft());
        p.setRenderHint(QPainter::Antialiasing, false);
      } else if (g.cell >= 26 && s.state == core::NeuronState::Active) {
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.8);
        p.setFont(small);
        p.drawText(cell, Qt::AlignCenter, locale.toString(std::lround(s.activeFraction * 100)));
        p.setFont(font());
      }
    }
  }
  Q_UNUSED(fm);
}

void PlaygroundDeadView::drawKymograph(QPainter& p, const Geometry& g) const {
  const QFontMetrics fm(font());
  const HistoryColumns& c = frame_->columns;
  p.fillRect(g.kymo, palette::neutral());
  if (!kymograph_.isNull()) p.drawImage(g.kymo, kymograph_);  // nearest: each row a crisp band
  p.setPen(palette().color(QPalette::Mid));
  p.drawRect(g.kymo);
  const int units = c.hiddenUnits();
  if (units == 0) return;
  const double rowHeight = g.kymo.height() / units;
  p.setPen(palette().color(QPalette::WindowText));
  for (int l = 0; l < c.hiddenLayers(); ++l) {
    const int first = c.unitIndex(l, 0);
    const int count = l + 1 < c.hiddenLayers() ? c.unitIndex(l + 1, 0) - first : units - first;
    const double y0 = g.kymo.top() + first * rowHeight;
    if (l > 0) {
      p.setPen(QPen(Qt::white, 2));
      p.drawLine(QPointF(g.kymo.left(), y0), QPointF(g.kymo.right(), y0));
      p.setPen(palette().color(QPalette::WindowText));
    }
    const double labelWidth = kymographLabelWidth(fm);
    const double numberWidth = fm.horizontalAdvance(QStringLiteral("64")) + 4;
    const QRectF label(g.kymo.left() - labelWidth, y0, labelWidth - numberWidth - 2,
                       count * rowHeight);
    p.drawText(label, Qt::AlignVCenter | Qt::AlignRight, tr("L%1").arg(l + 1));
    if (rowHeight >= fm.height()) {  // unit numbers where they fit
      QFont small = font();
      small.setPointSizeF(font().pointSizeF() * 0.85);
      p.setFont(small);
      for (int j = 0; j < count; ++j)
        p.drawText(
            QRectF(g.kymo.left() - numberWidth - 2, y0 + j * rowHeight, numberWidth, rowHeight),
            Qt::AlignVCenter | Qt::AlignRight, QLocale().toString(j + 1));
      p.setFont(font());
    }
  }
  // Time axis: the first and last recorded steps, and one in the middle.
  const core::History* h = frame_->history.get();
  if (!h || h->size() == 0) return;
  const QLocale locale;
  const double y = g.kymo.bottom() + 2;
  const auto stepAt = [h](std::size_t r) { return h->row(r)[HistoryColumns::kStep]; };
  p.drawText(QRectF(g.kymo.left(), y, g.kymo.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
             tr("step %1").arg(locale.toString(static_cast<qlonglong>(stepAt(0)))));
  p.drawText(QRectF(g.kymo.left(), y, g.kymo.width(), fm.height()), Qt::AlignHCenter | Qt::AlignTop,
             tr("training time →"));
  p.drawText(QRectF(g.kymo.left(), y, g.kymo.width(), fm.height()), Qt::AlignRight | Qt::AlignTop,
             tr("step %1").arg(locale.toString(static_cast<qlonglong>(stepAt(h->size() - 1)))));
}

void PlaygroundDeadView::drawLegend(QPainter& p, const Geometry& g) const {
  const QFontMetrics fm(font());
  const double y = g.legendY;
  double x = g.rtl ? 8 : kMargin;
  const auto text = [&](const QString& s) {
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPointF(x, y + fm.ascent()), s);
    x += fm.horizontalAdvance(s) + 6;
  };
  text(tr("active on 0%"));
  QLinearGradient gradient(x, 0, x + 90, 0);
  for (int i = 0; i <= 4; ++i)
    gradient.setColorAt(i / 4.0, QColor::fromRgb(palette::activity(i / 4.0)));
  p.fillRect(QRectF(x, y + 2, 90, fm.height() - 4), gradient);
  x += 96;
  text(tr("100% of points"));
  x += 10;
  const auto swatch = [&](const QColor& colour, const QString& name) {
    p.fillRect(QRectF(x, y + 2, 12, fm.height() - 4), colour);
    x += 16;
    text(name);
    x += 8;
  };
  swatch(palette::dead(), tr("dead"));
  swatch(palette::inactive(), tr("inactive (leaky)"));
  swatch(palette::saturated(), tr("saturated"));
}

QString PlaygroundDeadView::cellToolTip(int layer, int neuron) const {
  const core::NeuronStats* s = frame_->neuron(layer, neuron);
  const QLocale locale;
  QString text = tr("<b>Layer %1, neuron %2</b>: %3, active on %4% of the probe points")
                     .arg(layer + 1)
                     .arg(neuron + 1)
                     .arg(PlaygroundText::stateName(s->state))
                     .arg(locale.toString(s->activeFraction * 100.0, 'f', 1));
  return text + QStringLiteral("<hr>") + PlaygroundText::activeDefinition() +
         QStringLiteral("<br>") + PlaygroundText::deadDefinition();
}

QString PlaygroundDeadView::kymographToolTip(QPointF pos, const Geometry& g) const {
  const core::History* h = frame_->history.get();
  const HistoryColumns& c = frame_->columns;
  if (!h || h->size() == 0 || c.hiddenUnits() == 0) return {};
  const int unit =
      std::clamp(static_cast<int>((pos.y() - g.kymo.top()) / g.kymo.height() * c.hiddenUnits()), 0,
                 c.hiddenUnits() - 1);
  const auto row = static_cast<std::size_t>(std::clamp(
      static_cast<int>((pos.x() - g.kymo.left()) / g.kymo.width() * static_cast<double>(h->size())),
      0, static_cast<int>(h->size()) - 1));
  int layer = 0;
  while (layer + 1 < c.hiddenLayers() && c.unitIndex(layer + 1, 0) <= unit) ++layer;
  const double code = h->row(row)[static_cast<std::size_t>(c.activity(unit))];
  const QLocale locale;
  const QString what =
      code == kActivityDead       ? tr("dead")
      : code == kActivityInactive ? tr("inactive")
      : code == kActivitySaturated
          ? tr("saturated")
          : tr("active on %1% of the probe points").arg(locale.toString(code * 100.0, 'f', 1));
  return tr("Layer %1, neuron %2 at step %3: %4")
      .arg(layer + 1)
      .arg(unit - c.unitIndex(layer, 0) + 1)
      .arg(locale.toString(static_cast<qlonglong>(h->row(row)[HistoryColumns::kStep])), what);
}

bool PlaygroundDeadView::event(QEvent* e) {
  if (e->type() != QEvent::ToolTip) return QWidget::event(e);
  auto* help = static_cast<QHelpEvent*>(e);
  const Geometry g = geometry();
  QString text;
  if (frame_ && g.kymo.contains(help->pos())) {
    text = kymographToolTip(help->pos(), g);
  } else if (frame_ && g.heat.contains(help->pos())) {
    const int l = static_cast<int>((help->pos().y() - g.heat.top()) / g.cell);
    const double dx = g.rtl ? g.heat.right() - help->pos().x() : help->pos().x() - g.heat.left();
    const int j = static_cast<int>(dx / g.cell);
    if (j < neuronCount(l)) text = cellToolTip(l, j);
  }
  if (text.isEmpty())
    text = tr("Rows are layers, cells are units, coloured by how often each unit is active. "
              "The kymograph beside it shows every unit over training time: a row turning black "
              "is a unit dying.") +
           QStringLiteral("<hr>") + PlaygroundText::deadDefinition();
  QToolTip::showText(help->globalPos(), text, this);
  return true;
}

}  // namespace relulab::ui
