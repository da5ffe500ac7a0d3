#pragma once

// Everything that defines a training run, as plain values with ==. A default
// TrainConfig is TensorFlow Playground's default (the preset "tfp-default").
// Validation returns a message that names the field as the JSON config spells
// it ("optimizer.learning_rate: …"), so the CLI can pass it on unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/message.h"
#include "core/model/network_spec.h"
#include "core/training/dataset.h"

namespace relulab::core {

// Update rules, per parameter θ with mean mini-batch gradient g (PyTorch's forms):
//   Sgd       θ ← θ − η·g                                   (TensorFlow Playground)
//   Momentum  v ← μ·v + g;  θ ← θ − η·v
//   Nesterov  v ← μ·v + g;  θ ← θ − η·(g + μ·v)
//   RmsProp   s ← ρ·s + (1 − ρ)·g²;  θ ← θ − η·g / (√s + ε)
//   Adam      m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
//             θ ← θ − (η / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + ε)
enum class OptimizerKind : int { Sgd, Momentum, Nesterov, RmsProp, Adam };
std::string_view optimizerId(
    OptimizerKind kind);  // "sgd", "momentum", "nesterov", "rmsprop", "adam"
std::optional<OptimizerKind> optimizerFromId(std::string_view id);
std::string optimizerIdList();  // "sgd, momentum, …" for messages

// Penalty on the weights (never on biases or PReLU slopes, as TFP):
// L1 adds λ·sign(w) to g, L2 adds λ·w (the gradient of ½λw²). With L1, a
// weight whose update crosses zero is set to exactly 0 (as TFP does).
enum class Regularization : int { None, L1, L2 };
std::string_view regularizationId(Regularization r);  // "none", "l1", "l2"
std::optional<Regularization> regularizationFromId(std::string_view id);
std::string regularizationIdList();

struct OptimizerConfig {
  OptimizerKind kind = OptimizerKind::Sgd;
  double learningRate = 0.03;  // η, (0, 100]
  double momentum = 0.9;       // μ, [0, 1): Momentum, Nesterov
  double rmsDecay = 0.99;      // ρ, [0, 1): RmsProp (PyTorch's α)
  double beta1 = 0.9;          // [0, 1): Adam
  double beta2 = 0.999;        // [0, 1): Adam
  double epsilon = 1e-8;       // (0, 1]: RmsProp, Adam
  Regularization regularization = Regularization::None;
  double regularizationRate = 0.0;  // λ, [0, 10]
  // Gradient clipping by global norm: if ‖g‖₂ > clipNorm, g ← g·clipNorm/‖g‖₂.
  // 0 turns it off. Applied before the penalty.
  double clipNorm = 0.0;
  bool operator==(const OptimizerConfig&) const = default;
};

// ShuffleOnce: TFP's order (the data are shuffled once when generated; every
// epoch walks the training set in that order, and a batch that does not fit
// at the end of an epoch continues into the next, exactly as TFP's
// accumulators carry over). ReshuffleEachEpoch: a fresh permutation every
// epoch, drawn from the run's seed; batches still run across epoch boundaries.
enum class BatchOrder : int { ShuffleOnce, ReshuffleEachEpoch };
std::string_view batchOrderId(BatchOrder order);  // "shuffle_once", "reshuffle_each_epoch"
std::optional<BatchOrder> batchOrderFromId(std::string_view id);
std::string batchOrderIdList();

// The training arithmetic. Float32 is the fast path (16 samples per AVX-512
// register); Float64 runs the same code in double (8 per register).
enum class Precision : int { Float32, Float64 };
std::string_view precisionId(Precision p);  // "float32", "float64"
std::optional<Precision> precisionFromId(std::string_view id);
std::string precisionIdList();

// Which samples the per-neuron statistics are taken over.
enum class ProbeSet : int { Train, Test, All };
std::string_view probeId(ProbeSet p);  // "train", "test", "all"
std::optional<ProbeSet> probeFromId(std::string_view id);
std::string probeIdList();

struct DiagnosticsConfig {
  // Record metrics into the history every `every` steps (0: only when asked).
  std::int64_t every = 25;
  ProbeSet probe = ProbeSet::Train;
  // A sample passes gradient through a smooth saturating unit (sigmoid, tanh,
  // softsign; and "saturated" for the smooth ReLU relatives) when |f′(z)| > this.
  double saturationThreshold = 0.01;
  // An output counts as zero for the sparsity of an activation without a hard
  // zero when |f(z)| ≤ this (activations with a hard zero count exact zeros).
  double nearZeroThreshold = 0.01;
  bool operator==(const DiagnosticsConfig&) const = default;
};

struct TrainConfig {
  DatasetSpec data;
  NetworkSpec network;
  OptimizerConfig optimizer;
  int batchSize = 10;  // [1, training-set size]: 1 is online SGD, the size is full batch
  BatchOrder batchOrder = BatchOrder::ShuffleOnce;
  Precision precision = Precision::Float32;
  // One seed reproduces data (stream 0), initial weights (stream 1) and batch
  // order (stream 2) bit for bit on the same build.
  std::uint64_t seed = 1;
  DiagnosticsConfig diagnostics;
  bool operator==(const TrainConfig&) const = default;
};

std::optional<Message> validate(const OptimizerConfig& config);
std::optional<Message> validate(const DiagnosticsConfig& config);
// Also checks what ties the parts together: network.inputs equals the number
// of features, the head suits the problem, the batch fits the training set.
std::optional<Message> validate(const TrainConfig& config);
// Points in the training set for a data spec (TFP's floor(points·fraction)).
int trainingSetSize(const DatasetSpec& spec);

}  // namespace relulab::core
