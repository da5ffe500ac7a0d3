#pragma once

// Training an image network (core/images/image_network.h) on labelled images
// (core/images/idx.h), with the diagnostics of the tiny networks.
//
//   auto data = loadFashionMnist();                      // Result<ImageData>
//   auto trainer = ImageTrainer::create(*imagePreset("fashion-mlp"), *data);
//   trainer->trainEpochs(1);
//   ImageMetrics m = trainer->measure();                 // test accuracy, dead units, …
//
// A step is one mini-batch update (mean cross-entropy over the batch); an
// epoch is one pass over the training images, in a fresh order drawn from the
// seed each epoch (batches run across epoch boundaries). Pixels enter as
// byte / 255. Parameters and arithmetic are float32; products are batched
// (Eigen), and nothing is allocated per step once the first step has run.
//
// Deterministic: one seed gives the same weights bit for bit whatever
// `threads` is (the batch is cut into fixed chunks whose gradients are summed
// in a fixed order, never in the order threads finish).
//
// Divergence: a non-finite batch loss, gradient or parameter stops training
// before the update is applied; divergence() says what and at which step and
// the network keeps its last finite state. A successful set…() clears it.
//
// Threads: one thread at a time (the UI's worker owns it); `stop` may be set
// from any thread. Frames, metrics and inspections are values.

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "core/images/idx.h"
#include "core/images/image_network.h"
#include "core/training/diagnostics.h"
#include "core/training/history.h"
#include "core/training/train_config.h"

namespace relulab::core {

// Training and test images, shared read-only between trainers and threads.
struct ImageData {
  std::shared_ptr<const ImageSet> train;
  std::shared_ptr<const ImageSet> test;
  std::string source;  // where they came from, for titles ("Fashion-MNIST", a path)
  // Class names for the UI and the CLI (Fashion-MNIST's ten, in English, marked
  // with RELULAB_TEXT so the UI translates them; "0" … "9" for other data).
  std::vector<std::string> classNames;
};

// Fashion-MNIST from `folder` (Debian's dataset-fashion-mnist by default).
// Missing: a message that names the package to install ("sudo apt install
// dataset-fashion-mnist") and that any IDX pair can be chosen instead.
Result<ImageData> loadFashionMnist(const std::string& folder = kFashionMnistFolder);
// Any IDX pair of pairs; the test images must have the training images' size.
Result<ImageData> loadImageData(const ImageFiles& train, const ImageFiles& test);
// Fashion-MNIST's class names: "T-shirt/top", "Trouser", "Pullover", "Dress",
// "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot".
std::span<const std::string_view> fashionMnistClassNames();

struct ImageTrainConfig {
  ImageNetworkSpec network;
  OptimizerConfig optimizer{OptimizerKind::Adam, 1e-3};
  int batchSize = 64;  // [1, training images used]
  std::uint64_t seed = 1;
  // Use the first n images (0: all). Tests and quick lessons train on subsets.
  int trainLimit = 0;
  int testLimit = 0;
  // Diagnostics: per-unit statistics over `probeSize` training images (a fixed
  // sample drawn from the seed); losses and accuracy over `testProbe` test
  // images while training (0: the whole test set). record() every
  // `recordEvery` steps (0: only when asked).
  int probeSize = 1000;
  int testProbe = 2000;
  std::int64_t recordEvery = 200;
  // [1, 64]; never changes the numbers. A batch and a measurement run in
  // chunks of 64 images, up to this many at once (OpenMP): a batch of 64 is
  // one chunk, larger batches and the measurements (thousands of images) gain.
  int threads = 1;
  bool operator==(const ImageTrainConfig&) const = default;
};

std::optional<Message> validate(const ImageTrainConfig& config);

struct ImageLayerStats {
  ImageLayerKind kind = ImageLayerKind::Dense;
  Activation activation;
  int units = 0;                   // 0 for MaxPool (no statistics)
  int dead = 0;                    // HardGate units live on no probe (image, position)
  int inactive = 0;                // LeakyGate units with z ≤ 0 on all of them
  int saturated = 0;               // SmoothGate units saturated on all of them
  double sparsity = 0.0;           // fraction of zero outputs (diagnostics.h's definition)
  double gradientNorm = 0.0;       // ‖∂L/∂W_l‖_F over the probe set
  double weightNorm = 0.0;         // ‖W_l‖_F
  std::vector<double> active;      // per unit: live fraction of probe (image, position) pairs
  std::vector<NeuronState> state;  // per unit
  bool operator==(const ImageLayerStats&) const = default;
};

struct ImageMetrics {
  std::int64_t step = 0;
  double epoch = 0.0;
  // Mean loss and accuracy of the training batches since the last record
  // (the running figures every framework prints); NaN before the first step.
  double trainLoss = 0.0;
  double trainAccuracy = 0.0;
  double testLoss = 0.0;  // over testProbe test images (or all, see measure())
  double testAccuracy = 0.0;
  int testImages = 0;                   // how many the test figures are over
  std::vector<ImageLayerStats> layers;  // hidden layers (MaxPool included, units 0)
  double outputGradientNorm = 0.0;
  int probeSize = 0;
  bool operator==(const ImageMetrics&) const = default;
  int deadUnits() const;
};

// History columns (after "step"): epoch, train_loss, train_accuracy,
// test_loss, test_accuracy, then per hidden layer l = 1… with units
// "l<l>_dead", "_inactive", "_saturated", "_sparsity", "_grad_norm",
// "_weight_norm", then "output_grad_norm", then per unit "l<l>u<j>_active".
std::vector<std::string> imageMetricColumns(const ImageNetworkSpec& spec);

// One image through the network, for the feature-map view.
struct ImageInspection {
  int index = 0;  // in the test set
  int label = 0;
  int predicted = 0;
  std::vector<double> probabilities;  // softmax, `classes` values
  struct Layer {
    ImageLayerKind kind = ImageLayerKind::Dense;
    ImageShape shape;
    std::vector<float> pre;   // before the activation (Conv, Dense); MaxPool: its input
    std::vector<float> post;  // after the activation; MaxPool: its output
  };
  std::vector<Layer> layers;  // hidden layers
};

// A layer's weights, copied out: Conv out × in × k × k; Dense out × in.
struct ImageWeights {
  ImageLayerKind kind = ImageLayerKind::Dense;
  int out = 0, in = 0, kernel = 0;  // kernel 0 for Dense
  std::vector<float> values;
  std::vector<float> biases;
};

struct ImageRunResult {
  std::int64_t steps = 0;
  bool diverged = false;
  bool interrupted = false;
};

class ImageTrainer {
 public:
  // Validates (the message names the field) and initialises from the seed.
  static Result<ImageTrainer> create(const ImageTrainConfig& config, const ImageData& data);
  ImageTrainer(ImageTrainer&&) noexcept;
  ImageTrainer& operator=(ImageTrainer&&) noexcept;
  ~ImageTrainer();

