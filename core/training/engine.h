#pragma once

// Internal: the state behind a Trainer. The base holds what does not depend
// on the arithmetic; EngineT<float> / EngineT<double> (engine.cpp) hold the
// network, optimiser, sampler and workspaces. Include only from trainer.cpp
// and engine.cpp.

#include <memory>

#include "core/training/trainer.h"

namespace relulab::core {

class Trainer::Engine {
 public:
  Engine(const TrainConfig& config, Dataset data);
  virtual ~Engine() = default;

  virtual const ParamLayout& layout() const = 0;
  virtual const NetworkSpec& network() const = 0;  // current activations
  virtual double epoch() const = 0;
  virtual RunResult train(std::int64_t steps, const std::atomic<bool>* stop) = 0;
  // Preconditions for the apply…() calls: the value was validated.
  virtual void applyOptimizer(const OptimizerConfig& optimizer) = 0;
  virtual void applyBatchSize(int batchSize) = 0;
  virtual void applyActivation(int hiddenLayer, const Activation& activation) = 0;
  virtual Metrics measure() = 0;
  virtual void grid(const GridSpec& spec, DecisionGrid& out) = 0;
  virtual std::vector<double> parameters() const = 0;
  virtual void setParameters(std::span<const double> values) = 0;
  // The parts of TrainerState the arithmetic holds (parameters, moments,
  // batch order); restoreState() checks them first and says what does not fit.
  virtual void saveState(TrainerState& state) const = 0;
  virtual std::optional<Message> restoreState(const TrainerState& state) = 0;

  // Measures; appends when every value is finite, else reports divergence.
  void record();

  TrainConfig config;
  Dataset data;
  bool classification = true;
  History history;
  std::int64_t step = 0;
  std::optional<Divergence> divergence;

 private:
  std::vector<double> row_;
};

std::unique_ptr<Trainer::Engine> makeEngine(const TrainConfig& config, Dataset data);

}  // namespace relulab::core
