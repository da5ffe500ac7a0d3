#pragma once

// The arithmetic of an image network (core/images/image_network.h) on one
// chunk of images: forward, softmax cross-entropy, backward. Written once for
// the scalar type T: the trainer runs float, the gradient checks double.
// Internal to the core (the trainer and the tests include it).
//
// Parameters live in one flat array, laid out as the tiny networks' (so the
// optimiser's penalty covers one prefix):
//   [ W of every Conv/Dense hidden layer, then W of the softmax layer ]
//   [ b, same order ][ a: one PReLU slope per unit of every Conv/Dense layer ]
// Conv W is out × in × k × k, Dense W out × in, both row-major.
//
// Activations are kept in two layouts, each chosen so that the layer's work is
// one matrix product with no copy:
//   planar   (Conv, MaxPool, the input) channel × (image × row × column):
//            one row per feature map, so a convolution is W · im2col(x);
//   samples  (Dense, the softmax layer) unit × image, column-major: one
//            column per image, so a dense layer is W · X.
// The input (one channel) is both. A Dense layer after a planar one first
// gathers its input into samples layout (channel, row, column per image).
//
//   Conv      z = W · col(x) + b, col(x) the (in·k·k) × (images·rows·cols)
//             im2col matrix with zero padding k / 2; ∂W = δ · colᵀ,
//             ∂col = Wᵀ · δ, scattered back by col2im.
//   MaxPool   y = max over 2 × 2; ∂x = ∂y at the first maximum (PyTorch's tie
//             rule), 0 elsewhere.
//   Dense     z = W · x + b; ∂W = δ · xᵀ, ∂x = Wᵀ · δ.
//   Softmax   p = e^{z − max z} / Σ e^{z − max z};  ℓ = log Σ e^{z − max z} − (z_y − max z);
//             ∂ℓ/∂z = p − onehot(y).
//   Activation a = f(z), δ_z = δ_a ⊙ f′(z); PReLU per unit j: ∂L/∂a_j = Σ δ_a ⊙ ∂f/∂a.
//
// Nothing is allocated once reserve() has run for the largest chunk.

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <type_traits>
#include <vector>

#if RELULAB_OPENBLAS
#include <cblas.h>
extern "C" void openblas_set_num_threads(int);
#endif

#if defined(__SSE2__)
#include <emmintrin.h>
#define RELULAB_POOL_SSE2 1
#else
#define RELULAB_POOL_SSE2 0
#endif

#include "core/activations/activation.h"
#include "core/base/random.h"
#include "core/images/image_network.h"

namespace relulab::core::images {

// Buffers aligned as Eigen's vector code wants them. Not for speed alone: a
// product's summation order may depend on where its operands start (Eigen
// peels unaligned heads), so buffers that start at the same alignment every
// time give the same numbers every time.
template <typename T>
using AlignedVector = std::vector<T, Eigen::aligned_allocator<T>>;

// C = op(A) · op(B), or C += op(A) · op(B) when accumulate: row-major M × N,
// op(A) M × K, op(B) K × N, each with its row stride. Float products go to
// OpenBLAS when the build has it (its kernels are picked for the CPU at run
// time, and beat Eigen's by up to 1.6× on a convolution's shapes); it runs
// them on the calling thread only, so the trainer's own threads stay the
// only ones and the sums stay the same whatever their number. Everything
// else (double, or no OpenBLAS) is Eigen's.
template <typename T>
void gemm(bool transA, bool transB, Eigen::Index M, Eigen::Index N, Eigen::Index K, const T* A,
          Eigen::Index lda, const T* B, Eigen::Index ldb, T* C, Eigen::Index ldc, bool accumulate) {
#if RELULAB_OPENBLAS
  if constexpr (std::is_same_v<T, float>) {
    static const bool oneThread = (openblas_set_num_threads(1), true);
    (void)oneThread;
    cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans,
                transB ? CblasTrans : CblasNoTrans, static_cast<blasint>(M),
                static_cast<blasint>(N), static_cast<blasint>(K), 1.0f, A,
                static_cast<blasint>(lda), B, static_cast<blasint>(ldb), accumulate ? 1.0f : 0.0f,
                C, static_cast<blasint>(ldc));
    return;
  }
#endif
  using RowMat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  using Stride = Eigen::OuterStride<>;
  Eigen::Map<const RowMat, 0, Stride> a(A, transA ? K : M, transA ? M : K, Stride(lda));
  Eigen::Map<const RowMat, 0, Stride> b(B, transB ? N : K, transB ? K : N, Stride(ldb));
  Eigen::Map<RowMat, 0, Stride> c(C, M, N, Stride(ldc));
  const auto run = [&](const auto& x, const auto& y) {
    if (accumulate)
      c.noalias() += x * y;
    else
      c.noalias() = x * y;
  };
  if (transA && transB)
    run(a.transpose(), b.transpose());
  else if (transA)
    run(a.transpose(), b);
  else if (transB)
    run(a, b.transpose());
  else
    run(a, b);
}

// Where a Conv/Dense layer's parameters are in the flat array.
struct ImageParamLayer {
  ImageLayerKind kind = ImageLayerKind::Dense;
  int out = 0;     // maps or units
  int in = 0;      // input maps (Conv) or inputs (Dense)
  int kernel = 0;  // Conv only
  std::size_t weights = 0, biases = 0, slopes = 0;
  std::size_t weightCount() const {
    return static_cast<std::size_t>(out) * static_cast<std::size_t>(in) *
           static_cast<std::size_t>(kernel > 0 ? kernel * kernel : 1);
  }
};

