// The ensemble's CPU path (one core::Trainer per member, on all cores), what
// both paths share, and the choice between them.
#include <cmath>
#include <vector>

#include "core/base/random.h"
#include "core/gpu/device.h"
#include "core/gpu/ensemble.h"
#include "core/studies/study_control.h"
#include "core/training/trainer.h"

namespace relulab::gpu {

int MemberResult::deadUnits() const {
  int n = 0;
  for (int d : dead) n += d;
  return n;
}

std::optional<core::Message> validate(const EnsembleConfig& config) {
  if (auto problem = core::validate(config.base)) return problem;
  if (config.members.empty())
    return gpuMessage(RELULAB_TEXT("ensemble.members: at least one member"));
  for (std::size_t m = 0; m < config.members.size(); ++m) {
    const EnsembleMember& member = config.members[m];
    if (!(member.learningRate > 0.0 && member.learningRate <= 100.0))
      return gpuMessage(RELULAB_TEXT("ensemble.members[%1].learning_rate: must be in (0, 100]"), m);
    if (!std::isfinite(member.biasInit))
      return gpuMessage(RELULAB_TEXT("ensemble.members[%1].bias_init: must be finite"), m);
  }
  return std::nullopt;
}

namespace {

core::TrainConfig memberConfig(const EnsembleConfig& config, const EnsembleMember& member) {
  core::TrainConfig c = config.base;
  c.optimizer.learningRate = member.learningRate;
  c.network.biasInit = member.biasInit;
  c.diagnostics.every = 0;  // the ensemble measures once, at the end
  return c;
}

}  // namespace

core::Network<float> initialNetwork(const EnsembleConfig& config, int member) {
  const EnsembleMember& m = config.members.at(static_cast<std::size_t>(member));
  core::NetworkSpec spec = config.base.network;
  spec.biasInit = m.biasInit;
  core::Network<float> net(spec);
  core::Rng rng(m.seed, 1);
  net.initialize(rng);
  return net;
}

core::Result<EnsembleReport> trainEnsembleCpu(const EnsembleConfig& config, std::int64_t steps,
                                              int threads) {
  using R = core::Result<EnsembleReport>;
  if (auto problem = validate(config)) return R::failure(*problem);
  EnsembleReport report;
  report.members.resize(config.members.size());
  std::vector<std::optional<core::Message>> errors(config.members.size());
  const std::vector<double> costs(config.members.size(), 1.0);
  core::StudyControl control;
  control.threads = threads;
  core::runTasks(
      costs,
      [&](int m) {
        const auto i = static_cast<std::size_t>(m);
        auto trainer = core::Trainer::create(memberConfig(config, config.members[i]));
        if (!trainer) {
          errors[i] = trainer.message();
          return true;
        }
        const core::Network<float> start = initialNetwork(config, m);
        const std::vector<double> params(start.parameters().begin(), start.parameters().end());
        if (auto problem = trainer.value().setParameters(params)) {
          errors[i] = *problem;
          return true;
        }
        const core::RunResult run = trainer.value().train(steps);
        const core::Metrics metrics = trainer.value().measure();
        MemberResult& r = report.members[i];
        r.steps = trainer.value().step();
        r.diverged = run.diverged;
        r.trainLoss = metrics.trainLoss;
        r.testLoss = metrics.testLoss;
        r.trainAccuracy = metrics.trainAccuracy;
        r.testAccuracy = metrics.testAccuracy;
        r.parameters = trainer.value().parameters();
        for (const core::LayerStats& layer : metrics.layers) {
          r.dead.push_back(layer.dead);
          r.inactive.push_back(layer.inactive);
          r.saturated.push_back(layer.saturated);
        }
        return true;
      },
      control);
  for (const std::optional<core::Message>& e : errors)
    if (e) return R::failure(*e);
  return report;
}

core::Result<EnsembleRun> trainEnsemble(Backend requested, const EnsembleConfig& config,
                                        std::int64_t steps) {
  using R = core::Result<EnsembleRun>;
  if (auto problem = validate(config)) return R::failure(*problem);
  BackendChoice choice = chooseBackend(requested, Workload::Ensemble, config.members.size());
  if (choice.backend == Backend::Gpu) {
    core::Message failure;
    auto ensemble = GpuEnsemble::create(config);
    if (ensemble) {
      const Status s = ensemble.value().train(steps);
      if (s) {
        auto report = ensemble.value().measure();
        if (report) return EnsembleRun{std::move(report.value()), choice};
        failure = report.message();
      } else {
        failure = s.message();
      }
    } else {
      failure = ensemble.message();
    }
    choice = {Backend::Cpu,
              gpuMessage(RELULAB_TEXT("the GPU path failed (%1); using the CPU path"), failure),
              true};
  }
  auto report = trainEnsembleCpu(config, steps);
  if (!report) return R::failure(report.message());
  return EnsembleRun{std::move(report.value()), choice};
}

}  // namespace relulab::gpu
