#pragma once

// Built-in training set-ups, so the CLI and the UI work without files.
// resources/presets/*.json hold the same set-ups as editable files.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/training/train_config.h"

namespace relulab::core {

struct PresetInfo {
  std::string_view name;     // the id files and the command line use: "dying-relu"
  std::string_view title;    // what a person reads: "Dying ReLU (learning rate 3)"
  std::string_view summary;  // one line
};

// tfp-default  TensorFlow Playground's default: circle, 500 points, 50 % train,
//              noise 0, 2-[4,2]-1 tanh, tanh output + ½ squared error, weights
//              U(±0.5), biases 0.1, SGD η = 0.03, batch 10
// tfp-relu     the same with ReLU hidden units
// dying-relu   tfp-relu with η = 3: ReLUs die within a few hundred epochs
// leaky-relu   dying-relu with Leaky ReLU (slope 0.01): the remedy
// xor-relu     tfp-relu on the XOR data
// regression   plane regression: ReLU 2-[4,2]-1, linear output, η = 0.01
// diverging    the regression net at η = 10: overflows and stops with a report
std::span<const PresetInfo> presetList();
std::optional<TrainConfig> preset(std::string_view name);
std::string presetNameList();  // "tfp-default, tfp-relu, …"

}  // namespace relulab::core
