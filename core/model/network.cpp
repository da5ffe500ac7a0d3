#include "core/model/network.h"

#include <cmath>
#include <stdexcept>

namespace relulab::core {

ParamLayout::ParamLayout(const NetworkSpec& spec) {
  const int count = spec.layerCount();
  layers.resize(static_cast<std::size_t>(count));
  std::size_t offset = 0;
  for (int l = 0; l < count; ++l) {
    Layer& layer = layers[static_cast<std::size_t>(l)];
    layer.in = spec.fanIn(l);
    layer.out = spec.width(l);
    layer.weights = offset;
    offset += static_cast<std::size_t>(layer.in) * static_cast<std::size_t>(layer.out);
  }
  weightCount = offset;
  for (Layer& layer : layers) {
    layer.biases = offset;
    offset += static_cast<std::size_t>(layer.out);
  }
  for (int l = 0; l + 1 < count; ++l) {
    layers[static_cast<std::size_t>(l)].slopes = offset;
    offset += static_cast<std::size_t>(layers[static_cast<std::size_t>(l)].out);
  }
  size = offset;
}

ParamLayout::Location ParamLayout::locate(std::size_t index) const {
  for (int l = static_cast<int>(layers.size()) - 1; l >= 0; --l) {
    const Layer& layer = layers[static_cast<std::size_t>(l)];
    const bool hidden = l + 1 < static_cast<int>(layers.size());
    if (hidden && index >= layer.slopes &&
        index < layer.slopes + static_cast<std::size_t>(layer.out))
      return {Kind::Slope, l, static_cast<int>(index - layer.slopes), -1};
    if (index >= layer.biases && index < layer.biases + static_cast<std::size_t>(layer.out))
      return {Kind::Bias, l, static_cast<int>(index - layer.biases), -1};
    const std::size_t n = static_cast<std::size_t>(layer.in) * static_cast<std::size_t>(layer.out);
    if (index >= layer.weights && index < layer.weights + n) {
      const auto local = static_cast<int>(index - layer.weights);
      return {Kind::Weight, l, local / layer.in, local % layer.in};
    }
  }
  throw std::out_of_range("ParamLayout::locate: index beyond the parameters");
}

template <typename T>
Network<T>::Network(const NetworkSpec& spec) : spec_(spec) {
  if (const auto problem = validate(spec)) throw std::invalid_argument(problem->english());
  layout_ = ParamLayout(spec_);
  params_.assign(layout_.size, T(0));
}

template <typename T>
void Network<T>::initialize(Rng& rng) {
  const InitSpec& init = spec_.weightInit;
  for (int l = 0; l < layerCount(); ++l) {
    const ParamLayout::Layer& layer = layout_.layers[static_cast<std::size_t>(l)];
    const double fanIn = layer.in;
    const double fanOut = layer.out;
    for (int j = 0; j < layer.out; ++j) {
      for (int k = 0; k < layer.in; ++k) {
        double w = 0.0;
        switch (init.scheme) {
          case InitScheme::HeNormal:
            w = rng.normal(0.0, std::sqrt(2.0 / fanIn));
            break;
          case InitScheme::HeUniform: {
            const double a = std::sqrt(6.0 / fanIn);
            w = rng.uniform(-a, a);
            break;
          }
          case InitScheme::XavierNormal:
            w = rng.normal(0.0, std::sqrt(2.0 / (fanIn + fanOut)));
            break;
          case InitScheme::XavierUniform: {
            const double a = std::sqrt(6.0 / (fanIn + fanOut));
            w = rng.uniform(-a, a);
            break;
          }
          case InitScheme::LecunNormal:
            w = rng.normal(0.0, std::sqrt(1.0 / fanIn));
            break;
          // TFP: Math.random() − 0.5, i.e. uniform(−0.5, 0.5) for scale 0.5.
          case InitScheme::Uniform:
            w = rng.uniform(-init.scale, init.scale);
            break;
          case InitScheme::Constant:
            w = init.scale;
            break;
        }
        weight(l, j, k) = static_cast<T>(w);
      }
      bias(l, j) = static_cast<T>(spec_.biasInit);
    }
  }
  for (int l = 0; l < hiddenCount(); ++l) setActivation(l, activation(l));
}

template <typename T>
T& Network<T>::weight(int layer, int neuron, int input) {
  const auto& ly = layout_.layers.at(static_cast<std::size_t>(layer));
  return params_[ly.weights + static_cast<std::size_t>(neuron * ly.in + input)];
}
template <typename T>
T Network<T>::weight(int layer, int neuron, int input) const {
  const auto& ly = layout_.layers.at(static_cast<std::size_t>(layer));
  return params_[ly.weights + static_cast<std::size_t>(neuron * ly.in + input)];
}
template <typename T>
T& Network<T>::bias(int layer, int neuron) {
  return params_[layout_.layers.at(static_cast<std::size_t>(layer)).biases +
                 static_cast<std::size_t>(neuron)];
}
template <typename T>
T Network<T>::bias(int layer, int neuron) const {
  return params_[layout_.layers.at(static_cast<std::size_t>(layer)).biases +
                 static_cast<std::size_t>(neuron)];
}
template <typename T>
T& Network<T>::slope(int hiddenLayer, int neuron) {
  if (hiddenLayer < 0 || hiddenLayer >= hiddenCount())
    throw std::out_of_range("Network::slope: not a hidden layer");
  return params_[layout_.layers[static_cast<std::size_t>(hiddenLayer)].slopes +
                 static_cast<std::size_t>(neuron)];
}
template <typename T>
T Network<T>::slope(int hiddenLayer, int neuron) const {
  if (hiddenLayer < 0 || hiddenLayer >= hiddenCount())
    throw std::out_of_range("Network::slope: not a hidden layer");
  return params_[layout_.layers[static_cast<std::size_t>(hiddenLayer)].slopes +
                 static_cast<std::size_t>(neuron)];
}

template <typename T>
Eigen::Map<const typename Network<T>::Matrix> Network<T>::weights(int layer) const {
  const auto& ly = layout_.layers.at(static_cast<std::size_t>(layer));
  return Eigen::Map<const Matrix>(params_.data() + ly.weights, ly.out, ly.in);
}

template <typename T>
Eigen::Map<const typename Network<T>::Vector> Network<T>::biases(int layer) const {
  const auto& ly = layout_.layers.at(static_cast<std::size_t>(layer));
  return Eigen::Map<const Vector>(params_.data() + ly.biases, ly.out);
}

template <typename T>
void Network<T>::setActivation(int hiddenLayer, const Activation& activation) {
  if (hiddenLayer < 0 || hiddenLayer >= hiddenCount())
    throw std::out_of_range("Network::setActivation: not a hidden layer");
  spec_.hidden[static_cast<std::size_t>(hiddenLayer)].activation = activation;
  if (activation.kind == ActivationKind::Prelu) {
    const auto& ly = layout_.layers[static_cast<std::size_t>(hiddenLayer)];
    for (int j = 0; j < ly.out; ++j)
      params_[ly.slopes + static_cast<std::size_t>(j)] = static_cast<T>(activation.param);
  }
}

template class Network<float>;
template class Network<double>;

}  // namespace relulab::core
