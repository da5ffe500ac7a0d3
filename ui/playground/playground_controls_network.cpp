#include "ui/playground/playground_controls_network.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/activations/activation.h"
#include "core/model/network_spec.h"
#include "io/core_text.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

QDoubleSpinBox* doubleSpin(double lo, double hi, double step, int decimals, QWidget* parent) {
  auto* s = new QDoubleSpinBox(parent);
  s->setRange(lo, hi);
  s->setSingleStep(step);
  s->setDecimals(decimals);
  s->setKeyboardTracking(false);
  return s;
}

}  // namespace

PlaygroundControlsNetwork::PlaygroundControlsNetwork(QWidget* parent) : QWidget(parent) {
  auto* column = new QVBoxLayout(this);

  auto* inputs = new QGroupBox(tr("Inputs"), this);
  inputs->setToolTip(
      tr("What the network sees of each point (x₁, x₂). Extra features such as "
         "x₁² make some shapes easy without hidden layers."));
  auto* inputGrid = new QGridLayout(inputs);
  for (int f = 0; f < core::kFeatureCount; ++f) {
    auto* box = new QCheckBox(PlaygroundText::featureName(static_cast<core::Feature>(f)), inputs);
    features_.append(box);
    inputGrid->addWidget(box, f / 4, f % 4);
    connect(box, &QCheckBox::toggled, this, &PlaygroundControlsNetwork::emitChanged);
  }
  column->addWidget(inputs);

  auto* layers = new QGroupBox(tr("Hidden layers"), this);
  layers->setToolTip(
      tr("Each row is a layer: its number of units, its activation and the "
         "activation's parameter. Changing the activation keeps the weights."));
  auto* layersColumn = new QVBoxLayout(layers);
  layersGrid_ = new QGridLayout;
  layersGrid_->setColumnStretch(2, 1);
  layersColumn->addLayout(layersGrid_);
  auto* buttons = new QHBoxLayout;
  addLayer_ = new QPushButton(tr("&Add layer"), layers);
  removeLayer_ = new QPushButton(tr("Re&move layer"), layers);
  addLayer_->setToolTip(tr("Add a hidden layer after the last one (the network starts again)."));
  removeLayer_->setToolTip(tr("Remove the last hidden layer (the network starts again)."));
  buttons->addWidget(addLayer_);
  buttons->addWidget(removeLayer_);
  layersColumn->addLayout(buttons);
  column->addWidget(layers);
  connect(addLayer_, &QPushButton::clicked, this, [this] {
    addRow(rows_.isEmpty() ? core::LayerSpec{4, {core::ActivationKind::Relu, 0.0}}
                           : core::LayerSpec{rows_.back().width->value(),
                                             {static_cast<core::ActivationKind>(
                                                  rows_.back().activation->currentData().toInt()),
                                              rows_.back().parameter->value()}});
    updateButtons();
    emitChanged();
  });
  connect(removeLayer_, &QPushButton::clicked, this, [this] {
    if (rows_.isEmpty()) return;
    const Row row = rows_.takeLast();
    for (QWidget* w : {static_cast<QWidget*>(row.width), static_cast<QWidget*>(row.activation),
                       static_cast<QWidget*>(row.parameter), row.label})
      delete w;
    updateButtons();
    emitChanged();
  });

  auto* start = new QGroupBox(tr("Starting weights"), this);
  auto* form = new QFormLayout(start);
  init_ = new QComboBox(start);
  for (int s = 0; s <= static_cast<int>(core::InitScheme::Constant); ++s)
    init_->addItem(PlaygroundText::initName(static_cast<core::InitScheme>(s)), s);
  init_->setToolTip(
      tr("How the weights are drawn at the start. He init keeps ReLU signals at "
         "the same scale layer after layer; TensorFlow Playground uses uniform ±0.5."));
  initScale_ = doubleSpin(0.0, 10.0, 0.1, 3, start);
  initScale_->setToolTip(tr("For Uniform: the half-width a of U(−a, a). For Constant: the value."));
  bias_ = doubleSpin(-100.0, 100.0, 0.1, 2, start);
  bias_->setToolTip(
      tr("Every bias starts here. A small positive bias (0.1) keeps ReLUs alive at "
         "the start; a large negative one makes units dead from birth."));
  form->addRow(tr("&Initialisation:"), init_);
  form->addRow(tr("S&cale:"), initScale_);
  form->addRow(tr("&Bias:"), bias_);
  column->addWidget(start);
  column->addStretch(1);
  connect(init_, &QComboBox::currentIndexChanged, this, &PlaygroundControlsNetwork::emitChanged);
  connect(initScale_, &QDoubleSpinBox::valueChanged, this, &PlaygroundControlsNetwork::emitChanged);
  connect(bias_, &QDoubleSpinBox::valueChanged, this, &PlaygroundControlsNetwork::emitChanged);
}

void PlaygroundControlsNetwork::emitChanged() {
  if (!loading_) emit changed();
}

