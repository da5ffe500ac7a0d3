#include "core/studies/phase_diagram.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

#include "core/training/presets.h"
#include "core/training/trainer.h"

namespace relulab::core {

namespace {

constexpr std::array<std::string_view, 3> kAxisIds{"bias", "depth", "activation"};

PhaseRunOutcome outcomeOf(const Metrics& m, bool diverged) {
  PhaseRunOutcome o;
  for (const LayerStats& layer : m.layers) {
    o.hiddenUnits += static_cast<int>(layer.neurons.size());
    o.dead += layer.dead;
    o.inactive += layer.inactive;
  }
  o.trainLoss = m.trainLoss;
  o.diverged = diverged;
  return o;
}

// One run on the CPU engine. Nothing when cancelled part-way.
std::optional<PhaseRunOutcome> trainOnCpu(const TrainConfig& config, double epochs,
                                          const StudyControl& control) {
  auto created = Trainer::create(config);
  if (!created) return std::nullopt;  // validate() checked every cell: cannot happen
  Trainer trainer = std::move(created).value();
  const RunResult run = trainer.trainEpochs(epochs, control.cancel);
  if (run.interrupted) return std::nullopt;
  return outcomeOf(trainer.measure(), run.diverged);
}

}  // namespace

std::string_view phaseAxisId(PhaseAxis axis) {
  return kAxisIds.at(static_cast<int>(axis));
}

std::optional<PhaseAxis> phaseAxisFromId(std::string_view id) {
  for (int i = 0; i < static_cast<int>(kAxisIds.size()); ++i)
    if (kAxisIds[i] == id) return static_cast<PhaseAxis>(i);
  return std::nullopt;
}

TrainConfig PhaseDiagramConfig::defaultBase() {
  TrainConfig base = *preset("tfp-relu");
  base.diagnostics.every = 0;  // no history: the study measures once, at the end
  return base;
}

int PhaseDiagramConfig::columnCount() const {
  switch (axis) {
    case PhaseAxis::BiasInit:
      return static_cast<int>(biasInits.size());
    case PhaseAxis::Depth:
      return static_cast<int>(depths.size());
    case PhaseAxis::Activation:
      return static_cast<int>(activations.size());
  }
  return 0;
}

TrainConfig phaseRunConfig(const PhaseDiagramConfig& c, int row, int column, int run) {
  TrainConfig t = c.base;
  t.optimizer.learningRate = c.learningRates.at(row);
  t.seed = c.seed + static_cast<std::uint64_t>(run);
  switch (c.axis) {
    case PhaseAxis::BiasInit:
      t.network.biasInit = c.biasInits.at(column);
      break;
    case PhaseAxis::Depth:
      t.network.hidden.assign(c.depths.at(column), c.base.network.hidden.front());
      break;
    case PhaseAxis::Activation:
      for (LayerSpec& layer : t.network.hidden) layer.activation = c.activations.at(column);
      break;
  }
  return t;
}

std::optional<Message> validate(const PhaseDiagramConfig& c) {
  if (c.learningRates.empty()) return coreMessage(RELULAB_TEXT("list at least one learning rate"));
  if (c.columnCount() == 0)
    return coreMessage(RELULAB_TEXT("list at least one value for the %1 axis"),
                       phaseAxisId(c.axis));
  if (c.base.network.hidden.empty())
    return coreMessage(RELULAB_TEXT("the base network needs a hidden layer"));
  if (c.seeds < 1 || c.seeds > 10000)
    return coreMessage(RELULAB_TEXT("seeds must lie in [1, 10000], got %1"), c.seeds);
  if (!(c.epochs > 0.0 && c.epochs <= 100000.0))
    return coreMessage(RELULAB_TEXT("epochs must lie in (0, 100000]"));
  // Every cell's config must be valid (learning rate, depth ≤ 10, …); run 0
  // stands for all runs, which differ only in the seed.
  for (int r = 0; r < static_cast<int>(c.learningRates.size()); ++r)
    for (int k = 0; k < c.columnCount(); ++k)
      if (auto e = validate(phaseRunConfig(c, r, k, 0)))
        return coreMessage(RELULAB_TEXT("learning rate %1, %2: %3"),
                           std::to_string(c.learningRates[r]), phaseColumnLabel(c, k), *e);
  return std::nullopt;
}

Result<PhaseDiagramResult> runPhaseDiagramStudy(const PhaseDiagramConfig& c,
                                                const StudyControl& control,
                                                PhaseEnsemble* ensemble) {
  if (auto error = validate(c)) return Result<PhaseDiagramResult>::failure(*error);
  const int rows = static_cast<int>(c.learningRates.size());
  const int columns = c.columnCount();
  const int runCount = rows * columns * c.seeds;
  std::vector<TrainConfig> configs;
  std::vector<double> costs;
  configs.reserve(runCount);
  for (int r = 0; r < rows; ++r)
    for (int k = 0; k < columns; ++k)
      for (int s = 0; s < c.seeds; ++s) {
        configs.push_back(phaseRunConfig(c, r, k, s));
        double params = 0.0;
        for (int l = 0; l < configs.back().network.layerCount(); ++l)
          params += configs.back().network.width(l) * (configs.back().network.fanIn(l) + 1.0);
        costs.push_back(params);
      }

  PhaseDiagramResult result;
  result.config = c;
  result.runs.assign(runCount, {});
  result.runDone.assign(runCount, 0);
  if (ensemble != nullptr) {
    const auto start = std::chrono::steady_clock::now();
    const auto outcomes = ensemble->train(configs, c.epochs, control);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (int i = 0; i < runCount && i < static_cast<int>(outcomes.size()); ++i)
      if (outcomes[i]) {
        result.runs[i] = *outcomes[i];
        result.runDone[i] = 1;
      }
  } else {
    const TaskRunReport report = runTasks(
        costs,
        [&](int i) {
          auto outcome = trainOnCpu(configs[i], c.epochs, control);
          if (!outcome) return false;
          result.runs[i] = *outcome;
          return true;
        },
        control);
    result.runDone = report.done;
    result.seconds = report.seconds;
  }

  for (int r = 0; r < rows; ++r)
    for (int k = 0; k < columns; ++k) {
      PhaseCell cell;
      cell.row = r;
      cell.column = k;
      cell.learningRate = c.learningRates[r];
      std::vector<double> dead, inactive, loss;
      std::int64_t anyDead = 0;
      for (int s = 0; s < c.seeds; ++s) {
        const int i = (r * columns + k) * c.seeds + s;
        if (!result.runDone[i]) continue;
        const PhaseRunOutcome& o = result.runs[i];
        const double units = std::max(1, o.hiddenUnits);
        dead.push_back(o.dead / units);
        inactive.push_back(o.inactive / units);
        loss.push_back(o.trainLoss);
        anyDead += o.dead > 0;
        cell.diverged += o.diverged;
      }
      cell.runsDone = static_cast<int>(dead.size());
      cell.complete = cell.runsDone == c.seeds;
      cell.deadFraction = meanEstimate(dead);
      cell.inactiveFraction = meanEstimate(inactive);
      cell.anyDead = wilson(anyDead, cell.runsDone);
      cell.trainLoss = meanEstimate(loss);
      result.cancelled = result.cancelled || !cell.complete;
      result.cells.push_back(cell);
    }
  return result;
}

std::string phaseColumnLabel(const PhaseDiagramConfig& c, int column) {
  switch (c.axis) {
    case PhaseAxis::BiasInit:
      return formatNumber(c.biasInits.at(column));
    case PhaseAxis::Depth:
      return formatNumber(static_cast<std::int64_t>(c.depths.at(column)));
    case PhaseAxis::Activation: {
      const Activation& a = c.activations.at(column);
      std::string label(activationInfo(a.kind).id);
      if (activationInfo(a.kind).parameter) {
        label += ':';  // (not ":" + …: GCC 12's false -Wrestrict, bug 105329)
        label += formatNumber(a.param);
      }
      return label;
    }
  }
  return {};
}

std::string phaseDiagramCsv(const PhaseDiagramResult& result) {
  const PhaseDiagramConfig& c = result.config;
  CsvText csv({"learning_rate", phaseAxisId(c.axis), "runs", "dead_fraction", "dead_fraction_se",
               "inactive_fraction", "inactive_fraction_se", "any_dead", "any_dead_lo",
               "any_dead_hi", "train_loss", "train_loss_se", "diverged", "complete"});
  for (const PhaseCell& cell : result.cells) {
    csv.field(cell.learningRate).field(phaseColumnLabel(c, cell.column)).field(cell.runsDone);
    csv.field(cell.deadFraction.mean).field(cell.deadFraction.standardError);
    csv.field(cell.inactiveFraction.mean).field(cell.inactiveFraction.standardError);
    csv.field(cell.anyDead.estimate).field(cell.anyDead.lower).field(cell.anyDead.upper);
    csv.field(cell.trainLoss.mean).field(cell.trainLoss.standardError);
    csv.field(cell.diverged).field(cell.complete ? 1 : 0);
    csv.endRow();
  }
  return csv.text();
}

}  // namespace relulab::core
