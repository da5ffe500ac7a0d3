#include "core/images/image_trainer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/base/number_text.h"
#include "core/base/random.h"
#include "core/images/image_layers.h"
#include "core/images/image_probe.h"
#include "core/training/optimizer.h"

namespace relulab::core {

namespace {

using Model = images::ImageModel<float>;

// Images per chunk: a batch is cut into chunks of this many images whose
// gradients are summed in chunk order, so the numbers never depend on how
// the chunks are spread over threads (and the workspace stays bounded
// whatever the batch size).
constexpr int kImageChunk = 64;
Message badBatchSize(int train, int got) {
  return coreMessage(RELULAB_TEXT("batch_size: must be in [1, %1], got %2"), train, got);
}

// Which parameter a flat index is, for divergence messages.
Message whereParameter(const images::ImageParamLayout& layout, std::size_t index) {
  const int hidden = static_cast<int>(layout.layers.size()) - 1;
  for (int l = 0; l <= hidden; ++l) {
    const images::ImageParamLayer& p = layout.layers[static_cast<std::size_t>(l)];
    const Message layer = l == hidden ? coreMessage(RELULAB_TEXT("the softmax layer"))
                                      : coreMessage(RELULAB_TEXT("hidden layer %1"), l + 1);
    if (index >= p.weights && index < p.weights + p.weightCount())
      return coreMessage(RELULAB_TEXT("a weight of %1"), layer);
    if (index >= p.biases && index < p.biases + static_cast<std::size_t>(p.out))
      return coreMessage(RELULAB_TEXT("a bias of %1"), layer);
    if (l < hidden && index >= p.slopes && index < p.slopes + static_cast<std::size_t>(p.out))
      return coreMessage(RELULAB_TEXT("a PReLU slope of %1"), layer);
  }
  return coreMessage(RELULAB_TEXT("a parameter"));
}

// Index of the first non-finite value, or n.
std::size_t firstNonFinite(const float* v, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (!std::isfinite(v[i])) return i;
  return n;
}

// Message templates of the members below, at namespace scope: lupdate files
// a mark inside a member under its class, and coreMessage() translates in
// relulab::core.
constexpr const char* kBatchTooSmall = RELULAB_TEXT("batch_size: must be at least 1, got %1");
constexpr const char* kTrainLimitNegative =
    RELULAB_TEXT("train_limit: must be ≥ 0 (0: all images), got %1");
constexpr const char* kTestLimitNegative =
    RELULAB_TEXT("test_limit: must be ≥ 0 (0: all images), got %1");
constexpr const char* kProbeTooSmall = RELULAB_TEXT("probe_size: must be at least 1, got %1");
constexpr const char* kTestProbeNegative =
    RELULAB_TEXT("test_probe: must be ≥ 0 (0: the whole test set), got %1");
constexpr const char* kRecordEveryNegative =
    RELULAB_TEXT("record_every: must be ≥ 0 (0: only when asked), got %1");
constexpr const char* kThreadsOutOfRange = RELULAB_TEXT("threads: must be in [1, 64], got %1");
constexpr const char* kLossNotFinite = RELULAB_TEXT("step %1: the mini-batch loss became %2");
constexpr const char* kGradientNotFinite = RELULAB_TEXT("step %1: the gradient of %2 became %3");
constexpr const char* kParameterNotFinite = RELULAB_TEXT("step %1: %2 became %3 after the update");
constexpr const char* kNoTrainingImages = RELULAB_TEXT("data: there are no training images");
constexpr const char* kImageSizeDiffers =
    RELULAB_TEXT("network.rows: the images are %1 × %2 pixels, the network reads %3 × %4");
constexpr const char* kTestSizeDiffers =
    RELULAB_TEXT("data: the test images are %1 × %2 pixels, the training images %3 × %4");
constexpr const char* kTooFewClasses = RELULAB_TEXT(
    "network.classes: the labels go up to %1, so at least %2 classes are needed, "
    "got %3");
constexpr const char* kTrainLimitTooLarge =
    RELULAB_TEXT("train_limit: there are only %1 training images, got %2");
constexpr const char* kTestLimitTooLarge =
    RELULAB_TEXT("test_limit: there are only %1 test images, got %2");
constexpr const char* kNotAWeightLayer =
    RELULAB_TEXT("network.layers[%1]: no convolution or dense layer there");

}  // namespace

std::optional<Message> validate(const ImageTrainConfig& c) {
  if (auto problem = validate(c.network)) return problem;
  if (auto problem = validate(c.optimizer)) return problem;
  if (c.batchSize < 1) return coreMessage(kBatchTooSmall, c.batchSize);
  if (c.trainLimit < 0) return coreMessage(kTrainLimitNegative, c.trainLimit);
  if (c.testLimit < 0) return coreMessage(kTestLimitNegative, c.testLimit);
  if (c.probeSize < 1) return coreMessage(kProbeTooSmall, c.probeSize);
  if (c.testProbe < 0) return coreMessage(kTestProbeNegative, c.testProbe);
  if (c.recordEvery < 0) return coreMessage(kRecordEveryNegative, c.recordEvery);
  if (c.threads < 1 || c.threads > 64) return coreMessage(kThreadsOutOfRange, c.threads);
  return std::nullopt;
}

int ImageMetrics::deadUnits() const {
  int n = 0;
  for (const ImageLayerStats& l : layers) n += l.dead;
  return n;
}

std::vector<std::string> imageMetricColumns(const ImageNetworkSpec& spec) {
  std::vector<std::string> c{"epoch", "train_loss", "train_accuracy", "test_loss", "test_accuracy"};
  const auto prefix = [](std::size_t l) {
    std::string p = "l";  // built piecewise: GCC 12's -Wrestrict misfires on chained +
    p += std::to_string(l + 1);
    return p;
  };
  for (std::size_t l = 0; l < spec.layers.size(); ++l) {
    if (imageUnits(spec.layers[l]) == 0) continue;
    const std::string p = prefix(l) + '_';
    for (const char* name :
         {"dead", "inactive", "saturated", "sparsity", "grad_norm", "weight_norm"})
      c.push_back(p + name);
  }
  c.emplace_back("output_grad_norm");
  for (std::size_t l = 0; l < spec.layers.size(); ++l)
    for (int j = 1; j <= imageUnits(spec.layers[l]); ++j) {
      std::string p = prefix(l);
      p += 'u';
      p += std::to_string(j);
      p += "_active";
      c.push_back(std::move(p));
    }
  return c;
}

// ---------------------------------------------------------------------------

class ImageTrainer::Impl {
 public:
  Impl(const ImageTrainConfig& config, const ImageData& data, int trainCount, int testCount)
      : config_(config),
        data_(data),
        trainCount_(trainCount),
        testCount_(testCount),
        pixels_(config.network.rows * config.network.cols),
        model_(config.network),
        batchRng_(config.seed, 2),
        history_(imageMetricColumns(config.network)) {
    Rng init(config.seed, 1);
    model_.initialize(init);
    const images::ImageParamLayout& layout = model_.layout();
    optLayout_.weightCount = layout.weightCount;
    optLayout_.size = layout.size;
    optimizer_ = Optimizer<float>(optLayout_);
    next_.assign(layout.size, 0.0f);
    grad_.assign(layout.size, 0.0f);
    chunkGrad_.assign(layout.size, 0.0f);
    input_.assign(static_cast<std::size_t>(kImageChunk) * pixels_, 0.0f);
    labels_.assign(kImageChunk, 0);
    model_.reserve(kImageChunk);
    lanes_.push_back({&model_, input_.data(), labels_.data(), chunkGrad_.data()});
    order_.resize(static_cast<std::size_t>(trainCount_));
    reshuffle();
    // The probe: a fixed sample of the training images (stream 3).
    Rng probeRng(config.seed, 3);
    std::vector<int> all(static_cast<std::size_t>(trainCount_));
    std::iota(all.begin(), all.end(), 0);
    const int n = std::min(config.probeSize, trainCount_);
    for (int i = 0; i < n; ++i) {
      const auto j =
          static_cast<std::size_t>(i) + probeRng.below(static_cast<std::uint64_t>(trainCount_ - i));
      std::swap(all[static_cast<std::size_t>(i)], all[j]);
    }
    probe_.assign(all.begin(), all.begin() + n);
    reserveBatch(config.batchSize);
  }

