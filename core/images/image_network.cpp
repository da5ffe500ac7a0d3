#include "core/images/image_network.h"

#include <array>
#include <cmath>

#include "core/base/ids.h"

namespace relulab::core {

namespace {

constexpr std::array<std::string_view, 3> kLayerIds{"conv", "maxpool", "dense"};
constexpr int kMaxImageSide = 1024;
constexpr int kMaxClasses = 1000;

}  // namespace

std::string_view imageLayerId(ImageLayerKind kind) {
  return kLayerIds.at(static_cast<std::size_t>(kind));
}

std::optional<ImageLayerKind> imageLayerFromId(std::string_view id) {
  return fromId<ImageLayerKind>(kLayerIds, id);
}

int imageUnits(const ImageLayerSpec& layer) {
  return layer.kind == ImageLayerKind::MaxPool ? 0 : layer.size;
}

std::optional<Message> validate(const ImageNetworkSpec& spec) {
  if (spec.rows < 1 || spec.rows > kMaxImageSide)
    return coreMessage(RELULAB_TEXT("network.rows: must be in [1, %1], got %2"), kMaxImageSide,
                       spec.rows);
  if (spec.cols < 1 || spec.cols > kMaxImageSide)
    return coreMessage(RELULAB_TEXT("network.cols: must be in [1, %1], got %2"), kMaxImageSide,
                       spec.cols);
  if (spec.classes < 2 || spec.classes > kMaxClasses)
    return coreMessage(RELULAB_TEXT("network.classes: must be in [2, %1], got %2"), kMaxClasses,
                       spec.classes);
  if (spec.layers.size() > static_cast<std::size_t>(kMaxImageLayers))
    return coreMessage(RELULAB_TEXT("network.layers: at most %1 hidden layers, got %2"),
                       kMaxImageLayers, spec.layers.size());
  // Walk the shapes as they shrink, so a pooling layer that would leave
  // nothing is named.
  int rows = spec.rows, cols = spec.cols;
  bool dense = false;
  for (std::size_t l = 0; l < spec.layers.size(); ++l) {
    const ImageLayerSpec& layer = spec.layers[l];
    const int kind = static_cast<int>(layer.kind);
    if (kind < 0 || kind >= static_cast<int>(kLayerIds.size()))
      return coreMessage(RELULAB_TEXT("network.layers[%1].kind: unknown layer kind"), l);
    if (dense && layer.kind != ImageLayerKind::Dense)
      return coreMessage(
          RELULAB_TEXT("network.layers[%1].kind: a %2 layer may not follow a dense layer"), l,
          imageLayerId(layer.kind));
    switch (layer.kind) {
      case ImageLayerKind::Conv:
        if (layer.size < 1 || layer.size > kMaxImageChannels)
          return coreMessage(RELULAB_TEXT("network.layers[%1].size: must be in [1, %2], got %3"), l,
                             kMaxImageChannels, layer.size);
        if (layer.kernel != 3 && layer.kernel != 5)
          return coreMessage(RELULAB_TEXT("network.layers[%1].kernel: must be 3 or 5, got %2"), l,
                             layer.kernel);
        break;
      case ImageLayerKind::MaxPool:
        if (rows < 2 || cols < 2)
          return coreMessage(
              RELULAB_TEXT("network.layers[%1]: pooling needs at least 2 × 2 pixels, got %2 × %3"),
              l, rows, cols);
        rows /= 2;
        cols /= 2;
        break;
      case ImageLayerKind::Dense:
        if (layer.size < 1 || layer.size > kMaxImageUnits)
          return coreMessage(RELULAB_TEXT("network.layers[%1].size: must be in [1, %2], got %3"), l,
                             kMaxImageUnits, layer.size);
        dense = true;
        break;
    }
    if (layer.kind != ImageLayerKind::MaxPool) {
      const int act = static_cast<int>(layer.activation.kind);
      if (act < 0 || act >= kActivationCount)
        return coreMessage(RELULAB_TEXT("network.layers[%1].activation: unknown activation"), l);
      if (activationInfo(layer.activation.kind).parameter) {
        const auto checked = makeActivation(layer.activation.kind, layer.activation.param);
        if (!checked)
          return coreMessage(RELULAB_TEXT("network.layers[%1].param: %2"), l, checked.message());
      }
    }
  }
  const int init = static_cast<int>(spec.weightInit.scheme);
  if (init < 0 || init > static_cast<int>(InitScheme::Constant))
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

std::vector<ImageShape> imageShapes(const ImageNetworkSpec& spec) {
  std::vector<ImageShape> shapes;
  shapes.reserve(spec.layers.size() + 2);
  ImageShape s{1, spec.rows, spec.cols};
  shapes.push_back(s);
  for (const ImageLayerSpec& layer : spec.layers) {
    switch (layer.kind) {
      case ImageLayerKind::Conv:
        s.channels = layer.size;  // padding k / 2 keeps rows × cols
        break;
      case ImageLayerKind::MaxPool:
        s.rows /= 2;
        s.cols /= 2;
        break;
      case ImageLayerKind::Dense:
        s = ImageShape{layer.size, 1, 1};
        break;
    }
    shapes.push_back(s);
  }
  shapes.push_back(ImageShape{spec.classes, 1, 1});
  return shapes;
}

std::string describe(const ImageNetworkSpec& spec) {
  std::string text;
  for (const ImageLayerSpec& layer : spec.layers) {
    switch (layer.kind) {
      case ImageLayerKind::Conv:
        text += "conv ";
        text += std::to_string(layer.size);
        text += '@';
        text += std::to_string(layer.kernel);
        text += "×";
        text += std::to_string(layer.kernel);
        text += ' ';
        text += activationInfo(layer.activation.kind).id;
        break;
      case ImageLayerKind::MaxPool:
        text += "pool";
        break;
      case ImageLayerKind::Dense:
        text += "dense ";
        text += std::to_string(layer.size);
        text += ' ';
        text += activationInfo(layer.activation.kind).id;
        break;
    }
    text += " → ";
  }
  text += "softmax ";
  text += std::to_string(spec.classes);
  return text;
}

}  // namespace relulab::core