struct ImageParamLayout {
  // One per hidden layer (MaxPool: out = 0, nothing in the array), then the
  // softmax layer.
  std::vector<ImageParamLayer> layers;
  std::size_t weightCount = 0;
  std::size_t size = 0;

  ImageParamLayout() = default;
  explicit ImageParamLayout(const ImageNetworkSpec& spec) {
    const std::vector<ImageShape> shapes = imageShapes(spec);
    const std::size_t hidden = spec.layers.size();
    layers.resize(hidden + 1);
    for (std::size_t l = 0; l <= hidden; ++l) {
      ImageParamLayer& p = layers[l];
      if (l == hidden) {
        p.kind = ImageLayerKind::Dense;
        p.out = spec.classes;
        p.in = shapes[l].size();
      } else {
        const ImageLayerSpec& s = spec.layers[l];
        p.kind = s.kind;
        if (s.kind == ImageLayerKind::Conv) {
          p.out = s.size;
          p.in = shapes[l].channels;
          p.kernel = s.kernel;
        } else if (s.kind == ImageLayerKind::Dense) {
          p.out = s.size;
          p.in = shapes[l].size();
        }
      }
    }
    std::size_t offset = 0;
    for (ImageParamLayer& p : layers) {
      p.weights = offset;
      offset += p.weightCount();
    }
    weightCount = offset;
    for (ImageParamLayer& p : layers) {
      p.biases = offset;
      offset += static_cast<std::size_t>(p.out);
    }
    for (std::size_t l = 0; l < hidden; ++l) {
      layers[l].slopes = offset;
      offset += static_cast<std::size_t>(layers[l].out);
    }
    size = offset;
  }
};

template <typename T>
class ImageModel {
 public:
  using RowMat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  using ColMat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;
  using Vec = Eigen::Matrix<T, Eigen::Dynamic, 1>;

  ImageModel() = default;
  // Precondition: validate(spec) is empty. Parameters start at zero.
  explicit ImageModel(const ImageNetworkSpec& spec)
      : spec_(spec), shapes_(imageShapes(spec)), layout_(spec) {
    params_.assign(layout_.size, T(0));
    for (std::size_t l = 0; l < spec_.layers.size(); ++l) resetSlopes(static_cast<int>(l));
  }

  const ImageNetworkSpec& spec() const { return spec_; }
  const ImageParamLayout& layout() const { return layout_; }
  const std::vector<ImageShape>& shapes() const { return shapes_; }
  int hiddenCount() const { return static_cast<int>(spec_.layers.size()); }
  AlignedVector<T>& parameters() { return params_; }
  const AlignedVector<T>& parameters() const { return params_; }
  const Activation& activation(int l) const {
    return spec_.layers[static_cast<std::size_t>(l)].activation;
  }

  // Weights from spec().weightInit, layer by layer (the softmax layer last),
  // unit by unit, input by input; fan-in of a Conv = in·k·k, fan-out out·k·k.
  // Biases at spec().biasInit, PReLU slopes at their layer's parameter.
  void initialize(Rng& rng) {
    const InitSpec& init = spec_.weightInit;
    for (const ImageParamLayer& p : layout_.layers) {
      if (p.out == 0) continue;
      const double area = p.kernel > 0 ? p.kernel * p.kernel : 1;
      const double fanIn = p.in * area;
      const double fanOut = p.out * area;
      T* w = params_.data() + p.weights;
      for (std::size_t i = 0; i < p.weightCount(); ++i) {
        double v = 0.0;
        switch (init.scheme) {
          case InitScheme::HeNormal:
            v = rng.normal(0.0, std::sqrt(2.0 / fanIn));
            break;
          case InitScheme::HeUniform:
            v = rng.uniform(-std::sqrt(6.0 / fanIn), std::sqrt(6.0 / fanIn));
            break;
          case InitScheme::XavierNormal:
            v = rng.normal(0.0, std::sqrt(2.0 / (fanIn + fanOut)));
            break;
          case InitScheme::XavierUniform: {
            const double a = std::sqrt(6.0 / (fanIn + fanOut));
            v = rng.uniform(-a, a);
            break;
          }
          case InitScheme::LecunNormal:
            v = rng.normal(0.0, std::sqrt(1.0 / fanIn));
            break;
          case InitScheme::Uniform:
            v = rng.uniform(-init.scale, init.scale);
            break;
          case InitScheme::Constant:
            v = init.scale;
            break;
        }
        w[i] = static_cast<T>(v);
      }
      std::fill_n(params_.data() + p.biases, p.out, static_cast<T>(spec_.biasInit));
    }
    for (std::size_t l = 0; l < spec_.layers.size(); ++l) resetSlopes(static_cast<int>(l));
  }

  // A new activation for hidden layer l (Conv or Dense); a PReLU starts its
  // slopes at its parameter.
  void setActivation(int l, const Activation& a) {
    spec_.layers[static_cast<std::size_t>(l)].activation = a;
    resetSlopes(l);
  }