  ImageTrainConfig config_;
  ImageData data_;
  int trainCount_ = 0;
  int testCount_ = 0;
  int pixels_ = 0;
  Model model_;
  ParamLayout optLayout_;
  Optimizer<float> optimizer_;
  images::AlignedVector<float> next_, grad_, chunkGrad_, input_;
  std::vector<int> labels_;
  // One chunk of images in flight: its network (workspace), images, labels,
  // gradient and loss. Lane 0 is the trainer's own model_; the others hold a
  // copy of its parameters, made before each parallel use (syncLanes).
  struct Lane {
    Model* model = nullptr;
    float* input = nullptr;
    int* labels = nullptr;
    float* grad = nullptr;
    double loss = 0.0;
    int correct = 0;
  };
  struct LaneStorage {
    explicit LaneStorage(const ImageNetworkSpec& spec) : model(spec) {}
    Model model;
    images::AlignedVector<float> input, grad;
    std::vector<int> labels;
  };
  std::vector<Lane> lanes_;
  std::vector<std::unique_ptr<LaneStorage>> laneStorage_;  // lanes 1, 2, …
  std::vector<int> order_;
  std::size_t position_ = 0;
  std::vector<int> batch_;
  Rng batchRng_;
  std::vector<int> probe_;
  std::int64_t step_ = 0;
  std::int64_t imagesSeen_ = 0;
  std::optional<Message> divergence_;
  History history_;
  // Running training figures since the last record().
  double runLoss_ = 0.0;
  std::int64_t runCorrect_ = 0, runImages_ = 0;
  double lastLoss_ = std::numeric_limits<double>::quiet_NaN();
  double lastAccuracy_ = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> row_;

