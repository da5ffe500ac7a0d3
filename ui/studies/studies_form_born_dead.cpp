#include "ui/studies/studies_form_born_dead.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "ui/studies/studies_fields.h"

namespace relulab::ui {

StudiesFormBornDead::StudiesFormBornDead(QWidget* parent) : StudiesForm(parent) {
  using F = StudiesFields;
  widths_ = F::listEdit(QStringLiteral("bornDeadWidths"),
                        tr("Units per hidden layer (N, 1 to 4096). The plot draws one line per "
                           "width."),
                        this);
  depths_ = F::listEdit(QStringLiteral("bornDeadDepths"),
                        tr("Numbers of hidden layers (H, 1 to 10000): the plot's horizontal "
                           "axis."),
                        this);
  samples_ = F::integerBox(QStringLiteral("bornDeadSamples"), 1, 1'000'000'000,
                           tr("How many random networks are drawn for each width and depth. "
                              "More networks give narrower 95% intervals and take longer."),
                           this);
  activation_ = new StudiesActivationPicker(QStringLiteral("bornDeadActivation"), this);
  init_ = F::initBox(QStringLiteral("bornDeadInit"), this);
  bias_ = F::biasBox(QStringLiteral("bornDeadBias"), this);
  halfWidth_ = F::numberBox(QStringLiteral("bornDeadHalfWidth"), 0.001, 1000.0, 4,
                            tr("The inputs range over [−a, a]. The default, √3 ≈ 1.7321, gives "
                               "inputs of variance 1."),
                            this);
  probe_ = F::numberBox(QStringLiteral("bornDeadProbe"), -1000.0, 1000.0, 4,
                        tr("The input x₀ at which the pointwise probability is measured "
                           "(not 0)."),
                        this);
  grid_ = F::integerBox(QStringLiteral("bornDeadGrid"), 2, 100001,
                        tr("Evenly spaced points of [−a, a] checked for the domain probability. "
                           "With zero biases and ReLU or Leaky ReLU the two ends decide it "
                           "exactly and the grid is not used."),
                        this);

  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("&Widths N:"), widths_);
  form->addRow(tr("&Depths H:"), depths_);
  form->addRow(tr("&Networks per cell:"), samples_);
  form->addRow(tr("&Activation:"), activation_);
  form->addRow(tr("&Weights:"), init_);
  form->addRow(tr("&Biases:"), bias_);
  form->addRow(tr("Input range &a:"), halfWidth_);
  form->addRow(tr("&Probe input x₀:"), probe_);
  form->addRow(tr("&Grid points:"), grid_);
  restoreDefaults();
}

core::Result<StudyConfig> StudiesFormBornDead::config() const {
  core::BornDeadConfig c;
  const auto widths = StudiesFields::parseIntegers(widths_->text(), 1, 4096, tr("Widths"));
  if (!widths) return core::Result<StudyConfig>::failure(widths.message());
  const auto depths = StudiesFields::parseIntegers(depths_->text(), 1, 10000, tr("Depths"));
  if (!depths) return core::Result<StudyConfig>::failure(depths.message());
  c.widths = *widths;
  c.depths = *depths;
  c.samples = samples_->value();
  c.activation = activation_->activation();
  c.init = static_cast<core::StudyInit>(init_->currentData().toInt());
  c.bias = static_cast<core::StudyBias>(bias_->currentData().toInt());
  c.halfWidth = StudiesFields::exactIfShown(halfWidth_->value(), core::BornDeadConfig{}.halfWidth,
                                            halfWidth_->decimals());
  c.probe = probe_->value();
  c.gridPoints = grid_->value();
  return StudyConfig(c);
}

void StudiesFormBornDead::restoreDefaults() {
  const core::BornDeadConfig c;
  widths_->setText(StudiesFields::formatIntegers(c.widths));
  depths_->setText(StudiesFields::formatIntegers(c.depths));
  samples_->setValue(static_cast<int>(c.samples));
  activation_->setActivation(c.activation);
  StudiesFields::select(init_, static_cast<int>(c.init));
  StudiesFields::select(bias_, static_cast<int>(c.bias));
  halfWidth_->setValue(c.halfWidth);
  probe_->setValue(c.probe);
  grid_->setValue(c.gridPoints);
}

}  // namespace relulab::ui
