#pragma once

// Dying phase diagram: the fraction of dead hidden units after training, over
// a grid of learning rate × (bias init | depth | activation), several seeds
// per cell, with the project's training engine (core/training/trainer.h).
//
// Default: TensorFlow Playground's ReLU net (preset tfp-relu: circle, 500
// points, 2-[4,2]-1, SGD, batch 10) for 500 epochs, learning rate ∈ {0.01,
// 0.03, 0.1, 0.3, 1, 3} × bias init ∈ {−1, −0.5, 0, 0.1, 0.5}, 5 seeds. Run s of
// every cell uses trainer seed `seed + s`, so a row of the diagram compares the
// same data and the same initial weights (only the swept value differs).
// The default (150 runs of 12,500 steps) takes about a second on one core.
//
// Dead (diagnostics.h): a ReLU-family unit with a hard zero whose
// pre-activation is in the dead region on every training sample; units of
// Leaky ReLU, ELU, … with z ≤ 0 everywhere are counted as inactive instead.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/studies/study_control.h"
#include "core/training/train_config.h"

namespace relulab::core {

enum class PhaseAxis : int { BiasInit, Depth, Activation };
std::string_view phaseAxisId(PhaseAxis axis);  // "bias", "depth", "activation"
std::optional<PhaseAxis> phaseAxisFromId(std::string_view id);

struct PhaseDiagramConfig {
  TrainConfig base = defaultBase();                                   // every run starts from this
  std::vector<double> learningRates{0.01, 0.03, 0.1, 0.3, 1.0, 3.0};  // rows
  PhaseAxis axis = PhaseAxis::BiasInit;                               // columns:
  std::vector<double> biasInits{-1.0, -0.5, 0.0, 0.1, 0.5};           //  every bias starts here
  std::vector<int> depths{1, 2, 3, 4, 6};  // hidden layers, each like base's first layer
  std::vector<Activation> activations{
      {ActivationKind::Relu, 0.0}, {ActivationKind::LeakyRelu, 0.01}, {ActivationKind::Elu, 1.0}};
  int seeds = 5;          // runs per cell, [1, 10000]
  double epochs = 500.0;  // training per run, (0, 100000] (TFP measurements: 500)
  std::uint64_t seed = 1;

  static TrainConfig defaultBase();  // preset tfp-relu, history off
  int columnCount() const;
};

// Empty when valid; otherwise a message that names the option, or the
// config field of the first cell whose TrainConfig is invalid.
std::optional<Message> validate(const PhaseDiagramConfig& config);

// The TrainConfig of cell (row, column), run s.
TrainConfig phaseRunConfig(const PhaseDiagramConfig& config, int row, int column, int run);

// What one trained run reports.
struct PhaseRunOutcome {
  int hiddenUnits = 0;
  int dead = 0;
  int inactive = 0;
  double trainLoss = 0.0;
  bool diverged = false;
};

// Another way to train runs (the GPU ensemble, which lives above core): trains
// every config for `epochs` epochs and returns one outcome per config, or an
// empty optional for runs it did not finish because control.cancelled().
// Blocks; called on the study's calling thread.
class PhaseEnsemble {
 public:
  virtual ~PhaseEnsemble() = default;
  virtual std::vector<std::optional<PhaseRunOutcome>> train(std::span<const TrainConfig> configs,
                                                            double epochs,
                                                            const StudyControl& control) = 0;
};

struct PhaseCell {
  int row = 0;     // index into learningRates
  int column = 0;  // index into the axis' list
  double learningRate = 0.0;
  int runsDone = 0;
  bool complete = false;
  MeanEstimate deadFraction;      // dead / hidden units, per run
  MeanEstimate inactiveFraction;  // inactive / hidden units, per run
  Proportion anyDead;             // runs with at least one dead unit
  MeanEstimate trainLoss;
  int diverged = 0;  // runs stopped by divergence (measured where they stopped)
};

struct PhaseDiagramResult {
  PhaseDiagramConfig config;
  std::vector<PhaseCell> cells;       // row-major: learningRates × columns
  std::vector<PhaseRunOutcome> runs;  // cell-major, seeds inner; only meaningful where runDone
  std::vector<char> runDone;
  bool cancelled = false;
  double seconds = 0.0;
};

// Blocks (study_control.h). With ensemble == nullptr, runs train on the CPU,
// one Trainer per run, in parallel over control.threads.
Result<PhaseDiagramResult> runPhaseDiagramStudy(const PhaseDiagramConfig& config,
                                                const StudyControl& control = {},
                                                PhaseEnsemble* ensemble = nullptr);

// The column's value as text: "-0.5", "3", "leaky_relu:0.01".
std::string phaseColumnLabel(const PhaseDiagramConfig& config, int column);
// learning_rate,<axis>,runs,dead_fraction,…_se,inactive_fraction,…_se,any_dead,…_lo,…_hi,
// train_loss,…_se,diverged,complete
std::string phaseDiagramCsv(const PhaseDiagramResult& result);

}  // namespace relulab::core
