#include "ui/studies/studies_form_collapse.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "ui/studies/studies_fields.h"

namespace relulab::ui {

StudiesFormCollapse::StudiesFormCollapse(QWidget* parent) : StudiesForm(parent) {
  using F = StudiesFields;
  activations_ = new StudiesActivationList(
      QStringLiteral("collapseActivations"),
      tr("Tick the activations to compare, and set a parameter where one has it. Every "
         "activation trains the same starting networks."),
      this);
  width_ = F::integerBox(QStringLiteral("collapseWidth"), 1, 256,
                         tr("Units per hidden layer. Narrow networks collapse most."), this);
  depth_ = F::integerBox(QStringLiteral("collapseDepth"), 1, 200,
                         tr("Hidden layers. Deep networks collapse most."), this);
  runs_ = F::integerBox(QStringLiteral("collapseRuns"), 1, 1'000'000,
                        tr("Networks trained per activation; the bars show the fraction that "
                           "collapsed."),
                        this);
  steps_ = F::integerBox(QStringLiteral("collapseSteps"), 0, 10'000'000,
                         tr("Training steps per network (Adam on all points at once)."), this);
  rate_ = F::numberBox(QStringLiteral("collapseRate"), 0.00001, 10.0, 5,
                       tr("Adam's learning rate: how far each step moves the weights."), this);
  init_ = F::initBox(QStringLiteral("collapseInit"), this);
  bias_ = F::biasBox(QStringLiteral("collapseBias"), this);
  points_ =
      F::integerBox(QStringLiteral("collapsePoints"), 2, 100000,
                    tr("Training points x, evenly spaced on [−a, a]; the target is |x|."), this);
  halfWidth_ = F::numberBox(QStringLiteral("collapseHalfWidth"), 0.001, 1000.0, 4,
                            tr("The inputs range over [−a, a]. The default, √3 ≈ 1.7321, gives "
                               "inputs of variance 1."),
                            this);
  tolerance_ = F::numberBox(QStringLiteral("collapseTolerance"), 0.0, 0.9999, 4,
                            tr("A network has collapsed when its output varies by at most this "
                               "fraction of the target's variation (standard deviations): its "
                               "function is flat."),
                            this);

  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("&Activations:"), activations_);
  form->addRow(tr("&Width:"), width_);
  form->addRow(tr("&Depth:"), depth_);
  form->addRow(tr("&Networks:"), runs_);
  form->addRow(tr("&Steps:"), steps_);
  form->addRow(tr("&Learning rate:"), rate_);
  form->addRow(tr("W&eights:"), init_);
  form->addRow(tr("&Biases:"), bias_);
  form->addRow(tr("&Points:"), points_);
  form->addRow(tr("Input range &a:"), halfWidth_);
  form->addRow(tr("Flatness &tolerance:"), tolerance_);
  restoreDefaults();
}

core::Result<StudyConfig> StudiesFormCollapse::config() const {
  core::CollapseConfig c;
  const auto activations = activations_->activations(tr("Activations"));
  if (!activations) return core::Result<StudyConfig>::failure(activations.message());
  c.activations = *activations;
  c.width = width_->value();
  c.depth = depth_->value();
  c.runs = runs_->value();
  c.steps = steps_->value();
  c.learningRate = rate_->value();
  c.init = static_cast<core::StudyInit>(init_->currentData().toInt());
  c.bias = static_cast<core::StudyBias>(bias_->currentData().toInt());
  c.points = points_->value();
  c.halfWidth = StudiesFields::exactIfShown(halfWidth_->value(), core::CollapseConfig{}.halfWidth,
                                            halfWidth_->decimals());
  c.tolerance = tolerance_->value();
  return StudyConfig(c);
}

void StudiesFormCollapse::restoreDefaults() {
  const core::CollapseConfig c;
  activations_->setActivations(c.activations);
  width_->setValue(c.width);
  depth_->setValue(c.depth);
  runs_->setValue(c.runs);
  steps_->setValue(c.steps);
  rate_->setValue(c.learningRate);
  StudiesFields::select(init_, static_cast<int>(c.init));
  StudiesFields::select(bias_, static_cast<int>(c.bias));
  points_->setValue(c.points);
  halfWidth_->setValue(c.halfWidth);
  tolerance_->setValue(c.tolerance);
}

}  // namespace relulab::ui
