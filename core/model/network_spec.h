#pragma once

// What a network is, as a plain value: layer widths, one activation per hidden
// layer, the output head (activation + loss), and how weights start. Shared by
// the CPU trainer, the UI and (later) the GPU ensemble trainer; compare with ==.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/activations/activation.h"
#include "core/base/message.h"

namespace relulab::core {

inline constexpr int kMaxHiddenLayers = 10;
inline constexpr int kMaxWidth = 64;

// The output neuron and its loss, as pairs that belong together (ids in brackets):
//   TanhSquaredError     [tanh_squared]  y = tanh(z), ℓ = ½(y − t)², ∂ℓ/∂z = (y − t)(1 − y²)
//                        TensorFlow Playground's classification head; labels ±1.
//   SigmoidCrossEntropy  [sigmoid_cross_entropy]  p = σ(z), with t' = (t + 1)/2 ∈ {0, 1}:
//                        ℓ = −t' ln p − (1 − t') ln(1 − p) = softplus(z) − t'·z,
//                        ∂ℓ/∂z = p − t'. Classification only.
//   LinearSquaredError   [linear_squared]  y = z, ℓ = ½(y − t)², ∂ℓ/∂z = y − t. TFP's regression
//   head.
// The prediction in label units (what the decision grid shows): tanh y, 2p − 1, and y.
enum class OutputKind : int { TanhSquaredError, SigmoidCrossEntropy, LinearSquaredError };
std::string_view outputId(OutputKind kind);
std::optional<OutputKind> outputFromId(std::string_view id);
std::string outputIdList();

// Weight initialisation; fan_in = inputs of the layer, fan_out = its width.
//   HeNormal       N(0, 2/fan_in)                 HeUniform      U(±√(6/fan_in))
//   XavierNormal   N(0, 2/(fan_in + fan_out))     XavierUniform  U(±√(6/(fan_in + fan_out)))
//   LecunNormal    N(0, 1/fan_in)                 Uniform        U(±scale)   (TFP: scale 0.5)
//   Constant       every weight = scale           (id "zero" is Constant with scale 0)
enum class InitScheme : int {
  HeNormal,
  HeUniform,
  XavierNormal,
  XavierUniform,
  LecunNormal,
  Uniform,
  Constant,
};
std::string_view initId(InitScheme scheme);  // "he_normal", …, "uniform", "constant"
std::optional<InitScheme> initFromId(std::string_view id);  // also "zero" for Constant
std::string initIdList();

struct InitSpec {
  InitScheme scheme = InitScheme::Uniform;
  double scale = 0.5;  // Uniform: the half-width a; Constant: the value; ignored otherwise
  bool operator==(const InitSpec&) const = default;
};

struct LayerSpec {
  int width = 4;  // [1, kMaxWidth]
  // Its parameter is used as given (ELU α, Leaky slope, …). For PReLU it is
  // the initial a of every neuron; a is then learned per neuron.
  Activation activation{ActivationKind::Tanh, 0.0};
  bool operator==(const LayerSpec&) const = default;
};

struct NetworkSpec {
  int inputs = 2;  // number of input features, [1, 7]; must match the data's features
  std::vector<LayerSpec> hidden{{4, {ActivationKind::Tanh, 0.0}}, {2, {ActivationKind::Tanh, 0.0}}};
  OutputKind output = OutputKind::TanhSquaredError;
  InitSpec weightInit;
  double biasInit = 0.1;  // every bias starts here (TFP: 0.1)
  bool operator==(const NetworkSpec&) const = default;

  int layerCount() const { return static_cast<int>(hidden.size()) + 1; }  // + output
  // Width of layer l: 0 … hidden.size() − 1 hidden, hidden.size() the output (1).
  int width(int l) const { return l < static_cast<int>(hidden.size()) ? hidden[l].width : 1; }
  int fanIn(int l) const { return l == 0 ? inputs : hidden[l - 1].width; }
};

// Empty when valid; otherwise a message naming the field ("network.hidden[1].width …").
std::optional<Message> validate(const NetworkSpec& spec);

}  // namespace relulab::core
