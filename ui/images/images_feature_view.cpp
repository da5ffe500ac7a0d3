#include "ui/images/images_feature_view.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <algorithm>

#include "ui/common/palette.h"
#include "ui/common/playground_text.h"
#include "ui/images/images_colour.h"

namespace relulab::ui {

ImagesFeatureView::ImagesFeatureView(QWidget* parent) : QWidget(parent) {
  setToolTip(
      tr("Each feature map of the chosen test image before the activation (upper row) "
         "and after it (lower row). Dark slate: exactly 0, what ReLU makes of every "
         "negative value."));
}

void ImagesFeatureView::setMeasurement(std::shared_ptr<const ImagesMeasurement> m,
                                       const std::vector<QString>& classNames) {
  if (m == m_ && classNames == names_) return;
  m_ = std::move(m);
  names_ = classNames;
  update();
}

int ImagesFeatureView::mapCount() const {
  if (!m_) return 0;
  int n = 0;
  for (const auto& layer : m_->maps) n += static_cast<int>(layer.size());
  return n;
}

double ImagesFeatureView::zeroShare() const {
  if (!m_) return 0.0;
  double zeros = 0, all = 0;
  for (const auto& layer : m_->maps)
    for (const ImagesFeatureMap& map : layer) {
      zeros += map.zeros;
      all += map.size;
    }
  return all > 0 ? zeros / all : 0.0;
}

void ImagesFeatureView::drawHeader(QPainter& p, const QRectF& area) const {
  const QLocale locale;
  const auto name = [this, &locale](int c) {
    return c >= 0 && c < static_cast<int>(names_.size()) ? names_[static_cast<std::size_t>(c)]
                                                         : locale.toString(c);
  };
  const core::ImageInspection& in = m_->inspection;
  const double side = area.height();
  const bool rtl = layoutDirection() == Qt::RightToLeft;
  const QRectF image(rtl ? area.right() - side : area.left(), area.top(), side, side);
  p.drawImage(image, m_->inspected);
  const QRectF text = rtl ? QRectF(area.left(), area.top(), area.width() - side - 8, side)
                          : QRectF(image.right() + 8, area.top(), area.width() - side - 8, side);
  const bool right = in.label == in.predicted;
  const double confidence = static_cast<std::size_t>(in.predicted) < in.probabilities.size()
                                ? in.probabilities[static_cast<std::size_t>(in.predicted)]
                                : 0.0;
  const QString lines =
      tr("Test image %1: %2").arg(locale.toString(in.index + 1), name(in.label)) +
      QLatin1Char('\n') +
      (right ? tr("Predicted: %1 (%2 %), right") : tr("Predicted: %1 (%2 %), wrong"))
          .arg(name(in.predicted), locale.toString(confidence * 100.0, 'f', 0)) +
      QLatin1Char('\n') +
      tr("%1 % of the feature-map positions are exactly 0 after the activation")
          .arg(locale.toString(zeroShare() * 100.0, 'f', 0));
  p.setPen(palette().text().color());
  p.drawText(text, (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, lines);
}

void ImagesFeatureView::drawLegend(QPainter& p, double y) const {
  const QFontMetricsF fm(font());
  const bool rtl = layoutDirection() == Qt::RightToLeft;
  const double line = fm.height();
  const double barWidth = 120;
  const QString lo = tr("negative"), hi = tr("positive"), zero = tr("exactly 0");
  const double total = fm.horizontalAdvance(lo) + barWidth + fm.horizontalAdvance(hi) + line +
                       fm.horizontalAdvance(zero) + 40;
  double x = rtl ? width() - 4 - total : 4;
  p.setPen(palette().text().color());
  // The scale runs from negative to positive left to right in every language.
  p.drawText(QRectF(x, y, fm.horizontalAdvance(lo) + 2, line), Qt::AlignVCenter, lo);
  x += fm.horizontalAdvance(lo) + 6;
  QLinearGradient g(x, 0, x + barWidth, 0);
  g.setColorAt(0, QColor::fromRgb(palette::diverging(-1)));
  g.setColorAt(0.5, QColor::fromRgb(palette::diverging(0)));
  g.setColorAt(1, QColor::fromRgb(palette::diverging(1)));
  p.fillRect(QRectF(x, y + 2, barWidth, line - 4), g);
  x += barWidth + 6;
  p.drawText(QRectF(x, y, fm.horizontalAdvance(hi) + 2, line), Qt::AlignVCenter, hi);
  x += fm.horizontalAdvance(hi) + 16;
  p.fillRect(QRectF(x, y + 2, line - 4, line - 4), images::exactZero());
  x += line;
  p.drawText(QRectF(x, y, fm.horizontalAdvance(zero) + 2, line), Qt::AlignVCenter, zero);
}

void ImagesFeatureView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().base());
  p.setPen(palette().text().color());
  if (!m_ || m_->inspected.isNull()) {
    p.drawText(rect(), Qt::AlignCenter, tr("The chosen test image appears once data are loaded."));
    return;
  }
  const QFontMetricsF fm(font());
  const double line = fm.height();
  const double headerHeight = std::clamp(height() * 0.22, 3 * line + 4, 112.0);
  drawHeader(p, QRectF(4, 4, width() - 8, headerHeight));
  drawLegend(p, height() - line - 4);
  const QRectF area(4, headerHeight + 12, width() - 8, height() - headerHeight - line - 24);
  std::vector<std::size_t> conv;
  for (std::size_t l = 0; l < m_->maps.size(); ++l)
    if (!m_->maps[l].empty()) conv.push_back(l);
  if (conv.empty()) {
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
               tr("This network has no convolutional layer, so there are no feature maps. "
                  "Choose the preset “Fashion CNN” to see them."));
    return;
  }
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);
  const QLocale locale;
  const bool rtl = layoutDirection() == Qt::RightToLeft;
  const bool kernels = m_->tileKind == core::ImageLayerKind::Conv && !m_->tiles.empty();
  // Per Conv layer a band: a title line, then kernels (first layer), pre and post rows.
  double weight = 0;
  for (const std::size_t l : conv) weight += l == conv.front() && kernels ? 2.6 : 2.0;
  const double unitHeight = (area.height() - conv.size() * (line + 6)) / weight;
  double y = area.top();
  for (const std::size_t l : conv) {
    const std::vector<ImagesFeatureMap>& maps = m_->maps[l];
    const bool withKernels = l == conv.front() && kernels;
    const int n = static_cast<int>(maps.size());
    const QString title =
        tr("Layer %1: %2 feature maps, before (upper row) and after (lower row) %3")
            .arg(locale.toString(static_cast<int>(l) + 1), locale.toString(n),
                 PlaygroundText::activationName(m_->metrics.layers.size() > l
                                                    ? m_->metrics.layers[l].activation.kind
                                                    : core::ActivationKind::Relu));
    p.setPen(palette().text().color());
    p.drawText(QRectF(area.left(), y, area.width(), line),
               (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
               fm.elidedText(title, Qt::ElideRight, area.width()));
    y += line + 4;
    const double side = std::max(4.0, std::min(area.width() / n - 3, unitHeight - 3));
    // Maps run from the reading side.
    const auto left = [&](int j) {
      const double x = area.left() + j * (side + 3);
      return rtl ? area.right() - (x - area.left()) - side : x;
    };
    if (withKernels) {
      const double k = side * 0.6;
      for (int j = 0; j < n && j < static_cast<int>(m_->tiles.size()); ++j)
        p.drawImage(QRectF(left(j) + (side - k) / 2, y, k, k),
                    m_->tiles[static_cast<std::size_t>(j)]);
      y += k + 3;
    }
    for (int j = 0; j < n; ++j) {
      p.drawImage(QRectF(left(j), y, side, side), maps[static_cast<std::size_t>(j)].pre);
      p.drawImage(QRectF(left(j), y + side + 3, side, side),
                  maps[static_cast<std::size_t>(j)].post);
    }
    y += 2 * (side + 3) + 2;
  }
}

}  // namespace relulab::ui
