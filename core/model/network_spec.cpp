#include "core/model/network_spec.h"

#include <array>
#include <cmath>

#include "core/base/ids.h"

namespace relulab::core {

namespace {
constexpr std::array<std::string_view, 3> kOutputIds{"tanh_squared", "sigmoid_cross_entropy",
                                                     "linear_squared"};
constexpr std::array<std::string_view, 7> kInitIds{
    "he_normal",    "he_uniform", "xavier_normal", "xavier_uniform",
    "lecun_normal", "uniform",    "constant"};

}  // namespace

std::string_view outputId(OutputKind kind) {
  return kOutputIds.at(static_cast<int>(kind));
}
std::optional<OutputKind> outputFromId(std::string_view id) {
  return fromId<OutputKind>(kOutputIds, id);
}
std::string outputIdList() {
  return joinIds(kOutputIds);
}
std::string_view initId(InitScheme scheme) {
  return kInitIds.at(static_cast<int>(scheme));
}
std::optional<InitScheme> initFromId(std::string_view id) {
  if (id == "zero") return InitScheme::Constant;
  return fromId<InitScheme>(kInitIds, id);
}
std::string initIdList() {
  return joinIds(kInitIds) + ", zero";
}

std::optional<Message> validate(const NetworkSpec& spec) {
  if (spec.inputs < 1 || spec.inputs > 7)
    return coreMessage(RELULAB_TEXT("network.inputs: must be in [1, 7], got %1"), spec.inputs);
  if (spec.hidden.size() > static_cast<std::size_t>(kMaxHiddenLayers))
    return coreMessage(RELULAB_TEXT("network.hidden: at most %1 hidden layers, got %2"),
                       kMaxHiddenLayers, spec.hidden.size());
  for (std::size_t l = 0; l < spec.hidden.size(); ++l) {
    const LayerSpec& layer = spec.hidden[l];
    if (layer.width < 1 || layer.width > kMaxWidth)
      return coreMessage(
          RELULAB_TEXT("network.hidden[%1].width: must be an integer in [1, %2], got %3"), l,
          kMaxWidth, layer.width);
    const int kind = static_cast<int>(layer.activation.kind);
    if (kind < 0 || kind >= kActivationCount)
      return coreMessage(RELULAB_TEXT("network.hidden[%1].activation: unknown activation"), l);
    const auto& info = activationInfo(layer.activation.kind);
    if (info.parameter) {
      const auto checked = makeActivation(layer.activation.kind, layer.activation.param);
      if (!checked)
        return coreMessage(RELULAB_TEXT("network.hidden[%1].param: %2"), l, checked.message());
    }
  }
  const int output = static_cast<int>(spec.output);
  if (output < 0 || output >= static_cast<int>(kOutputIds.size()))
    return coreMessage(RELULAB_TEXT("network.output: unknown output head"));
  const int init = static_cast<int>(spec.weightInit.scheme);
  if (init < 0 || init >= static_cast<int>(kInitIds.size()))
    return coreMessage(RELULAB_TEXT("network.weight_init.scheme: unknown scheme"));
  if (!std::isfinite(spec.weightInit.scale) || std::abs(spec.weightInit.scale) > 100.0)
    return coreMessage(
        RELULAB_TEXT("network.weight_init.scale: must be finite and in [-100, 100]"));
  if (spec.weightInit.scheme == InitScheme::Uniform && !(spec.weightInit.scale > 0.0))
    return coreMessage(
        RELULAB_TEXT("network.weight_init.scale: the uniform half-width must be > 0"));
  if (!std::isfinite(spec.biasInit) || std::abs(spec.biasInit) > 100.0)
    return coreMessage(RELULAB_TEXT("network.bias_init: must be finite and in [-100, 100]"));
  return std::nullopt;
}

}  // namespace relulab::core
