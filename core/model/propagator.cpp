#include "core/model/propagator.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/activations/activation_kernels.h"

// See activation_kernels.h: lanes pass by value between this file's inline
// helpers only, so GCC's note about the AVX-512 argument ABI does not apply.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace relulab::core {

using kernels::load;
using kernels::splat;
using kernels::store;

template <typename T>
Propagator<T>::Propagator(const ParamLayout& layout) : layout_(layout) {
  std::size_t total = 0;
  for (const auto& layer : layout_.layers) {
    offsets_.push_back(total);
    total += static_cast<std::size_t>(layer.out * kL);
  }
  z_.assign(total, T(0));
  a_.assign(total, T(0));
  d_.assign(total, T(0));
  delta_.assign(total, T(0));
  // Padded to whole blocks of kL parameters so that every sum goes through the
  // transposing reduction; the padding stays zero.
  const std::size_t padded = (layout_.size + kL - 1) / kL * kL;
  laneGrad_.assign(padded * kL, T(0));
  reduced_.assign(padded, T(0));
}

template <typename T>
T Propagator<T>::laneSum(const T* v) {
  return kernels::laneSum(load(v));
}

// The chunk's values as whole lanes (one register per neuron): all loops
// below run over neurons and inputs, never over samples.
template <typename T>
void Propagator<T>::forwardChunk(const Network<T>& net, const T* x, std::ptrdiff_t stride,
                                 bool derivatives) {
  using V = kernels::Lane<T>;
  const T* p = net.parameters().data();
  const int hidden = net.hiddenCount();
  V in[kMaxWidth];
  {
    const int inputs = layout_.layers.front().in;
    for (int k = 0; k < inputs; ++k) in[k] = load(x + k * stride);
  }
  for (int l = 0; l <= hidden; ++l) {
    const auto& layer = layout_.layers[static_cast<std::size_t>(l)];
    const T* W = p + layer.weights;
    const T* b = p + layer.biases;
    ActivationKind kind = ActivationKind::Tanh;
    T param = T(0);
    if (l < hidden) {
      kind = net.activation(l).kind;
      param = static_cast<T>(net.activation(l).param);
    } else if (net.spec().output == OutputKind::SigmoidCrossEntropy) {
      kind = ActivationKind::Sigmoid;
    }
    const bool linear = l == hidden && net.spec().output == OutputKind::LinearSquaredError;
    const bool prelu = kind == ActivationKind::Prelu;
    bool inlined = true;
    V out[kMaxWidth];
    for (int j = 0; j < layer.out; ++j) {
      // z_j = b_j + Σ_k W[j][k]·a_k
      V z = splat(b[j]);
      for (int k = 0; k < layer.in; ++k) z += W[j * layer.in + k] * in[k];
      store(at(z_, l, j), z);
      V y = z, dy = splat(T(1));
      if (!linear) {
        const T slope = prelu ? p[layer.slopes + static_cast<std::size_t>(j)] : param;
        inlined = kernels::activateLane<T>(kind, slope, z, y, dy);
      }
      out[j] = y;
      if (inlined) {
        store(at(a_, l, j), y);
        if (derivatives) store(at(d_, l, j), dy);
      }
    }
    if (!inlined) {
      // An activation without a lane kernel: the library's array form, one call per layer.
      kernels::activate(net.activation(l), at(z_, l, 0), at(a_, l, 0),
                        derivatives ? at(d_, l, 0) : nullptr, layer.out * kL);
      for (int j = 0; j < layer.out; ++j) out[j] = load(at(a_, l, j));
    }
    for (int j = 0; j < layer.out; ++j) in[j] = out[j];
  }
}

template <typename T>
void Propagator<T>::outputDelta(OutputKind head, const T* targets, int valid, T* loss) {
  using V = kernels::Lane<T>;
  using M = kernels::LaneMask<T>;
  const int out = static_cast<int>(layout_.layers.size()) - 1;
  const V z = load(at(z_, out, 0));
  const V y = load(at(a_, out, 0));
  const V dy = load(at(d_, out, 0));
  const V t = load(targets);
  V delta{}, l{};
  switch (head) {
    case OutputKind::TanhSquaredError: {
      // ℓ = ½(y − t)², ∂ℓ/∂z = (y − t)·tanh′(z) = (y − t)(1 − y²).
      const V e = y - t;
      delta = e * dy;
      l = T(0.5) * e * e;
      break;
    }
    case OutputKind::SigmoidCrossEntropy: {
      // t' = (t + 1)/2; ℓ = softplus(z) − t'·z, with softplus(z) =
      // max(z, 0) + log1p(e^{−|z|}) (no overflow, no log of 0); ∂ℓ/∂z = σ(z) − t'.
      const V t01 = (t + T(1)) * T(0.5);
      delta = y - t01;
      for (int s = 0; s < kL; ++s)
        l[s] = std::max(z[s], T(0)) + std::log1p(std::exp(-std::fabs(z[s]))) - t01[s] * z[s];
      break;
    }
    case OutputKind::LinearSquaredError: {
      // ℓ = ½(z − t)², ∂ℓ/∂z = z − t.
      const V e = z - t;
      delta = e;
      l = T(0.5) * e * e;
      break;
    }
  }
  // Padding lanes: select, never multiply by 0 (∞·0 would be NaN).
  M lane{};
  for (int s = 0; s < kL; ++s) lane[s] = s;
  const M inside = lane < kernels::splat<typename kernels::MaskOf<T>::type>(valid);
  const V zero{};
  store(at(delta_, out, 0), kernels::select(inside, delta, zero));
  if (loss) store(loss, kernels::select(inside, l, zero));
}