  // Buffers for chunks of up to `images` images.
  void reserve(int images) {
    if (images <= capacity_) return;
    capacity_ = images;
    const std::size_t n = static_cast<std::size_t>(images);
    const std::size_t hidden = spec_.layers.size();
    z_.resize(hidden);
    a_.resize(hidden);
    d_.resize(hidden);
    ga_.resize(hidden);
    col_.resize(hidden);
    keep_.resize(hidden);
    taps_.resize(hidden);
    argmax_.resize(hidden);
    std::size_t gz = 0, gcol = 0, flat = 0;
    for (std::size_t l = 0; l < hidden; ++l) {
      const std::size_t out = n * static_cast<std::size_t>(shapes_[l + 1].size());
      const ImageLayerSpec& s = spec_.layers[l];
      a_[l].assign(out, T(0));
      ga_[l].assign(out, T(0));
      if (s.kind == ImageLayerKind::MaxPool) {
        argmax_[l].assign(out, 0);
      } else {
        z_[l].assign(out, T(0));
        d_[l].assign(out, T(0));
        gz = std::max(gz, out);
      }
      if (s.kind == ImageLayerKind::Conv) {
        const std::size_t k = static_cast<std::size_t>(s.kernel);
        const std::size_t rows = static_cast<std::size_t>(shapes_[l].channels) * k * k;
        const std::size_t cols = n * static_cast<std::size_t>(shapes_[l].rows * shapes_[l].cols);
        col_[l].assign(rows * cols, T(0));
        const std::size_t hw = static_cast<std::size_t>(shapes_[l].rows * shapes_[l].cols);
        const int group = std::min(images, convGroup(static_cast<Eigen::Index>(rows), hw));
        gcol = std::max(gcol, rows * hw * static_cast<std::size_t>(group));
        makeTaps(shapes_[l].rows, shapes_[l].cols, s.kernel, keep_[l], taps_[l]);
      }
      if (s.kind == ImageLayerKind::Dense && l > 0 && planar(static_cast<int>(l) - 1))
        flat = std::max(flat, n * static_cast<std::size_t>(shapes_[l].size()));
    }
    if (hidden > 0 && planar(static_cast<int>(hidden) - 1))
      flat = std::max(flat, n * static_cast<std::size_t>(shapes_[hidden].size()));
    const std::size_t classes = n * static_cast<std::size_t>(spec_.classes);
    zOut_.assign(classes, T(0));
    gz_.assign(std::max(gz, classes), T(0));
    gcol_.assign(gcol, T(0));
    flat_.assign(flat, T(0));
    gflat_.assign(flat, T(0));
  }
  int capacity() const { return capacity_; }

  // `count` images (count × rows·cols values, one image after another).
  // derivatives: keep f′(z) for backward() and the diagnostics.
  void forward(const T* input, int count, bool derivatives) {
    reserve(count);
    count_ = count;
    const T* x = input;
    for (int l = 0; l < hiddenCount(); ++l) {
      const ImageLayerSpec& s = spec_.layers[static_cast<std::size_t>(l)];
      const ImageParamLayer& p = layout_.layers[static_cast<std::size_t>(l)];
      T* a = a_[static_cast<std::size_t>(l)].data();
      switch (s.kind) {
        case ImageLayerKind::Conv:
          convForward(l, p, x, count);
          activate(l, p, count, derivatives);
          break;
        case ImageLayerKind::MaxPool:
          poolForward(l, x, count, a);
          break;
        case ImageLayerKind::Dense:
          denseForward(p, denseInput(l, x, count), count, z_[static_cast<std::size_t>(l)].data());
          activate(l, p, count, derivatives);
          break;
      }
      x = a;
    }
    const ImageParamLayer& out = layout_.layers.back();
    denseForward(out, denseInput(hiddenCount(), x, count), count, zOut_.data());
  }

  // Softmax cross-entropy of the last forward(): returns Σ ℓ over the chunk,
  // counts the correct predictions (first maximum), and leaves ∂(scale·Σℓ)/∂z
  // for backward(). labels: one per image.
  double softmaxLoss(const int* labels, T scale, int* correct) {
    const int classes = spec_.classes;
    double total = 0.0;
    int right = 0;
    for (int s = 0; s < count_; ++s) {
      const T* z = zOut_.data() + static_cast<std::size_t>(s) * classes;
      T* g = gz_.data() + static_cast<std::size_t>(s) * classes;
      int best = 0;
      for (int c = 1; c < classes; ++c)
        if (z[c] > z[best]) best = c;
      const T zmax = z[best];
      T sum = T(0);
      for (int c = 0; c < classes; ++c) {
        g[c] = std::exp(z[c] - zmax);
        sum += g[c];
      }
      const int y = labels[s];
      total += static_cast<double>(std::log(sum)) - static_cast<double>(z[y] - zmax);
      right += best == y ? 1 : 0;
      const T inv = T(1) / sum;
      for (int c = 0; c < classes; ++c) g[c] = g[c] * inv * scale;
      g[y] -= scale;
    }
    if (correct) *correct += right;
    return total;
  }

