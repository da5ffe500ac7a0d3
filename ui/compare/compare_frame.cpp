#include "ui/compare/compare_frame.h"

namespace relulab::ui {

core::TrainConfig CompareSetup::runConfig(std::size_t index) const {
  core::TrainConfig c = config;
  for (core::LayerSpec& layer : c.network.hidden) layer.activation = activations.at(index);
  return c;
}

}  // namespace relulab::ui
