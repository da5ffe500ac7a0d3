#pragma once

// One study run as the Studies tab sees it: which study with which settings
// (StudyConfig), and what came back (StudyOutcome: the core's result, its CSV
// text, or a message). The outcome is made in the worker thread and crosses
// to the GUI by std::shared_ptr<const StudyOutcome>, never changed after.

#include <QMetaType>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "core/gpu/backend.h"
#include "core/studies/born_dead.h"
#include "core/studies/collapse.h"
#include "core/studies/depth_variance.h"
#include "core/studies/phase_diagram.h"
#include "core/studies/study_control.h"

namespace relulab::ui {

// The order of the alternatives below, and of the study picker.
enum class StudyKind : int { BornDead, DepthVariance, PhaseDiagram, Collapse };
inline constexpr int kStudyKindCount = 4;

using StudyConfig = std::variant<core::BornDeadConfig, core::DepthVarianceConfig,
                                 core::PhaseDiagramConfig, core::CollapseConfig>;
using StudyResult = std::variant<core::BornDeadResult, core::DepthVarianceResult,
                                 core::PhaseDiagramResult, core::CollapseResult>;

inline StudyKind studyKind(const StudyConfig& config) {
  return static_cast<StudyKind>(config.index());
}

struct StudyOutcome {
  std::optional<StudyResult> result;  // empty when the study refused its settings
  core::Message error;                // why, when result is empty
  std::string csv;                    // the core's CSV text of result
  bool cancelled = false;             // stopped early: result holds what was finished
  double seconds = 0.0;
  QString backend;        // phase diagram: where it ran, in words ("Trained on the CPU path.")
  QString backendReason;  // and why, in the backend's words (for a tooltip); else both empty
  std::optional<core::Message> problem;  // a failure part-way that left the result partial
};
using StudyOutcomePtr = std::shared_ptr<const StudyOutcome>;

// The core's own check of the settings; empty when they are valid.
std::optional<core::Message> validateStudy(const StudyConfig& config);

// Runs the study and formats its CSV. Blocks until done or cancelled
// (control.cancel); thread: any, but never the GUI thread (choosing the GPU
// path may probe EGL). `backend` is where the phase diagram's runs train
// (gpu::choosePhaseBackend: gpu that cannot run is an error, never a silent
// fallback); the other studies run on the CPU path.
StudyOutcome runStudy(const StudyConfig& config, const core::StudyControl& control,
                      gpu::Backend backend = gpu::Backend::Auto);

}  // namespace relulab::ui

Q_DECLARE_METATYPE(relulab::ui::StudyConfig)
Q_DECLARE_METATYPE(relulab::ui::StudyOutcomePtr)
Q_DECLARE_METATYPE(relulab::core::StudyProgress)