void PlaygroundControlsNetwork::addRow(const core::LayerSpec& spec) {
  const int layer = static_cast<int>(rows_.size());
  Row row;
  row.label = new QLabel(tr("Layer %1").arg(layer + 1), this);
  row.width = new QSpinBox(this);
  row.width->setRange(1, core::kMaxWidth);
  row.width->setValue(spec.width);
  row.width->setKeyboardTracking(false);
  row.width->setToolTip(
      tr("Units in this layer (1–%1). The network starts again.").arg(core::kMaxWidth));
  row.activation = new QComboBox(this);
  for (const core::ActivationInfo& info : core::activationInfos())
    row.activation->addItem(PlaygroundText::activationName(info.kind), static_cast<int>(info.kind));
  row.activation->setCurrentIndex(row.activation->findData(static_cast<int>(spec.activation.kind)));
  row.activation->setToolTip(
      tr("This layer's activation. Changing it keeps every weight, so a dead "
         "ReLU layer can be switched to Leaky ReLU and watched revive."));
  row.parameter = doubleSpin(-1.0, 1.0, 0.01, 3, this);
  layersGrid_->addWidget(row.label, layer, 0);
  layersGrid_->addWidget(row.width, layer, 1);
  layersGrid_->addWidget(row.activation, layer, 2);
  layersGrid_->addWidget(row.parameter, layer, 3);
  rows_.append(row);
  showParameter(layer, spec.activation.kind, spec.activation.param);
  connect(row.width, &QSpinBox::valueChanged, this, &PlaygroundControlsNetwork::emitChanged);
  connect(row.activation, &QComboBox::currentIndexChanged, this,
          [this, layer] { activationChosen(layer); });
  connect(row.parameter, &QDoubleSpinBox::valueChanged, this,
          &PlaygroundControlsNetwork::emitChanged);
}

void PlaygroundControlsNetwork::activationChosen(int layer) {
  const auto kind =
      static_cast<core::ActivationKind>(rows_[layer].activation->currentData().toInt());
  const auto& spec = core::activationInfo(kind).parameter;
  const double value = kind == core::ActivationKind::LeakyRelu ? kLeakySlope
                       : spec                                  ? spec->defaultValue
                                                               : 0.0;
  const bool was = loading_;
  loading_ = true;  // one change for the pair (activation, parameter)
  showParameter(layer, kind, value);
  loading_ = was;
  emitChanged();
}

void PlaygroundControlsNetwork::showParameter(int layer, core::ActivationKind kind, double value) {
  QDoubleSpinBox* box = rows_[layer].parameter;
  const auto& spec = core::activationInfo(kind).parameter;
  box->setEnabled(spec.has_value());
  if (!spec) {
    box->setSpecialValueText(tr("—"));
    box->setRange(0.0, 0.0);
    box->setToolTip(tr("This activation has no parameter."));
    return;
  }
  box->setSpecialValueText(QString());
  // An exclusive lower end (α > 0, β > 0) starts one step above it.
  box->setRange(spec->minimumExclusive ? spec->minimum + 0.001 : spec->minimum, spec->maximum);
  box->setValue(value);
  QString tip =
      tr("The %1 of %2, from %3 to %4.")
          .arg(io::coreText(spec->name), PlaygroundText::activationName(kind),
               PlaygroundText::number(spec->minimum), PlaygroundText::number(spec->maximum));
  if (kind == core::ActivationKind::LeakyRelu)
    tip +=
        QLatin1Char(' ') + tr("The playground offers 0.2 rather than the usual 0.01: with 0.01 a "
                              "dead unit's weights move so slowly that it takes thousands of "
                              "steps to revive.");
  box->setToolTip(tip);
}

void PlaygroundControlsNetwork::setLayers(const std::vector<core::LayerSpec>& layers) {
  while (!rows_.isEmpty()) {
    const Row row = rows_.takeLast();
    delete row.width;
    delete row.activation;
    delete row.parameter;
    delete row.label;
  }
  for (const core::LayerSpec& l : layers) addRow(l);
  updateButtons();
}

void PlaygroundControlsNetwork::updateButtons() {
  addLayer_->setEnabled(rows_.size() < core::kMaxHiddenLayers);
  removeLayer_->setEnabled(!rows_.isEmpty());
}

void PlaygroundControlsNetwork::load(const core::TrainConfig& config) {
  loading_ = true;
  for (int f = 0; f < core::kFeatureCount; ++f)
    features_[f]->setChecked(config.data.features.has(static_cast<core::Feature>(f)));
  setLayers(config.network.hidden);
  init_->setCurrentIndex(init_->findData(static_cast<int>(config.network.weightInit.scheme)));
  initScale_->setValue(config.network.weightInit.scale);
  bias_->setValue(config.network.biasInit);
  loading_ = false;
}

void PlaygroundControlsNetwork::apply(core::TrainConfig& config) const {
  core::FeatureSet features;
  features.bits = 0;
  for (int f = 0; f < core::kFeatureCount; ++f)
    features.set(static_cast<core::Feature>(f), features_[f]->isChecked());
  config.data.features = features;
  config.network.inputs = features.count();
  config.network.hidden.clear();
  for (const Row& row : rows_) {
    core::LayerSpec layer;
    layer.width = row.width->value();
    layer.activation.kind =
        static_cast<core::ActivationKind>(row.activation->currentData().toInt());
    layer.activation.param = row.parameter->isEnabled() ? row.parameter->value() : 0.0;
    config.network.hidden.push_back(layer);
  }
  config.network.weightInit.scheme = static_cast<core::InitScheme>(init_->currentData().toInt());
  config.network.weightInit.scale = initScale_->value();
  config.network.biasInit = bias_->value();
}

}  // namespace relulab::ui
