#include "ui/studies/studies_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <algorithm>
#include <cmath>

#include "core/studies/study_control.h"
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

void StudiesFields::setParameterRange(QDoubleSpinBox* box, const core::ParameterSpec& spec) {
  // An excluded minimum (ELU's α > 0) starts one step above it, so every
  // value the box can hold is valid.
  const double step = std::pow(10.0, -box->decimals());
  box->setRange(spec.minimumExclusive ? spec.minimum + step : spec.minimum, spec.maximum);
  box->setValue(spec.defaultValue);
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
  StudiesFields::setParameterRange(param_, *spec);
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

StudiesActivationList::StudiesActivationList(const QString& objectName, const QString& tip,
                                             QWidget* parent)
    : QWidget(parent) {
  setObjectName(objectName);
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setVerticalSpacing(2);
  const auto infos = core::activationInfos();
  const int half = static_cast<int>((infos.size() + 1) / 2);  // two columns of names
  for (int i = 0; i < static_cast<int>(infos.size()); ++i) {
    const core::ActivationInfo& info = infos[static_cast<std::size_t>(i)];
    Row row{info.kind, new QCheckBox(io::coreText(info.displayName), this), nullptr};
    row.box->setObjectName(objectName + QLatin1Char('_') +
                           QString::fromLatin1(info.id.data(), qsizetype(info.id.size())));
    row.box->setToolTip(tip);
    if (info.parameter) {
      row.param = new QDoubleSpinBox(this);
      row.param->setDecimals(4);
      row.param->setSingleStep(0.01);
      StudiesFields::setParameterRange(row.param, *info.parameter);
      row.param->setEnabled(false);
      row.param->setToolTip(
          tr("The %1 of %2.")
              .arg(io::coreText(info.parameter->name), io::coreText(info.displayName)));
      connect(row.box, &QCheckBox::toggled, row.param, &QWidget::setEnabled);
    }
    const int r = i % half, c = (i / half) * 2;
    grid->addWidget(row.box, r, c);
    if (row.param) grid->addWidget(row.param, r, c + 1);
    rows_.push_back(row);
  }
  grid->setColumnStretch(1, 1);
  grid->setColumnStretch(3, 1);
}

core::Result<std::vector<core::Activation>> StudiesActivationList::activations(
    const QString& what) const {
  using R = core::Result<std::vector<core::Activation>>;
  std::vector<core::Activation> list;
  for (const Row& row : rows_) {
    if (!row.box->isChecked()) continue;
    const auto made = core::makeActivation(
        row.kind, row.param ? std::optional<double>(row.param->value()) : std::nullopt);
    if (!made) return R::failure(io::message(tr("%1: %2").arg(what, io::coreText(made.message()))));
    list.push_back(*made);
  }
  if (list.empty())
    return R::failure(io::message(tr("%1: tick at least one activation.").arg(what)));
  return list;
}

void StudiesActivationList::setActivations(const std::vector<core::Activation>& list) {
  for (const Row& row : rows_) {
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const core::Activation& a) { return a.kind == row.kind; });
    row.box->setChecked(it != list.end());
    if (row.param) {
      const auto& spec = core::activationInfo(row.kind).parameter;
      row.param->setValue(it != list.end() ? it->param : spec->defaultValue);
    }
  }
}

QCheckBox* StudiesActivationList::box(core::ActivationKind kind) const {
  for (const Row& row : rows_)
    if (row.kind == kind) return row.box;
  return nullptr;
}

QDoubleSpinBox* StudiesActivationList::parameter(core::ActivationKind kind) const {
  for (const Row& row : rows_)
    if (row.kind == kind) return row.param;
  return nullptr;
}

}  // namespace relulab::ui
