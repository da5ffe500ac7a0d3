#pragma once

// The playground's words, in one place: the plain-language definitions every
// tooltip uses (active, dead, inactive, saturated, sparsity, gradient norm),
// names for the core's enums, and the messages for the status line.

#include <QCoreApplication>
#include <QString>

#include "core/model/network_spec.h"
#include "core/training/dataset.h"
#include "core/training/train_config.h"
#include "core/training/trainer.h"
#include "ui/common/playground_frame.h"

namespace relulab::ui {

class PlaygroundText {
  Q_DECLARE_TR_FUNCTIONS(relulab::ui::PlaygroundText)

 public:
  static QString activeDefinition();
  static QString deadDefinition();
  static QString inactiveDefinition();
  static QString saturatedDefinition(double threshold);
  static QString sparsityDefinition(double nearZero);
  static QString gradientNormDefinition();

  static QString datasetName(core::DatasetKind kind);
  static QString optimizerName(core::OptimizerKind kind);
  static QString regularizationName(core::Regularization r);
  static QString initName(core::InitScheme scheme);
  static QString featureName(core::Feature feature);
  static QString activationName(core::ActivationKind kind);
  static QString stateName(core::NeuronState state);

  // What diverged, where and when, and what to try — in plain words.
  static QString divergence(const core::Divergence& d, const core::TrainConfig& config);
  static QString notice(PlaygroundNotice kind, const QString& detail);
  // "0.03" without trailing zeros, in the user's locale.
  static QString number(double v, int significant = 3);
};

}  // namespace relulab::ui
