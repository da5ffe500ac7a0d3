#pragma once

// Compare mode's shared settings beside the transport bar: how many runs
// (2–4), the seed (one seed: the same data and the same initial weights for
// every run), the learning rate, and the network's depth and width (every
// hidden layer as wide; deep and narrow shows vanishing gradients). The rest
// of the config comes from the preset. Emits changed() when the user changes
// any of them.

#include <QWidget>

#include "core/training/train_config.h"

class QComboBox;
class QSpinBox;

namespace relulab::ui {

class CompareOptions : public QWidget {
  Q_OBJECT

 public:
  explicit CompareOptions(QWidget* parent = nullptr);

  int runCount() const;
  void setRunCount(int count);  // without emitting changed()
  // Shows the config's seed, learning rate and shape (its widest hidden
  // layer as the width), without emitting changed().
  void load(const core::TrainConfig& config);
  // Writes the seed, the learning rate and the shape into `config`; a shape
  // that changed gives every hidden layer the width shown.
  void apply(core::TrainConfig& config) const;

  QSpinBox* runsBox() const { return runs_; }
  QSpinBox* seedBox() const { return seed_; }
  QComboBox* learningRateBox() const { return rate_; }
  QSpinBox* layersBox() const { return layers_; }
  QSpinBox* widthBox() const { return width_; }

 signals:
  void changed();

 private:
  QSpinBox* runs_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QComboBox* rate_ = nullptr;
  QSpinBox* layers_ = nullptr;
  QSpinBox* width_ = nullptr;
};

}  // namespace relulab::ui