  void reshuffle() {
    std::iota(order_.begin(), order_.end(), 0);
    batchRng_.shuffle(order_);
    position_ = 0;
  }

  const ImageSet& set(bool test) const { return test ? *data_.test : *data_.train; }

  // Images `indices` of a set into input_ (byte / 255) and labels_.
  void load(const ImageSet& s, const int* indices, int count) {
    load(s, indices, count, lanes_.front());
  }
  void load(const ImageSet& s, const int* indices, int count, const Lane& lane) const {
    const std::size_t n = static_cast<std::size_t>(pixels_);
    for (int i = 0; i < count; ++i) {
      const std::uint8_t* src = s.images.pixels.data() + static_cast<std::size_t>(indices[i]) * n;
      float* dst = lane.input + static_cast<std::size_t>(i) * n;
      for (std::size_t p = 0; p < n; ++p) dst[p] = static_cast<float>(src[p]) / 255.0f;
      lane.labels[i] = s.labels[static_cast<std::size_t>(indices[i])];
    }
  }

  // Up to `wanted` lanes (never more than config_.threads), each with the
  // trainer's parameters and activations. Lanes beyond the first are made
  // the first time they are wanted, then kept.
  int syncLanes(int wanted) {
    const int count = std::clamp(wanted, 1, config_.threads);
    while (static_cast<int>(lanes_.size()) < count) {
      auto storage = std::make_unique<LaneStorage>(model_.spec());
      storage->model.reserve(kImageChunk);
      storage->input.assign(input_.size(), 0.0f);
      storage->grad.assign(grad_.size(), 0.0f);
      storage->labels.assign(labels_.size(), 0);
      lanes_.push_back(
          {&storage->model, storage->input.data(), storage->labels.data(), storage->grad.data()});
      laneStorage_.push_back(std::move(storage));
    }
    for (int l = 1; l < count; ++l) {
      Model& copy = *lanes_[static_cast<std::size_t>(l)].model;
      for (int layer = 0; layer < model_.hiddenCount(); ++layer)
        if (copy.spec().layers[static_cast<std::size_t>(layer)].activation !=
            model_.spec().layers[static_cast<std::size_t>(layer)].activation)
          copy.setActivation(layer,
                             model_.spec().layers[static_cast<std::size_t>(layer)].activation);
      std::copy(model_.parameters().begin(), model_.parameters().end(), copy.parameters().begin());
    }
    return count;
  }

