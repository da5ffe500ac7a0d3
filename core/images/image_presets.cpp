// The built-in image set-ups (core/images/image_trainer.h): Fashion-MNIST's
// reference MLPs and a small CNN, and a pair that shows ReLUs dying and the
// cure.

#include "core/base/ids.h"
#include "core/base/message.h"
#include "core/images/image_trainer.h"

namespace relulab::core {

namespace {

constexpr ImagePresetInfo kImagePresets[] = {
    ImagePresetInfo{"fashion-mlp", RELULAB_TEXT("Fashion-MNIST, one hidden layer"),
                    RELULAB_TEXT("784-[100]-10 ReLU MLP, Adam 0.001, batch 64")},
    ImagePresetInfo{"fashion-mlp-256", RELULAB_TEXT("Fashion-MNIST, the benchmark MLP"),
                    RELULAB_TEXT("784-[256, 128, 100]-10 ReLU MLP, Adam 0.001, batch 64")},
    ImagePresetInfo{"fashion-cnn", RELULAB_TEXT("Fashion-MNIST, a small CNN"),
                    RELULAB_TEXT("conv 16@3×3 → pool → conv 32@3×3 → pool → softmax, ReLU, "
                                 "Adam 0.001, batch 64")},
    ImagePresetInfo{"fashion-dying", RELULAB_TEXT("Fashion-MNIST: ReLUs die"),
                    RELULAB_TEXT("fashion-mlp with biases starting at −2.5: most hidden "
                                 "units are born dead and never learn")},
    ImagePresetInfo{"fashion-leaky", RELULAB_TEXT("Fashion-MNIST: Leaky ReLU, the cure"),
                    RELULAB_TEXT("fashion-dying with Leaky ReLU (slope 0.01): none die")},
};

ImageLayerSpec dense(int units, Activation activation = {ActivationKind::Relu, 0.0}) {
  ImageLayerSpec l;
  l.kind = ImageLayerKind::Dense;
  l.size = units;
  l.activation = activation;
  return l;
}

ImageLayerSpec conv(int maps) {
  ImageLayerSpec l;
  l.kind = ImageLayerKind::Conv;
  l.size = maps;
  l.kernel = 3;
  return l;
}

ImageLayerSpec pool() {
  ImageLayerSpec l;
  l.kind = ImageLayerKind::MaxPool;
  return l;
}

ImageTrainConfig mlp(std::vector<ImageLayerSpec> layers) {
  ImageTrainConfig c;
  c.network.layers = std::move(layers);
  c.optimizer = OptimizerConfig{OptimizerKind::Adam, 1e-3};
  c.batchSize = 64;
  return c;
}

// The dying pair: fashion-mlp with every hidden bias starting at −2.5. Most
// first-layer units then have z ≤ 0 on every image from the first step: as
// ReLUs they are born dead (no gradient ever reaches them, so they stay dead
// and the network learns with the few left), while Leaky ReLUs still get a
// gradient, which Adam scales up to full-size steps, so they learn.
constexpr double kDyingBias = -2.5;

ImageTrainConfig dyingPair(Activation activation) {
  ImageTrainConfig c = mlp({dense(100, activation)});
  c.network.biasInit = kDyingBias;
  return c;
}

}  // namespace

std::span<const ImagePresetInfo> imagePresetList() {
  return kImagePresets;
}

std::optional<ImageTrainConfig> imagePreset(std::string_view name) {
  if (name == "fashion-mlp") return mlp({dense(100)});
  if (name == "fashion-mlp-256") return mlp({dense(256), dense(128), dense(100)});
  if (name == "fashion-cnn") return mlp({conv(16), pool(), conv(32), pool()});
  if (name == "fashion-dying") return dyingPair({ActivationKind::Relu, 0.0});
  if (name == "fashion-leaky") return dyingPair({ActivationKind::LeakyRelu, 0.01});
  return std::nullopt;
}

std::string imagePresetNameList() {
  return joinIds(imagePresetList(), [](const ImagePresetInfo& p) { return p.name; });
}

}  // namespace relulab::core
