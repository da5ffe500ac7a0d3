#include "ui/explorer/explorer_curve_row.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QRadioButton>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <algorithm>
#include <cmath>

#include "io/core_text.h"
#include "ui/common/wrapping_row.h"

namespace relulab::ui {

namespace {

constexpr int kSliderSteps = 1000;

QIcon swatch(const QColor& colour) {
  QPixmap pixmap(14, 14);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(colour);
  painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
  return QIcon(pixmap);
}

// Lowest value the parameter may take: an excluded minimum is nudged up by one
// step of the slider.
double lowest(const core::ParameterSpec& spec) {
  return spec.minimumExclusive ? spec.minimum + (spec.maximum - spec.minimum) / kSliderSteps
                               : spec.minimum;
}

}  // namespace

ExplorerCurveRow::ExplorerCurveRow(const ExplorerCurve& curve, QWidget* parent)
    : QFrame(parent), curve_(curve) {
  setFrameShape(QFrame::StyledPanel);
  selector_ = new QRadioButton(this);
  selector_->setIcon(swatch(curve.colour));
  selector_->setToolTip(
      tr("Select this curve: the formula, the properties and the Gaussian input view describe "
         "the selected curve."));
  activation_ = new QComboBox(this);
  for (const core::ActivationInfo& info : core::activationInfos())
    activation_->addItem(io::coreText(info.displayName), static_cast<int>(info.kind));
  activation_->setToolTip(tr("Which activation function this curve shows."));
  visible_ = new QCheckBox(tr("Show"), this);
  visible_->setChecked(curve.visible);
  visible_->setToolTip(tr("Hide or show this curve without losing its settings."));
  remove_ = new QToolButton(this);
  remove_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  remove_->setToolTip(tr("Remove this curve from the plot."));
  remove_->setAccessibleName(tr("Remove curve"));
  remove_->setAutoRaise(true);

  parameterName_ = new QLabel(this);
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setRange(0, kSliderSteps);
  slider_->setPageStep(kSliderSteps / 20);
  spin_ = new QDoubleSpinBox(this);
  spin_->setKeyboardTracking(false);
  parameterName_->setBuddy(spin_);

  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(6, 4, 6, 4);
  grid->setVerticalSpacing(2);
  grid->addWidget(selector_, 0, 0);
  grid->addWidget(activation_, 0, 1, 1, 2);
  grid->addWidget(visible_, 0, 3);
  grid->addWidget(remove_, 0, 4);
  // The name beside its slider where they fit, else over it: never under it.
  auto* controls = new QWidget(this);
  auto* controlsRow = new QHBoxLayout(controls);
  controlsRow->setContentsMargins(0, 0, 0, 0);
  controlsRow->addWidget(slider_, 1);
  controlsRow->addWidget(spin_);
  controls->setMinimumWidth(spin_->sizeHint().width() + 60);  // a slider still worth dragging
  parameter_ = new WrappingRow(parameterName_, controls, this, WrappingRow::Fit::Fill);
  grid->addWidget(parameter_, 1, 0, 1, 5);
  grid->setColumnStretch(1, 1);

  connect(activation_, &QComboBox::currentIndexChanged, this, [this](int index) {
    setKind(static_cast<core::ActivationKind>(activation_->itemData(index).toInt()));
  });
  connect(visible_, &QCheckBox::toggled, this, [this](bool on) {
    curve_.visible = on;
    emit changed();
  });
  connect(activation_, &QComboBox::activated, this, &ExplorerCurveRow::touched);
  connect(slider_, &QSlider::sliderPressed, this, &ExplorerCurveRow::touched);
  connect(remove_, &QToolButton::clicked, this, &ExplorerCurveRow::removeRequested);
  connect(slider_, &QSlider::valueChanged, this,
          [this](int position) { setParameter(sliderToValue(position), true); });
  connect(spin_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
    setParameter(value, false);
    emit touched();
  });

  activation_->setCurrentIndex(activation_->findData(static_cast<int>(curve.activation.kind)));
  configureParameter();
}

void ExplorerCurveRow::setVisibleCurve(bool visible) {
  visible_->setChecked(visible);
}

void ExplorerCurveRow::setRemovable(bool removable) {
  remove_->setEnabled(removable);
}

void ExplorerCurveRow::setKind(core::ActivationKind kind) {
  if (kind == curve_.activation.kind) return;
  curve_.activation = core::defaultActivation(kind);
  configureParameter();
  emit changed();
}

void ExplorerCurveRow::configureParameter() {
  const auto& spec = core::activationInfo(curve_.activation.kind).parameter;
  parameter_->setVisible(spec.has_value());
  if (!spec) return;
  const QSignalBlocker blockSlider(slider_);
  const QSignalBlocker blockSpin(spin_);
  const QString name = io::coreText(spec->name);
  const QString symbol = plainText(io::coreText(spec->symbol));
  //: a parameter's name and its symbol: "negative slope s", "alpha α"
  parameterName_->setText(symbol == name ? name : tr("%1 %2").arg(name, symbol));
  const int decimals = spec->maximum - spec->minimum <= 10.0 ? 3 : 2;
  spin_->setDecimals(decimals);
  spin_->setRange(
      spec->minimumExclusive ? spec->minimum + std::pow(10.0, -decimals) : spec->minimum,
      spec->maximum);
  spin_->setSingleStep((spec->maximum - spec->minimum) / 100.0);
  spin_->setValue(curve_.activation.param);
  slider_->setValue(valueToSlider(curve_.activation.param));
  const QString tip = tr("%1: from %2 to %3 (default %4). Drag the slider to watch the curve "
                         "change, or type an exact value.")
                          .arg(name, formatNumber(lowest(*spec)), formatNumber(spec->maximum),
                               formatNumber(spec->defaultValue));
  slider_->setToolTip(tip);
  spin_->setToolTip(tip);
  slider_->setAccessibleName(name);
  spin_->setAccessibleName(name);
}

double ExplorerCurveRow::sliderToValue(int position) const {
  const auto& spec = core::activationInfo(curve_.activation.kind).parameter;
  if (!spec) return 0.0;
  const double lo = lowest(*spec);
  return lo + (spec->maximum - lo) * position / kSliderSteps;
}

int ExplorerCurveRow::valueToSlider(double value) const {
  const auto& spec = core::activationInfo(curve_.activation.kind).parameter;
  if (!spec) return 0;
  const double lo = lowest(*spec);
  return static_cast<int>(
      std::lround(std::clamp((value - lo) / (spec->maximum - lo), 0.0, 1.0) * kSliderSteps));
}

void ExplorerCurveRow::setParameter(double value, bool fromSlider) {
  {
    const QSignalBlocker blockSlider(slider_);
    const QSignalBlocker blockSpin(spin_);
    if (fromSlider)
      spin_->setValue(value);  // rounds to the spin box's decimals
    else
      slider_->setValue(valueToSlider(value));
  }
  const auto checked = core::makeActivation(curve_.activation.kind, spin_->value());
  if (!checked) return;  // the spin box's range keeps this from happening
  if (checked->param == curve_.activation.param) return;
  curve_.activation = *checked;
  emit changed();
}

}  // namespace relulab::ui