template <typename T>
void Propagator<T>::backwardChunk(const Network<T>& net, const T* x, std::ptrdiff_t stride) {
  using V = kernels::Lane<T>;
  const T* p = net.parameters().data();
  const int hidden = net.hiddenCount();
  T* grad = laneGrad_.data();
  V in[kMaxWidth], delta[kMaxWidth];
  for (int l = hidden; l >= 0; --l) {
    const auto& layer = layout_.layers[static_cast<std::size_t>(l)];
    for (int k = 0; k < layer.in; ++k)
      in[k] = l > 0 ? load(at(a_, l - 1, k)) : load(x + k * stride);
    // ∂ℓ/∂W[j][k] += δ_j·a_k, ∂ℓ/∂b_j += δ_j (per lane).
    for (int j = 0; j < layer.out; ++j) {
      const V dj = load(at(delta_, l, j));
      delta[j] = dj;
      T* gb = grad + (layer.biases + static_cast<std::size_t>(j)) * kL;
      T* gw = grad + (layer.weights + static_cast<std::size_t>(j * layer.in)) * kL;
      if (fresh_) {
        store(gb, dj);
        for (int k = 0; k < layer.in; ++k) store(gw + k * kL, dj * in[k]);
      } else {
        store(gb, load(gb) + dj);
        for (int k = 0; k < layer.in; ++k) store(gw + k * kL, load(gw + k * kL) + dj * in[k]);
      }
    }
    if (l == 0) break;
    // g = W_lᵀ δ_l, then δ_{l−1} = J g with J = diag(f′(z_{l−1})).
    const T* W = p + layer.weights;
    const auto& prev = layout_.layers[static_cast<std::size_t>(l - 1)];
    const bool prelu = net.activation(l - 1).kind == ActivationKind::Prelu;
    for (int k = 0; k < layer.in; ++k) {
      V g{};
      for (int j = 0; j < layer.out; ++j) g += W[j * layer.in + k] * delta[j];
      T* ga = grad + (prev.slopes + static_cast<std::size_t>(k)) * kL;
      if (prelu) {
        // ∂y/∂a = min(z, 0) (0 at z = 0, as PyTorch).
        const V zk = load(at(z_, l - 1, k));
        const V contribution = g * kernels::select(zk > V{}, V{}, zk);
        store(ga, fresh_ ? contribution : load(ga) + contribution);
      } else if (fresh_) {
        store(ga, V{});  // not a parameter of this layer's activation
      }
      store(at(delta_, l - 1, k), g * load(at(d_, l - 1, k)));
    }
  }
  fresh_ = false;
}

template <typename T>
void Propagator<T>::clearGradient() {
  // No memset: the next backwardChunk overwrites every accumulator instead of adding.
  fresh_ = true;
}

template <typename T>
void Propagator<T>::reduceGradient(T scale, T* grad) {
  if (fresh_) {  // no chunk since clearGradient()
    std::fill_n(grad, layout_.size, T(0));
    return;
  }
  kernels::reduceLanes(laneGrad_.data(), reduced_.size(), scale, reduced_.data());
  std::copy_n(reduced_.begin(), layout_.size, grad);
}

template <typename T>
T Propagator<T>::lossAndGradient(const Network<T>& net, const SampleBlock<T>& block, T* grad) {
  clearGradient();
  T total = T(0);
  T loss[kL];
  const OutputKind head = net.spec().output;
  for (int c = 0; c < block.count; c += kL) {
    const int valid = std::min(kL, block.count - c);
    forwardChunk(net, block.x + c, block.stride);
    outputDelta(head, block.targets + c, valid, loss);
    total += laneSum(loss);
    backwardChunk(net, block.x + c, block.stride);
  }
  reduceGradient(T(1) / static_cast<T>(block.count), grad);
  return total;
}

template <typename T>
T Propagator<T>::prediction(OutputKind head, int lane) const {
  const int out = static_cast<int>(layout_.layers.size()) - 1;
  const T y = at(a_, out, 0)[lane];
  return head == OutputKind::SigmoidCrossEntropy ? T(2) * y - T(1) : y;
}

template <typename T>
typename Propagator<T>::Totals Propagator<T>::evaluate(const Network<T>& net,
                                                       const SampleBlock<T>& block) {
  Totals totals;
  T loss[kL];
  const OutputKind head = net.spec().output;
  for (int c = 0; c < block.count; c += kL) {
    const int valid = std::min(kL, block.count - c);
    forwardChunk(net, block.x + c, block.stride, /*derivatives=*/true);
    outputDelta(head, block.targets + c, valid, loss);
    for (int s = 0; s < valid; ++s) {
      totals.loss += static_cast<double>(loss[s]);
      const bool positive = prediction(head, s) >= T(0);
      totals.correct += positive == (block.targets[c + s] > T(0)) ? 1 : 0;
    }
  }
  return totals;
}

template class Propagator<float>;
template class Propagator<double>;

}  // namespace relulab::core
