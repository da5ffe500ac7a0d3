#include "core/gpu/phase_ensemble.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "core/gpu/device.h"
#include "core/gpu/ensemble.h"
#include "core/gpu/gl_objects.h"

namespace relulab::gpu {

namespace {

using Clock = std::chrono::steady_clock;

// A chunk of steps aims at this much wall time, so a cancel is seen within
// about that (plus one measurement) whatever the device's speed.
constexpr double kChunkSeconds = 0.03;
constexpr std::int64_t kFirstChunk = 8;
constexpr std::int64_t kMaxChunk = 4096;

// Runs that train together: equal configs but for learning rate and bias init.
struct Group {
  core::TrainConfig key;  // learning rate and bias init cleared
  std::vector<std::size_t> runs;
};

core::TrainConfig groupKey(core::TrainConfig c) {
  c.optimizer.learningRate = 0.0;
  c.network.biasInit = 0.0;
  return c;
}

std::vector<Group> groupRuns(std::span<const core::TrainConfig> configs) {
  std::vector<Group> groups;
  // Candidates by seed first: a study may have thousands of seeds, and only
  // configs with the same seed can share a group.
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> bySeed;
  for (std::size_t i = 0; i < configs.size(); ++i) {
    core::TrainConfig key = groupKey(configs[i]);
    std::vector<std::size_t>& candidates = bySeed[key.seed];
    const auto found = std::find_if(candidates.begin(), candidates.end(),
                                    [&](std::size_t g) { return groups[g].key == key; });
    if (found != candidates.end()) {
      groups[*found].runs.push_back(i);
    } else {
      candidates.push_back(groups.size());
      groups.push_back({std::move(key), {i}});
    }
  }
  return groups;
}

// Member m is run group.runs[m]: its seed, learning rate and bias init.
EnsembleConfig ensembleConfig(const Group& group, std::span<const core::TrainConfig> configs) {
  EnsembleConfig e;
  e.base = configs[group.runs.front()];  // a valid base; the members override lr and bias
  for (std::size_t i : group.runs) {
    const core::TrainConfig& c = configs[i];
    e.members.push_back({c.seed, c.optimizer.learningRate, c.network.biasInit});
  }
  return e;
}

// As core::Trainer::trainEpochs: the steps until the samples served reach
// ⌈epochs·N⌉, i.e. ⌈⌈epochs·N − 10⁻⁹⌉ / B⌉ for N training points, batch B.
std::int64_t stepsFor(const core::TrainConfig& c, double epochs) {
  const double n = core::trainingSetSize(c.data);
  const double target = std::ceil(epochs * n - 1e-9);
  return static_cast<std::int64_t>(std::ceil(target / c.batchSize));
}

double parameterCount(const core::NetworkSpec& spec) {
  double params = 0.0;
  for (int l = 0; l < spec.layerCount(); ++l) params += spec.width(l) * (spec.fanIn(l) + 1.0);
  return params;
}

core::PhaseRunOutcome outcomeOf(const MemberResult& r, const core::NetworkSpec& spec) {
  core::PhaseRunOutcome o;
  for (const core::LayerSpec& layer : spec.hidden) o.hiddenUnits += layer.width;
  o.dead = r.deadUnits();
  for (int n : r.inactive) o.inactive += n;
  o.trainLoss = r.trainLoss;
  o.diverged = r.diverged;
  return o;
}

// The next chunk: what the last one's rate fits into kChunkSeconds, growing at
// most 4× a time (the first dispatch may include the driver's shader compile).
std::int64_t nextChunk(std::int64_t chunk, std::int64_t ran, double seconds) {
  const double fits = seconds > 0.0 ? ran * kChunkSeconds / seconds : 4.0 * chunk;
  const auto next = static_cast<std::int64_t>(std::min(fits, 4.0 * chunk));
  return std::clamp<std::int64_t>(next, 1, kMaxChunk);
}

class Progress {
 public:
  Progress(const core::StudyControl& control, int runs, double totalCost)
      : control_(control), runs_(runs), totalCost_(totalCost) {}
  void add(int runsDone, double cost) {
    runsDone_ += runsDone;
    doneCost_ += cost;
    if (!control_.progress) return;
    core::StudyProgress p;
    p.tasksDone = runsDone_;
    p.taskCount = runs_;
    p.fraction = totalCost_ > 0.0 ? std::clamp(doneCost_ / totalCost_, 0.0, 1.0) : 1.0;
    p.secondsElapsed = std::chrono::duration<double>(Clock::now() - start_).count();
    if (p.fraction > 0.0) p.secondsLeft = p.secondsElapsed * (1.0 - p.fraction) / p.fraction;
    control_.progress(p);
  }