  // Softmax probabilities of image s of the last forward().
  void probabilities(int s, T* out) const {
    const int classes = spec_.classes;
    const T* z = zOut_.data() + static_cast<std::size_t>(s) * classes;
    const T zmax = *std::max_element(z, z + classes);
    T sum = T(0);
    for (int c = 0; c < classes; ++c) sum += (out[c] = std::exp(z[c] - zmax));
    for (int c = 0; c < classes; ++c) out[c] /= sum;
  }
  int predicted(int s) const {
    const T* z = zOut_.data() + static_cast<std::size_t>(s) * spec_.classes;
    return static_cast<int>(std::max_element(z, z + spec_.classes) - z);
  }

  // The gradient of scale·Σℓ (softmaxLoss's) with respect to every
  // parameter, written into grad (layout().size values). Needs forward()
  // with derivatives.
  void backward(const T* input, T* grad) {
    const int count = count_;
    const int hidden = hiddenCount();
    // Softmax layer: δ is in gz_.
    {
      const ImageParamLayer& p = layout_.layers.back();
      const T* x = hidden == 0 ? input : a_[static_cast<std::size_t>(hidden - 1)].data();
      const bool flat = hidden > 0 && planar(hidden - 1);
      const T* xin = flat ? flat_.data() : x;
      T* gx = nullptr;
      if (hidden > 0) gx = flat ? gflat_.data() : ga_[static_cast<std::size_t>(hidden - 1)].data();
      denseBackward(p, xin, count, gz_.data(), grad, gx);
      if (flat) scatterFlat(hidden, count, ga_[static_cast<std::size_t>(hidden - 1)].data());
    }
    for (int l = hidden - 1; l >= 0; --l) {
      const auto ls = static_cast<std::size_t>(l);
      const ImageLayerSpec& s = spec_.layers[ls];
      const ImageParamLayer& p = layout_.layers[ls];
      const T* x = l == 0 ? input : a_[ls - 1].data();
      T* gx = l == 0 ? nullptr : ga_[ls - 1].data();
      switch (s.kind) {
        case ImageLayerKind::MaxPool:
          if (gx) poolBackward(l, count, gx);
          break;
        case ImageLayerKind::Conv:
          gateGradient(l, p, count, grad);
          convBackward(l, p, count, grad, gx);
          break;
        case ImageLayerKind::Dense: {
          gateGradient(l, p, count, grad);
          const bool flat = l > 0 && planar(l - 1);
          denseBackward(p, flat ? flat_.data() : x, count, gz_.data(), grad,
                        gx && flat ? gflat_.data() : gx);
          if (gx && flat) scatterFlat(l, count, gx);
          break;
        }
      }
    }
  }

  // Diagnostics' view of hidden layer l after forward(): pre-activations,
  // outputs and f′, in the layer's layout. Unit j of a planar layer is the
  // contiguous run [j·positions·count, (j + 1)·positions·count); of a dense
  // layer, the values j + s·units.
  bool planar(int l) const {
    return spec_.layers[static_cast<std::size_t>(l)].kind != ImageLayerKind::Dense;
  }
  int positions(int l) const {
    const ImageShape& s = shapes_[static_cast<std::size_t>(l) + 1];
    return s.rows * s.cols;
  }
  int count() const { return count_; }
  const T* z(int l) const { return z_[static_cast<std::size_t>(l)].data(); }
  const T* a(int l) const { return a_[static_cast<std::size_t>(l)].data(); }
  const T* d(int l) const { return d_[static_cast<std::size_t>(l)].data(); }
  // Output of hidden layer l for image s, channel-major, into out (shape size).
  void imageOutput(int l, int s, bool pre, T* out) const {
    const T* src = pre ? z(l) : a(l);
    copyImage(l, src, s, out);
  }
  // Input of hidden layer l (MaxPool's pre) for image s.
  void imageInput(int l, const T* input, int s, T* out) const {
    if (l == 0) {
      const std::size_t n = static_cast<std::size_t>(shapes_[0].size());
      std::copy_n(input + static_cast<std::size_t>(s) * n, n, out);
    } else {
      copyImage(l - 1, a(l - 1), s, out);
    }
  }

  // Calls f(unit, index) for every value of hidden layer l's output.
  template <typename F>
  void forEachUnit(int l, int count, F&& f) const {
    const int units = shapes_[static_cast<std::size_t>(l) + 1].channels;
    if (planar(l)) {
      const std::size_t run = static_cast<std::size_t>(positions(l)) * count;
      for (int j = 0; j < units; ++j)
        for (std::size_t i = j * run; i < (j + 1) * run; ++i) f(j, i);
    } else {
      for (int s = 0; s < count; ++s)
        for (int j = 0; j < units; ++j) f(j, static_cast<std::size_t>(s) * units + j);
    }
  }

 private:
  void resetSlopes(int l) {
    const ImageParamLayer& p = layout_.layers[static_cast<std::size_t>(l)];
    const Activation& act = activation(l);
    const T start = act.kind == ActivationKind::Prelu ? static_cast<T>(act.param) : T(0);
    std::fill_n(params_.data() + p.slopes, p.out, start);
  }

  void copyImage(int l, const T* src, int s, T* out) const {
    const ImageShape& shape = shapes_[static_cast<std::size_t>(l) + 1];
    if (!planar(l)) {
      std::copy_n(src + static_cast<std::size_t>(s) * shape.channels, shape.channels, out);
      return;
    }
    const std::size_t hw = static_cast<std::size_t>(shape.rows * shape.cols);
    for (int c = 0; c < shape.channels; ++c)
      std::copy_n(src + (static_cast<std::size_t>(c) * count_ + s) * hw, hw,
                  out + static_cast<std::size_t>(c) * hw);
  }

