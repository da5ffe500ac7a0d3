#include "core/training/trainer.h"

#include <algorithm>
#include <cmath>

#include "core/cpu/kernels.h"
#include "core/training/engine.h"

namespace relulab::core {

namespace {

std::string formatValue(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+inf" : "-inf";
  return std::to_string(v);
}

// The messages of Trainer's members (marked here, in the namespace, for lupdate).
Message pointsNotFinite() {
  return coreMessage(RELULAB_TEXT("data: every point must be finite"));
}
Message badBatchSize(std::size_t train, int got) {
  return coreMessage(RELULAB_TEXT("batch_size: must be in [1, %1], got %2"), train, got);
}
Message noHiddenLayer(int hiddenLayer) {
  return coreMessage(RELULAB_TEXT("network.hidden: no hidden layer %1"), hiddenLayer);
}
Message probeAllOnlyAtCreation() {
  return coreMessage(
      RELULAB_TEXT("diagnostics.probe: \"all\" must be chosen when the trainer is created"));
}
Message wrongParameterCount(std::size_t expected, std::size_t got) {
  return coreMessage(RELULAB_TEXT("parameters: expected %1 values, got %2"), expected, got);
}
Message negativeStep() {
  return coreMessage(RELULAB_TEXT("step: must be ≥ 0"));
}
Message historyColumnsDiffer(std::size_t expected) {
  return coreMessage(
      RELULAB_TEXT("history.columns: do not match this network's metrics (%1 expected)"), expected);
}
// The history's own check speaks English, in the file's key names.
Message historyProblem(const std::string& problem) {
  return Message("history." + problem);
}
Message historyNotFinite() {
  return coreMessage(RELULAB_TEXT("history.values: every value must be finite"));
}
Message parametersNotFinite() {
  return coreMessage(RELULAB_TEXT("parameters: every value must be finite"));
}

// What diverged, in a sentence (marked here, in the namespace, for lupdate).
Message divergenceMessage(const Divergence& d) {
  Message where;
  if (d.quantity == DivergedQuantity::Gradient || d.quantity == DivergedQuantity::Parameter) {
    const Message neuron = coreMessage(RELULAB_TEXT("neuron %1 of layer %2"), d.neuron, d.layer);
    switch (d.parameterKind) {
      case ParamLayout::Kind::Weight:
        where = coreMessage(RELULAB_TEXT("the weight from input %1 to %2"), d.input, neuron);
        break;
      case ParamLayout::Kind::Bias:
        where = coreMessage(RELULAB_TEXT("the bias of %1"), neuron);
        break;
      case ParamLayout::Kind::Slope:
        where = coreMessage(RELULAB_TEXT("the PReLU slope of %1"), neuron);
        break;
    }
  }
  const std::string value = formatValue(d.value);
  switch (d.quantity) {
    case DivergedQuantity::Loss:
      return coreMessage(RELULAB_TEXT("the mini-batch loss became %1"), value);
    case DivergedQuantity::Gradient:
      return coreMessage(RELULAB_TEXT("the gradient of %1 became %2"), where, value);
    case DivergedQuantity::Parameter:
      return coreMessage(RELULAB_TEXT("%1 became %2 after the update"), where, value);
    case DivergedQuantity::Measurement:
      return coreMessage(RELULAB_TEXT("the measured %1 became %2 (every weight still finite)"),
                         d.measurement, value);
  }
  return {};
}

}  // namespace

Message Divergence::message() const {
  return divergenceMessage(*this);
}

std::string Divergence::what() const {
  return message().english();
}

Trainer::Trainer(std::unique_ptr<Engine> engine) : engine_(std::move(engine)) {}
Trainer::Trainer(Trainer&&) noexcept = default;
Trainer& Trainer::operator=(Trainer&&) noexcept = default;
Trainer::~Trainer() = default;

Result<Trainer> Trainer::create(const TrainConfig& config) {
  if (auto problem = validate(config)) return Result<Trainer>::failure(*problem);
  Trainer trainer(cpu::kernels().makeEngine(config, makeDataset(config.data, config.seed)));
  if (config.diagnostics.every > 0) trainer.engine_->record();
  return trainer;
}

Result<Trainer> Trainer::create(const TrainConfig& config, Dataset data) {
  if (auto problem = validate(config)) return Result<Trainer>::failure(*problem);
  const auto finite = [](const Point& p) {
    return std::isfinite(p.x1) && std::isfinite(p.x2) && std::isfinite(p.label);
  };
  if (!std::all_of(data.train.begin(), data.train.end(), finite) ||
      !std::all_of(data.test.begin(), data.test.end(), finite))
    return Result<Trainer>::failure(pointsNotFinite());
  if (config.batchSize > static_cast<int>(data.train.size()))
    return Result<Trainer>::failure(badBatchSize(data.train.size(), config.batchSize));
  Trainer trainer(cpu::kernels().makeEngine(config, std::move(data)));
  if (config.diagnostics.every > 0) trainer.engine_->record();
  return trainer;
}

Result<Trainer> Trainer::restore(const TrainerState& s) {
  auto created = create(s.config, s.data);
  if (!created) return created;
  Trainer trainer = std::move(created).value();
  Engine& e = *trainer.engine_;
  if (s.step < 0) return Result<Trainer>::failure(negativeStep());
  if (auto problem = e.restoreState(s)) return Result<Trainer>::failure(*problem);
  e.step = s.step;
  History::State h = s.history;
  if (h.columns.empty() && h.steps.empty() && !h.latestStep) h.columns = e.history.columns();
  if (h.columns != e.history.columns())
    return Result<Trainer>::failure(historyColumnsDiffer(e.history.columns().size()));
  if (auto problem = History::check(h)) return Result<Trainer>::failure(historyProblem(*problem));
  for (const double v : h.values)
    if (!std::isfinite(v)) return Result<Trainer>::failure(historyNotFinite());
  e.history = History::fromState(h);
  return trainer;
}

TrainerState Trainer::state() const {
  TrainerState s;
  s.config = engine_->config;
  s.data = engine_->data;
  s.step = engine_->step;
  engine_->saveState(s);
  s.history = engine_->history.state();
  return s;
}

const TrainConfig& Trainer::config() const {
  return engine_->config;
}
const Dataset& Trainer::dataset() const {
  return engine_->data;
}
const ParamLayout& Trainer::layout() const {
  return engine_->layout();
}
std::int64_t Trainer::step() const {
  return engine_->step;
}
double Trainer::epoch() const {
  return engine_->epoch();
}
int Trainer::stepsPerEpoch() const {
  const int n = static_cast<int>(engine_->data.train.size());
  return (n + engine_->config.batchSize - 1) / engine_->config.batchSize;
}
const std::optional<Divergence>& Trainer::divergence() const {
  return engine_->divergence;
}

RunResult Trainer::train(std::int64_t steps, const std::atomic<bool>* stop) {
  return engine_->train(steps, stop);
}

RunResult Trainer::trainEpochs(double epochs, const std::atomic<bool>* stop) {
  // Steps until the samples served reach the target: ceil(epochs·N / B).
  const double n = static_cast<double>(engine_->data.train.size());
  const double target = std::ceil(epochs * n - 1e-9);
  const auto steps = static_cast<std::int64_t>(std::ceil(target / engine_->config.batchSize));
  return train(steps, stop);
}

std::optional<Message> Trainer::setOptimizer(const OptimizerConfig& optimizer) {
  if (auto problem = validate(optimizer)) return problem;
  engine_->applyOptimizer(optimizer);
  engine_->divergence.reset();
  return std::nullopt;
}

std::optional<Message> Trainer::setBatchSize(int batchSize) {
  const int n = static_cast<int>(engine_->data.train.size());
  if (batchSize < 1 || batchSize > n) return badBatchSize(static_cast<std::size_t>(n), batchSize);
  engine_->applyBatchSize(batchSize);
  engine_->divergence.reset();
  return std::nullopt;
}

std::optional<Message> Trainer::setActivation(int hiddenLayer, const Activation& activation) {
  NetworkSpec spec = engine_->network();
  if (hiddenLayer < 0 || hiddenLayer >= static_cast<int>(spec.hidden.size()))
    return noHiddenLayer(hiddenLayer);
  spec.hidden[static_cast<std::size_t>(hiddenLayer)].activation = activation;
  if (auto problem = validate(spec)) return problem;
  engine_->applyActivation(hiddenLayer, activation);
  engine_->divergence.reset();
  return std::nullopt;
}

std::optional<Message> Trainer::setDiagnostics(const DiagnosticsConfig& diagnostics) {
  if (auto problem = validate(diagnostics)) return problem;
  if (diagnostics.probe == ProbeSet::All && engine_->config.diagnostics.probe != ProbeSet::All)
    return probeAllOnlyAtCreation();
  engine_->config.diagnostics = diagnostics;
  return std::nullopt;
}

Metrics Trainer::measure() {
  return engine_->measure();
}
void Trainer::record() {
  engine_->record();
}
const History& Trainer::history() const {
  return engine_->history;
}

DecisionGrid Trainer::grid(const GridSpec& spec) {
  DecisionGrid g;
  engine_->grid(spec, g);
  return g;
}

void Trainer::grid(const GridSpec& spec, DecisionGrid& reuse) {
  engine_->grid(spec, reuse);
}

TrainingSnapshot Trainer::snapshot(std::optional<GridSpec> gridSpec) {
  TrainingSnapshot s;
  s.step = step();
  s.epoch = epoch();
  s.metrics = measure();
  if (gridSpec) s.grid = grid(*gridSpec);
  s.network = engine_->network();
  s.parameters = parameters();
  s.divergence = divergence();
  return s;
}

std::vector<double> Trainer::parameters() const {
  return engine_->parameters();
}

std::optional<Message> Trainer::setParameters(std::span<const double> values) {
  if (values.size() != layout().size) return wrongParameterCount(layout().size, values.size());
  for (const double v : values)
    if (!std::isfinite(v)) return parametersNotFinite();
  engine_->setParameters(values);
  engine_->divergence.reset();
  return std::nullopt;
}

}  // namespace relulab::core
