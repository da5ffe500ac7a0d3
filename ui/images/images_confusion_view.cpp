#include "ui/images/images_confusion_view.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "ui/common/palette.h"

namespace relulab::ui {

namespace {
// Row labels shrink to fit their rows, never below these.
constexpr double kSmallestLabelPoints = 5.0;
constexpr int kSmallestLabelPixels = 7;

QFont scaled(QFont f, double factor) {
  if (f.pointSizeF() > 0)
    f.setPointSizeF(std::max(kSmallestLabelPoints, f.pointSizeF() * factor));
  else
    f.setPixelSize(std::max(kSmallestLabelPixels, static_cast<int>(f.pixelSize() * factor)));
  return f;
}
}  // namespace

struct ImagesConfusionView::Geometry {
  QRectF cells;
  double cell = 0;
  double rowLabels = 0;
  QFont labelFont;
};

ImagesConfusionView::ImagesConfusionView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setToolTip(
      tr("Rows: the true class; columns: the class the network predicted. Blue: right; "
         "orange: mistakes, darker the larger their share of the row."));
}

void ImagesConfusionView::setMeasurement(std::shared_ptr<const ImagesMeasurement> m,
                                         const std::vector<QString>& classNames) {
  if (m == m_ && classNames == names_) return;
  m_ = std::move(m);
  names_ = classNames;
  update();
}

QString ImagesConfusionView::className(int c) const {
  return c < static_cast<int>(names_.size()) ? names_[static_cast<std::size_t>(c)]
                                             : QLocale().toString(c);
}

QString ImagesConfusionView::rowLabel(int c) const {
  return tr("%1 %2", "a class's number and name").arg(QLocale().toString(c), className(c));
}

int ImagesConfusionView::classes() const {
  return m_ ? m_->classes : 0;
}

int ImagesConfusionView::count(int t, int p) const {
  const int n = classes();
  if (t < 0 || p < 0 || t >= n || p >= n) return 0;
  const auto at = static_cast<std::size_t>(t * n + p);
  return at < m_->confusion.size() ? m_->confusion[at] : 0;
}

int ImagesConfusionView::total() const {
  return m_ ? std::accumulate(m_->confusion.begin(), m_->confusion.end(), 0) : 0;
}

ImagesConfusionView::Geometry ImagesConfusionView::geometry() const {
  Geometry g;
  const QFontMetricsF fm(font());
  const int n = std::max(1, classes());
  const double top = 2 * fm.height() + 8;  // title, then the column numbers
  const double bottom = fm.height() + 4;   // the axis title
  // The row labels take the width they need, the matrix the rest; where its
  // rows come out lower than the labels' ink (an Arabic font's line is much
  // taller than its letters, so the ink is what must fit), the labels get a
  // smaller font (so narrower, so the rows grow) until each fits its row.
  g.labelFont = font();
  for (int pass = 0;; ++pass) {
    const QFontMetricsF lm(g.labelFont);
    g.rowLabels = 0;
    double ink = 0;
    for (int c = 0; c < n; ++c) {
      g.rowLabels = std::max(g.rowLabels, lm.horizontalAdvance(rowLabel(c)));
      ink = std::max(ink, lm.tightBoundingRect(rowLabel(c)).height());
    }
    g.rowLabels = std::ceil(g.rowLabels) + 8;
    const double side = std::min(width() - g.rowLabels - 8, height() - top - bottom);
    g.cell = std::max(1.0, side / n);
    if (ink <= g.cell || pass == 8) break;
    const QFont smaller = scaled(g.labelFont, g.cell / ink);
    if (smaller == g.labelFont) break;  // as small as it goes
    g.labelFont = smaller;
  }
  g.cells = QRectF(g.rowLabels, top, g.cell * n, g.cell * n);
  return g;
}

QRectF ImagesConfusionView::rowLabelRect(int c) const {
  const Geometry g = geometry();
  return {0, g.cells.top() + c * g.cell, g.rowLabels - 4, g.cell};
}

QFont ImagesConfusionView::rowLabelFont() const {
  return geometry().labelFont;
}

void ImagesConfusionView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().base());
  p.setPen(palette().text().color());
  const QFontMetricsF fm(font());
  const int n = classes();
  const QLocale locale;
  const QString title = n == 0
                            ? tr("Confusion matrix")
                            : tr("Confusion matrix: %1 test images").arg(locale.toString(total()));
  p.drawText(QRectF(4, 2, width() - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(title, Qt::ElideRight, width() - 8));
  if (n == 0) return;
  const Geometry g = geometry();
  for (int t = 0; t < n; ++t) {
    int row = 0;
    for (int q = 0; q < n; ++q) row += count(t, q);
    for (int q = 0; q < n; ++q) {
      const double share = row > 0 ? static_cast<double>(count(t, q)) / row : 0.0;
      const QColor far = t == q ? palette::positive() : palette::negative();
      const QColor near = palette::neutral();
      const double s = t == q ? share : std::min(1.0, share * 4.0);  // mistakes are rarer
      const QColor fill(int(near.red() + (far.red() - near.red()) * s),
                        int(near.green() + (far.green() - near.green()) * s),
                        int(near.blue() + (far.blue() - near.blue()) * s));
      const QRectF cell(g.cells.left() + q * g.cell, g.cells.top() + t * g.cell, g.cell, g.cell);
      p.fillRect(cell.adjusted(0, 0, -1, -1), fill);
      const QString text = locale.toString(count(t, q));
      if (fm.horizontalAdvance(text) + 2 < g.cell && fm.height() < g.cell) {
        p.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
        p.drawText(cell, Qt::AlignCenter, text);
      }
    }
  }
  p.setPen(palette().text().color());
  // The matrix reads left to right in every language, so its row labels
  // stand at its left, against it, in right-to-left layouts too.
  p.setFont(g.labelFont);
  for (int c = 0; c < n; ++c)
    p.drawText(QRectF(0, g.cells.top() + c * g.cell, g.rowLabels - 4, g.cell),
               Qt::AlignAbsolute | Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip,
               rowLabel(c));
  p.setFont(font());
  for (int c = 0; c < n; ++c) {
    p.drawText(
        QRectF(g.cells.left() + c * g.cell, g.cells.top() - fm.height() - 2, g.cell, fm.height()),
        Qt::AlignCenter, locale.toString(c));
  }
  const QString axes = tr("rows: true class · columns: predicted");
  p.drawText(QRectF(4, g.cells.bottom() + 2, width() - 8, fm.height()),
             Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(axes, Qt::ElideRight, width() - 8));
}

bool ImagesConfusionView::event(QEvent* e) {
  if (e->type() == QEvent::ToolTip && classes() > 0) {
    auto* help = static_cast<QHelpEvent*>(e);
    const Geometry g = geometry();
    if (g.cells.contains(help->pos())) {
      const int q = static_cast<int>((help->pos().x() - g.cells.left()) / g.cell);
      const int t = static_cast<int>((help->pos().y() - g.cells.top()) / g.cell);
      QToolTip::showText(help->globalPos(),
                         tr("%1 test images of class %2 predicted as %3")
                             .arg(QLocale().toString(count(t, q)), className(t), className(q)),
                         this);
      return true;
    }
  }
  return QWidget::event(e);
}

}  // namespace relulab::ui