  // Dense layer l's input: x itself, or x gathered from planar layout.
  const T* denseInput(int l, const T* x, int count) {
    if (l == 0 || !planar(l - 1)) return x;
    const ImageShape& shape = shapes_[static_cast<std::size_t>(l)];
    const std::size_t hw = static_cast<std::size_t>(shape.rows * shape.cols);
    const std::size_t size = static_cast<std::size_t>(shape.size());
    for (int c = 0; c < shape.channels; ++c)
      for (int s = 0; s < count; ++s)
        std::memcpy(flat_.data() + static_cast<std::size_t>(s) * size + c * hw,
                    x + (static_cast<std::size_t>(c) * count + s) * hw, hw * sizeof(T));
    return flat_.data();
  }
  // gflat_ (samples layout) back into planar gx.
  void scatterFlat(int l, int count, T* gx) {
    const ImageShape& shape = shapes_[static_cast<std::size_t>(l)];
    const std::size_t hw = static_cast<std::size_t>(shape.rows * shape.cols);
    const std::size_t size = static_cast<std::size_t>(shape.size());
    for (int c = 0; c < shape.channels; ++c)
      for (int s = 0; s < count; ++s)
        std::memcpy(gx + (static_cast<std::size_t>(c) * count + s) * hw,
                    gflat_.data() + static_cast<std::size_t>(s) * size + c * hw, hw * sizeof(T));
  }

  // In row-major terms a samples-layout matrix (unit × image, column-major)
  // is its transpose, image × unit: Zᵀ = Xᵀ·Wᵀ, ∂W = δ·X = (δᵀ)ᵀ·Xᵀ,
  // ∂Xᵀ = δᵀ·W.
  void denseForward(const ImageParamLayer& p, const T* x, int count, T* z) {
    const T* b = params_.data() + p.biases;
    for (int s = 0; s < count; ++s) std::copy_n(b, p.out, z + static_cast<std::size_t>(s) * p.out);
    gemm<T>(false, true, count, p.out, p.in, x, p.in, params_.data() + p.weights, p.in, z, p.out,
            true);
  }

  // δ (out × count) in gzIn → ∂W, ∂b into grad; ∂x = Wᵀδ into gx when given.
  void denseBackward(const ImageParamLayer& p, const T* x, int count, const T* gzIn, T* grad,
                     T* gx) {
    gemm<T>(true, false, p.out, p.in, count, gzIn, p.out, x, p.in, grad + p.weights, p.in, false);
    Eigen::Map<const ColMat> G(gzIn, p.out, count);
    Eigen::Map<Vec> gb(grad + p.biases, p.out);
    gb = G.rowwise().sum();
    if (gx)
      gemm<T>(false, false, count, p.in, p.out, gzIn, p.out, params_.data() + p.weights, p.in, gx,
              p.in, false);
  }

  // a = f(z) (and f′ when asked) for hidden layer l; PReLU per unit.
  void activate(int l, const ImageParamLayer& p, int count, bool derivatives) {
    const auto ls = static_cast<std::size_t>(l);
    const std::size_t n = static_cast<std::size_t>(count) * shapes_[ls + 1].size();
    const Activation& act = activation(l);
    std::span<const T> z(z_[ls].data(), n);
    std::span<T> a(a_[ls].data(), n);
    std::span<T> d(d_[ls].data(), derivatives ? n : 0);
    if (act.kind != ActivationKind::Prelu) {
      evaluateBoth<T>(act, z, a, d);
      return;
    }
    const T* slope = params_.data() + p.slopes;
    forEachUnit(l, count, [&](int j, std::size_t i) {
      const Activation unit{ActivationKind::Prelu, static_cast<double>(slope[j])};
      a[i] = value<T>(unit, z[i]);
      if (derivatives) d[i] = derivative<T>(unit, z[i]);
    });
  }

  // ga_[l] (∂L/∂a) → gz_ = ∂L/∂z; PReLU slopes' gradient into grad.
  void gateGradient(int l, const ImageParamLayer& p, int count, T* grad) {
    const auto ls = static_cast<std::size_t>(l);
    const std::size_t n = static_cast<std::size_t>(count) * shapes_[ls + 1].size();
    const T* ga = ga_[ls].data();
    const T* d = d_[ls].data();
    T* gz = gz_.data();
    for (std::size_t i = 0; i < n; ++i) gz[i] = ga[i] * d[i];
    T* gs = grad + p.slopes;
    std::fill_n(gs, p.out, T(0));
    const Activation& act = activation(l);
    if (act.kind != ActivationKind::Prelu) return;
    const T* z = z_[ls].data();
    const T* slope = params_.data() + p.slopes;
    forEachUnit(l, count, [&](int j, std::size_t i) {
      const Activation unit{ActivationKind::Prelu, static_cast<double>(slope[j])};
      gs[j] += ga[i] * paramDerivative<T>(unit, z[i]);
    });
  }

