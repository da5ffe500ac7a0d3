#include "ui/compare/compare_options.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <algorithm>

#include "ui/common/playground_text.h"
#include "ui/compare/compare_frame.h"

namespace relulab::ui {

CompareOptions::CompareOptions(QWidget* parent) : QWidget(parent) {
  runs_ = new QSpinBox(this);
  runs_->setRange(kCompareMinRuns, kCompareMaxRuns);
  runs_->setValue(kCompareMaxRuns);
  runs_->setToolTip(tr("How many runs to compare side by side (2 to 4)."));
  auto* runsLabel = new QLabel(tr("R&uns:"), this);
  runsLabel->setBuddy(runs_);

  seed_ = new QSpinBox(this);
  seed_->setRange(1, 999999);
  seed_->setToolTip(
      tr("One seed for every run: the same data, the same initial weights and the same "
         "order of mini-batches. Only the activation differs."));
  auto* seedLabel = new QLabel(tr("See&d:"), this);
  seedLabel->setBuddy(seed_);

  rate_ = new QComboBox(this);
  for (const double r : {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0})
    rate_->addItem(PlaygroundText::number(r), r);
  rate_->setToolTip(tr("The learning rate η of plain SGD, shared by every run."));
  auto* rateLabel = new QLabel(tr("Learning &rate:"), this);
  rateLabel->setBuddy(rate_);

  layers_ = new QSpinBox(this);
  layers_->setRange(1, core::kMaxHiddenLayers);
  layers_->setToolTip(
      tr("Hidden layers of every run's network (1–%1). Deep and narrow networks show "
         "vanishing gradients: compare ReLU with sigmoid and tanh at 8 layers.")
          .arg(core::kMaxHiddenLayers));
  auto* layersLabel = new QLabel(tr("&Layers:"), this);
  layersLabel->setBuddy(layers_);
  width_ = new QSpinBox(this);
  width_->setRange(1, core::kMaxWidth);
  width_->setToolTip(tr("Units in each hidden layer (1–%1).").arg(core::kMaxWidth));
  auto* widthLabel = new QLabel(tr("&Width:"), this);
  widthLabel->setBuddy(width_);

  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(runsLabel);
  row->addWidget(runs_);
  row->addSpacing(8);
  row->addWidget(seedLabel);
  row->addWidget(seed_);
  row->addSpacing(8);
  row->addWidget(rateLabel);
  row->addWidget(rate_);
  row->addSpacing(8);
  row->addWidget(layersLabel);
  row->addWidget(layers_);
  row->addWidget(widthLabel);
  row->addWidget(width_);

  connect(runs_, &QSpinBox::valueChanged, this, &CompareOptions::changed);
  connect(seed_, &QSpinBox::valueChanged, this, &CompareOptions::changed);
  connect(rate_, &QComboBox::currentIndexChanged, this, &CompareOptions::changed);
  connect(layers_, &QSpinBox::valueChanged, this, &CompareOptions::changed);
  connect(width_, &QSpinBox::valueChanged, this, &CompareOptions::changed);
}

int CompareOptions::runCount() const {
  return runs_->value();
}

void CompareOptions::setRunCount(int count) {
  const QSignalBlocker block(runs_);
  runs_->setValue(count);
}

void CompareOptions::load(const core::TrainConfig& config) {
  const QSignalBlocker blockSeed(seed_);
  const QSignalBlocker blockRate(rate_);
  const QSignalBlocker blockLayers(layers_);
  const QSignalBlocker blockWidth(width_);
  seed_->setValue(static_cast<int>(config.seed));
  const double rate = config.optimizer.learningRate;
  int index = rate_->findData(rate);
  if (index < 0) {  // a rate from a config that the list lacks: add it in order
    index = 0;
    while (index < rate_->count() && rate_->itemData(index).toDouble() < rate) ++index;
    rate_->insertItem(index, PlaygroundText::number(rate), rate);
  }
  rate_->setCurrentIndex(index);
  const auto& hidden = config.network.hidden;
  layers_->setValue(static_cast<int>(hidden.size()));
  int widest = 1;
  for (const core::LayerSpec& layer : hidden) widest = std::max(widest, layer.width);
  width_->setValue(widest);
}

void CompareOptions::apply(core::TrainConfig& config) const {
  config.seed = static_cast<std::uint64_t>(seed_->value());
  config.optimizer.learningRate = rate_->currentData().toDouble();
  auto& hidden = config.network.hidden;
  const auto layers = static_cast<std::size_t>(layers_->value());
  const bool sameShape =
      hidden.size() == layers &&
      std::all_of(hidden.begin(), hidden.end(),
                  [&](const core::LayerSpec& l) { return l.width <= width_->value(); }) &&
      std::any_of(hidden.begin(), hidden.end(),
                  [&](const core::LayerSpec& l) { return l.width == width_->value(); });
  if (sameShape || hidden.empty()) return;  // a preset's own shape (2-[4, 2]-1) stays as it is
  const core::LayerSpec like = hidden.front();
  hidden.assign(layers, like);
  for (core::LayerSpec& l : hidden) l.width = width_->value();
}

}  // namespace relulab::ui
