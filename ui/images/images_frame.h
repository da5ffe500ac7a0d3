#pragma once

// What the Images tab's worker hands the tab, by value: the run's counters
// after every slice, and — at most about once a second while playing, since a
// measurement passes thousands of images through the network — a
// measurement: metrics, the confusion matrix, the class × unit means, the
// first layer's weights and the chosen image's feature maps, already coloured
// into images. Frames and measurements are immutable once sent; a frame
// shares the latest measurement, so the views redraw only when it changed.

#include <QImage>
#include <QMetaType>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/base/message.h"
#include "core/images/image_trainer.h"

namespace relulab::ui {

// The curves and the kymograph over training time: one row per measurement,
// at most kMaxRows (every other row is dropped when full, so the whole run
// stays in view).
struct ImagesSeries {
  static constexpr std::size_t kMaxRows = 400;
  std::vector<double> step, trainLoss, testLoss, trainAccuracy, testAccuracy;
  // Per row, every Conv and Dense unit's activity code (encodeActivity's:
  // an active fraction in (0, 1], or kActivityDead / kActivityInactive /
  // kActivitySaturated), hidden layers in order.
  std::vector<std::vector<double>> activity;
  std::vector<int> layerUnits;  // per hidden layer (0 for MaxPool)
  std::size_t rows() const { return step.size(); }
};

// One feature map (a Conv layer's channel) before and after its activation.
struct ImagesFeatureMap {
  QImage pre, post;    // coloured by images::fillFeature (0 has its own colour)
  float scale = 0.0f;  // the largest |value| of the pair
  int zeros = 0;       // exact zeros after the activation
  int size = 0;        // rows × cols
};

struct ImagesMeasurement {
  core::ImageMetrics metrics;
  bool fullTest = false;  // metrics and confusion over every test image
  // confusion[true × classes + predicted], over metrics.testImages images.
  std::vector<int> confusion;
  int classes = 0;
  // Mean activation per class (rows) and unit (columns) of hidden layer
  // classLayer; empty when that layer has no units.
  int classLayer = 0;
  int classUnits = 0;
  std::vector<float> classMeans;
  // The first hidden layer's weights, one tile per unit (Dense: its weights
  // over the image; Conv: its kernel), coloured on its own scale.
  std::vector<QImage> tiles;
  core::ImageLayerKind tileKind = core::ImageLayerKind::Dense;
  // A few test images with their labels and the network's predictions.
  std::vector<int> sampleIndex, sampleLabel, samplePredicted;
  std::vector<QImage> sampleImages;
  // The chosen test image through the network: per Conv layer its maps.
  core::ImageInspection inspection;
  QImage inspected;                                 // the image itself
  std::vector<std::vector<ImagesFeatureMap>> maps;  // per hidden layer (empty unless Conv)
  std::shared_ptr<const ImagesSeries> series;
};

struct ImagesFrame {
  std::uint64_t run = 0;  // changes with every new run (data, preset, reset)
  std::int64_t step = 0;
  double epoch = 0.0;
  int stepsPerEpoch = 0;
  bool playing = false;
  double imagesPerSecond = 0.0;   // over the last half second of play; 0 when paused
  core::ImageTrainConfig config;  // as trained now, live changes included
  QString source;                 // the data's name, for titles
  std::vector<QString> classNames;
  int trainImages = 0, testImages = 0;
  std::optional<core::Message> divergence;
  std::shared_ptr<const ImagesMeasurement> measurement;  // null until the first
};

using ImagesFramePtr = std::shared_ptr<const ImagesFrame>;

// How the worker answered a command, for the tab's status line.
enum class ImagesNotice {
  Loading,      // detail: what is being read
  Loaded,       // detail: the data's name; a new run started
  LoadFailed,   // detail: the reader's message; the run and data it had stay
  NewRun,       // a preset or reset: new weights
  KeptWeights,  // a live change (activation, learning rate, batch size)
  Rejected,     // detail: what was wrong; nothing changed
  Diverged,     // detail: what and where
  Measured,     // the whole test set was measured
};

}  // namespace relulab::ui

Q_DECLARE_METATYPE(relulab::ui::ImagesFramePtr)
Q_DECLARE_METATYPE(relulab::ui::ImagesNotice)
Q_DECLARE_METATYPE(relulab::core::ImageTrainConfig)