  // Chunks 0 … n − 1 of kImageChunk images: work(lane, k) runs on up to
  // config_.threads threads at once, one chunk per lane, a wave of lanes at a
  // time; after each wave, done(lane, k) runs on this thread in chunk order.
  // So whatever the thread count, every sum over chunks is made in the same
  // order and the numbers are the same.
  template <typename Work, typename Done>
  void overChunks(int n, Work&& work, Done&& done) {
    const int lanes = syncLanes(n);
    for (int first = 0; first < n; first += lanes) {
      const int wave = std::min(lanes, n - first);
      if (wave == 1) {
        work(lanes_.front(), first);
      } else {
#if defined(_OPENMP)
#pragma omp parallel for num_threads(wave) schedule(static, 1)
#endif
        for (int i = 0; i < wave; ++i) work(lanes_[static_cast<std::size_t>(i)], first + i);
      }
      for (int i = 0; i < wave; ++i) done(lanes_[static_cast<std::size_t>(i)], first + i);
    }
  }

  // Room for a batch of b and its chunks' lanes, so that steps allocate nothing.
  void reserveBatch(int b) {
    batch_.reserve(static_cast<std::size_t>(b));
    syncLanes(chunks(b));
  }

  static int chunks(int images) {
    return (images + kImageChunk - 1) / kImageChunk;
  }
  static int chunkCount(int images, int k) {
    return std::min(kImageChunk, images - k * kImageChunk);
  }

  // One update; false (and divergence_ set) when it would leave a non-finite value.
  bool step() {
    const int b = config_.batchSize;
    batch_.resize(static_cast<std::size_t>(b));
    for (int i = 0; i < b; ++i) {
      if (position_ == order_.size()) reshuffle();
      batch_[static_cast<std::size_t>(i)] = order_[position_++];
    }
    const float scale = 1.0f / static_cast<float>(b);
    double loss = 0.0;
    int correct = 0;
    const std::size_t size = grad_.size();
    overChunks(
        chunks(b),
        [&](Lane& lane, int k) {
          const int count = chunkCount(b, k);
          load(*data_.train, batch_.data() + k * kImageChunk, count, lane);
          lane.model->forward(lane.input, count, true);
          lane.correct = 0;
          lane.loss = lane.model->softmaxLoss(lane.labels, scale, &lane.correct);
          lane.model->backward(lane.input, k == 0 ? grad_.data() : lane.grad);
        },
        [&](const Lane& lane, int k) {
          loss += lane.loss;
          correct += lane.correct;
          if (k > 0)
            for (std::size_t i = 0; i < size; ++i) grad_[i] += lane.grad[i];
        });
    const double mean = loss / b;
    if (!std::isfinite(mean)) {
      divergence_ = coreMessage(kLossNotFinite, step_ + 1, messageNumber(mean));
      return false;
    }
    if (const std::size_t i = firstNonFinite(grad_.data(), size); i < size) {
      divergence_ = coreMessage(kGradientNotFinite, step_ + 1, whereParameter(model_.layout(), i),
                                messageNumber(grad_[i]));
      return false;
    }
    images::AlignedVector<float>& params = model_.parameters();
    optimizer_.update(config_.optimizer, params.data(), grad_.data(), next_.data());
    if (const std::size_t i = firstNonFinite(next_.data(), size); i < size) {
      divergence_ = coreMessage(kParameterNotFinite, step_ + 1, whereParameter(model_.layout(), i),
                                messageNumber(next_[i]));
      return false;
    }
    params.swap(next_);
    optimizer_.commit();
    ++step_;
    imagesSeen_ += b;
    runLoss_ += loss;
    runCorrect_ += correct;
    runImages_ += b;
    return true;
  }

