#include "ui/studies/studies_text.h"

#include <QLocale>
#include <cmath>

#include "io/core_text.h"

namespace relulab::ui {

QString StudiesText::studyName(StudyKind kind) {
  switch (kind) {
    case StudyKind::BornDead:
      return tr("Born dead");
    case StudyKind::DepthVariance:
      return tr("Variance by depth");
    case StudyKind::PhaseDiagram:
      return tr("Dying phase diagram");
    case StudyKind::Collapse:
      return tr("Collapse in training");
  }
  return {};
}

QString StudiesText::studyDescription(StudyKind kind) {
  switch (kind) {
    case StudyKind::BornDead:
      return tr(
          "How often is a freshly drawn ReLU network already dead, a constant function "
          "of its input, before any training? Many random networks of H layers of N "
          "units are drawn and counted. Deep, narrow ones are very likely born dead "
          "(Lu, Shin, Su and Karniadakis, 2019).");
    case StudyKind::DepthVariance:
      return tr(
          "How the size of the signal and its share of exact zeros change from layer to "
          "layer of a deep network at initialisation. He initialisation keeps the mean "
          "square steady; Xavier and LeCun halve it at every ReLU layer (He et al., "
          "2015).");
    case StudyKind::PhaseDiagram:
      return tr(
          "Trains TensorFlow Playground's small ReLU network again and again and measures "
          "the fraction of hidden units that end up dead, for each learning rate (rows) "
          "and each bias initialisation, depth or activation (columns).");
    case StudyKind::Collapse:
      return tr(
          "Trains many deep, narrow networks to fit f(x) = |x| and counts how many end "
          "up as a flat, constant function, with ReLU and with Leaky ReLU (Lu, Su and "
          "Karniadakis, 2018).");
  }
  return {};
}

QString StudiesText::initName(core::StudyInit init) {
  switch (init) {
    case core::StudyInit::Normal:
      return tr("Normal N(0, 1)");
    case core::StudyInit::He:
      return tr("He");
    case core::StudyInit::Xavier:
      return tr("Xavier (Glorot)");
    case core::StudyInit::Lecun:
      return tr("LeCun");
    case core::StudyInit::Rai:
      return tr("RAI (asymmetric)");
  }
  return {};
}

QString StudiesText::initTip(core::StudyInit init) {
  switch (init) {
    case core::StudyInit::Normal:
      return tr("Every weight drawn from N(0, 1): the paper's symmetric case.");
    case core::StudyInit::He:
      return tr("Weights with variance 2/fan-in: made for ReLU, keeps the signal's size.");
    case core::StudyInit::Xavier:
      return tr(
          "Weights with variance 2/(fan-in + fan-out): made for tanh; with ReLU the "
          "signal halves at every layer.");
    case core::StudyInit::Lecun:
      return tr("Weights with variance 1/fan-in: with ReLU the signal halves at every layer.");
    case core::StudyInit::Rai:
      return tr(
          "Randomized asymmetric initialisation (Lu et al.): every unit gets one "
          "positive weight or bias, which makes networks far less likely to be born "
          "dead. It draws the biases itself.");
  }
  return {};
}

QString StudiesText::biasName(core::StudyBias bias) {
  return bias == core::StudyBias::Zero ? tr("Zero") : tr("Random, like the weights");
}

QString StudiesText::axisName(core::PhaseAxis axis) {
  switch (axis) {
    case core::PhaseAxis::BiasInit:
      return tr("initial bias");
    case core::PhaseAxis::Depth:
      return tr("hidden layers");
    case core::PhaseAxis::Activation:
      return tr("activation");
  }
  return {};
}

QString StudiesText::activation(const core::Activation& a) {
  const core::ActivationInfo& info = core::activationInfo(a.kind);
  const QString name = io::coreText(info.displayName);
  if (!info.parameter) return name;
  return tr("%1 (%2)").arg(name, number(a.param, 4));
}

QString StudiesText::probability(double p) {
  if (std::isnan(p)) return tr("–");
  if (p == 0.0) return QLocale().toString(0);
  if (std::abs(p) < 0.001) return QLocale().toString(p, 'g', 3);
  return QLocale().toString(p, 'f', 4);
}

QString StudiesText::interval(const core::Proportion& p) {
  return leftToRight(
      tr("%1 [%2, %3]").arg(probability(p.estimate), probability(p.lower), probability(p.upper)));
}

QString StudiesText::meanWithError(const core::MeanEstimate& m) {
  return leftToRight(tr("%1 ± %2").arg(number(m.mean, 4), number(m.standardError, 2)));
}

QString StudiesText::leftToRight(const QString& text) {
  // U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE.
  return QChar(0x2066) + text + QChar(0x2069);
}

QString StudiesText::number(double v, int significant) {
  if (std::isnan(v)) return tr("–");
  return QLocale().toString(v, 'g', significant);
}

QString StudiesText::timeLeft(double seconds) {
  if (seconds < 0.0) return tr("estimating time left…");
  if (seconds < 1.0) return tr("less than a second left");
  if (seconds < 90.0) return tr("about %n s left", nullptr, static_cast<int>(std::lround(seconds)));
  return tr("about %n min left", nullptr, static_cast<int>(std::lround(seconds / 60.0)));
}

}  // namespace relulab::ui
