#include "core/training/presets.h"

#include "core/base/ids.h"
#include "core/base/message.h"

namespace relulab::core {

namespace {

constexpr PresetInfo kPresets[] = {
    PresetInfo{"tfp-default", RELULAB_TEXT("TensorFlow Playground's default (tanh)"),
               RELULAB_TEXT("TensorFlow Playground's default: circle, 2-[4,2]-1 tanh, SGD 0.03")},
    PresetInfo{"tfp-relu", RELULAB_TEXT("ReLU on the circle"),
               RELULAB_TEXT("tfp-default with ReLU hidden units")},
    PresetInfo{"dying-relu", RELULAB_TEXT("Dying ReLU (learning rate 3)"),
               RELULAB_TEXT("tfp-relu with learning rate 3: ReLUs die")},
    PresetInfo{"leaky-relu", RELULAB_TEXT("Leaky ReLU at learning rate 3"),
               RELULAB_TEXT("dying-relu with Leaky ReLU (slope 0.01): none die")},
    PresetInfo{"xor-relu", RELULAB_TEXT("ReLU on XOR"), RELULAB_TEXT("tfp-relu on the XOR data")},
    PresetInfo{"regression", RELULAB_TEXT("Regression on a plane"),
               RELULAB_TEXT("plane regression, ReLU 2-[4,2]-1, linear output, SGD 0.01")},
    PresetInfo{"diverging", RELULAB_TEXT("A run that diverges (learning rate 10)"),
               RELULAB_TEXT("the regression net at learning rate 10: it overflows")},
};

TrainConfig tfpDefault() {
  return TrainConfig{};
}  // the defaults are TFP's

TrainConfig withHidden(TrainConfig c, ActivationKind kind, double param = 0.0) {
  for (LayerSpec& layer : c.network.hidden) layer.activation = Activation{kind, param};
  return c;
}

TrainConfig regression(double learningRate) {
  TrainConfig c = withHidden(tfpDefault(), ActivationKind::Relu);
  c.data.kind = DatasetKind::RegressPlane;
  c.data.points = 1200;  // TFP's NUM_SAMPLES_REGRESS
  c.network.output = OutputKind::LinearSquaredError;
  c.optimizer.learningRate = learningRate;
  return c;
}

}  // namespace

std::span<const PresetInfo> presetList() {
  return kPresets;
}

std::optional<TrainConfig> preset(std::string_view name) {
  if (name == "tfp-default") return tfpDefault();
  if (name == "tfp-relu") return withHidden(tfpDefault(), ActivationKind::Relu);
  if (name == "dying-relu") {
    TrainConfig c = withHidden(tfpDefault(), ActivationKind::Relu);
    c.optimizer.learningRate = 3.0;
    return c;
  }
  if (name == "leaky-relu") {
    TrainConfig c = withHidden(tfpDefault(), ActivationKind::LeakyRelu, 0.01);
    c.optimizer.learningRate = 3.0;
    return c;
  }
  if (name == "xor-relu") {
    TrainConfig c = withHidden(tfpDefault(), ActivationKind::Relu);
    c.data.kind = DatasetKind::Xor;
    return c;
  }
  if (name == "regression") return regression(0.01);
  if (name == "diverging") return regression(10.0);
  return std::nullopt;
}

std::string presetNameList() {
  return joinIds(kPresets, [](const PresetInfo& p) { return p.name; });
}

}  // namespace relulab::core