  const ImageTrainConfig& config() const;  // live changes included
  const ImageData& data() const;
  int trainCount() const;  // images trained on (trainLimit applied)
  int testCount() const;
  std::int64_t step() const;
  double epoch() const;
  int stepsPerEpoch() const;
  const std::optional<Message>& divergence() const;

  ImageRunResult train(std::int64_t steps, const std::atomic<bool>* stop = nullptr);
  ImageRunResult trainEpochs(double epochs, const std::atomic<bool>* stop = nullptr);

  // Live changes; they keep every weight.
  std::optional<Message> setOptimizer(const OptimizerConfig& optimizer);
  std::optional<Message> setBatchSize(int batchSize);
  // Conv or Dense hidden layer `layer` (0-based).
  std::optional<Message> setActivation(int layer, const Activation& activation);

  // Metrics now; fullTest: over every test image instead of testProbe. With
  // `confusion`, the same pass over the test images also fills it (as
  // confusion() below), so a caller that wants both runs the test set once.
  ImageMetrics measure(bool fullTest = false, std::vector<int>* confusion = nullptr);
  void record();  // measure() and append to the history
  const History& history() const;

  // Test-set predictions (testProbe images, or all with fullTest):
  // confusion[true][predicted] counts, classes × classes, row-major.
  std::vector<int> confusion(bool fullTest = false);
  std::vector<int> predict(std::span<const int> testIndices);
  // Mean post-activation per class and unit of hidden layer `layer` (Conv:
  // mean over positions) over the probe images: classes × units, row-major.
  std::vector<float> classUnitMeans(int layer);
  ImageInspection inspect(int testIndex);
  ImageWeights weights(int layer) const;       // hidden layers, then the softmax layer
  std::vector<float> slopes(int layer) const;  // PReLU a per unit; empty otherwise

  class Impl;

 private:
  explicit ImageTrainer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Built-in image set-ups (the CLI's --preset, the Images tab's box):
// fashion-mlp      784-[100]-10 ReLU, Adam η = 1e-3, batch 64
// fashion-mlp-256  784-[256, 128, 100]-10 ReLU (Fashion-MNIST's benchmark MLP)
// fashion-cnn      conv 3×3 → pool → conv 3×3 → pool → dense → softmax, ReLU
// fashion-dying    an MLP set up so that many first-layer units die (ReLU)
// fashion-leaky    the same with Leaky ReLU: the cure
struct ImagePresetInfo {
  std::string_view name;
  std::string_view title;    // RELULAB_TEXT-marked
  std::string_view summary;  // RELULAB_TEXT-marked
};
std::span<const ImagePresetInfo> imagePresetList();
std::optional<ImageTrainConfig> imagePreset(std::string_view name);
std::string imagePresetNameList();

}  // namespace relulab::core