  // Where kernel tap (ky, kx) reads inside the image, as one run per image:
  // pixel i of the output plane reads pixel i + shift of the input plane when
  // keep[i] is 1; [begin, end) spans every kept pixel (the ones outside it
  // are all padding). Working on whole planes instead of rows keeps the loops
  // long enough to vectorise.
  struct ConvTap {
    std::ptrdiff_t shift = 0;
    std::size_t begin = 0, end = 0;
    const T* keep = nullptr;
  };
  static void makeTaps(int rows, int cols, int k, AlignedVector<T>& keep,
                       std::vector<ConvTap>& taps) {
    const int pad = k / 2;
    const std::size_t hw = static_cast<std::size_t>(rows) * cols;
    keep.assign(hw * k * k, T(0));
    taps.assign(static_cast<std::size_t>(k * k), ConvTap{});
    for (int ky = 0; ky < k; ++ky)
      for (int kx = 0; kx < k; ++kx) {
        ConvTap& t = taps[static_cast<std::size_t>(ky * k + kx)];
        T* m = keep.data() + static_cast<std::size_t>(ky * k + kx) * hw;
        t.shift = static_cast<std::ptrdiff_t>(ky - pad) * cols + (kx - pad);
        t.keep = m;
        t.begin = hw;
        for (int y = 0; y < rows; ++y)
          for (int x = 0; x < cols; ++x) {
            const int sy = y + ky - pad, sx = x + kx - pad;
            if (sy < 0 || sy >= rows || sx < 0 || sx >= cols) continue;
            const std::size_t i = static_cast<std::size_t>(y) * cols + x;
            m[i] = T(1);
            t.begin = std::min(t.begin, i);
            t.end = i + 1;
          }
        t.end = std::max(t.begin, t.end);
      }
  }
  const ConvTap& tap(int l, int k, int ky, int kx) const {
    return taps_[static_cast<std::size_t>(l)][static_cast<std::size_t>(ky * k + kx)];
  }

  // im2col of planar x (in maps of rows × cols, count images) for a k × k
  // kernel with zero padding k / 2, for conv layer l: row (c, ky, kx), column
  // (image, y, x). Writes the columns of images [first, last) only.
  void im2col(int l, const T* x, int in, int rows, int cols, int k, int count, int first, int last,
              T* col) const {
    const std::size_t hw = static_cast<std::size_t>(rows) * cols;
    const std::size_t n = hw * count;
    for (int ky = 0; ky < k; ++ky)
      for (int kx = 0; kx < k; ++kx) {
        const ConvTap& t = tap(l, k, ky, kx);
        for (int c = 0; c < in; ++c) {
          T* dst = col + (static_cast<std::size_t>(c * k + ky) * k + kx) * n;
          for (int s = first; s < last; ++s) {
            const T* plane = x + (static_cast<std::size_t>(c) * count + s) * hw;
            T* out = dst + static_cast<std::size_t>(s) * hw;
            std::fill(out, out + t.begin, T(0));
            const T* src = plane + t.shift;
            // Every src[i] of the run is inside the plane: read it whatever
            // keep says (a masked load is several times slower).
            for (std::size_t i = t.begin; i < t.end; ++i) {
              const T v = src[i];
              out[i] = t.keep[i] != T(0) ? v : T(0);
            }
            std::fill(out + t.end, out + hw, T(0));
          }
        }
      }
  }

  // The adjoint of im2col for images [first, last): their planes of gx get
  // the columns' entries summed at their source pixels. col holds those
  // images' columns only, one after another (row stride (last − first)·hw).
  void col2im(int l, const T* col, int in, int rows, int cols, int k, int count, int first,
              int last, T* gx) const {
    const std::size_t hw = static_cast<std::size_t>(rows) * cols;
    const std::size_t n = hw * static_cast<std::size_t>(last - first);
    for (int c = 0; c < in; ++c)
      for (int s = first; s < last; ++s)
        std::fill_n(gx + (static_cast<std::size_t>(c) * count + s) * hw, hw, T(0));
    for (int ky = 0; ky < k; ++ky)
      for (int kx = 0; kx < k; ++kx) {
        const ConvTap& t = tap(l, k, ky, kx);
        for (int c = 0; c < in; ++c) {
          const T* src = col + (static_cast<std::size_t>(c * k + ky) * k + kx) * n;
          for (int s = first; s < last; ++s) {
            T* dst = gx + (static_cast<std::size_t>(c) * count + s) * hw + t.shift;
            const T* g = src + static_cast<std::size_t>(s - first) * hw;
            for (std::size_t i = t.begin; i < t.end; ++i) dst[i] += t.keep[i] != T(0) ? g[i] : T(0);
          }
        }
      }
  }

  // Images per block of a convolution: the block's im2col columns (about
  // 256 KiB) stay in the core's cache between being written and being
  // multiplied. A constant of the layer, so the sums never depend on the
  // chunk or the thread count.
  static int convGroup(Eigen::Index kk, std::size_t hw) {
    const std::size_t bytes = static_cast<std::size_t>(kk) * hw * sizeof(T);
    return static_cast<int>(std::max<std::size_t>(1, (std::size_t{256} << 10) / bytes));
  }

