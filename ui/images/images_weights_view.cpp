#include "ui/images/images_weights_view.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <cmath>

#include "ui/common/palette.h"

namespace relulab::ui {

ImagesWeightsView::ImagesWeightsView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
}

void ImagesWeightsView::setMeasurement(std::shared_ptr<const ImagesMeasurement> m) {
  if (m == m_) return;
  m_ = std::move(m);
  update();
}

int ImagesWeightsView::tileCount() const {
  return m_ ? static_cast<int>(m_->tiles.size()) : 0;
}

bool ImagesWeightsView::dead(int unit) const {
  if (!m_ || m_->metrics.layers.empty()) return false;
  const auto& state = m_->metrics.layers.front().state;
  const auto u = static_cast<std::size_t>(unit);
  return u < state.size() && state[u] == core::NeuronState::Dead;
}

int ImagesWeightsView::crossedOut() const {
  int n = 0;
  for (int j = 0; j < tileCount(); ++j) n += dead(j) ? 1 : 0;
  return n;
}

ImagesWeightsView::Geometry ImagesWeightsView::geometry() const {
  Geometry g;
  const QFontMetricsF fm(font());
  g.area = QRectF(4, 2 * fm.height() + 8, width() - 8, height() - 3 * fm.height() - 14);
  const int n = tileCount();
  if (n == 0 || g.area.width() <= 0 || g.area.height() <= 0) return g;
  // The largest square tiles that fit n in the area.
  for (int columns = 1; columns <= n; ++columns) {
    const int rows = (n + columns - 1) / columns;
    const double tile = std::min(g.area.width() / columns, g.area.height() / rows);
    if (tile > g.tile) {
      g.tile = tile;
      g.columns = columns;
    }
  }
  return g;
}

void ImagesWeightsView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().base());
  p.setPen(palette().text().color());
  const QFontMetricsF fm(font());
  const bool conv = m_ && m_->tileKind == core::ImageLayerKind::Conv;
  const QLocale locale;
  const QString title =
      conv ? tr("First layer's kernels: one per feature map (%1)").arg(locale.toString(tileCount()))
           : tr("First layer's weights: each unit's pattern over the image (%1 units)")
                 .arg(locale.toString(tileCount()));
  const QString note = tr("Blue: a bright pixel raises the unit's input; orange: lowers it. "
                          "Crossed out: dead (%1).")
                           .arg(locale.toString(crossedOut()));
  p.drawText(QRectF(4, 2, width() - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(title, Qt::ElideRight, width() - 8));
  p.drawText(QRectF(4, 4 + fm.height(), width() - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(note, Qt::ElideRight, width() - 8));
  const Geometry g = geometry();
  if (g.tile <= 0) return;
  const double gap = g.tile >= 12 ? 2 : 0;
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);
  for (int j = 0; j < tileCount(); ++j) {
    const QRectF r(g.area.left() + (j % g.columns) * g.tile,
                   g.area.top() + (j / g.columns) * g.tile, g.tile - gap, g.tile - gap);
    p.drawImage(r, m_->tiles[static_cast<std::size_t>(j)]);
    if (dead(j)) {
      p.fillRect(r, QColor(0, 0, 0, 90));
      p.setPen(QPen(palette::dead(), std::max(1.5, g.tile / 12)));
      p.drawLine(r.topLeft(), r.bottomRight());
      p.drawLine(r.topRight(), r.bottomLeft());
    }
  }
}

bool ImagesWeightsView::event(QEvent* e) {
  if (e->type() == QEvent::ToolTip && tileCount() > 0) {
    auto* help = static_cast<QHelpEvent*>(e);
    const Geometry g = geometry();
    if (g.tile > 0 && g.area.contains(help->pos())) {
      const int column = static_cast<int>((help->pos().x() - g.area.left()) / g.tile);
      const int row = static_cast<int>((help->pos().y() - g.area.top()) / g.tile);
      const int j = row * g.columns + column;
      if (column < g.columns && j < tileCount()) {
        const auto& layer = m_->metrics.layers.front();
        const double active = static_cast<std::size_t>(j) < layer.active.size()
                                  ? layer.active[static_cast<std::size_t>(j)]
                                  : 0.0;
        QString text = tr("Unit %1: live on %2 % of the probe images")
                           .arg(QLocale().toString(j + 1))
                           .arg(QLocale().toString(active * 100.0, 'f', 1));
        if (dead(j))
          text += QLatin1Char('\n') +
                  tr("Dead: its input is ≤ 0 on every probe image, so no gradient reaches its "
                     "weights.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
      }
    }
  }
  return QWidget::event(e);
}

}  // namespace relulab::ui
