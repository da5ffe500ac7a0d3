// Experiment and weights files (.relulab, relulab-weights): any bytes read
// either as a message or as a run that the trainer can continue.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "core/training/trainer.h"
#include "io/experiment_file.h"

using namespace relulab;

namespace {
// A restored run takes one step: the state the reader accepted must be one
// the trainer can continue without reading out of bounds.
void continueRun(const core::TrainerState& state) {
  auto trainer = core::Trainer::restore(state);
  if (trainer) trainer.value().train(1);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes =
      QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  if (auto experiment = io::readExperiment(bytes)) {
    if (experiment->playground) continueRun(experiment->playground->run);
    if (experiment->compare)
      for (const auto& run : experiment->compare->runs) continueRun(run.run);
    // What was read writes back and reads again.
    (void)io::readExperiment(io::writeExperiment(*experiment));
  }
  if (auto weights = io::readWeights(bytes))
    (void)io::readWeights(io::writeWeights(weights->network, weights->parameters));
  return 0;
}
