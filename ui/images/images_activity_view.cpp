#include "ui/images/images_activity_view.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ui/common/palette.h"
#include "ui/common/playground_frame.h"
#include "ui/common/playground_text.h"
#include "ui/images/images_colour.h"

namespace relulab::ui {

ImagesActivityView::ImagesActivityView(QWidget* parent) : QWidget(parent) {
  setToolTip(PlaygroundText::activeDefinition() + QStringLiteral("\n\n") +
             PlaygroundText::deadDefinition());
}

void ImagesActivityView::setMeasurement(std::shared_ptr<const ImagesMeasurement> m) {
  if (m == m_) return;
  m_ = std::move(m);
  rebuild();
  update();
}

void ImagesActivityView::rebuild() {
  layers_.clear();
  kymographs_.clear();
  if (!m_ || !m_->series) return;
  const ImagesSeries& s = *m_->series;
  int offset = 0;
  for (std::size_t l = 0; l < s.layerUnits.size(); ++l) {
    const int units = s.layerUnits[l];
    if (units <= 0) continue;
    layers_.push_back(static_cast<int>(l));
    QImage image(std::max<int>(1, static_cast<int>(s.rows())), units, QImage::Format_RGB32);
    image.fill(palette().base().color());
    for (int u = 0; u < units; ++u) {
      auto* line = reinterpret_cast<QRgb*>(image.scanLine(u));
      for (std::size_t r = 0; r < s.rows(); ++r) {
        const auto at = static_cast<std::size_t>(offset + u);
        if (at < s.activity[r].size()) line[r] = palette::activity(s.activity[r][at]);
      }
    }
    kymographs_.push_back(std::move(image));
    offset += units;
  }
}

int ImagesActivityView::deadCells() const {
  if (!m_) return 0;
  int n = 0;
  for (const int l : layers_)
    for (const core::NeuronState s : m_->metrics.layers[static_cast<std::size_t>(l)].state)
      n += s == core::NeuronState::Dead ? 1 : 0;
  return n;
}

void ImagesActivityView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().base());
  p.setPen(palette().text().color());
  const QFontMetricsF fm(font());
  const bool rtl = layoutDirection() == Qt::RightToLeft;
  const QLocale locale;
  const double line = fm.height();
  // The legend along the bottom: the active-fraction scale and the states.
  const double legendTop = height() - line - 4;
  if (!m_ || layers_.empty()) {
    p.drawText(rect(), Qt::AlignCenter, tr("Unit activity appears once the network is measured."));
    return;
  }
  const int n = static_cast<int>(layers_.size());
  const double bandHeight = (legendTop - 4) / n;
  for (int i = 0; i < n; ++i) {
    const auto l = static_cast<std::size_t>(layers_[static_cast<std::size_t>(i)]);
    const core::ImageLayerStats& stats = m_->metrics.layers[l];
    const QRectF band(4, 4 + i * bandHeight, width() - 8, bandHeight - 6);
    const QString kind = stats.kind == core::ImageLayerKind::Conv ? tr("conv") : tr("dense");
    const QString title = tr("Layer %1 (%2, %3): %4 dead, %5 inactive")
                              .arg(locale.toString(static_cast<int>(l) + 1), kind,
                                   PlaygroundText::activationName(stats.activation.kind),
                                   locale.toString(stats.dead), locale.toString(stats.inactive));
    p.setPen(palette().text().color());
    p.drawText(QRectF(band.left(), band.top(), band.width(), line),
               (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
               fm.elidedText(title, Qt::ElideRight, band.width()));
    const QRectF body(band.left(), band.top() + line + 2, band.width(), band.height() - line - 2);
    if (body.height() < 4) continue;
    // Heatmap: the units now, in a block of square cells a third of the width.
    const int units = stats.units;
    const double heatWidth = std::min(body.width() / 3, body.height() * 4);
    int columns = 1;
    double cell = 0;
    for (int c = 1; c <= units; ++c) {
      const int rows = (units + c - 1) / c;
      const double side = std::min(heatWidth / c, body.height() / rows);
      if (side > cell) {
        cell = side;
        columns = c;
      }
    }
    const double heatLeft = rtl ? body.right() - columns * cell : body.left();
    for (int j = 0; j < units; ++j) {
      const QRectF r(heatLeft + (j % columns) * cell, body.top() + (j / columns) * cell, cell,
                     cell);
      const double code = images::activityCode(stats, j);
      p.fillRect(r.adjusted(0, 0, cell > 4 ? -1 : 0, cell > 4 ? -1 : 0), palette::activity(code));
      if (code == kActivityDead && cell >= 5) {
        p.setPen(QPen(Qt::white, 1));
        p.drawLine(r.topLeft() + QPointF(1, 1), r.bottomRight() - QPointF(2, 2));
        p.drawLine(r.topRight() + QPointF(-2, 1), r.bottomLeft() + QPointF(1, -2));
      }
    }
    // Kymograph: time runs left to right in every language.
    const double gap = 12;
    const QRectF kymo =
        rtl ? QRectF(body.left(), body.top(), body.width() - columns * cell - gap, body.height())
            : QRectF(heatLeft + columns * cell + gap, body.top(),
                     body.right() - heatLeft - columns * cell - gap, body.height());
    if (kymo.width() > 8) {
      p.drawImage(kymo, kymographs_[static_cast<std::size_t>(i)]);
      p.setPen(palette().mid().color());
      p.drawRect(kymo);
    }
  }
  // Legend.
  double x = 4;
  const auto swatch = [&](QColor colour, const QString& text) {
    const double w = fm.horizontalAdvance(text) + line + 10;
    if (x + w > width()) return;
    const double left = rtl ? width() - x - w : x;
    p.fillRect(QRectF(rtl ? left + w - line : left, legendTop + 2, line - 4, line - 4), colour);
    p.setPen(palette().text().color());
    p.drawText(QRectF(rtl ? left : left + line, legendTop, w - line, line),
               (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
    x += w + 6;
  };
  swatch(QColor::fromRgb(palette::activity(0.05)), tr("rarely live"));
  swatch(QColor::fromRgb(palette::activity(1.0)), tr("always live"));
  swatch(palette::dead(), tr("dead"));
  swatch(palette::inactive(), tr("inactive"));
  swatch(palette::saturated(), tr("saturated"));
  const QString kymograph = tr("kymograph: a row per unit, training time →");
  if (x + fm.horizontalAdvance(kymograph) < width()) {
    p.setPen(palette().text().color());
    p.drawText(QRectF(rtl ? 4 : x, legendTop, width() - x - 4, line),
               (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, kymograph);
  }
}

}  // namespace relulab::ui