  // z = W·col + b, block by block: each block's columns are multiplied while
  // im2col has just left them in the cache.
  void convForward(int l, const ImageParamLayer& p, const T* x, int count) {
    const auto ls = static_cast<std::size_t>(l);
    const ImageShape& in = shapes_[ls];
    const int k = p.kernel;
    const Eigen::Index kk = static_cast<Eigen::Index>(p.in) * k * k;
    const std::size_t hw = static_cast<std::size_t>(in.rows) * in.cols;
    const Eigen::Index n = static_cast<Eigen::Index>(hw) * count;
    const T* W = params_.data() + p.weights;
    const T* b = params_.data() + p.biases;
    T* col = col_[ls].data();
    T* z = z_[ls].data();
    const int group = convGroup(kk, hw);
    for (int first = 0; first < count; first += group) {
      const int last = std::min(count, first + group);
      im2col(l, x, p.in, in.rows, in.cols, k, count, first, last, col);
      const Eigen::Index c0 = static_cast<Eigen::Index>(hw) * first;
      const Eigen::Index width = static_cast<Eigen::Index>(hw) * (last - first);
      for (int o = 0; o < p.out; ++o) std::fill_n(z + o * n + c0, width, b[o]);
      gemm<T>(false, false, p.out, width, kk, W, kk, col + c0, n, z + c0, n, true);
    }
  }

  // ∂W = δ·colᵀ, ∂b = Σ δ; ∂col = Wᵀ·δ block by block, each block scattered
  // into gx (col2im) while it is in the cache.
  void convBackward(int l, const ImageParamLayer& p, int count, T* grad, T* gx) {
    const auto ls = static_cast<std::size_t>(l);
    const ImageShape& in = shapes_[ls];
    const int k = p.kernel;
    const Eigen::Index kk = static_cast<Eigen::Index>(p.in) * k * k;
    const std::size_t hw = static_cast<std::size_t>(in.rows) * in.cols;
    const Eigen::Index n = static_cast<Eigen::Index>(hw) * count;
    const T* W = params_.data() + p.weights;
    const T* g = gz_.data();
    gemm<T>(false, true, p.out, kk, n, g, n, col_[ls].data(), n, grad + p.weights, kk, false);
    Eigen::Map<const RowMat> G(g, p.out, n);
    Eigen::Map<Vec> gb(grad + p.biases, p.out);
    gb = G.rowwise().sum();
    if (!gx) return;
    const int group = convGroup(kk, hw);
    for (int first = 0; first < count; first += group) {
      const int last = std::min(count, first + group);
      const Eigen::Index width = static_cast<Eigen::Index>(hw) * (last - first);
      gemm<T>(true, false, kk, width, p.out, W, kk, g + static_cast<Eigen::Index>(hw) * first, n,
              gcol_.data(), width, false);
      col2im(l, gcol_.data(), p.in, in.rows, in.cols, k, count, first, last, gx);
    }
  }

  // 2 × 2 max pooling of every plane. The window's winner (0 top left, 1 top
  // right, 2 bottom left, 3 bottom right) is kept for the backward pass. The
  // first maximum wins (PyTorch's tie rule); a NaN beats everything, so a
  // diverged value travels on instead of vanishing. Float rows of 4 windows or
  // more run four windows at a time in SSE2 (every x86-64 has it), the last
  // four overlapping the ones before when the width is not a multiple of 4:
  // they write the same values again.
  void poolForward(int l, const T* x, int count, T* y) {
    const auto ls = static_cast<std::size_t>(l);
    const ImageShape& in = shapes_[ls];
    const ImageShape& out = shapes_[ls + 1];
    const std::size_t inHw = static_cast<std::size_t>(in.rows) * in.cols;
    const std::size_t outHw = static_cast<std::size_t>(out.rows) * out.cols;
    std::int32_t* arg = argmax_[ls].data();
    const std::size_t planes = static_cast<std::size_t>(in.channels) * count;
    const int w = out.cols;
    for (std::size_t q = 0; q < planes; ++q)
      for (int r = 0; r < out.rows; ++r) {
        const T* top = x + q * inHw + static_cast<std::size_t>(2 * r) * in.cols;
        const T* bottom = top + in.cols;
        T* dst = y + q * outHw + static_cast<std::size_t>(r) * w;
        std::int32_t* at = arg + q * outHw + static_cast<std::size_t>(r) * w;
#if RELULAB_POOL_SSE2
        if constexpr (std::is_same_v<T, float>) {
          if (w >= 4) {
            for (int c = 0;; c += 4) {
              if (c > w - 4) c = w - 4;
              poolFour(top + 2 * c, bottom + 2 * c, dst + c, at + c);
              if (c == w - 4) break;
            }
            continue;
          }
        }
#endif
        for (int c = 0; c < w; ++c) {
          const T v[4] = {top[2 * c], top[2 * c + 1], bottom[2 * c], bottom[2 * c + 1]};
          int best = 0;
          for (int t = 1; t < 4; ++t)
            if (v[t] > v[best] || std::isnan(v[t])) best = t;
          dst[c] = v[best];
          at[c] = best;
        }
      }
  }

