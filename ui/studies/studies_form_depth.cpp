#include "ui/studies/studies_form_depth.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QSpinBox>
#include <algorithm>

#include "io/core_text.h"
#include "ui/studies/studies_fields.h"
#include "ui/studies/studies_text.h"

namespace relulab::ui {

StudiesFormDepth::StudiesFormDepth(QWidget* parent) : StudiesForm(parent) {
  using F = StudiesFields;
  activation_ = new StudiesActivationPicker(QStringLiteral("depthActivation"), this);
  auto* initBox = new QWidget(this);
  auto* initGrid = new QGridLayout(initBox);
  initGrid->setContentsMargins(0, 0, 0, 0);
  for (int k = 0; k < core::kStudyInitCount; ++k) {
    const auto init = static_cast<core::StudyInit>(k);
    auto* check = new QCheckBox(StudiesText::initName(init), initBox);
    check->setObjectName(QStringLiteral("depthInit%1").arg(k));
    check->setToolTip(StudiesText::initTip(init) + QLatin1Char(' ') +
                      tr("Each ticked initialisation is one line in the plots."));
    initGrid->addWidget(check, k / 2, k % 2);
    inits_ << check;
  }
  width_ = F::integerBox(QStringLiteral("depthWidth"), 1, 2048, tr("Units in every hidden layer."),
                         this);
  depth_ = F::integerBox(QStringLiteral("depthDepth"), 1, 1000,
                         tr("Hidden layers: the plots' horizontal axis."), this);
  inputs_ = F::integerBox(QStringLiteral("depthInputs"), 0, 2048,
                          tr("Size of the input vector. 0 makes it the same as the width."), this);
  inputs_->setSpecialValueText(tr("same as width"));
  batch_ = F::integerBox(QStringLiteral("depthBatch"), 1, 100000,
                         tr("Random inputs x ~ N(0, I) sent through each network."), this);
  networks_ = F::integerBox(QStringLiteral("depthNetworks"), 2, 10'000'000,
                            tr("Independent random networks per initialisation. The plotted "
                               "values are averages over them."),
                            this);
  bias_ = F::biasBox(QStringLiteral("depthBias"), this);
  nearZero_ = F::numberBox(QStringLiteral("depthNearZero"), 0.0, 1.0, 6,
                           tr("An output counts as zero when |f(z)| is at most this. 0 counts "
                              "only exact zeros (what ReLU makes)."),
                           this);

  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("&Activation:"), activation_);
  form->addRow(tr("Initialisations:"), initBox);
  form->addRow(tr("&Width:"), width_);
  form->addRow(tr("&Depth:"), depth_);
  form->addRow(tr("&Inputs:"), inputs_);
  form->addRow(tr("&Batch per network:"), batch_);
  form->addRow(tr("&Networks:"), networks_);
  form->addRow(tr("&Biases:"), bias_);
  form->addRow(tr("&Zero threshold:"), nearZero_);
  restoreDefaults();
}

core::Result<StudyConfig> StudiesFormDepth::config() const {
  core::DepthVarianceConfig c;
  c.activation = activation_->activation();
  c.inits.clear();
  for (int k = 0; k < inits_.size(); ++k)
    if (inits_[k]->isChecked()) c.inits.push_back(static_cast<core::StudyInit>(k));
  if (c.inits.empty())
    return core::Result<StudyConfig>::failure(
        io::message(tr("Initialisations: tick at least one.")));
  c.width = width_->value();
  c.depth = depth_->value();
  c.inputs = inputs_->value();
  c.batch = batch_->value();
  c.networks = networks_->value();
  c.bias = static_cast<core::StudyBias>(bias_->currentData().toInt());
  c.nearZero = nearZero_->value();
  return StudyConfig(c);
}

void StudiesFormDepth::restoreDefaults() {
  const core::DepthVarianceConfig c;
  activation_->setActivation(c.activation);
  for (int k = 0; k < inits_.size(); ++k)
    inits_[k]->setChecked(std::find(c.inits.begin(), c.inits.end(),
                                    static_cast<core::StudyInit>(k)) != c.inits.end());
  width_->setValue(c.width);
  depth_->setValue(c.depth);
  inputs_->setValue(c.inputs);
  batch_->setValue(c.batch);
  networks_->setValue(c.networks);
  StudiesFields::select(bias_, static_cast<int>(c.bias));
  nearZero_->setValue(c.nearZero);
}

}  // namespace relulab::ui