  ImageRunResult train(std::int64_t steps, const std::atomic<bool>* stop) {
    ImageRunResult r;
    for (std::int64_t i = 0; i < steps; ++i) {
      if (divergence_) {
        r.diverged = true;
        break;
      }
      if (stop && stop->load(std::memory_order_relaxed)) {
        r.interrupted = true;
        break;
      }
      if (!step()) {
        r.diverged = true;
        break;
      }
      ++r.steps;
      if (config_.recordEvery > 0 && step_ % config_.recordEvery == 0 && history_.wants(step_))
        record();
    }
    return r;
  }

  int testImages(bool fullTest) const {
    if (fullTest || config_.testProbe == 0) return testCount_;
    return std::min(config_.testProbe, testCount_);
  }

  // Runs f(lane, count) over the first n test images, chunk by chunk in
  // order, after the lane's forward pass over the chunk.
  template <typename F>
  void overTest(int n, F&& f) {
    overChunks(
        chunks(n),
        [&](Lane& lane, int k) {
          const int count = chunkCount(n, k);
          std::array<int, kImageChunk> idx;
          std::iota(idx.begin(), idx.begin() + count, k * kImageChunk);
          load(*data_.test, idx.data(), count, lane);
          lane.model->forward(lane.input, count, false);
        },
        [&](Lane& lane, int k) { f(lane, chunkCount(n, k)); });
  }

  ImageMetrics measure(bool fullTest, std::vector<int>* confusion = nullptr) {
    ImageMetrics m;
    m.step = step_;
    m.epoch = epoch();
    if (runImages_ > 0) {
      m.trainLoss = runLoss_ / static_cast<double>(runImages_);
      m.trainAccuracy = static_cast<double>(runCorrect_) / static_cast<double>(runImages_);
    } else {
      m.trainLoss = lastLoss_;
      m.trainAccuracy = lastAccuracy_;
    }
    measureProbe(m);
    const int n = testImages(fullTest);
    double loss = 0.0;
    int correct = 0;
    const int classes = config_.network.classes;
    if (confusion) confusion->assign(static_cast<std::size_t>(classes) * classes, 0);
    overTest(n, [&](Lane& lane, int count) {
      loss += lane.model->softmaxLoss(lane.labels, 1.0f, &correct);
      if (confusion)
        for (int s = 0; s < count; ++s)
          ++(*confusion)[static_cast<std::size_t>(lane.labels[s]) * classes +
                         lane.model->predicted(s)];
    });
    m.testImages = n;
    m.testLoss = n > 0 ? loss / n : 0.0;
    m.testAccuracy = n > 0 ? static_cast<double>(correct) / n : 0.0;
    return m;
  }

  // Per-unit statistics and gradient norms over the probe images.
  void measureProbe(ImageMetrics& m) {
    const int n = static_cast<int>(probe_.size());
    m.probeSize = n;
    std::vector<double> grad(grad_.size(), 0.0);
    const float scale = 1.0f / static_cast<float>(std::max(1, n));
    images::ProbeCounts counts;
    overChunks(
        chunks(n),
        [&](Lane& lane, int k) {
          const int count = chunkCount(n, k);
          load(*data_.train, probe_.data() + k * kImageChunk, count, lane);
          lane.model->forward(lane.input, count, true);
          lane.model->softmaxLoss(lane.labels, scale, nullptr);
          lane.model->backward(lane.input, lane.grad);
        },
        [&](const Lane& lane, int) {
          for (std::size_t i = 0; i < grad.size(); ++i) grad[i] += lane.grad[i];
          images::countProbe(*lane.model, counts);
        });
    m.layers = images::probeStats(model_, counts, grad.data());
    const images::ImageParamLayer& out = model_.layout().layers.back();
    m.outputGradientNorm = images::norm2(grad.data() + out.weights, out.weightCount());
  }

  void record() {
    const ImageMetrics m = measure(false);
    row_.clear();
    row_.insert(row_.end(), {m.epoch, m.trainLoss, m.trainAccuracy, m.testLoss, m.testAccuracy});
    for (const ImageLayerStats& s : m.layers) {
      if (s.units == 0) continue;
      row_.insert(row_.end(),
                  {static_cast<double>(s.dead), static_cast<double>(s.inactive),
                   static_cast<double>(s.saturated), s.sparsity, s.gradientNorm, s.weightNorm});
    }
    row_.push_back(m.outputGradientNorm);
    for (const ImageLayerStats& s : m.layers)
      row_.insert(row_.end(), s.active.begin(), s.active.end());
    history_.append(step_, row_);
    lastLoss_ = m.trainLoss;
    lastAccuracy_ = m.trainAccuracy;
    runLoss_ = 0.0;
    runCorrect_ = 0;
    runImages_ = 0;
  }