  // ∂x: each window's gradient to its winner, 0 to the other three; every
  // value of gx is written (a row or column that no window covers gets 0).
  void poolBackward(int l, int count, T* gx) {
    const auto ls = static_cast<std::size_t>(l);
    const ImageShape& in = shapes_[ls];
    const ImageShape& out = shapes_[ls + 1];
    const std::size_t inHw = static_cast<std::size_t>(in.rows) * in.cols;
    const std::size_t outHw = static_cast<std::size_t>(out.rows) * out.cols;
    const std::size_t planes = static_cast<std::size_t>(in.channels) * count;
    const std::int32_t* arg = argmax_[ls].data();
    const T* gy = ga_[ls].data();
    const int w = out.cols;
    for (std::size_t q = 0; q < planes; ++q) {
      T* plane = gx + q * inHw;
      for (int r = 0; r < out.rows; ++r) {
        T* top = plane + static_cast<std::size_t>(2 * r) * in.cols;
        T* bottom = top + in.cols;
        const T* g = gy + q * outHw + static_cast<std::size_t>(r) * w;
        const std::int32_t* at = arg + q * outHw + static_cast<std::size_t>(r) * w;
        if (in.cols > 2 * w) top[2 * w] = bottom[2 * w] = T(0);
#if RELULAB_POOL_SSE2
        if constexpr (std::is_same_v<T, float>) {
          if (w >= 4) {
            for (int c = 0;; c += 4) {
              if (c > w - 4) c = w - 4;
              unpoolFour(g + c, at + c, top + 2 * c, bottom + 2 * c);
              if (c == w - 4) break;
            }
            continue;
          }
        }
#endif
        for (int c = 0; c < w; ++c) {
          top[2 * c] = at[c] == 0 ? g[c] : T(0);
          top[2 * c + 1] = at[c] == 1 ? g[c] : T(0);
          bottom[2 * c] = at[c] == 2 ? g[c] : T(0);
          bottom[2 * c + 1] = at[c] == 3 ? g[c] : T(0);
        }
      }
      if (in.rows > 2 * out.rows)
        std::fill_n(plane + static_cast<std::size_t>(2 * out.rows) * in.cols, in.cols, T(0));
    }
  }

#if RELULAB_POOL_SSE2
  // Four windows: top and bottom hold their 8 + 8 inputs.
  static void poolFour(const float* top, const float* bottom, float* dst, std::int32_t* at) {
    const __m128 t0 = _mm_loadu_ps(top), t1 = _mm_loadu_ps(top + 4);
    const __m128 b0 = _mm_loadu_ps(bottom), b1 = _mm_loadu_ps(bottom + 4);
    const __m128 v[4] = {_mm_shuffle_ps(t0, t1, _MM_SHUFFLE(2, 0, 2, 0)),
                         _mm_shuffle_ps(t0, t1, _MM_SHUFFLE(3, 1, 3, 1)),
                         _mm_shuffle_ps(b0, b1, _MM_SHUFFLE(2, 0, 2, 0)),
                         _mm_shuffle_ps(b0, b1, _MM_SHUFFLE(3, 1, 3, 1))};
    __m128 best = v[0];
    __m128i index = _mm_setzero_si128();
    for (int t = 1; t < 4; ++t) {
      const __m128 wins = _mm_or_ps(_mm_cmpgt_ps(v[t], best), _mm_cmpunord_ps(v[t], v[t]));
      best = _mm_or_ps(_mm_and_ps(wins, v[t]), _mm_andnot_ps(wins, best));
      const __m128i w = _mm_castps_si128(wins);
      index = _mm_or_si128(_mm_and_si128(w, _mm_set1_epi32(t)), _mm_andnot_si128(w, index));
    }
    _mm_storeu_ps(dst, best);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(at), index);
  }
  // Four windows' gradients g to their winners, 0 elsewhere.
  static void unpoolFour(const float* g, const std::int32_t* at, float* top, float* bottom) {
    const __m128 grad = _mm_loadu_ps(g);
    const __m128i index = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    __m128 v[4];
    for (int t = 0; t < 4; ++t)
      v[t] = _mm_and_ps(grad, _mm_castsi128_ps(_mm_cmpeq_epi32(index, _mm_set1_epi32(t))));
    _mm_storeu_ps(top, _mm_unpacklo_ps(v[0], v[1]));
    _mm_storeu_ps(top + 4, _mm_unpackhi_ps(v[0], v[1]));
    _mm_storeu_ps(bottom, _mm_unpacklo_ps(v[2], v[3]));
    _mm_storeu_ps(bottom + 4, _mm_unpackhi_ps(v[2], v[3]));
  }
#endif

  ImageNetworkSpec spec_;
  std::vector<ImageShape> shapes_;
  ImageParamLayout layout_;
  AlignedVector<T> params_;
  int capacity_ = 0;
  int count_ = 0;
  // Per hidden layer: z, a = f(z), f′(z), ∂L/∂a; im2col (Conv); argmax (MaxPool).
  std::vector<AlignedVector<T>> z_, a_, d_, ga_, col_;
  std::vector<std::vector<std::int32_t>> argmax_;  // the window's winner, 0–3
  AlignedVector<T> zOut_;                          // the softmax layer's z, classes × count
  AlignedVector<T> gz_;                 // ∂L/∂z of the layer being differentiated (any layer)
  std::vector<AlignedVector<T>> keep_;  // Conv: makeTaps' masks and taps
  std::vector<std::vector<ConvTap>> taps_;
  AlignedVector<T> gcol_;          // ∂L/∂col of one block of images
  AlignedVector<T> flat_, gflat_;  // a Dense layer's gathered input and its gradient
};

extern template class ImageModel<float>;
extern template class ImageModel<double>;

}  // namespace relulab::core::images
