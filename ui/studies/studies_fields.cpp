#include "ui/studies/studies_fields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <cmath>

#include "core/studies/study_control.h"
#include "io/activation_spec.h"
#include "io/core_text.h"
#include "ui/studies/studies_text.h"

namespace relulab::ui {

namespace {

QStringList parts(const QString& text) {
  static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
  return text.split(separators, Qt::SkipEmptyParts);
}

QString shortest(double v) {
  return QString::fromStdString(core::formatNumber(v));
}

}  // namespace

QString StudiesFields::listHint() {
  return tr("Type a list separated by commas or spaces, with a dot for decimals.");
}

QString StudiesFields::formatIntegers(const std::vector<int>& values) {
  QStringList list;
  for (const int v : values) list << QString::number(v);
  return list.join(QStringLiteral(", "));
}

QString StudiesFields::formatNumbers(const std::vector<double>& values) {
  QStringList list;
  for (const double v : values) list << shortest(v);
  return list.join(QStringLiteral(", "));
}

QString StudiesFields::formatActivations(const std::vector<core::Activation>& values) {
  QStringList list;
  for (const core::Activation& a : values) list << io::activationSpec(a);
  return list.join(QStringLiteral(", "));
}

core::Result<std::vector<int>> StudiesFields::parseIntegers(const QString& text, int lo, int hi,
                                                            const QString& what) {
  using R = core::Result<std::vector<int>>;
  std::vector<int> values;
  for (const QString& part : parts(text)) {
    bool ok = false;
    const int v = part.toInt(&ok);
    if (!ok || v < lo || v > hi)
      return R::failure(io::message(
          tr("%1: “%2” is not a whole number from %3 to %4.").arg(what, part).arg(lo).arg(hi)));
    values.push_back(v);
  }
  if (values.empty()) return R::failure(io::message(tr("%1: give at least one value.").arg(what)));
  return values;
}

core::Result<std::vector<double>> StudiesFields::parseNumbers(const QString& text,
                                                              const QString& what) {
  using R = core::Result<std::vector<double>>;
  std::vector<double> values;
  for (const QString& part : parts(text)) {
    bool ok = false;
    const double v = QLocale::c().toDouble(part, &ok);
    if (!ok || !std::isfinite(v))
      return R::failure(
          io::message(tr("%1: “%2” is not a number (use a dot for decimals).").arg(what, part)));
    values.push_back(v);
  }
  if (values.empty()) return R::failure(io::message(tr("%1: give at least one value.").arg(what)));
  return values;
}

core::Result<std::vector<core::Activation>> StudiesFields::parseActivations(const QString& text,
                                                                            const QString& what) {
  using R = core::Result<std::vector<core::Activation>>;
  std::vector<core::Activation> values;
  for (const QString& part : parts(text)) {
    const auto made = io::parseActivationSpec(part);
    if (!made) return R::failure(io::message(tr("%1: %2").arg(what, io::coreText(made.message()))));
    values.push_back(*made);
  }
  if (values.empty())
    return R::failure(io::message(tr("%1: give at least one activation.").arg(what)));
  return values;
}

QLineEdit* StudiesFields::listEdit(const QString& objectName, const QString& tip, QWidget* parent) {
  auto* edit = new QLineEdit(parent);
  edit->setObjectName(objectName);
  edit->setToolTip(tip + QLatin1Char(' ') + listHint());
  return edit;
}

QSpinBox* StudiesFields::integerBox(const QString& objectName, int lo, int hi, const QString& tip,
                                    QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setObjectName(objectName);
  box->setRange(lo, hi);
  box->setGroupSeparatorShown(true);
  box->setToolTip(tip);
  return box;
}

QDoubleSpinBox* StudiesFields::numberBox(const QString& objectName, double lo, double hi,
                                         int decimals, const QString& tip, QWidget* parent) {
  auto* box = new QDoubleSpinBox(parent);
  box->setObjectName(objectName);
  box->setDecimals(decimals);
  box->setRange(lo, hi);
  box->setToolTip(tip);
  return box;
}

QComboBox* StudiesFields::initBox(const QString& objectName, QWidget* parent) {
  auto* box = new QComboBox(parent);
  box->setObjectName(objectName);
  for (int k = 0; k < core::kStudyInitCount; ++k) {
    const auto init = static_cast<core::StudyInit>(k);
    box->addItem(StudiesText::initName(init), k);
    box->setItemData(k, StudiesText::initTip(init), Qt::ToolTipRole);
  }
  box->setToolTip(
      tr("How the weights are drawn at random before training. Point at an "
         "entry in the list for what it means."));
  return box;
}

QComboBox* StudiesFields::biasBox(const QString& objectName, QWidget* parent) {
  auto* box = new QComboBox(parent);
  box->setObjectName(objectName);
  for (const auto bias : {core::StudyBias::Zero, core::StudyBias::Random})
    box->addItem(StudiesText::biasName(bias), static_cast<int>(bias));
  box->setToolTip(
      tr("Zero: every bias starts at 0. Random: each bias is drawn like that "
         "layer's weights (the paper's symmetric weights and biases)."));
  return box;
}

double StudiesFields::exactIfShown(double shown, double exact, int decimals) {
  return std::abs(shown - exact) <= 0.5 * std::pow(10.0, -decimals) ? exact : shown;
}

void StudiesFields::select(QComboBox* box, int value) {
  const int index = box->findData(value);
  if (index >= 0) box->setCurrentIndex(index);
}

StudiesActivationPicker::StudiesActivationPicker(const QString& objectName, QWidget* parent)
    : QWidget(parent) {
  setObjectName(objectName);
  kind_ = new QComboBox(this);
  kind_->setObjectName(objectName + QStringLiteral("Kind"));
  for (const core::ActivationInfo& info : core::activationInfos())
    kind_->addItem(io::coreText(info.displayName), static_cast<int>(info.kind));
  kind_->setToolTip(tr("The activation f of every hidden unit."));
  param_ = new QDoubleSpinBox(this);
  param_->setObjectName(objectName + QStringLiteral("Param"));
  param_->setDecimals(4);
  param_->setSingleStep(0.01);
  param_->setToolTip(tr("The activation's parameter (for Leaky ReLU: the slope for z < 0)."));
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(kind_, 1);
  row->addWidget(param_);
  connect(kind_, &QComboBox::currentIndexChanged, this, &StudiesActivationPicker::kindChanged);
  kindChanged();
}

void StudiesActivationPicker::kindChanged() {
  const auto kind = static_cast<core::ActivationKind>(kind_->currentData().toInt());
  const auto& spec = core::activationInfo(kind).parameter;
  param_->setEnabled(spec.has_value());
  if (!spec) {
    param_->setSpecialValueText(tr("no parameter"));
    param_->setRange(0.0, 0.0);
    return;
  }
  param_->setSpecialValueText(QString());
  // An excluded minimum (ELU's α > 0) starts one step above it, so every
  // value the box can hold is valid.
  const double step = std::pow(10.0, -param_->decimals());
  param_->setRange(spec->minimumExclusive ? spec->minimum + step : spec->minimum, spec->maximum);
  param_->setValue(spec->defaultValue);
}

core::Activation StudiesActivationPicker::activation() const {
  const auto kind = static_cast<core::ActivationKind>(kind_->currentData().toInt());
  const auto made = core::makeActivation(
      kind, param_->isEnabled() ? std::optional<double>(param_->value()) : std::nullopt);
  return made ? *made : core::defaultActivation(kind);
}

void StudiesActivationPicker::setActivation(const core::Activation& a) {
  StudiesFields::select(kind_, static_cast<int>(a.kind));
  if (param_->isEnabled()) param_->setValue(a.param);
}

}  // namespace relulab::ui
