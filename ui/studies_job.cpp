#include "ui/studies_job.h"

#include <type_traits>

namespace relulab::ui {

namespace {

template <typename Config>
auto runCore(const Config& config, const core::StudyControl& control) {
  if constexpr (std::is_same_v<Config, core::BornDeadConfig>)
    return core::runBornDeadStudy(config, control);
  else if constexpr (std::is_same_v<Config, core::DepthVarianceConfig>)
    return core::runDepthVarianceStudy(config, control);
  else if constexpr (std::is_same_v<Config, core::PhaseDiagramConfig>)
    return core::runPhaseDiagramStudy(config, control);
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

std::optional<std::string> validateStudy(const StudyConfig& config) {
  return std::visit([](const auto& c) { return core::validate(c); }, config);
}

StudyOutcome runStudy(const StudyConfig& config, const core::StudyControl& control) {
  return std::visit(
      [&control](const auto& c) {
        StudyOutcome outcome;
        auto result = runCore(c, control);
        if (!result) {
          outcome.error = QString::fromStdString(result.error());
          return outcome;
        }
        outcome.csv = csvOf(*result);
        outcome.cancelled = result->cancelled;
        outcome.seconds = result->seconds;
        outcome.result.emplace(std::move(result).value());
        return outcome;
      },
      config);
}

}  // namespace relulab::ui
