#pragma once

// The playground's data controls: which data set (buttons with thumbnails),
// noise, train/test ratio, number of points, seed, Regenerate, and which
// class a click on the heatmap adds. Any change here starts a new run (the
// panel says so); the class for clicks does not.

#include <QWidget>

#include "core/training/train_config.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace relulab::ui {

class PlaygroundControlsData : public QWidget {
  Q_OBJECT

 public:
  explicit PlaygroundControlsData(QWidget* parent = nullptr);

  // Shows config's data and seed without emitting changed().
  void load(const core::TrainConfig& config);
  // Writes the data fields and the seed into config.
  void apply(core::TrainConfig& config) const;

  double clickLabel() const;  // +1 or −1
  // Says the points came from a file (empty: generated ones, said nothing).
  void setSource(const QString& fileName, int points);
  QLabel* sourceLabel() const { return source_; }
  QToolButton* datasetButton(core::DatasetKind kind) const;
  QSpinBox* pointsBox() const { return points_; }
  QSpinBox* seedBox() const { return seed_; }
  QPushButton* regenerateButton() const { return regenerate_; }

 signals:
  void changed();
  void clickLabelChanged(double label);

 private:
  QButtonGroup* kinds_ = nullptr;
  QSpinBox* noise_ = nullptr;  // percent
  QSpinBox* ratio_ = nullptr;  // percent of points used for training
  QSpinBox* points_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QPushButton* regenerate_ = nullptr;
  QComboBox* clickClass_ = nullptr;
  QLabel* source_ = nullptr;
  bool loading_ = false;
};

}  // namespace relulab::ui
