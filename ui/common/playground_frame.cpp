#include "ui/common/playground_frame.h"

#include <algorithm>
#include <string>

namespace relulab::ui {

HistoryColumns::HistoryColumns(const core::NetworkSpec& spec) {
  for (const core::LayerSpec& layer : spec.hidden) {
    offsets_.push_back(units_);
    widths_.push_back(layer.width);
    units_ += layer.width;
  }
}

std::vector<std::string> HistoryColumns::names() const {
  std::vector<std::string> n{"step",      "epoch",    "train_loss", "test_loss",
                             "train_acc", "test_acc", "dead"};
  // Built piecewise: GCC 12's -Wrestrict misfires on chained string +.
  const auto name = [](int layer, int neuron, const char* what) {
    std::string s = "l";
    s += std::to_string(layer + 1);
    if (neuron >= 0) {
      s += 'n';
      s += std::to_string(neuron + 1);
    }
    s += what;
    return s;
  };
  const int layers = hiddenLayers();
  for (int l = 0; l < layers; ++l) n.push_back(name(l, -1, "_sparsity"));
  for (int l = 0; l <= layers; ++l) n.push_back(name(l, -1, "_grad_norm"));
  for (int l = 0; l < layers; ++l)
    for (int j = 0; j < widths_[static_cast<std::size_t>(l)]; ++j)
      n.push_back(name(l, j, "_activity"));
  return n;
}

void HistoryColumns::row(const core::Metrics& m, std::vector<double>& out) const {
  out.assign(static_cast<std::size_t>(count()), 0.0);
  const auto at = [&out](int column) -> double& { return out[static_cast<std::size_t>(column)]; };
  at(kStep) = static_cast<double>(m.step);
  at(kEpoch) = m.epoch;
  at(kTrainLoss) = m.trainLoss;
  at(kTestLoss) = m.testLoss;
  at(kTrainAccuracy) = m.trainAccuracy.value_or(0.0);
  at(kTestAccuracy) = m.testAccuracy.value_or(0.0);
  at(kDead) = m.deadUnits();
  const int layers = std::min(hiddenLayers(), static_cast<int>(m.layers.size()));
  for (int l = 0; l < layers; ++l) {
    const core::LayerStats& stats = m.layers[static_cast<std::size_t>(l)];
    at(sparsity(l)) = stats.sparsity;
    at(gradientNorm(l)) = stats.gradientNorm;
    const int width =
        std::min(widths_[static_cast<std::size_t>(l)], static_cast<int>(stats.neurons.size()));
    for (int j = 0; j < width; ++j)
      at(activity(unitIndex(l, j))) = encodeActivity(stats.neurons[static_cast<std::size_t>(j)]);
  }
  at(gradientNorm(hiddenLayers())) = m.outputGradientNorm;
}

double encodeActivity(const core::NeuronStats& stats) {
  switch (stats.state) {
    case core::NeuronState::Dead:
      return kActivityDead;
    case core::NeuronState::Inactive:
      return kActivityInactive;
    case core::NeuronState::Saturated:
      return kActivitySaturated;
    case core::NeuronState::Active:
      break;
  }
  return stats.activeFraction;
}

const core::NeuronStats* PlaygroundFrame::neuron(int layer, int index) const {
  if (layer < 0 || layer >= static_cast<int>(metrics.layers.size())) return nullptr;
  const auto& neurons = metrics.layers[static_cast<std::size_t>(layer)].neurons;
  if (index < 0 || index >= static_cast<int>(neurons.size())) return nullptr;
  return &neurons[static_cast<std::size_t>(index)];
}

}  // namespace relulab::ui
