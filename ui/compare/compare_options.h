#pragma once

// Compare mode's shared settings beside the transport bar: how many runs
// (2–4), the seed (one seed: the same data and the same initial weights for
// every run) and the learning rate. The rest of the config comes from the
// preset. Emits changed() when the user changes any of them.

#include <QWidget>

#include "core/training/train_config.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace relulab::ui {

class CompareOptions : public QWidget {
  Q_OBJECT

 public:
  explicit CompareOptions(QWidget* parent = nullptr);

  int runCount() const;
  void setRunCount(int count);  // without emitting changed()
  // Shows the config's seed, learning rate and shape, without emitting changed().
  void load(const core::TrainConfig& config);
  // Writes the seed and the learning rate into `config`.
  void apply(core::TrainConfig& config) const;

  QSpinBox* runsBox() const { return runs_; }
  QSpinBox* seedBox() const { return seed_; }
  QComboBox* learningRateBox() const { return rate_; }

 signals:
  void changed();

 private:
  QSpinBox* runs_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QComboBox* rate_ = nullptr;
  QLabel* shape_ = nullptr;
};

}  // namespace relulab::ui
