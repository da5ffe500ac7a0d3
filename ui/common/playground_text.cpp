#include "ui/common/playground_text.h"

#include <QLocale>
#include <cmath>

#include "core/activations/activation.h"
#include "io/core_text.h"

namespace relulab::ui {

QString PlaygroundText::activeDefinition() {
  return tr(
      "<b>Active fraction</b>: the share of probe samples (the training points) for which "
      "the unit's input z lies in its live region — z &gt; 0 for the ReLU family — so "
      "that it passes a gradient back to its weights.");
}

QString PlaygroundText::deadDefinition() {
  return tr(
      "<b>Dead</b>: a unit with a hard zero (ReLU, ReLU6, …) that is active on no probe "
      "sample. Its output and its gradient are zero everywhere, so gradient descent cannot "
      "bring it back; only a change elsewhere (or a different activation) can.");
}

QString PlaygroundText::inactiveDefinition() {
  return tr(
      "<b>Inactive</b>: a Leaky ReLU, PReLU, ELU or similar unit with z ≤ 0 on every probe "
      "sample. Unlike a dead ReLU it still passes a small gradient, so it can come back "
      "(\"revive\").");
}

QString PlaygroundText::saturatedDefinition(double threshold) {
  return tr("<b>Saturated</b>: a sigmoid, tanh or softsign unit whose slope |f′(z)| is at most "
            "%1 on every probe sample, so almost no gradient passes through it.")
      .arg(number(threshold));
}

QString PlaygroundText::sparsityDefinition(double nearZero) {
  return tr("<b>Sparsity</b> of a layer: the share of its outputs (over all probe samples and "
            "units) that are zero — exactly zero for ReLU, ReLU6, Hardswish and Hardsigmoid, "
            "|f(z)| ≤ %1 for activations without a hard zero.")
      .arg(number(nearZero));
}

QString PlaygroundText::gradientNormDefinition() {
  return tr(
      "<b>Gradient norm</b> of a layer: the size (Frobenius norm) of the gradient of the "
      "mean loss over the probe set with respect to the layer's weights. When it shrinks "
      "layer after layer towards the input, the early layers barely learn: the vanishing "
      "gradient.");
}

QString PlaygroundText::datasetName(core::DatasetKind kind) {
  switch (kind) {
    case core::DatasetKind::Circle:
      return tr("Circle");
    case core::DatasetKind::Xor:
      return tr("Exclusive or");
    case core::DatasetKind::Gaussians:
      return tr("Two Gaussians");
    case core::DatasetKind::Spiral:
      return tr("Spiral");
    case core::DatasetKind::Moons:
      return tr("Moons");
    case core::DatasetKind::Checkerboard:
      return tr("Checkerboard");
    case core::DatasetKind::RegressPlane:
      return tr("Plane (regression)");
    case core::DatasetKind::RegressGaussian:
      return tr("Bumps (regression)");
  }
  return {};
}

QString PlaygroundText::optimizerName(core::OptimizerKind kind) {
  switch (kind) {
    case core::OptimizerKind::Sgd:
      return tr("SGD");
    case core::OptimizerKind::Momentum:
      return tr("Momentum");
    case core::OptimizerKind::Nesterov:
      return tr("Nesterov");
    case core::OptimizerKind::RmsProp:
      return tr("RMSprop");
    case core::OptimizerKind::Adam:
      return tr("Adam");
  }
  return {};
}

QString PlaygroundText::regularizationName(core::Regularization r) {
  switch (r) {
    case core::Regularization::None:
      return tr("None");
    case core::Regularization::L1:
      return tr("L1");
    case core::Regularization::L2:
      return tr("L2");
  }
  return {};
}

QString PlaygroundText::initName(core::InitScheme scheme) {
  switch (scheme) {
    case core::InitScheme::HeNormal:
      return tr("He normal");
    case core::InitScheme::HeUniform:
      return tr("He uniform");
    case core::InitScheme::XavierNormal:
      return tr("Xavier normal");
    case core::InitScheme::XavierUniform:
      return tr("Xavier uniform");
    case core::InitScheme::LecunNormal:
      return tr("LeCun normal");
    case core::InitScheme::Uniform:
      return tr("Uniform ±a");
    case core::InitScheme::Constant:
      return tr("Constant");
  }
  return {};
}

QString PlaygroundText::featureName(core::Feature feature) {
  switch (feature) {
    case core::Feature::X1:
      return tr("x₁");
    case core::Feature::X2:
      return tr("x₂");
    case core::Feature::X1Squared:
      return tr("x₁²");
    case core::Feature::X2Squared:
      return tr("x₂²");
    case core::Feature::X1X2:
      return tr("x₁x₂");
    case core::Feature::SinX1:
      return tr("sin x₁");
    case core::Feature::SinX2:
      return tr("sin x₂");
  }
  return {};
}

QString PlaygroundText::activationName(core::ActivationKind kind) {
  return io::coreText(core::activationInfo(kind).displayName);
}

QString PlaygroundText::stateName(core::NeuronState state) {
  switch (state) {
    case core::NeuronState::Active:
      return tr("active");
    case core::NeuronState::Dead:
      return tr("dead");
    case core::NeuronState::Inactive:
      return tr("inactive");
    case core::NeuronState::Saturated:
      return tr("saturated");
  }
  return {};
}

namespace {

QString valueText(double v) {
  if (std::isnan(v)) return PlaygroundText::tr("NaN (not a number)");
  if (std::isinf(v))
    return v > 0 ? PlaygroundText::tr("+infinity") : PlaygroundText::tr("−infinity");
  return PlaygroundText::number(v);
}

QString whereText(const core::Divergence& d, int hiddenLayers) {
  const bool output = d.layer == hiddenLayers + 1;
  const QString unit = output
                           ? PlaygroundText::tr("the output neuron")
                           : PlaygroundText::tr("neuron %1 of layer %2").arg(d.neuron).arg(d.layer);
  switch (d.parameterKind) {
    case core::ParamLayout::Kind::Weight:
      return PlaygroundText::tr("the weight from input %1 to %2").arg(d.input).arg(unit);
    case core::ParamLayout::Kind::Bias:
      return PlaygroundText::tr("the bias of %1").arg(unit);
    case core::ParamLayout::Kind::Slope:
      return PlaygroundText::tr("the PReLU slope of %1").arg(unit);
  }
  return {};
}

}  // namespace

QString PlaygroundText::divergence(const core::Divergence& d, const core::TrainConfig& config) {
  const int hidden = static_cast<int>(config.network.hidden.size());
  QString what;
  switch (d.quantity) {
    case core::DivergedQuantity::Loss:
      what = tr("the loss on a mini-batch became %1: the network's output overflowed")
                 .arg(valueText(d.value));
      break;
    case core::DivergedQuantity::Gradient:
      what = tr("the gradient of %1 became %2").arg(whereText(d, hidden), valueText(d.value));
      break;
    case core::DivergedQuantity::Parameter:
      what = tr("%1 became %2 after the update").arg(whereText(d, hidden), valueText(d.value));
      break;
    case core::DivergedQuantity::Measurement:
      what = tr("the loss over the whole data set became %1").arg(valueText(d.value));
      break;
  }
  const double rate = config.optimizer.learningRate;
  return tr("Training stopped itself at step %1: %2. The updates grew without bound — the "
            "learning rate (%3) is too large for this problem. Try a learning rate of %4 or "
            "lower, then press Reset (R).")
      .arg(QLocale().toString(static_cast<qlonglong>(d.step)), what, number(rate),
           number(rate / 100.0));
}

QString PlaygroundText::notice(PlaygroundNotice kind, const QString& detail) {
  switch (kind) {
    case PlaygroundNotice::KeptWeights:
      return tr("Changed while keeping every weight: training goes on from here.");
    case PlaygroundNotice::ResetArchitecture:
      return tr(
          "The network's shape or initialisation changed: it starts again from new "
          "weights at step 0.");
    case PlaygroundNotice::ResetData:
      return tr("The data changed: new points, and the network starts again at step 0.");
    case PlaygroundNotice::ResetByUser:
      return tr("Reset: the same initial weights as before (same seed), step 0.");
    case PlaygroundNotice::Loaded:
      return tr("New run: fresh data and weights, step 0.");
    case PlaygroundNotice::Imported:
      return tr("New run on your points from %1: new weights, step 0.").arg(detail);
    case PlaygroundNotice::Opened:
      return tr("The saved run continues from where it stopped: press Space to train on.");
    case PlaygroundNotice::PointAdded:
      return tr("Point added to the training set; the weights were kept.");
    case PlaygroundNotice::Rejected:
      return tr("Not applied: %1").arg(detail);
    case PlaygroundNotice::Diverged:
      return detail;
  }
  return {};
}

QString PlaygroundText::number(double v, int significant) {
  return QLocale().toString(v, 'g', significant);
}

}  // namespace relulab::ui
