// Training set-ups as JSON (relulab train --config, resources/presets): any
// bytes read either as a message or as a set-up the trainer accepts.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "core/training/trainer.h"
#include "io/train_config_json.h"

using namespace relulab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes =
      QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  auto file = io::parseTrainConfig(bytes);
  if (!file) return 0;
  // A set-up that reads also builds and trains (the reader validated it).
  if (auto trainer = core::Trainer::create(file->config)) trainer.value().train(1);
  // And writes back to a file that reads to the same set-up.
  auto again = io::parseTrainConfig(io::toJson(file->config));
  if (!again || !(again->config == file->config)) __builtin_trap();
  return 0;
}
