#pragma once

// The playground's network editor: input features, hidden layers (add,
// remove, width, activation and its parameter per layer), weight
// initialisation and the bias every unit starts with. Changing an activation
// or its parameter keeps the weights; everything else here starts a new run.

#include <QList>
#include <QWidget>

#include "core/training/train_config.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QPushButton;
class QSpinBox;

namespace relulab::ui {

class PlaygroundControlsNetwork : public QWidget {
  Q_OBJECT

 public:
  // The Leaky ReLU slope offered when a layer is switched to Leaky ReLU here:
  // 0.2 (DCGAN's choice) rather than the usual 0.01, so a dead unit's weights
  // get enough gradient to revive within a few hundred steps — with 0.01 it
  // takes thousands. The tooltip says so; any slope in [0, 1] can be typed.
  static constexpr double kLeakySlope = 0.2;

  explicit PlaygroundControlsNetwork(QWidget* parent = nullptr);

  void load(const core::TrainConfig& config);   // without emitting changed()
  void apply(core::TrainConfig& config) const;  // features, inputs, hidden, init, bias

  int layerCount() const { return static_cast<int>(rows_.size()); }
  QSpinBox* widthBox(int layer) const { return rows_[layer].width; }
  QComboBox* activationBox(int layer) const { return rows_[layer].activation; }
  QDoubleSpinBox* parameterBox(int layer) const { return rows_[layer].parameter; }
  QPushButton* addLayerButton() const { return addLayer_; }
  QPushButton* removeLayerButton() const { return removeLayer_; }
  QDoubleSpinBox* biasBox() const { return bias_; }

 signals:
  void changed();

 private:
  struct Row {
    QSpinBox* width = nullptr;
    QComboBox* activation = nullptr;
    QDoubleSpinBox* parameter = nullptr;
    QWidget* label = nullptr;
  };
  void setLayers(const std::vector<core::LayerSpec>& layers);
  void addRow(const core::LayerSpec& spec);
  void activationChosen(int layer);
  void showParameter(int layer, core::ActivationKind kind, double value);
  void updateButtons();
  void emitChanged();

  QList<QCheckBox*> features_;
  QGridLayout* layersGrid_ = nullptr;
  QList<Row> rows_;
  QPushButton* addLayer_ = nullptr;
  QPushButton* removeLayer_ = nullptr;
  QComboBox* init_ = nullptr;
  QDoubleSpinBox* initScale_ = nullptr;
  QDoubleSpinBox* bias_ = nullptr;
  bool loading_ = false;
};

}  // namespace relulab::ui
