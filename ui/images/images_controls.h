#pragma once

// The Images tab's side column: the data (where they came from, Open IDX
// Files…, a measurement over the whole test set), the network (its layers,
// each Conv or Dense layer's activation switchable while it trains), the
// training (learning rate, batch size) and what the views show (the test
// image for the feature maps, the layer for the class × unit view), with the
// run's counters at the bottom. The controls only ask: ImagesPanel turns
// their signals into commands for the worker.

#include <QWidget>
#include <vector>

#include "core/images/image_trainer.h"
#include "ui/images/images_frame.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QFormLayout;

namespace relulab::ui {

class ImagesControls : public QWidget {
  Q_OBJECT

 public:
  static constexpr double kRates[] = {1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0};

  explicit ImagesControls(QWidget* parent = nullptr);

  // Shows a new run's set-up: a row per layer, its rate and batch size.
  void showConfig(const core::ImageTrainConfig& config);
  // The counters and the data's name from the latest frame.
  void showFrame(const ImagesFrame& frame);

  int layerRows() const { return static_cast<int>(activations_.size()); }
  QComboBox* activationBox(int row) const { return activations_[static_cast<std::size_t>(row)]; }
  int layerOfRow(int row) const { return rowLayers_[static_cast<std::size_t>(row)]; }
  QComboBox* rateBox() const { return rate_; }
  QSpinBox* batchBox() const { return batch_; }
  QSpinBox* imageBox() const { return image_; }
  QComboBox* classLayerBox() const { return classLayer_; }
  QPushButton* openButton() const { return open_; }
  QPushButton* fullTestButton() const { return fullTest_; }
  QLabel* readout() const { return readout_; }

 signals:
  void activationChosen(int layer, const relulab::core::Activation& activation);
  void learningRateChosen(double rate);
  void batchSizeChosen(int batchSize);
  void imageChosen(int testIndex);
  void classLayerChosen(int layer);
  void openRequested();
  void fullTestRequested();

 private:
  QLabel* source_ = nullptr;
  QLabel* network_ = nullptr;
  QFormLayout* layers_ = nullptr;
  std::vector<QComboBox*> activations_;
  std::vector<int> rowLayers_;  // the hidden layer each activation box sets
  QComboBox* rate_ = nullptr;
  QSpinBox* batch_ = nullptr;
  QSpinBox* image_ = nullptr;
  QComboBox* classLayer_ = nullptr;
  QPushButton* open_ = nullptr;
  QPushButton* fullTest_ = nullptr;
  QLabel* readout_ = nullptr;
};

}  // namespace relulab::ui
