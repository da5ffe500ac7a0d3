#pragma once

// TrainConfig ⇄ JSON (QJsonDocument), for `relulab train --config` and the
// preset files in resources/presets/. The core takes plain structs; all JSON
// lives here. Keys are snake_case and mirror the structs; the format:
//
// {
//   "description": "free text",            (ignored)
//   "preset": "tfp-relu",                  start from a built-in preset (else TFP's default)
//   "seed": 1, "precision": "float32", "batch_size": 10, "batch_order": "shuffle_once",
//   "steps": 1000  or  "epochs": 500,      run length (the CLI's flags override)
//   "data": {"kind": "circle", "points": 500, "noise": 0, "train_fraction": 0.5,
//            "features": ["x1", "x2"]},
//   "network": {"hidden": [{"width": 4, "activation": "relu"},
//                          {"width": 2, "activation": "leaky_relu", "param": 0.01}],
//               "output": "tanh_squared",
//               "weight_init": {"scheme": "uniform", "scale": 0.5}, "bias_init": 0.1},
//   "optimizer": {"kind": "sgd", "learning_rate": 0.03, "momentum": 0.9, "rms_decay": 0.99,
//                 "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "regularization": "none",
//                 "regularization_rate": 0, "clip_norm": 0},
//   "diagnostics": {"every": 25, "probe": "train", "saturation_threshold": 0.01,
//                   "near_zero_threshold": 0.01}
// }
//
// Every key is optional. An unknown key, a value of the wrong type, or a value
// out of range is an error whose message starts with the key's path
// ("network.hidden[1].width: …").

#include <QByteArray>
#include <QJsonObject>
#include <cstdint>
#include <optional>

#include "core/base/result.h"
#include "core/training/train_config.h"

namespace relulab::io {

struct TrainFile {
  core::TrainConfig config;
  std::optional<std::int64_t> steps;
  std::optional<double> epochs;
};

core::Result<TrainFile> parseTrainConfig(const QByteArray& json);
core::Result<TrainFile> parseTrainConfig(const QJsonObject& object);

// The full config with every key (what the preset files hold).
QJsonObject toJson(const core::TrainConfig& config);

}  // namespace relulab::io
