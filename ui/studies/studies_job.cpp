#include "ui/studies/studies_job.h"

#include <QCoreApplication>
#include <memory>
#include <type_traits>

#include "core/gpu/phase_ensemble.h"
#include "io/core_text.h"

namespace relulab::ui {

namespace {

// The outcome's sentences; lupdate takes the context from this declaration.
class JobText {
  Q_DECLARE_TR_FUNCTIONS(relulab::ui::StudiesJob)
};

QString backendNote(const gpu::BackendChoice& choice) {
  return choice.backend == gpu::Backend::Gpu ? JobText::tr("Trained on the GPU path.")
                                             : JobText::tr("Trained on the CPU path.");
}

template <typename Config>
auto runCore(const Config& config, const core::StudyControl& control,
             core::PhaseEnsemble* ensemble) {
  if constexpr (std::is_same_v<Config, core::BornDeadConfig>)
    return core::runBornDeadStudy(config, control);
  else if constexpr (std::is_same_v<Config, core::DepthVarianceConfig>)
    return core::runDepthVarianceStudy(config, control);
  else if constexpr (std::is_same_v<Config, core::PhaseDiagramConfig>)
    return core::runPhaseDiagramStudy(config, control, ensemble);
  else
    return core::runCollapseStudy(config, control);
}

std::string csvOf(const core::BornDeadResult& r) {
  return core::bornDeadCsv(r);
}
std::string csvOf(const core::DepthVarianceResult& r) {
  return core::depthVarianceCsv(r);
}
std::string csvOf(const core::PhaseDiagramResult& r) {
  return core::phaseDiagramCsv(r);
}
std::string csvOf(const core::CollapseResult& r) {
  return core::collapseCsv(r);
}

}  // namespace

std::optional<core::Message> validateStudy(const StudyConfig& config) {
  return std::visit([](const auto& c) { return core::validate(c); }, config);
}

StudyOutcome runStudy(const StudyConfig& config, const core::StudyControl& control,
                      gpu::Backend backend) {
  StudyOutcome outcome;
  std::unique_ptr<gpu::GpuPhaseEnsemble> ensemble;
  if (const auto* phase = std::get_if<core::PhaseDiagramConfig>(&config)) {
    auto chosen = gpu::choosePhaseBackend(backend, *phase);
    if (!chosen) {
      outcome.error = chosen.message();
      return outcome;
    }
    outcome.backend = backendNote(chosen->choice);
    outcome.backendReason = io::coreText(chosen->choice.reason);
    ensemble = std::move(chosen.value().ensemble);
  }  // the other studies have only the CPU path: nothing to say
  std::visit(
      [&](const auto& c) {
        auto result = runCore(c, control, ensemble.get());
        if (!result) {
          outcome.error = result.message();
          return;
        }
        outcome.csv = csvOf(*result);
        outcome.cancelled = result->cancelled;
        outcome.seconds = result->seconds;
        outcome.result.emplace(std::move(result).value());
      },
      config);
  if (ensemble && ensemble->failure())
    outcome.problem = io::message(JobText::tr("The GPU path failed part-way (%1); the results are "
                                              "partial. Run again on the CPU path (Backend: CPU).")
                                      .arg(io::coreText(*ensemble->failure())));
  return outcome;
}

}  // namespace relulab::ui
