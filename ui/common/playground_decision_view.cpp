#include "ui/common/playground_decision_view.h"

#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

#include "ui/common/palette.h"

namespace relulab::ui {

namespace {

constexpr double kLo = -6.0, kHi = 6.0;  // the data's square (core/training/dataset.h)

}  // namespace

PlaygroundDecisionView::PlaygroundDecisionView(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setCursor(Qt::CrossCursor);
  setToolTip(
      tr("The network's output over the input plane: blue for +1, orange for −1, pale "
         "near 0. Filled dots are training points, dots with a dark ring are test points. "
         "Click to add a training point: the left button adds the class chosen under "
         "Data, the right button the other class."));
}

void PlaygroundDecisionView::setFrame(const FramePtr& frame) {
  frame_ = frame;
  update();
}

// The legend's two parts: the colour ramp ("−1 ▬ +1") and the dots ("• train
// ● test"), side by side where the widget is wide enough, else one under the
// other (a narrow Compare column): never cut off at the edge.
double PlaygroundDecisionView::legendRampWidth() const {
  const QFontMetrics fm(font());
  return fm.horizontalAdvance(QLocale().toString(-1)) + 4 + 74 + fm.horizontalAdvance(tr("+1"));
}

double PlaygroundDecisionView::legendDotsWidth() const {
  const QFontMetrics fm(font());
  return 11 + fm.horizontalAdvance(tr("train")) + 12 + 11 + fm.horizontalAdvance(tr("test"));
}

bool PlaygroundDecisionView::legendWrapsAt(int width) const {
  return legendRampWidth() + 14 + legendDotsWidth() > width - 8;
}

bool PlaygroundDecisionView::legendWraps() const {
  return legendWrapsAt(width());
}

// Room left of the plot for the x₂ title and the tick labels.
int PlaygroundDecisionView::leftMargin() const {
  const QFontMetrics fm(font());
  return fm.height() + fm.horizontalAdvance(QStringLiteral("−6")) + 8;
}

// Room under the plot at a widget width: ticks, the axis title, the legend.
int PlaygroundDecisionView::bottomMargin(int width) const {
  return fontMetrics().height() * (legendWrapsAt(width) ? 4 : 3) + 10;
}

QSize PlaygroundDecisionView::sizeForPlot(int side) const {
  const int width = std::max(leftMargin() + side + 8, static_cast<int>(legendRampWidth()) + 8);
  return {width, side + 6 + bottomMargin(width)};
}

QRectF PlaygroundDecisionView::plotRect() const {
  const double left = leftMargin();
  const double bottom = bottomMargin(width());
  const double side = std::max(10.0, std::min(width() - left - 8, height() - bottom - 6));
  return QRectF(left + (width() - left - 8 - side) / 2, 6, side, side);
}

QPointF PlaygroundDecisionView::toData(QPointF w) const {
  const QRectF r = plotRect();
  return {kLo + (w.x() - r.left()) / r.width() * (kHi - kLo),
          kHi - (w.y() - r.top()) / r.height() * (kHi - kLo)};
}

QPointF PlaygroundDecisionView::toWidget(double x1, double x2) const {
  const QRectF r = plotRect();
  return {r.left() + (x1 - kLo) / (kHi - kLo) * r.width(),
          r.top() + (kHi - x2) / (kHi - kLo) * r.height()};
}

void PlaygroundDecisionView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  paint::absolute(p);
  const QRectF r = plotRect();
  if (frame_ && !frame_->decision.isNull()) {
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(r, frame_->decision);
  } else {
    p.fillRect(r, palette::neutral());
  }
  p.drawImage(QPointF(0, 0), overlay());
}

const QImage& PlaygroundDecisionView::overlay() {
  const core::Dataset* data = frame_ ? frame_->data.get() : nullptr;
  const bool regression = frame_ && !frame_->classification();
  const qreal dpr = devicePixelRatioF();
  const QSize pixels = (QSizeF(size()) * dpr).toSize();
  if (overlay_.size() == pixels && overlayData_ == data && overlayRegression_ == regression &&
      !overlay_.isNull())
    return overlay_;
  overlay_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
  overlay_.setDevicePixelRatio(dpr);
  overlay_.fill(palette().color(QPalette::Window));
  QPainter p(&overlay_);
  p.setFont(font());  // a painter on an image starts with the application's font, not ours
  paint::absolute(p);
  const QRectF r = plotRect();
  p.setCompositionMode(QPainter::CompositionMode_Source);
  p.fillRect(r, Qt::transparent);  // the heatmap shows through here
  p.setCompositionMode(QPainter::CompositionMode_SourceOver);
  drawPoints(p);
  drawAxes(p, r);
  drawLegend(p, r);
  overlayKeep_ = frame_ ? frame_->data : nullptr;
  overlayData_ = data;
  overlayRegression_ = regression;
  return overlay_;
}

