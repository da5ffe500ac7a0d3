#pragma once

// Per-unit statistics of an image network over a probe set, counted chunk by
// chunk after ImageModel::forward(…, derivatives = true). The definitions are
// core/training/diagnostics.h's, with (image, position) pairs in place of
// samples: a pair is live when z is in the activation's live region (HardGate
// f′(z) ≠ 0, LeakyGate z > 0, SmoothGate |f′(z)| > 0.01); a HardGate unit
// live on no pair is dead, a LeakyGate one inactive, a SmoothGate one
// saturated; sparsity counts exact zeros for activations with a hard zero and
// |f(z)| ≤ 0.01 otherwise. Internal to the core (the trainer and the tests).

#include <cmath>
#include <cstdint>
#include <vector>

#include "core/images/image_layers.h"
#include "core/images/image_trainer.h"

namespace relulab::core::images {

inline constexpr double kSaturationThreshold = 0.01;  // DiagnosticsConfig's defaults
inline constexpr double kNearZeroThreshold = 0.01;

struct ProbeCounts {
  std::vector<std::vector<std::int64_t>> live;  // per hidden layer, per unit
  std::vector<std::int64_t> zeros;              // per hidden layer
  std::int64_t images = 0;
};

// Adds the last forward() (model.count() images) to c.
template <typename T>
void countProbe(const ImageModel<T>& model, ProbeCounts& c) {
  const int hidden = model.hiddenCount();
  if (c.live.empty()) {
    c.live.resize(static_cast<std::size_t>(hidden));
    c.zeros.assign(static_cast<std::size_t>(hidden), 0);
    for (int l = 0; l < hidden; ++l)
      c.live[static_cast<std::size_t>(l)].assign(
          static_cast<std::size_t>(imageUnits(model.spec().layers[static_cast<std::size_t>(l)])),
          0);
  }
  const T saturation = static_cast<T>(kSaturationThreshold);
  const T nearZero = static_cast<T>(kNearZeroThreshold);
  for (int l = 0; l < hidden; ++l) {
    if (c.live[static_cast<std::size_t>(l)].empty()) continue;  // MaxPool
    const Activation& act = model.activation(l);
    const GateKind gate = gateKind(act.kind);
    const bool hardZero = hasHardZero(act.kind);
    const T* z = model.z(l);
    const T* a = model.a(l);
    const T* d = model.d(l);
    std::int64_t* live = c.live[static_cast<std::size_t>(l)].data();
    std::int64_t zeros = 0;
    model.forEachUnit(l, model.count(), [&](int j, std::size_t i) {
      bool on = false;
      switch (gate) {
        case GateKind::HardGate:
          on = d[i] != T(0);
          break;
        case GateKind::LeakyGate:
          on = z[i] > T(0);
          break;
        case GateKind::SmoothGate:
          on = std::fabs(d[i]) > saturation;
          break;
      }
      live[j] += on ? 1 : 0;
      zeros += (hardZero ? a[i] == T(0) : std::fabs(a[i]) <= nearZero) ? 1 : 0;
    });
    c.zeros[static_cast<std::size_t>(l)] += zeros;
  }
  c.images += model.count();
}

// ‖v‖₂ of n values, summed in double.
template <typename T>
double norm2(const T* v, std::size_t n) {
  double s = 0.0;
  for (std::size_t i = 0; i < n; ++i) s += static_cast<double>(v[i]) * static_cast<double>(v[i]);
  return std::sqrt(s);
}

// The statistics of every hidden layer (MaxPool: units 0) from the counts,
// with gradient norms from `grad`, ∂L/∂θ of the mean loss over the probe.
template <typename T, typename G>
std::vector<ImageLayerStats> probeStats(const ImageModel<T>& model, const ProbeCounts& c,
                                        const G* grad) {
  std::vector<ImageLayerStats> stats;
  const ImageParamLayout& layout = model.layout();
  for (int l = 0; l < model.hiddenCount(); ++l) {
    const auto ls = static_cast<std::size_t>(l);
    const ImageLayerSpec& spec = model.spec().layers[ls];
    ImageLayerStats s;
    s.kind = spec.kind;
    s.units = imageUnits(spec);
    if (s.units > 0) {
      s.activation = spec.activation;
      const ImageParamLayer& p = layout.layers[ls];
      s.gradientNorm = norm2(grad + p.weights, p.weightCount());
      s.weightNorm = norm2(model.parameters().data() + p.weights, p.weightCount());
      const double pairs = static_cast<double>(c.images) * model.positions(l);
      const std::int64_t zeros = ls < c.zeros.size() ? c.zeros[ls] : 0;
      s.sparsity = pairs > 0 ? static_cast<double>(zeros) / (pairs * s.units) : 0.0;
      const GateKind gate = gateKind(spec.activation.kind);
      for (int j = 0; j < s.units; ++j) {
        const std::int64_t on = ls < c.live.size() ? c.live[ls][static_cast<std::size_t>(j)] : 0;
        s.active.push_back(pairs > 0 ? static_cast<double>(on) / pairs : 0.0);
        NeuronState state = NeuronState::Active;
        if (on == 0 && c.images > 0) {
          switch (gate) {
            case GateKind::HardGate:
              state = NeuronState::Dead;
              ++s.dead;
              break;
            case GateKind::LeakyGate:
              state = NeuronState::Inactive;
              ++s.inactive;
              break;
            case GateKind::SmoothGate:
              state = NeuronState::Saturated;
              ++s.saturated;
              break;
          }
        }
        s.state.push_back(state);
      }
    }
    stats.push_back(std::move(s));
  }
  return stats;
}

}  // namespace relulab::core::images
