#pragma once

// A network's parameters and their layout. Networks here are tiny (≤ 10 hidden
// layers of ≤ 64 neurons, one output), so parameters live in one flat array:
// the optimiser, the divergence check and the regularisation each run one
// loop over it, and a snapshot is one copy. Eigen views give the matrices.
//
// Layout of the flat array (layer l = 0 … H−1 hidden, H the output):
//   [ W_0 | W_1 | … | W_H ][ b_0 | … | b_H ][ a_0 | … | a_{H−1} ]
//   W_l is width(l) × fanIn(l), row-major: W_l[j][k] is the weight from input
//   k of layer l to its neuron j. The weights come first so that the penalised
//   range is one prefix; a_l holds one PReLU slope per hidden neuron (present
//   for every hidden layer, used where the layer's activation is PReLU).
//
// Value type; not thread-safe (copy it to hand it to another thread).

#include <Eigen/Core>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "core/base/random.h"
#include "core/model/network_spec.h"

namespace relulab::core {

struct ParamLayout {
  struct Layer {
    int in = 0;               // fan-in
    int out = 0;              // width
    std::size_t weights = 0;  // offset of W_l
    std::size_t biases = 0;   // offset of b_l
    std::size_t slopes = 0;   // offset of a_l (hidden layers only)
  };
  std::vector<Layer> layers;    // hidden layers, then the output layer
  std::size_t weightCount = 0;  // [0, weightCount) are the weights
  std::size_t size = 0;         // all parameters

  ParamLayout() = default;
  explicit ParamLayout(const NetworkSpec& spec);

  // What the flat index `index` is, for messages: layer, neuron and input are
  // 0-based here (the report adds 1).
  enum class Kind { Weight, Bias, Slope };
  struct Location {
    Kind kind = Kind::Weight;
    int layer = 0;
    int neuron = 0;
    int input = -1;  // weights only
  };
  Location locate(std::size_t index) const;
};

template <typename T>
class Network {
 public:
  using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  using Vector = Eigen::Matrix<T, Eigen::Dynamic, 1>;

  Network() = default;
  // Precondition: validate(spec) is empty (throws std::invalid_argument otherwise).
  // Parameters start at zero; call initialize().
  explicit Network(const NetworkSpec& spec);

  const NetworkSpec& spec() const { return spec_; }
  const ParamLayout& layout() const { return layout_; }
  int layerCount() const { return spec_.layerCount(); }  // hidden + output
  int hiddenCount() const { return static_cast<int>(spec_.hidden.size()); }

  // Weights from spec().weightInit (fan-in/fan-out per layer, drawn layer by
  // layer, neuron by neuron, input by input — TFP's order), biases at
  // spec().biasInit, PReLU slopes at their layer's parameter.
  void initialize(Rng& rng);

  std::span<T> parameters() { return params_; }
  std::span<const T> parameters() const { return params_; }
  // The storage itself, for the trainer's double buffer (swap, never resize).
  std::vector<T>& storage() { return params_; }

  T& weight(int layer, int neuron, int input);
  T weight(int layer, int neuron, int input) const;
  T& bias(int layer, int neuron);
  T bias(int layer, int neuron) const;
  T& slope(int hiddenLayer, int neuron);
  T slope(int hiddenLayer, int neuron) const;
  Eigen::Map<const Matrix> weights(int layer) const;
  Eigen::Map<const Vector> biases(int layer) const;

  const Activation& activation(int hiddenLayer) const {
    return spec_.hidden[hiddenLayer].activation;
  }
  // Changes a hidden layer's activation, keeping every weight. Switching to
  // PReLU (re)starts that layer's slopes at the given parameter.
  void setActivation(int hiddenLayer, const Activation& activation);

 private:
  NetworkSpec spec_;
  ParamLayout layout_;
  std::vector<T> params_;
};

extern template class Network<float>;
extern template class Network<double>;

}  // namespace relulab::core
