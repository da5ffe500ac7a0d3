#pragma once

// What the app is about: which units pass gradient, which are dead, how sparse
// and how large things are — measured exactly on a probe set.
//
// Definitions (also the UI's tooltips; docs/ARCHITECTURE.md, "Definitions"):
// A sample *passes gradient* through hidden unit j when its pre-activation z
// lies in the activation's live region. Three kinds of gate:
//   HardGate   ReLU, ReLU6, Hardtanh, Hardsigmoid, Hardswish: f′(z) is exactly 0
//              outside the live region (ReLU: z > 0; ReLU6: 0 < z < 6; Hardtanh:
//              |z| < 1; Hardsigmoid: |z| < 3; Hardswish: z ≥ −3). Live ⇔ f′(z) ≠ 0.
//              A unit live on no probe sample is DEAD: no gradient reaches its
//              incoming weights from any sample.
//   LeakyGate  Leaky ReLU, PReLU, ELU, SELU, CELU, GELU, SiLU, Mish, Softplus:
//              live ⇔ z > 0 (the ReLU family's live region). They pass a small
//              gradient for z ≤ 0, so a unit with z ≤ 0 everywhere is INACTIVE,
//              never dead; "revived" means live on some sample again.
//   SmoothGate Sigmoid, Tanh, Softsign: live ⇔ |f′(z)| > saturationThreshold
//              (a stated parameter, default 0.01). Live nowhere: SATURATED.
// activeFraction = live samples / probe samples (exact counts, no threshold
// for the first two kinds). Sparsity of a layer = fraction of (sample, unit)
// outputs that are exactly 0 for activations with a hard zero (ReLU, ReLU6,
// Hardswish, Hardsigmoid), and |f(z)| ≤ nearZeroThreshold otherwise.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/network.h"
#include "core/model/propagator.h"
#include "core/training/train_config.h"

namespace relulab::core {

enum class GateKind { HardGate, LeakyGate, SmoothGate };
GateKind gateKind(ActivationKind kind);
bool hasHardZero(ActivationKind kind);  // f(z) = 0 exactly on a half-line

enum class NeuronState { Active, Dead, Inactive, Saturated };

struct NeuronStats {
  double activeFraction = 0.0;     // [0, 1], see above
  double saturatedFraction = 0.0;  // samples with |f′(z)| ≤ saturationThreshold, [0, 1]
  double meanActivation = 0.0;     // mean of f(z)
  double meanAbsGradient = 0.0;    // mean of |∂ℓ_s/∂z_j|: the error signal its weights see
  NeuronState state = NeuronState::Active;
  bool operator==(const NeuronStats&) const = default;
};

struct LayerStats {
  Activation activation;
  int dead = 0;                    // HardGate units live on no sample
  int inactive = 0;                // LeakyGate units with z ≤ 0 on every sample
  int saturated = 0;               // SmoothGate units saturated on every sample
  double sparsity = 0.0;           // [0, 1]
  double gradientNorm = 0.0;       // ‖∂L/∂W_l‖_F, L the mean loss over the probe set
  double weightNorm = 0.0;         // ‖W_l‖_F
  double preActivationMean = 0.0;  // over all samples and units of the layer
  double preActivationStd = 0.0;   // population standard deviation
  std::vector<NeuronStats> neurons;
  bool operator==(const LayerStats&) const = default;
};

struct Metrics {
  std::int64_t step = 0;
  double epoch = 0.0;
  double trainLoss = 0.0;  // mean ℓ over the training set
  double testLoss = 0.0;   // mean ℓ over the test set (0 if it is empty)
  // Fraction of samples whose prediction has the label's sign; empty for regression.
  std::optional<double> trainAccuracy;
  std::optional<double> testAccuracy;
  std::vector<LayerStats> layers;  // hidden layers
  double outputGradientNorm = 0.0;
  double outputWeightNorm = 0.0;
  ProbeSet probe = ProbeSet::Train;
  int probeSize = 0;
  double saturationThreshold = 0.0;  // as used, for the UI to say
  double nearZeroThreshold = 0.0;
  bool operator==(const Metrics&) const = default;

  int deadUnits() const;
  // Every number finite (the trainer never records a non-finite row).
  bool finite() const;
};

// Computes Metrics with its own workspace (allocated once). Not thread-safe.
template <typename T>
class Diagnostics {
 public:
  Diagnostics() = default;
  explicit Diagnostics(const ParamLayout& layout);

  // probe: the samples for the per-unit statistics (usually `train`).
  // Sets everything but step and epoch.
  Metrics measure(const Network<T>& net, const SampleMatrix<T>& train, const SampleMatrix<T>& test,
                  const SampleMatrix<T>& probe, const DiagnosticsConfig& config,
                  bool classification);

 private:
  Propagator<T> prop_;
  std::vector<T> grad_;
};

extern template class Diagnostics<float>;
extern template class Diagnostics<double>;

}  // namespace relulab::core

namespace relulab::core {

// The history's columns for a network (after "step"): epoch, losses,
// accuracies (classification only), per hidden layer l = 1…H "l<l>_dead",
// "_inactive", "_saturated", "_sparsity", "_grad_norm", "_weight_norm",
// "_z_mean", "_z_std", then "output_grad_norm", "output_weight_norm", then per
// unit "l<l>n<j>_active", "_saturated", "_mean_act", "_mean_abs_grad".
std::vector<std::string> metricColumns(const NetworkSpec& spec, bool classification);
// The values in metricColumns' order (out is resized).
void metricRow(const Metrics& metrics, bool classification, std::vector<double>& out);

}  // namespace relulab::core
