#pragma once

// Forward and backward propagation for tiny networks, built for speed: a batch
// is processed in chunks of kLanes<T> samples, each layer's values held as
// width × kLanes (samples innermost, one SIMD register per neuron), weights
// read as scalars and broadcast. All buffers are allocated once in the
// constructor; no call allocates.
//
// Notation for one chunk, layer l with input a_{l−1} (a_{−1} = the features):
//   forward   z_l = W_l a_{l−1} + b_l,   a_l = f_l(z_l),   d_l = f_l′(z_l)
//   output    δ_H = ∂ℓ/∂z_H           (see OutputKind for each head)
//   backward  ∂ℓ/∂W_l = δ_l a_{l−1}ᵀ,  ∂ℓ/∂b_l = δ_l
//             g_{l−1} = W_lᵀ δ_l       (∂ℓ/∂a_{l−1})
//             δ_{l−1} = J g_{l−1},  J = diag(f′(z_{l−1}))   e.g. diag(z > 0) for ReLU
//             PReLU: ∂ℓ/∂a_j = g_j · min(z_j, 0)
// Gradients accumulate per lane (one FMA per weight per chunk) and are summed
// across lanes once per batch, in a fixed order, so results do not depend on
// the build's vector width. Not thread-safe: one Propagator per thread.

#include <cstddef>
#include <vector>

#include "core/model/network.h"
#include "core/model/sample_matrix.h"

namespace relulab::core {

template <typename T>
class Propagator {
 public:
  static constexpr int kL = kLanes<T>;

  Propagator() = default;
  explicit Propagator(const ParamLayout& layout);

  // ── Whole blocks ──
  // Returns Σ_s ℓ_s over the block and writes grad = ∂(mean_s ℓ_s)/∂θ
  // (layout.size values): TFP's accumulated gradient divided by the batch size.
  T lossAndGradient(const Network<T>& net, const SampleBlock<T>& block, T* grad);

  // Forward only: Σ ℓ_s (accumulated in double) and, for classification, the
  // number of samples whose prediction has the label's sign (prediction ≥ 0 → +1).
  struct Totals {
    double loss = 0.0;
    int correct = 0;
  };
  Totals evaluate(const Network<T>& net, const SampleBlock<T>& block);

  // ── One chunk of kL samples starting at x (feature f at x[f·stride + s]) ──
  void forwardChunk(const Network<T>& net, const T* x, std::ptrdiff_t stride,
                    bool derivatives = true);
  // δ of the output for lanes < valid, 0 for the rest; ℓ per lane into loss
  // (0 beyond valid) when loss is not null. Needs forwardChunk first.
  void outputDelta(OutputKind head, const T* targets, int valid, T* loss);
  // Back-propagates the output δ through the chunk and adds ∂ℓ_s/∂θ to the
  // per-lane accumulators. Needs forwardChunk and outputDelta on the same x.
  void backwardChunk(const Network<T>& net, const T* x, std::ptrdiff_t stride);
  // Starts new sums: the next backwardChunk overwrites the accumulators.
  void clearGradient();
  // grad[p] = scale · Σ_lanes accumulator[p].
  void reduceGradient(T scale, T* grad);

  // The chunk's values of layer l (hidden 0…H−1, output H), neuron j: kL lanes.
  const T* z(int l, int j) const { return at(z_, l, j); }
  const T* a(int l, int j) const { return at(a_, l, j); }
  const T* d(int l, int j) const { return at(d_, l, j); }
  const T* delta(int l, int j) const { return at(delta_, l, j); }
  // The output in label units: tanh y, 2σ(z) − 1, or z.
  T prediction(OutputKind head, int lane) const;

  // Σ over kL lanes in a fixed tree order (lanes s and s + w for w = kL/2, …, 1).
  static T laneSum(const T* v);

 private:
  const T* at(const std::vector<T>& buffer, int l, int j) const {
    return buffer.data() + offsets_[static_cast<std::size_t>(l)] + static_cast<std::size_t>(j * kL);
  }
  T* at(std::vector<T>& buffer, int l, int j) {
    return buffer.data() + offsets_[static_cast<std::size_t>(l)] + static_cast<std::size_t>(j * kL);
  }

  ParamLayout layout_;
  std::vector<std::size_t> offsets_;  // start of layer l in the chunk buffers
  std::vector<T> z_, a_, d_, delta_;  // Σ width × kL each
  std::vector<T> laneGrad_;           // layout.size (rounded up to kL) × kL
  std::vector<T> reduced_;            // the sums, before copying out
  bool fresh_ = true;                 // the next backwardChunk starts the sums
};

extern template class Propagator<float>;
extern template class Propagator<double>;

}  // namespace relulab::core