 private:
  const core::StudyControl& control_;
  int runs_ = 0;
  double totalCost_ = 0.0;
  int runsDone_ = 0;
  double doneCost_ = 0.0;
  Clock::time_point start_ = Clock::now();
};

}  // namespace

core::Result<std::unique_ptr<GpuPhaseEnsemble>> GpuPhaseEnsemble::create(
    std::span<const core::TrainConfig> configs) {
  using R = core::Result<std::unique_ptr<GpuPhaseEnsemble>>;
  const Availability a = availability();
  if (!a.available) return R::failure(a.reason);
  // One ensemble per architecture (and optimiser, data, …) finds every shader
  // build and shared-memory limit: groups that differ only in the seed share them.
  std::vector<core::TrainConfig> tried;
  for (const Group& group : groupRuns(configs)) {
    core::TrainConfig kind = group.key;
    kind.seed = 0;
    if (std::find(tried.begin(), tried.end(), kind) != tried.end()) continue;
    tried.push_back(kind);
    auto ensemble = GpuEnsemble::create(ensembleConfig(group, configs));
    if (!ensemble) return R::failure(ensemble.message());
  }
  return std::unique_ptr<GpuPhaseEnsemble>(new GpuPhaseEnsemble());
}

std::vector<std::optional<core::PhaseRunOutcome>> GpuPhaseEnsemble::train(
    std::span<const core::TrainConfig> configs, double epochs, const core::StudyControl& control) {
  std::vector<std::optional<core::PhaseRunOutcome>> outcomes(configs.size());
  failure_.reset();
  const std::vector<Group> groups = groupRuns(configs);
  // Cost of a group per step: members × parameters (as the CPU path weighs a run).
  std::vector<double> stepCost;
  double totalCost = 0.0;
  for (const Group& g : groups) {
    stepCost.push_back(static_cast<double>(g.runs.size()) * parameterCount(g.key.network));
    totalCost += stepCost.back() * static_cast<double>(stepsFor(g.key, epochs));
  }
  Progress progress(control, static_cast<int>(configs.size()), totalCost);
  std::int64_t chunk = kFirstChunk;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const Group& group = groups[g];
    if (control.cancelled()) break;
    auto ensemble = GpuEnsemble::create(ensembleConfig(group, configs));
    if (!ensemble) {
      failure_ = ensemble.message();
      break;
    }
    const std::int64_t steps = stepsFor(group.key, epochs);
    std::int64_t done = 0;
    while (done < steps && !control.cancelled()) {
      const std::int64_t count = std::min(chunk, steps - done);
      const auto start = Clock::now();
      if (const Status s = ensemble.value().train(count); !s) {
        failure_ = s.message();
        break;
      }
      {
        // Wait for the chunk: the time is the device's, and a cancel is seen
        // after work actually done rather than after work merely queued.
        DeviceScope scope;
        finish();
      }
      chunk = nextChunk(chunk, count, std::chrono::duration<double>(Clock::now() - start).count());
      done += count;
      progress.add(0, static_cast<double>(count) * stepCost[g]);
    }
    if (failure_ || done < steps) break;
    const auto report = ensemble.value().measure();
    if (!report) {
      failure_ = report.message();
      break;
    }
    for (std::size_t m = 0; m < group.runs.size(); ++m)
      outcomes[group.runs[m]] = outcomeOf(report->members[m], configs[group.runs[m]].network);
    progress.add(static_cast<int>(group.runs.size()), 0.0);
  }
  return outcomes;
}

std::vector<core::TrainConfig> phaseRunConfigs(const core::PhaseDiagramConfig& config) {
  std::vector<core::TrainConfig> configs;
  const int rows = static_cast<int>(config.learningRates.size());
  for (int r = 0; r < rows; ++r)
    for (int k = 0; k < config.columnCount(); ++k)
      for (int s = 0; s < config.seeds; ++s)
        configs.push_back(core::phaseRunConfig(config, r, k, s));
  return configs;
}

std::size_t phaseEnsembleWidth(std::span<const core::TrainConfig> configs) {
  const std::vector<Group> groups = groupRuns(configs);
  std::size_t width = 0;
  for (const Group& g : groups) width = width == 0 ? g.runs.size() : std::min(width, g.runs.size());
  return width;
}

core::Result<PhaseBackend> choosePhaseBackend(Backend requested,
                                              const core::PhaseDiagramConfig& config) {
  using R = core::Result<PhaseBackend>;
  if (requested == Backend::Cpu)
    return PhaseBackend{chooseBackend(Backend::Cpu, Workload::Ensemble, 0), nullptr};
  const std::vector<core::TrainConfig> configs = phaseRunConfigs(config);
  const std::size_t width = phaseEnsembleWidth(configs);
  if (requested == Backend::Gpu) {
    auto ensemble = GpuPhaseEnsemble::create(configs);
    if (!ensemble)
      return R::failure(
          gpuMessage(RELULAB_TEXT("the GPU path was asked for but cannot train these runs: %1"),
                     ensemble.message()));
    BackendChoice choice{
        Backend::Gpu,
        gpuMessage(RELULAB_TEXT("the GPU path was asked for (%1, %2 networks per ensemble)"),
                   deviceInfo().renderer, width),
        false};
    return PhaseBackend{std::move(choice), std::move(ensemble).value()};
  }
  BackendChoice choice = chooseBackend(Backend::Auto, Workload::Ensemble, width);
  if (choice.backend == Backend::Cpu) return PhaseBackend{std::move(choice), nullptr};
  auto ensemble = GpuPhaseEnsemble::create(configs);
  if (!ensemble)
    return PhaseBackend{
        {Backend::Cpu,
         gpuMessage(
             RELULAB_TEXT("auto: these runs cannot train on the GPU path (%1); using the CPU path"),
             ensemble.message()),
         false},
        nullptr};
  return PhaseBackend{std::move(choice), std::move(ensemble).value()};
}

}  // namespace relulab::gpu
