#pragma once

// The training engine's front door: data, network, optimiser, diagnostics and
// history for one run, built from a TrainConfig.
//
//   auto trainer = Trainer::create(*preset("tfp-relu"));   // Result<Trainer>
//   trainer->train(12500);                                 // 500 epochs of 25 batches
//   Metrics m = trainer->measure();                        // dead units, losses, …
//
// A *step* is one mini-batch update; an *epoch* is one pass over the training
// set (TFP's meaning). Steps are deterministic: one seed reproduces data,
// initial weights and batch order bit for bit on the same build.
//
// Divergence: when the batch loss, a gradient or an updated parameter is NaN
// or ±∞ (or a recorded measurement overflows), the step is not applied, the
// trainer stops and divergence() says what, where and at which step. The
// network stays in its last finite state and nothing non-finite reaches the
// history. A successful set…() call clears the report so training can go on.
//
// Live changes: setOptimizer, setBatchSize, setActivation and setDiagnostics
// keep every weight (e.g. switch dead ReLUs to Leaky ReLU mid-run).
//
// Threads: a Trainer is used by one thread at a time (the UI's worker owns
// it); no member is safe to call concurrently. Snapshots and histories are
// values: copy them out and hand them to other threads. `stop` in train() may
// be set from any thread.

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/model/network.h"
#include "core/training/dataset.h"
#include "core/training/decision_grid.h"
#include "core/training/diagnostics.h"
#include "core/training/history.h"
#include "core/training/train_config.h"

namespace relulab::core {

enum class DivergedQuantity {
  Loss,         // the mini-batch loss (the output overflowed)
  Gradient,     // ∂L/∂θ of one parameter
  Parameter,    // a weight, bias or PReLU slope after the update
  Measurement,  // a recorded metric (loss on the full training or test set, a norm)
};

struct Divergence {
  // Loss, Gradient, Parameter: the update that failed (not applied; the network
  // is as after step − 1). Measurement: the step after which it was measured
  // (the network is as after `step`, every weight finite, a metric not).
  std::int64_t step = 0;
  DivergedQuantity quantity = DivergedQuantity::Loss;
  ParamLayout::Kind parameterKind = ParamLayout::Kind::Weight;  // Gradient, Parameter
  int layer = 0;            // 1-based: hidden 1…H, output H + 1; 0 when not a parameter
  int neuron = 0;           // 1-based; 0 when not a parameter
  int input = 0;            // 1-based source of a weight; 0 otherwise
  double value = 0.0;       // the offending value: NaN, +∞ or −∞
  std::string measurement;  // Measurement: the history column ("train_loss", …)
  bool operator==(const Divergence&) const = default;

  // The step of the state the trainer kept.
  std::int64_t keptStep() const {
    return quantity == DivergedQuantity::Measurement ? step : step - 1;
  }

  // "the gradient of the weight from input 3 to neuron 1 of layer 2 (the output) became +inf"
  Message message() const;   // for the UI to translate
  std::string what() const;  // in English
};

struct RunResult {
  std::int64_t steps = 0;  // updates applied by this call
  bool diverged = false;
  bool interrupted = false;  // `stop` was set
};

// What the UI shows, by value.
struct TrainingSnapshot {
  std::int64_t step = 0;
  double epoch = 0.0;
  Metrics metrics;
  std::optional<DecisionGrid> grid;
  NetworkSpec network;             // with the current activations
  std::vector<double> parameters;  // ParamLayout order
  std::optional<Divergence> divergence;
};

// Everything a run needs to continue exactly as if it had never stopped:
// the same next steps, bit for bit, on the same build (experiment files).
struct TrainerState {
  TrainConfig config;  // live changes included
  Dataset data;        // the points trained on, in their order
  std::int64_t step = 0;
  std::vector<double> parameters;  // ParamLayout order (float values widen exactly)
  // The optimiser's committed moments: `first` for momentum, Nesterov,
  // RMSProp and Adam, `second` for Adam only (empty otherwise); its step count.
  std::vector<double> first, second;
  std::int64_t optimizerSteps = 0;
  Rng::State batchRng{};  // the batch order's generator
  // What is left of the orders drawn (ReshuffleEachEpoch only), the position
  // in the current epoch and the samples served so far.
  std::vector<std::vector<std::uint32_t>> permutations;
  std::int64_t batchOffset = 0;
  std::int64_t samplesServed = 0;
  History::State history;
};

class Trainer {
 public:
  // Validates (the message names the field), generates the data, initialises
  // the network and records step 0 when diagnostics.every > 0.
  static Result<Trainer> create(const TrainConfig& config);
  // As above, but trains on `data` as given instead of generating it (e.g. the
  // playground's generated points plus points added by click); the inputs
  // still come from config.data.features. Every point must be finite and the
  // batch must fit data.train.
  static Result<Trainer> create(const TrainConfig& config, Dataset data);

  // Continues a run from its state: validates the config and the data as
  // create() does, then that every part fits them (counts, orders, finite
  // values); the message names the part ("parameters[12]: …").
  static Result<Trainer> restore(const TrainerState& state);
  TrainerState state() const;

  Trainer(Trainer&&) noexcept;
  Trainer& operator=(Trainer&&) noexcept;
  ~Trainer();

  const TrainConfig& config() const;  // includes live changes
  const Dataset& dataset() const;
  const ParamLayout& layout() const;
  std::int64_t step() const;  // updates applied so far
  double epoch() const;       // samples seen / training-set size
  int stepsPerEpoch() const;  // ceil(training-set size / batch size)
  const std::optional<Divergence>& divergence() const;

  // Runs up to `steps` updates; stops early on divergence or when *stop is
  // true (checked before every update). Records history every
  // diagnostics.every steps (when the history wants the step).
  RunResult train(std::int64_t steps, const std::atomic<bool>* stop = nullptr);
  // Runs until `epochs` more passes over the training set are complete.
  RunResult trainEpochs(double epochs, const std::atomic<bool>* stop = nullptr);

  // Live changes; each returns the problem, or nothing on success. Changing
  // the optimiser's kind forgets its moments; other fields keep them.
  std::optional<Message> setOptimizer(const OptimizerConfig& optimizer);
  std::optional<Message> setBatchSize(int batchSize);
  // hiddenLayer 0-based. Switching to PReLU starts its slopes at the parameter.
  std::optional<Message> setActivation(int hiddenLayer, const Activation& activation);
  std::optional<Message> setDiagnostics(const DiagnosticsConfig& diagnostics);

  // Metrics of the current state on the configured probe set (step, epoch set).
  Metrics measure();
  // Measures and appends to the history now, wanted or not.
  void record();
  const History& history() const;

  DecisionGrid grid(const GridSpec& spec = {});
  void grid(const GridSpec& spec, DecisionGrid& reuse);  // no allocation once sized
  TrainingSnapshot snapshot(std::optional<GridSpec> grid = GridSpec{});

  // All parameters in ParamLayout order, as double.
  std::vector<double> parameters() const;
  // Replaces every parameter (values.size() == layout().size, all finite).
  std::optional<Message> setParameters(std::span<const double> values);

  class Engine;  // implementation (core/training/engine.h), float or double

 private:
  explicit Trainer(std::unique_ptr<Engine> engine);
  std::unique_ptr<Engine> engine_;
};

}  // namespace relulab::core
