#pragma once

// The Studies tab's words, in one place: the studies' names and what each
// shows in plain language, names for the core's enums, and numbers as the
// tables print them.

#include <QCoreApplication>
#include <QString>

#include "core/activations/activation.h"
#include "core/studies/phase_diagram.h"
#include "core/studies/study_control.h"
#include "core/studies/study_network.h"
#include "ui/studies/studies_job.h"

namespace relulab::ui {

class StudiesText {
  Q_DECLARE_TR_FUNCTIONS(relulab::ui::StudiesText)

 public:
  static QString studyName(StudyKind kind);
  static QString studyDescription(StudyKind kind);
  static QString initName(core::StudyInit init);
  static QString initTip(core::StudyInit init);
  static QString biasName(core::StudyBias bias);
  static QString axisName(core::PhaseAxis axis);  // the heatmap's column title
  // "ReLU", "Leaky ReLU (0.01)": the display name with the parameter, if any.
  static QString activation(const core::Activation& a);

  // A probability or fraction: 4 decimals, or 3 significant digits below 0.001.
  static QString probability(double p);
  // "0.9437 [0.9391, 0.9480]"
  static QString interval(const core::Proportion& p);
  // "0.123 ± 0.004"
  static QString meanWithError(const core::MeanEstimate& m);
  // Keeps a run of numbers and brackets in reading order inside right-to-left
  // text ("0.25 [0.23, 0.26]" would otherwise come out as "[0.26 ,0.23] 0.25").
  static QString leftToRight(const QString& text);
  // A plain number in the user's locale, shortest form ("0.03", "1e-05").
  static QString number(double v, int significant = 6);
  // "about 12 s left", "about 3 min left", or "estimating time left…"
  static QString timeLeft(double seconds);
};

}  // namespace relulab::ui
