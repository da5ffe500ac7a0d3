#include "ui/images/images_sample_grid.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace relulab::ui {

namespace {

QColor wrongColour() {
  return QColor(0xb0, 0x00, 0x20);  // the warning red (message_look.h)
}

}  // namespace

ImagesSampleGrid::ImagesSampleGrid(QWidget* parent) : QWidget(parent) {
  setToolTip(
      tr("The first test images and what the network answers; a red frame marks a "
         "mistake. Click an image to see its feature maps."));
  setCursor(Qt::PointingHandCursor);
}

void ImagesSampleGrid::setMeasurement(std::shared_ptr<const ImagesMeasurement> m,
                                      const std::vector<QString>& classNames) {
  if (m == m_ && classNames == names_) return;
  m_ = std::move(m);
  names_ = classNames;
  update();
}

int ImagesSampleGrid::sampleCount() const {
  return m_ ? static_cast<int>(std::min(m_->sampleImages.size(), m_->samplePredicted.size())) : 0;
}

int ImagesSampleGrid::mistakes() const {
  int n = 0;
  for (int i = 0; i < sampleCount(); ++i)
    n += m_->sampleLabel[static_cast<std::size_t>(i)] !=
                 m_->samplePredicted[static_cast<std::size_t>(i)]
             ? 1
             : 0;
  return n;
}

QString ImagesSampleGrid::name(int c) const {
  return c >= 0 && c < static_cast<int>(names_.size()) ? names_[static_cast<std::size_t>(c)]
                                                       : QLocale().toString(c);
}

ImagesSampleGrid::Geometry ImagesSampleGrid::geometry() const {
  Geometry g;
  const int n = sampleCount();
  if (n == 0) return g;
  const QFontMetricsF fm(font());
  const double text = 2 * fm.height() + 4;
  const double top = fm.height() + 6;
  // The layout with the largest images: columns × rows cells, each an image
  // and two lines of text.
  double best = 0;
  for (int columns = 1; columns <= n; ++columns) {
    const int rows = (n + columns - 1) / columns;
    const double w = (width() - 8.0) / columns;
    const double h = (height() - top - 4.0) / rows;
    const double image = std::min(w - 6, h - text - 6);
    if (image > best) {
      best = image;
      g.columns = columns;
      g.cellWidth = w;
      g.cellHeight = h;
    }
  }
  g.image = std::max(8.0, best);
  return g;
}

QRect ImagesSampleGrid::sampleRect(int i) const {
  const Geometry g = geometry();
  const QFontMetricsF fm(font());
  const bool rtl = layoutDirection() == Qt::RightToLeft;
  int column = i % g.columns;
  if (rtl) column = g.columns - 1 - column;
  const double x = 4 + column * g.cellWidth, y = fm.height() + 6 + (i / g.columns) * g.cellHeight;
  return QRectF(x, y, g.cellWidth, g.cellHeight).toAlignedRect();
}

void ImagesSampleGrid::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().base());
  p.setPen(palette().text().color());
  const QFontMetricsF fm(font());
  const QLocale locale;
  const int n = sampleCount();
  const QString title = tr("The first %1 test images: %2 mistakes (red)")
                            .arg(locale.toString(n), locale.toString(mistakes()));
  p.drawText(QRectF(4, 2, width() - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(title, Qt::ElideRight, width() - 8));
  if (n == 0) return;
  const Geometry g = geometry();
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);
  for (int i = 0; i < n; ++i) {
    const QRectF cell = sampleRect(i);
    const auto at = static_cast<std::size_t>(i);
    const int label = m_->sampleLabel[at], predicted = m_->samplePredicted[at];
    const bool wrong = label != predicted;
    const QRectF image(cell.center().x() - g.image / 2, cell.top() + 3, g.image, g.image);
    p.drawImage(image, m_->sampleImages[at]);
    if (wrong) {
      p.setPen(QPen(wrongColour(), 3));
      p.drawRect(image.adjusted(-1.5, -1.5, 1.5, 1.5));
    }
    if (m_->sampleIndex[at] == m_->inspection.index) {
      p.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
      p.drawRect(image.adjusted(-4, -4, 4, 4));
    }
    const QRectF first(cell.left(), image.bottom() + 3, cell.width(), fm.height());
    const QRectF second(cell.left(), first.bottom(), cell.width(), fm.height());
    p.setPen(wrong ? wrongColour() : palette().text().color());
    p.drawText(first, Qt::AlignCenter,
               fm.elidedText(name(predicted), Qt::ElideRight, cell.width()));
    if (wrong) {
      p.setPen(palette().text().color());
      p.drawText(second, Qt::AlignCenter,
                 fm.elidedText(tr("is %1").arg(name(label)), Qt::ElideRight, cell.width()));
    }
  }
}

void ImagesSampleGrid::mousePressEvent(QMouseEvent* event) {
  for (int i = 0; i < sampleCount(); ++i)
    if (sampleRect(i).contains(event->position().toPoint())) {
      emit imageChosen(m_->sampleIndex[static_cast<std::size_t>(i)]);
      return;
    }
  QWidget::mousePressEvent(event);
}

}  // namespace relulab::ui
