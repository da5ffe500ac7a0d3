#include "ui/explorer/explorer_plot_bar.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/common/message_look.h"
#include "ui/common/wrapping_row.h"

namespace relulab::ui {

namespace {

constexpr double kRangeLimit = 1e6;

// A short sample of the line style used for a derivative order.
QPixmap lineSample(const QWidget* widget, int order) {
  const qreal ratio = widget->devicePixelRatioF();
  QPixmap pixmap(QSize(28, 12) * ratio);
  pixmap.setDevicePixelRatio(ratio);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(curvePen(widget->palette().color(QPalette::WindowText), order));
  painter.drawLine(QPointF(2, 6), QPointF(26, 6));
  return pixmap;
}

QDoubleSpinBox* rangeBox(QWidget* parent, double value) {
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(-kRangeLimit, kRangeLimit);
  box->setDecimals(4);
  box->setValue(value);
  box->setKeyboardTracking(false);  // apply when typing is done, not at each digit
  box->setAccelerated(true);
  return box;
}

}  // namespace

ExplorerPlotBar::ExplorerPlotBar(QWidget* parent) : QWidget(parent) {
  auto* key = new QLabel(this);
  key->setPixmap(lineSample(this, 0));
  auto* keyText = new QLabel(tr("f(x)"), this);
  keyText->setToolTip(tr("Solid lines: the activation's output f(x)."));
  derivative_ = new QCheckBox(tr("slope f′(x)"), this);
  derivative_->setIcon(QIcon(lineSample(this, 1)));
  derivative_->setChecked(true);
  derivative_->setToolTip(
      tr("Dashed lines: the derivative f′(x), the slope a network uses when it learns. At a kink "
         "the slope jumps; hollow dots show the values on either side, the filled dot the value "
         "the library uses."));
  second_ = new QCheckBox(tr("curvature f″(x)"), this);
  second_->setIcon(QIcon(lineSample(this, 2)));
  second_->setToolTip(
      tr("Dotted lines: the second derivative f″(x). A smooth function such as GELU has a "
         "continuous f″; ReLU's is 0 everywhere except at the kink, where it does not exist."));

  from_ = rangeBox(this, -5.0);
  from_->setToolTip(tr("The smallest x shown. Type an exact value and press Enter."));
  to_ = rangeBox(this, 5.0);
  to_->setToolTip(tr("The largest x shown. Type an exact value and press Enter."));
  reset_ = new QToolButton(this);
  reset_->setToolButtonStyle(Qt::ToolButtonTextOnly);

  message_ = new QLabel(this);
  message_->setWordWrap(true);
  setWarningLook(message_, true, /*bold=*/false);
  message_->hide();

  auto* keys = new QWidget(this);  // f, f′, f″ and their line styles
  auto* keyRow = new QHBoxLayout(keys);
  keyRow->setContentsMargins(0, 0, 0, 0);
  keyRow->addWidget(key);
  keyRow->addWidget(keyText);
  keyRow->addSpacing(8);
  keyRow->addWidget(derivative_);
  keyRow->addWidget(second_);
  auto* range = new QWidget(this);  // x from … to …, reset
  auto* fromLabel = new QLabel(tr("x from"), range);
  fromLabel->setBuddy(from_);
  auto* toLabel = new QLabel(tr("to"), range);
  toLabel->setBuddy(to_);
  auto* rangeRow = new QHBoxLayout(range);
  rangeRow->setContentsMargins(0, 0, 0, 0);
  rangeRow->addWidget(
      new WrappingRow(rowOf({fromLabel, from_, toLabel, to_}, range), reset_, range));
  auto* row = new WrappingRow(keys, range, this);  // the range under the keys when narrow
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(row);
  layout->addWidget(message_);

  connect(derivative_, &QCheckBox::toggled, this, [this] { emit ordersChanged(orders()); });
  connect(second_, &QCheckBox::toggled, this, [this] { emit ordersChanged(orders()); });
  connect(from_, &QDoubleSpinBox::valueChanged, this, &ExplorerPlotBar::applyRange);
  connect(to_, &QDoubleSpinBox::valueChanged, this, &ExplorerPlotBar::applyRange);
}

DerivativeOrders ExplorerPlotBar::orders() const {
  return {derivative_->isChecked(), second_->isChecked()};
}

void ExplorerPlotBar::setOrders(DerivativeOrders orders) {
  derivative_->setChecked(orders.first);
  second_->setChecked(orders.second);
}

void ExplorerPlotBar::setResetAction(QAction* reset) {
  reset_->setDefaultAction(reset);
}

void ExplorerPlotBar::showRange(double xMin, double xMax) {
  const QSignalBlocker blockFrom(from_);
  const QSignalBlocker blockTo(to_);
  from_->setValue(xMin);
  to_->setValue(xMax);
  message_->hide();
}

void ExplorerPlotBar::applyRange() {
  const double xMin = from_->value();
  const double xMax = to_->value();
  if (!(xMin < xMax)) {
    message_->setText(tr("The x range must run from a smaller to a larger number: %1 is not below "
                         "%2. The plot keeps its last range.")
                          .arg(from_->textFromValue(xMin), to_->textFromValue(xMax)));
    message_->show();
    return;
  }
  message_->hide();
  emit rangeEdited(xMin, xMax);
}

}  // namespace relulab::ui
