#include "ui/images/images_class_view.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "ui/common/palette.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

ImagesClassView::ImagesClassView(QWidget* parent) : QWidget(parent) {
  setToolTip(
      tr("Mean activation of each unit (columns) over the probe images of each class "
         "(rows), each unit on its own scale: a dark cell is the class the unit answers "
         "most."));
}

void ImagesClassView::setMeasurement(std::shared_ptr<const ImagesMeasurement> m,
                                     const std::vector<QString>& classNames) {
  if (m == m_ && classNames == names_) return;
  m_ = std::move(m);
  names_ = classNames;
  sortUnits();
  update();
}

void ImagesClassView::setGrouped(bool grouped) {
  grouped_ = grouped;
  sortUnits();
  update();
}

int ImagesClassView::units() const {
  return m_ && !m_->classMeans.empty() ? m_->classUnits : 0;
}

int ImagesClassView::classes() const {
  return units() > 0 ? m_->classes : 0;
}

float ImagesClassView::mean(int c, int u) const {
  if (c < 0 || u < 0 || c >= classes() || u >= units()) return 0.0f;
  return m_->classMeans[static_cast<std::size_t>(c) * static_cast<std::size_t>(units()) +
                        static_cast<std::size_t>(u)];
}

bool ImagesClassView::silent(int u) const {
  for (int c = 0; c < classes(); ++c)
    if (mean(c, u) != 0.0f) return false;
  return true;
}

void ImagesClassView::sortUnits() {
  order_.resize(static_cast<std::size_t>(units()));
  std::iota(order_.begin(), order_.end(), 0);
  if (!grouped_) return;
  // Preferred class (silent units last), then how selective: largest share first.
  const auto key = [this](int u) {
    int best = 0;
    float sum = 0;
    for (int c = 0; c < classes(); ++c) {
      sum += std::abs(mean(c, u));
      if (std::abs(mean(c, u)) > std::abs(mean(best, u))) best = c;
    }
    const double share = sum > 0 ? std::abs(mean(best, u)) / sum : 0.0;
    return std::pair{silent(u) ? classes() : best, -share};
  };
  std::vector<std::pair<int, double>> keys;
  for (int u = 0; u < units(); ++u) keys.push_back(key(u));
  std::stable_sort(order_.begin(), order_.end(), [&keys](int a, int b) {
    return keys[static_cast<std::size_t>(a)] < keys[static_cast<std::size_t>(b)];
  });
}

void ImagesClassView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().base());
  p.setPen(palette().text().color());
  const QFontMetricsF fm(font());
  const double line = fm.height();
  const QLocale locale;
  if (units() == 0) {
    p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
               tr("Choose a layer with units (a convolution or a dense layer)."));
    return;
  }
  const core::ImageLayerStats* stats =
      static_cast<std::size_t>(m_->classLayer) < m_->metrics.layers.size()
          ? &m_->metrics.layers[static_cast<std::size_t>(m_->classLayer)]
          : nullptr;
  int silentUnits = 0;
  for (int u = 0; u < units(); ++u) silentUnits += silent(u) ? 1 : 0;
  const QString title =
      tr("Layer %1 (%2): mean activation per class and unit; %3 units silent for every class")
          .arg(locale.toString(m_->classLayer + 1),
               stats ? PlaygroundText::activationName(stats->activation.kind) : QString(),
               locale.toString(silentUnits));
  p.drawText(QRectF(4, 2, width() - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(title, Qt::ElideRight, width() - 8));
  double labels = 0;
  for (int c = 0; c < classes(); ++c)
    labels = std::max(labels, fm.horizontalAdvance(c < static_cast<int>(names_.size())
                                                       ? names_[static_cast<std::size_t>(c)]
                                                       : locale.toString(c)));
  labels += 8;
  const bool rtl = layoutDirection() == Qt::RightToLeft;
  const QRectF cells(rtl ? 4 : labels, line + 8, width() - labels - 8, height() - 3 * line - 20);
  const double cw = cells.width() / units(), ch = cells.height() / classes();
  // Each unit on its own scale: its largest |mean| over the classes.
  std::vector<float> scale(static_cast<std::size_t>(units()), 0.0f);
  for (int u = 0; u < units(); ++u)
    for (int c = 0; c < classes(); ++c)
      scale[static_cast<std::size_t>(u)] =
          std::max(scale[static_cast<std::size_t>(u)], std::abs(mean(c, u)));
  const QColor pale = palette::neutral(), full(0x08, 0x30, 0x6b);
  for (int i = 0; i < units(); ++i) {
    const int u = order_[static_cast<std::size_t>(i)];
    const double x = rtl ? cells.right() - (i + 1) * cw : cells.left() + i * cw;
    for (int c = 0; c < classes(); ++c) {
      QColor fill = palette::dead();
      if (!silent(u)) {
        const double t = std::clamp(
            static_cast<double>(mean(c, u)) / scale[static_cast<std::size_t>(u)], -1.0, 1.0);
        fill = t < 0 ? QColor::fromRgb(palette::diverging(t))
                     : QColor(int(pale.red() + (full.red() - pale.red()) * t),
                              int(pale.green() + (full.green() - pale.green()) * t),
                              int(pale.blue() + (full.blue() - pale.blue()) * t));
      }
      p.fillRect(QRectF(x, cells.top() + c * ch, std::max(1.0, cw - (cw > 4 ? 1 : 0)),
                        ch - (ch > 6 ? 1 : 0)),
                 fill);
    }
  }
  p.setPen(palette().text().color());
  for (int c = 0; c < classes(); ++c) {
    const QString name = c < static_cast<int>(names_.size()) ? names_[static_cast<std::size_t>(c)]
                                                             : locale.toString(c);
    const QRectF r = rtl ? QRectF(cells.right() + 4, cells.top() + c * ch, labels - 8, ch)
                         : QRectF(0, cells.top() + c * ch, labels - 4, ch);
    p.drawText(r, (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, name);
  }
  const QString axis =
      grouped_
          ? tr("units (%1), grouped by the class they answer most →").arg(locale.toString(units()))
          : tr("units (%1) in their order →").arg(locale.toString(units()));
  p.drawText(QRectF(cells.left(), cells.bottom() + 2, cells.width(), line),
             (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
             fm.elidedText(axis, Qt::ElideRight, cells.width()));
  // Legend.
  const double y = height() - line - 4;
  const QString lo = tr("0"), hi = tr("the unit's largest mean"),
                none = tr("silent (0 for every class)");
  double x = cells.left();
  p.drawText(QRectF(x, y, fm.horizontalAdvance(lo) + 2, line), Qt::AlignVCenter, lo);
  x += fm.horizontalAdvance(lo) + 6;
  QLinearGradient g(x, 0, x + 100, 0);
  g.setColorAt(0, pale);
  g.setColorAt(1, full);
  p.fillRect(QRectF(x, y + 2, 100, line - 4), g);
  x += 106;
  p.drawText(QRectF(x, y, fm.horizontalAdvance(hi) + 2, line), Qt::AlignVCenter, hi);
  x += fm.horizontalAdvance(hi) + 16;
  p.fillRect(QRectF(x, y + 2, line - 4, line - 4), palette::dead());
  x += line;
  p.drawText(QRectF(x, y, fm.horizontalAdvance(none) + 2, line), Qt::AlignVCenter, none);
}

}  // namespace relulab::ui