void PlaygroundDecisionView::drawPoints(QPainter& p) const {
  if (!frame_ || !frame_->data) return;
  p.setRenderHint(QPainter::Antialiasing);
  p.setClipRect(plotRect());
  const bool regression = !frame_->classification();
  const auto fill = [regression](double label) {
    return regression ? QColor::fromRgb(palette::diverging(label))
                      : (label > 0 ? palette::positive() : palette::negative());
  };
  p.setPen(QPen(Qt::white, 1.0));
  for (const core::Point& pt : frame_->data->train) {
    p.setBrush(fill(pt.label));
    p.drawEllipse(toWidget(pt.x1, pt.x2), 3.2, 3.2);
  }
  p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2));
  for (const core::Point& pt : frame_->data->test) {
    p.setBrush(fill(pt.label));
    p.drawEllipse(toWidget(pt.x1, pt.x2), 3.2, 3.2);
  }
  p.setClipping(false);
  p.setRenderHint(QPainter::Antialiasing, false);
}

void PlaygroundDecisionView::drawAxes(QPainter& p, const QRectF& r) const {
  const QFontMetrics fm(font());
  const QColor text = palette().color(QPalette::WindowText);
  p.setPen(QPen(palette().color(QPalette::Mid), 0));
  p.setBrush(Qt::NoBrush);
  p.drawRect(r);
  p.setPen(text);
  const QLocale locale;
  for (int v = -6; v <= 6; v += 3) {
    const QPointF at = toWidget(v, v);
    const QString label = locale.toString(v);
    p.drawLine(QPointF(at.x(), r.bottom()), QPointF(at.x(), r.bottom() + 3));
    p.drawText(QRectF(at.x() - 20, r.bottom() + 3, 40, fm.height()), Qt::AlignCenter, label);
    p.drawLine(QPointF(r.left() - 3, at.y()), QPointF(r.left(), at.y()));
    p.drawText(QRectF(0, at.y() - fm.height() / 2.0, r.left() - 5, fm.height()),
               Qt::AlignVCenter | Qt::AlignRight, label);
  }
  p.drawText(QRectF(r.left(), r.bottom() + fm.height() + 2, r.width(), fm.height()),
             Qt::AlignCenter, tr("x₁"));
  p.save();
  p.translate(r.left() - fm.horizontalAdvance(QStringLiteral("−6")) - 8 - fm.height(),
              r.center().y());
  p.rotate(-90);
  p.drawText(QRectF(-40, 0, 80, fm.height()), Qt::AlignCenter, tr("x₂"));
  p.restore();
}

void PlaygroundDecisionView::drawLegend(QPainter& p, const QRectF& r) const {
  const QFontMetrics fm(font());
  const bool wraps = legendWraps();
  double y = r.bottom() + fm.height() * 2 + 6;
  const double widest = wraps ? std::max(legendRampWidth(), legendDotsWidth())
                              : legendRampWidth() + 14 + legendDotsWidth();
  // From the plot's left edge where the legend fits so, else further left.
  const double start = std::max(4.0, std::min(r.left(), width() - 4 - widest));
  const QString minus = QLocale().toString(-1), plus = tr("+1");
  double x = start;
  p.setPen(palette().color(QPalette::WindowText));
  p.drawText(QPointF(x, y + fm.ascent()), minus);
  x += fm.horizontalAdvance(minus) + 4;
  QLinearGradient g(x, 0, x + 70, 0);
  g.setColorAt(0, palette::negative());
  g.setColorAt(0.5, palette::neutral());
  g.setColorAt(1, palette::positive());
  p.fillRect(QRectF(x, y + 2, 70, fm.height() - 4), g);
  x += 74;
  p.drawText(QPointF(x, y + fm.ascent()), plus);
  x += fm.horizontalAdvance(plus) + 14;
  if (wraps) {
    x = start;
    y += fm.height();
  }
  p.setRenderHint(QPainter::Antialiasing);
  const double cy = y + fm.height() / 2.0;
  p.setPen(QPen(Qt::white, 1.0));
  p.setBrush(palette::positive());
  p.drawEllipse(QPointF(x + 4, cy), 3.2, 3.2);
  p.setPen(palette().color(QPalette::WindowText));
  const QString train = tr("train");
  p.drawText(QPointF(x + 11, y + fm.ascent()), train);
  x += 11 + fm.horizontalAdvance(train) + 12;
  p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2));
  p.drawEllipse(QPointF(x + 4, cy), 3.2, 3.2);
  p.setPen(palette().color(QPalette::WindowText));
  p.drawText(QPointF(x + 11, y + fm.ascent()), tr("test"));
  p.setRenderHint(QPainter::Antialiasing, false);
}

void PlaygroundDecisionView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  overlay_ = QImage();  // palette, font or direction: draw the layer again
}

void PlaygroundDecisionView::mousePressEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  if (!plotRect().contains(pos)) return;
  if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton) return;
  const QPointF d = toData(pos);
  core::Point point;
  point.x1 = std::clamp(d.x(), kLo, kHi);
  point.x2 = std::clamp(d.y(), kLo, kHi);
  point.label = event->button() == Qt::LeftButton ? clickLabel_ : -clickLabel_;
  emit pointClicked(point);
}

}  // namespace relulab::ui
