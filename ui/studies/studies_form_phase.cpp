#include "ui/studies/studies_form_phase.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "core/training/presets.h"
#include "io/core_text.h"
#include "ui/common/preset_box.h"
#include "ui/studies/studies_fields.h"
#include "ui/studies/studies_text.h"

namespace relulab::ui {

namespace {
constexpr const char* kDefaultPreset = "tfp-relu";  // PhaseDiagramConfig::defaultBase()
}

StudiesFormPhase::StudiesFormPhase(QWidget* parent) : StudiesForm(parent) {
  using F = StudiesFields;
  preset_ = new QComboBox(this);
  preset_->setObjectName(QStringLiteral("phasePreset"));
  fillPresetBox(preset_);
  preset_->setToolTip(
      tr("The data set and network every run starts from; the diagram changes "
         "only the learning rate and the column's setting."));
  rates_ = F::listEdit(QStringLiteral("phaseRates"),
                       tr("Learning rates, one row of the diagram each. Large rates kill ReLU "
                          "units: one big step can push a unit's bias so far down that it never "
                          "fires again."),
                       this);
  axis_ = new QComboBox(this);
  axis_->setObjectName(QStringLiteral("phaseAxis"));
  for (const auto a :
       {core::PhaseAxis::BiasInit, core::PhaseAxis::Depth, core::PhaseAxis::Activation})
    axis_->addItem(StudiesText::axisName(a), static_cast<int>(a));
  axis_->setToolTip(tr("What changes from column to column."));
  biases_ = F::listEdit(QStringLiteral("phaseBiases"),
                        tr("The value every bias starts at, one column each. Negative biases "
                           "start units closer to dying."),
                        this);
  depths_ = F::listEdit(QStringLiteral("phaseDepths"),
                        tr("Numbers of hidden layers (1 to 10), one column each; every layer "
                           "is as wide as the preset's first."),
                        this);
  activations_ = new StudiesActivationList(
      QStringLiteral("phaseActivations"),
      tr("Tick the activations to compare, one column each, and set a parameter where one has "
         "it. Units that cannot die (Leaky ReLU, ELU) count as inactive instead, marked i."),
      this);
  seeds_ = F::integerBox(QStringLiteral("phaseSeeds"), 1, 10000,
                         tr("Training runs per cell, each from other random weights; the cell "
                            "shows their average."),
                         this);
  epochs_ = F::numberBox(QStringLiteral("phaseEpochs"), 0.1, 100000.0, 1,
                         tr("How long each run trains, in passes over the training data."), this);

  form_ = new QFormLayout(this);
  form_->setContentsMargins(0, 0, 0, 0);
  form_->addRow(tr("&Set-up:"), preset_);
  form_->addRow(tr("&Learning rates:"), rates_);
  form_->addRow(tr("&Columns:"), axis_);
  form_->addRow(tr("&Initial biases:"), biases_);
  form_->addRow(tr("&Hidden layers:"), depths_);
  form_->addRow(tr("&Activations:"), activations_);
  form_->addRow(tr("&Runs per cell:"), seeds_);
  form_->addRow(tr("&Epochs per run:"), epochs_);
  connect(axis_, &QComboBox::currentIndexChanged, this, &StudiesFormPhase::showAxisRow);
  restoreDefaults();
}

void StudiesFormPhase::showAxisRow() {
  const auto axis = static_cast<core::PhaseAxis>(axis_->currentData().toInt());
  form_->setRowVisible(biases_, axis == core::PhaseAxis::BiasInit);
  form_->setRowVisible(depths_, axis == core::PhaseAxis::Depth);
  form_->setRowVisible(activations_, axis == core::PhaseAxis::Activation);
}

core::Result<StudyConfig> StudiesFormPhase::config() const {
  core::PhaseDiagramConfig c;
  const auto base = core::preset(preset_->currentData().toString().toStdString());
  if (!base)
    return core::Result<StudyConfig>::failure(
        io::message(tr("Set-up: “%1” is not a preset.").arg(preset_->currentText())));
  c.base = *base;
  c.base.diagnostics.every = 0;  // as defaultBase(): the study measures once, at the end
  const auto rates = StudiesFields::parseNumbers(rates_->text(), tr("Learning rates"));
  if (!rates) return core::Result<StudyConfig>::failure(rates.message());
  c.learningRates = *rates;
  c.axis = static_cast<core::PhaseAxis>(axis_->currentData().toInt());
  switch (c.axis) {
    case core::PhaseAxis::BiasInit: {
      const auto v = StudiesFields::parseNumbers(biases_->text(), tr("Initial biases"));
      if (!v) return core::Result<StudyConfig>::failure(v.message());
      c.biasInits = *v;
      break;
    }
    case core::PhaseAxis::Depth: {
      const auto v = StudiesFields::parseIntegers(depths_->text(), 1, 10, tr("Hidden layers"));
      if (!v) return core::Result<StudyConfig>::failure(v.message());
      c.depths = *v;
      break;
    }
    case core::PhaseAxis::Activation: {
      const auto v = activations_->activations(tr("Activations"));
      if (!v) return core::Result<StudyConfig>::failure(v.message());
      c.activations = *v;
      break;
    }
  }
  c.seeds = seeds_->value();
  c.epochs = epochs_->value();
  return StudyConfig(c);
}

void StudiesFormPhase::restoreDefaults() {
  const core::PhaseDiagramConfig c;
  selectPreset(preset_, QString::fromLatin1(kDefaultPreset));
  rates_->setText(StudiesFields::formatNumbers(c.learningRates));
  StudiesFields::select(axis_, static_cast<int>(c.axis));
  biases_->setText(StudiesFields::formatNumbers(c.biasInits));
  depths_->setText(StudiesFields::formatIntegers(c.depths));
  activations_->setActivations(c.activations);
  seeds_->setValue(c.seeds);
  epochs_->setValue(c.epochs);
  showAxisRow();
}

}  // namespace relulab::ui