  const ImageLayerSpec& layer(int l) const {
    return config_.network.layers[static_cast<std::size_t>(l)];
  }
  double epoch() const {
    return static_cast<double>(imagesSeen_) / static_cast<double>(std::max(1, trainCount_));
  }
};

// ---------------------------------------------------------------------------

Result<ImageTrainer> ImageTrainer::create(const ImageTrainConfig& config, const ImageData& data) {
  using R = Result<ImageTrainer>;
  if (auto problem = validate(config)) return R::failure(*problem);
  if (!data.train || !data.test || data.train->images.count < 1)
    return R::failure(coreMessage(kNoTrainingImages));
  const IdxImages& images = data.train->images;
  if (images.rows != config.network.rows || images.cols != config.network.cols)
    return R::failure(coreMessage(kImageSizeDiffers, images.rows, images.cols, config.network.rows,
                                  config.network.cols));
  if (data.test->images.count > 0 &&
      (data.test->images.rows != images.rows || data.test->images.cols != images.cols))
    return R::failure(coreMessage(kTestSizeDiffers, data.test->images.rows, data.test->images.cols,
                                  images.rows, images.cols));
  const int classes = std::max(data.train->classes, data.test->classes);
  if (classes > config.network.classes)
    return R::failure(coreMessage(kTooFewClasses, classes - 1, classes, config.network.classes));
  if (config.trainLimit > images.count)
    return R::failure(coreMessage(kTrainLimitTooLarge, images.count, config.trainLimit));
  if (config.testLimit > data.test->images.count)
    return R::failure(coreMessage(kTestLimitTooLarge, data.test->images.count, config.testLimit));
  const int trainCount = config.trainLimit > 0 ? config.trainLimit : images.count;
  const int testCount = config.testLimit > 0 ? config.testLimit : data.test->images.count;
  if (config.batchSize > trainCount) return R::failure(badBatchSize(trainCount, config.batchSize));
  return ImageTrainer(std::make_unique<Impl>(config, data, trainCount, testCount));
}

ImageTrainer::ImageTrainer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ImageTrainer::ImageTrainer(ImageTrainer&&) noexcept = default;
ImageTrainer& ImageTrainer::operator=(ImageTrainer&&) noexcept = default;
ImageTrainer::~ImageTrainer() = default;

const ImageTrainConfig& ImageTrainer::config() const {
  return impl_->config_;
}
const ImageData& ImageTrainer::data() const {
  return impl_->data_;
}
int ImageTrainer::trainCount() const {
  return impl_->trainCount_;
}
int ImageTrainer::testCount() const {
  return impl_->testCount_;
}
std::int64_t ImageTrainer::step() const {
  return impl_->step_;
}
double ImageTrainer::epoch() const {
  return impl_->epoch();
}
int ImageTrainer::stepsPerEpoch() const {
  const int b = impl_->config_.batchSize;
  return (impl_->trainCount_ + b - 1) / b;
}
const std::optional<Message>& ImageTrainer::divergence() const {
  return impl_->divergence_;
}

ImageRunResult ImageTrainer::train(std::int64_t steps, const std::atomic<bool>* stop) {
  return impl_->train(steps, stop);
}

ImageRunResult ImageTrainer::trainEpochs(double epochs, const std::atomic<bool>* stop) {
  if (!(epochs > 0.0)) return {};
  const double images = epochs * impl_->trainCount_;
  const double b = impl_->config_.batchSize;
  return train(static_cast<std::int64_t>(std::ceil(images / b - 1e-9)), stop);
}

std::optional<Message> ImageTrainer::setOptimizer(const OptimizerConfig& optimizer) {
  if (auto problem = validate(optimizer)) return problem;
  if (optimizer.kind != impl_->config_.optimizer.kind) impl_->optimizer_.reset();
  impl_->config_.optimizer = optimizer;
  impl_->divergence_.reset();
  return std::nullopt;
}

std::optional<Message> ImageTrainer::setBatchSize(int batchSize) {
  if (batchSize < 1 || batchSize > impl_->trainCount_)
    return badBatchSize(impl_->trainCount_, batchSize);
  impl_->config_.batchSize = batchSize;
  impl_->reserveBatch(batchSize);
  impl_->divergence_.reset();
  return std::nullopt;
}

std::optional<Message> ImageTrainer::setActivation(int layer, const Activation& activation) {
  ImageNetworkSpec spec = impl_->config_.network;
  if (layer < 0 || layer >= static_cast<int>(spec.layers.size()) ||
      spec.layers[static_cast<std::size_t>(layer)].kind == ImageLayerKind::MaxPool)
    return coreMessage(kNotAWeightLayer, layer);
  const bool wasPrelu =
      spec.layers[static_cast<std::size_t>(layer)].activation.kind == ActivationKind::Prelu;
  spec.layers[static_cast<std::size_t>(layer)].activation = activation;
  if (auto problem = validate(spec)) return problem;
  impl_->model_.setActivation(layer, activation);
  impl_->config_.network = spec;
  if (wasPrelu || activation.kind == ActivationKind::Prelu) {
    const auto& p = impl_->model_.layout().layers[static_cast<std::size_t>(layer)];
    impl_->optimizer_.clear(p.slopes, static_cast<std::size_t>(p.out));
  }
  impl_->divergence_.reset();
  return std::nullopt;
}

ImageMetrics ImageTrainer::measure(bool fullTest, std::vector<int>* confusion) {
  return impl_->measure(fullTest, confusion);
}

void ImageTrainer::record() {
  impl_->record();
}

const History& ImageTrainer::history() const {
  return impl_->history_;
}

std::vector<int> ImageTrainer::confusion(bool fullTest) {
  std::vector<int> counts;
  impl_->measure(fullTest, &counts);
  return counts;
}

std::vector<int> ImageTrainer::predict(std::span<const int> testIndices) {
  std::vector<int> out(testIndices.size(), -1);
  std::vector<int> chunk;
  std::vector<std::size_t> where;
  const auto flush = [&] {
    if (chunk.empty()) return;
    impl_->load(*impl_->data_.test, chunk.data(), static_cast<int>(chunk.size()));
    impl_->model_.forward(impl_->input_.data(), static_cast<int>(chunk.size()), false);
    for (std::size_t s = 0; s < chunk.size(); ++s)
      out[where[s]] = impl_->model_.predicted(static_cast<int>(s));
    chunk.clear();
    where.clear();
  };
  for (std::size_t i = 0; i < testIndices.size(); ++i) {
    const int index = testIndices[i];
    if (index < 0 || index >= impl_->testCount_) continue;  // stays −1
    chunk.push_back(index);
    where.push_back(i);
    if (static_cast<int>(chunk.size()) == kImageChunk) flush();
  }
  flush();
  return out;
}

std::vector<float> ImageTrainer::classUnitMeans(int layer) {
  Impl& d = *impl_;
  if (layer < 0 || layer >= d.model_.hiddenCount()) return {};
  const int units = imageUnits(d.layer(layer));
  if (units == 0) return {};
  const int classes = d.config_.network.classes;
  std::vector<double> sums(static_cast<std::size_t>(classes) * units, 0.0);
  std::vector<int> counts(static_cast<std::size_t>(classes), 0);
  const int n = static_cast<int>(d.probe_.size());
  const int positions = d.model_.positions(layer);
  for (int start = 0; start < n; start += kImageChunk) {
    const int count = std::min(kImageChunk, n - start);
    d.load(*d.data_.train, d.probe_.data() + start, count);
    d.model_.forward(d.input_.data(), count, false);
    const float* a = d.model_.a(layer);
    for (int s = 0; s < count; ++s) ++counts[static_cast<std::size_t>(d.labels_[s])];
    d.model_.forEachUnit(layer, count, [&](int j, std::size_t i) {
      // Image of value i: planar runs are unit-major, image-minor.
      const int s = d.model_.planar(layer)
                        ? static_cast<int>((i / static_cast<std::size_t>(positions)) %
                                           static_cast<std::size_t>(count))
                        : static_cast<int>(i / static_cast<std::size_t>(units));
      sums[static_cast<std::size_t>(d.labels_[static_cast<std::size_t>(s)]) * units + j] += a[i];
    });
  }
  std::vector<float> means(sums.size(), 0.0f);
  for (int c = 0; c < classes; ++c) {
    const double images = static_cast<double>(counts[static_cast<std::size_t>(c)]) * positions;
    if (images == 0) continue;
    for (int j = 0; j < units; ++j) {
      const std::size_t k = static_cast<std::size_t>(c) * units + j;
      means[k] = static_cast<float>(sums[k] / images);
    }
  }
  return means;
}

ImageInspection ImageTrainer::inspect(int testIndex) {
  Impl& d = *impl_;
  ImageInspection r;
  r.index = testIndex;
  if (testIndex < 0 || testIndex >= d.testCount_) return r;
  d.load(*d.data_.test, &testIndex, 1);
  d.model_.forward(d.input_.data(), 1, false);
  r.label = d.labels_[0];
  r.predicted = d.model_.predicted(0);
  std::vector<float> p(static_cast<std::size_t>(d.config_.network.classes));
  d.model_.probabilities(0, p.data());
  r.probabilities.assign(p.begin(), p.end());
  const std::vector<ImageShape>& shapes = d.model_.shapes();
  for (int l = 0; l < d.model_.hiddenCount(); ++l) {
    ImageInspection::Layer layer;
    layer.kind = d.layer(l).kind;
    layer.shape = shapes[static_cast<std::size_t>(l) + 1];
    layer.post.resize(static_cast<std::size_t>(layer.shape.size()));
    d.model_.imageOutput(l, 0, false, layer.post.data());
    if (layer.kind == ImageLayerKind::MaxPool) {
      layer.pre.resize(static_cast<std::size_t>(shapes[static_cast<std::size_t>(l)].size()));
      d.model_.imageInput(l, d.input_.data(), 0, layer.pre.data());
    } else {
      layer.pre.resize(layer.post.size());
      d.model_.imageOutput(l, 0, true, layer.pre.data());
    }
    r.layers.push_back(std::move(layer));
  }
  return r;
}

ImageWeights ImageTrainer::weights(int layer) const {
  const Impl& d = *impl_;
  ImageWeights w;
  const auto& layers = d.model_.layout().layers;
  if (layer < 0 || layer >= static_cast<int>(layers.size())) return w;
  const images::ImageParamLayer& p = layers[static_cast<std::size_t>(layer)];
  w.kind = p.kind;
  if (p.out == 0) return w;
  w.out = p.out;
  w.in = p.in;
  w.kernel = p.kernel;
  const images::AlignedVector<float>& params = d.model_.parameters();
  w.values.assign(params.begin() + static_cast<std::ptrdiff_t>(p.weights),
                  params.begin() + static_cast<std::ptrdiff_t>(p.weights + p.weightCount()));
  w.biases.assign(params.begin() + static_cast<std::ptrdiff_t>(p.biases),
                  params.begin() + static_cast<std::ptrdiff_t>(p.biases + p.out));
  return w;
}

std::vector<float> ImageTrainer::slopes(int layer) const {
  const Impl& d = *impl_;
  if (layer < 0 || layer >= d.model_.hiddenCount()) return {};
  if (d.layer(layer).kind == ImageLayerKind::MaxPool ||
      d.layer(layer).activation.kind != ActivationKind::Prelu)
    return {};
  const images::ImageParamLayer& p = d.model_.layout().layers[static_cast<std::size_t>(layer)];
  const images::AlignedVector<float>& params = d.model_.parameters();
  return {params.begin() + static_cast<std::ptrdiff_t>(p.slopes),
          params.begin() + static_cast<std::ptrdiff_t>(p.slopes + p.out)};
}

}  // namespace relulab::core
