#pragma once

// The playground's training controls: learning rate, optimiser, batch size,
// regularisation and its rate. All of them change a run without touching its
// weights. The two rates are editable lists: a typed value that is not a
// number in range is refused with a message and the previous value returns.

#include <QWidget>

#include "core/training/train_config.h"

class QComboBox;
class QSpinBox;

namespace relulab::ui {

class PlaygroundControlsTraining : public QWidget {
  Q_OBJECT

 public:
  explicit PlaygroundControlsTraining(QWidget* parent = nullptr);

  void load(const core::TrainConfig& config);  // without emitting changed()
  void apply(core::TrainConfig& config) const;
  // The largest batch the current data allow (the training set's size).
  void setMaximumBatch(int points);

  QComboBox* learningRateBox() const { return rate_; }
  QComboBox* optimizerBox() const { return optimizer_; }
  QSpinBox* batchBox() const { return batch_; }
  QComboBox* regularizationBox() const { return regularization_; }
  QComboBox* regularizationRateBox() const { return penalty_; }

 signals:
  void changed();
  void problem(const QString& message);  // a typed value was refused

 private:
  QComboBox* editableRates(std::initializer_list<double> values);
  void commitTyped(QComboBox* box, double lo, double hi, double& kept, const QString& what);
  static void showValue(QComboBox* box, double value);

  QComboBox* rate_ = nullptr;
  QComboBox* optimizer_ = nullptr;
  QSpinBox* batch_ = nullptr;
  QComboBox* regularization_ = nullptr;
  QComboBox* penalty_ = nullptr;
  double rateValue_ = 0.03;
  double penaltyValue_ = 0.0;
  bool loading_ = false;
};

}  // namespace relulab::ui
