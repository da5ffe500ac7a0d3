// The image trainer (core/images/image_trainer.h): deterministic whatever the
// thread count, measure() leaves training alone, divergence stops and keeps
// the last finite state, live changes, inspection and predictions, the
// history's columns, data loading with clear messages, and convergence on
// Fashion-MNIST (skipped when dataset-fashion-mnist is not installed).
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <new>
#include <sstream>

#include "core/images/image_trainer.h"

using namespace relulab::core;

// Every operator new of this program counts while gCountNew is set, so a test
// can check that a stretch of code allocates nothing of its own.
namespace {
std::atomic<bool> gCountNew{false};
std::atomic<long> gNewCalls{0};
void* countedNew(std::size_t n) {
  if (gCountNew.load(std::memory_order_relaxed)) gNewCalls.fetch_add(1);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
}  // namespace
void* operator new(std::size_t n) {
  return countedNew(n);
}
void* operator new[](std::size_t n) {
  return countedNew(n);
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}

namespace {

// 8 × 8 images of 4 classes: class c lights quadrant c (plus noise), so a
// small network learns them quickly.
ImageData quadrants(int train, int test, std::uint64_t seed = 5) {
  const auto make = [](int count, Rng& rng) {
    ImageSet s;
    s.images.count = count;
    s.images.rows = 8;
    s.images.cols = 8;
    s.classes = 4;
    for (int i = 0; i < count; ++i) {
      const int c = static_cast<int>(rng.below(4));
      s.labels.push_back(static_cast<std::uint8_t>(c));
      for (int r = 0; r < 8; ++r)
        for (int q = 0; q < 8; ++q) {
          const bool lit = (r / 4) * 2 + q / 4 == c;
          const double v = (lit ? 150.0 : 40.0) + rng.uniform(-40.0, 40.0);
          s.images.pixels.push_back(static_cast<std::uint8_t>(v));
        }
    }
    return s;
  };
  Rng rng(seed);
  ImageData d;
  d.train = std::make_shared<const ImageSet>(make(train, rng));
  d.test = std::make_shared<const ImageSet>(make(test, rng));
  d.source = "quadrants";
  d.classNames = {"0", "1", "2", "3"};
  return d;
}

ImageTrainConfig small(std::vector<ImageLayerSpec> layers) {
  ImageTrainConfig c;
  c.network.rows = 8;
  c.network.cols = 8;
  c.network.classes = 4;
  c.network.layers = std::move(layers);
  c.batchSize = 100;  // two chunks of the engine's 64
  c.probeSize = 200;
  c.testProbe = 100;
  c.recordEvery = 0;
  return c;
}

ImageLayerSpec dense(int n, Activation a = {}) {
  ImageLayerSpec l;
  l.size = n;
  l.activation = a;
  return l;
}
ImageLayerSpec conv(int n, int k = 3, Activation a = {}) {
  ImageLayerSpec l;
  l.kind = ImageLayerKind::Conv;
  l.size = n;
  l.kernel = k;
  l.activation = a;
  return l;
}
ImageLayerSpec pool() {
  ImageLayerSpec l;
  l.kind = ImageLayerKind::MaxPool;
  return l;
}

std::vector<float> allWeights(const ImageTrainer& t) {
  std::vector<float> all;
  for (int l = 0; l <= static_cast<int>(t.config().network.layers.size()); ++l) {
    const ImageWeights w = t.weights(l);
    all.insert(all.end(), w.values.begin(), w.values.end());
    all.insert(all.end(), w.biases.begin(), w.biases.end());
    const auto s = t.slopes(l);
    all.insert(all.end(), s.begin(), s.end());
  }
  return all;
}

void writeIdx(const QString& path, std::vector<std::uint8_t> header,
              const std::vector<std::uint8_t>& body) {
  header.insert(header.end(), body.begin(), body.end());
  FILE* f = std::fopen(path.toLocal8Bit().constData(), "wb");
  std::fwrite(header.data(), 1, header.size(), f);
  std::fclose(f);
}
std::vector<std::uint8_t> idxHeader(std::uint8_t dims, std::vector<std::uint32_t> sizes) {
  std::vector<std::uint8_t> b{0, 0, 8, dims};
  for (std::uint32_t d : sizes)
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<std::uint8_t>(d >> shift));
  return b;
}

}  // namespace

class TestImageTrainer : public QObject {
  Q_OBJECT

 private slots:
  // One seed, threads 1 to 4: the same weights and measurements bit for bit.
  // A batch of 200 is four chunks (64, 64, 64, 8), so three threads take
  // them in two waves and a sum in any other order would differ; an
  // activation changed midway reaches every thread's copy of the network.
  void deterministicAcrossThreads() {
    const ImageData data = quadrants(400, 300);
    std::vector<std::vector<float>> runs;
    std::vector<ImageMetrics> measured;
    for (int threads : {1, 2, 3, 4}) {
      ImageTrainConfig c = small({conv(4), pool(), dense(16, {ActivationKind::Prelu, 0.1})});
      c.batchSize = 200;
      c.threads = threads;
      c.seed = 11;
      auto t = ImageTrainer::create(c, data);
      QVERIFY2(t.ok(), t.error().c_str());
      QCOMPARE(t.value().train(6).steps, std::int64_t{6});
      QVERIFY(!t.value().setActivation(0, {ActivationKind::LeakyRelu, 0.2}));
      QCOMPARE(t.value().train(6).steps, std::int64_t{6});
      runs.push_back(allWeights(t.value()));
      measured.push_back(t.value().measure(true));
    }
    for (std::size_t i = 1; i < runs.size(); ++i) {
      QCOMPARE(runs[i], runs[0]);
      QVERIFY2(measured[i] == measured[0], qPrintable(QString::number(i + 1)));
    }
    // Another seed starts elsewhere.
    ImageTrainConfig c = small({conv(4), pool(), dense(16)});
    c.seed = 12;
    auto other = ImageTrainer::create(c, data);
    other.value().train(12);
    QVERIFY(allWeights(other.value()) != runs[0]);
  }

  // "Nothing is allocated per step once the first step has run": after one
  // step, training (a batch of four chunks on one and on three threads, then
  // a larger batch) calls operator new not once.
  void stepsAllocateNothing() {
    const ImageData data = quadrants(400, 100);
    for (int threads : {1, 3}) {
      ImageTrainConfig c = small({conv(4), pool(), dense(16, {ActivationKind::Prelu, 0.1})});
      c.batchSize = 200;
      c.threads = threads;
      auto t = ImageTrainer::create(c, data);
      QVERIFY2(t.ok(), t.error().c_str());
      QCOMPARE(t.value().train(1).steps, std::int64_t{1});
      QVERIFY(!t.value().setBatchSize(300));
      gNewCalls = 0;
      gCountNew = true;
      const auto r = t.value().train(10);
      gCountNew = false;
      QCOMPARE(r.steps, std::int64_t{10});
      QCOMPARE(gNewCalls.load(), 0L);
    }
  }

  // measure(), record(), confusion(), inspect() and friends draw nothing
  // from the batch order and leave the weights alone.
  void measuringLeavesTrainingAlone() {
    const ImageData data = quadrants(300, 100);
    const ImageTrainConfig c = small({dense(12, {ActivationKind::Prelu, 0.25})});
    auto a = ImageTrainer::create(c, data);
    auto b = ImageTrainer::create(c, data);
    for (int i = 0; i < 6; ++i) {
      a.value().train(1);
      b.value().train(1);
      b.value().measure(i % 2 == 0);
      b.value().record();
      b.value().confusion(true);
      b.value().inspect(i);
      b.value().classUnitMeans(0);
      const std::vector<int> idx{0, 5, 7};
      b.value().predict(idx);
    }
    QCOMPARE(allWeights(b.value()), allWeights(a.value()));
    QCOMPARE(b.value().history().size(), std::size_t{6});
  }

  // Learns the quadrants; the metrics say so, and hold together.
  void learnsAndMeasures() {
    const ImageData data = quadrants(1000, 200);
    ImageTrainConfig c = small({conv(4), pool(), dense(16)});
    c.optimizer.learningRate = 0.01;
    c.recordEvery = 10;
    auto created = ImageTrainer::create(c, data);
    QVERIFY(created.ok());
    ImageTrainer& t = created.value();
    const ImageMetrics before = t.measure();
    QVERIFY(std::isnan(before.trainLoss));
    QCOMPARE(t.stepsPerEpoch(), 10);
    const auto r = t.trainEpochs(3);
    QCOMPARE(r.steps, std::int64_t{30});
    QCOMPARE(t.epoch(), 3.0);
    QCOMPARE(t.history().size(), std::size_t{3});
    QCOMPARE(t.history().columns(), imageMetricColumns(c.network));
    const ImageMetrics m = t.measure(true);
    QVERIFY2(m.testAccuracy > 0.95, qPrintable(QString::number(m.testAccuracy)));
    QCOMPARE(m.testImages, 200);
    QCOMPARE(m.probeSize, 200);
    QCOMPARE(m.layers.size(), std::size_t{3});
    QCOMPARE(m.layers[0].units, 4);
    QCOMPARE(m.layers[1].units, 0);
    QCOMPARE(m.layers[0].active.size(), std::size_t{4});
    QVERIFY(m.layers[2].gradientNorm > 0.0);
    QVERIFY(m.outputGradientNorm > 0.0);
    QVERIFY(m.testLoss < before.testLoss);
    // Confusion: test images by true and predicted class.
    const std::vector<int> confusion = t.confusion(true);
    QCOMPARE(confusion.size(), std::size_t{16});
    int total = 0, right = 0;
    for (int i = 0; i < 16; ++i) total += confusion[static_cast<std::size_t>(i)];
    for (int i = 0; i < 4; ++i) right += confusion[static_cast<std::size_t>(i * 5)];
    QCOMPARE(total, 200);
    QCOMPARE(right / 200.0, m.testAccuracy);
    // Both from one pass: the same figures and the same matrix.
    std::vector<int> together;
    QVERIFY(t.measure(true, &together) == m);
    QCOMPARE(together, confusion);
    // One image through the network.
    const ImageInspection look = t.inspect(3);
    QCOMPARE(look.label, static_cast<int>(data.test->labels[3]));
    QCOMPARE(look.probabilities.size(), std::size_t{4});
    double sum = 0.0;
    for (double p : look.probabilities) sum += p;
    QVERIFY(std::fabs(sum - 1.0) < 1e-5);
    QCOMPARE(look.layers.size(), std::size_t{3});
    QCOMPARE(look.layers[0].post.size(), std::size_t{4 * 64});
    QCOMPARE(look.layers[1].pre.size(), std::size_t{4 * 64});
    QCOMPARE(look.layers[1].post.size(), std::size_t{4 * 16});
    QCOMPARE(t.predict(std::vector<int>{3, -1, 1000})[0], look.predicted);
    QCOMPARE(t.predict(std::vector<int>{3, -1, 1000})[1], -1);
    const ImageWeights w = t.weights(0);
    QCOMPARE(w.out, 4);
    QCOMPARE(w.in, 1);
    QCOMPARE(w.kernel, 3);
    QCOMPARE(w.values.size(), std::size_t{36});
    QCOMPARE(t.weights(3).out, 4);  // the softmax layer
    QCOMPARE(t.weights(3).in, 16);
    QCOMPARE(t.classUnitMeans(2).size(), std::size_t{4 * 16});
    QVERIFY(t.classUnitMeans(1).empty());
    // CSV: the columns, then one row per record.
    std::ostringstream csv;
    t.history().writeCsv(csv);
    QVERIFY(
        csv.str().starts_with("step,epoch,train_loss,train_accuracy,test_loss,test_accuracy,"
                              "l1_dead,"));
    QVERIFY(csv.str().find("l3u16_active") != std::string::npos);
  }

  // A dense layer made dead by its bias: every unit dead with ReLU, none
  // with Leaky ReLU (inactive instead).
  void deadAndInactive() {
    const ImageData data = quadrants(200, 50);
    for (const auto kind : {ActivationKind::Relu, ActivationKind::LeakyRelu}) {
      ImageTrainConfig c = small({dense(10, defaultActivation(kind))});
      c.network.biasInit = -50.0;
      auto t = ImageTrainer::create(c, data);
      const ImageMetrics m = t.value().measure();
      QCOMPARE(m.layers[0].dead, kind == ActivationKind::Relu ? 10 : 0);
      QCOMPARE(m.layers[0].inactive, kind == ActivationKind::Relu ? 0 : 10);
      QCOMPARE(m.deadUnits(), kind == ActivationKind::Relu ? 10 : 0);
      QCOMPARE(m.layers[0].sparsity, kind == ActivationKind::Relu ? 1.0 : 0.0);
      QCOMPARE(m.layers[0].gradientNorm == 0.0, kind == ActivationKind::Relu);
    }
  }

  // A step that would overflow stops before it is applied: the network keeps
  // its last finite state; a new optimiser setting clears the stop.
  void divergenceKeepsLastFiniteState() {
    const ImageData data = quadrants(200, 50);
    ImageTrainConfig c = small({dense(256, {ActivationKind::LeakyRelu, 0.01}),
                                dense(256, {ActivationKind::LeakyRelu, 0.01}),
                                dense(256, {ActivationKind::LeakyRelu, 0.01})});
    c.network.weightInit = InitSpec{InitScheme::Uniform, 100.0};
    c.optimizer = OptimizerConfig{OptimizerKind::Sgd, 100.0};
    auto created = ImageTrainer::create(c, data);
    ImageTrainer& t = created.value();
    std::vector<float> last = allWeights(t);
    bool diverged = false;
    for (int i = 0; i < 50 && !diverged; ++i) {
      const ImageRunResult r = t.train(1);
      if (r.diverged) {
        diverged = true;
        QCOMPARE(r.steps, std::int64_t{0});
      } else {
        last = allWeights(t);
      }
    }
    QVERIFY(diverged);
    QVERIFY(t.divergence());
    QVERIFY2(t.divergence()->english().find("became") != std::string::npos,
             t.divergence()->english().c_str());
    QCOMPARE(allWeights(t), last);
    for (float v : last) QVERIFY(std::isfinite(v));
    const std::int64_t stepAt = t.step();
    QVERIFY(t.train(5).diverged);  // stays stopped
    QCOMPARE(t.step(), stepAt);
    QVERIFY(!t.setOptimizer(OptimizerConfig{OptimizerKind::Sgd, 1e-30}));
    QVERIFY(!t.divergence());
  }

  void liveChanges() {
    const ImageData data = quadrants(200, 50);
    auto created = ImageTrainer::create(small({conv(3), pool(), dense(8)}), data);
    ImageTrainer& t = created.value();
    t.train(2);
    QVERIFY(t.setBatchSize(0));
    QVERIFY(t.setBatchSize(201));
    QVERIFY(!t.setBatchSize(200));
    QCOMPARE(t.config().batchSize, 200);
    QVERIFY(t.setActivation(1, defaultActivation(ActivationKind::Relu)));  // the pooling layer
    QVERIFY(t.setActivation(3, defaultActivation(ActivationKind::Relu)));
    QVERIFY(t.setActivation(0, Activation{ActivationKind::Elu, -1.0}));
    QVERIFY(!t.setActivation(0, Activation{ActivationKind::Prelu, 0.2}));
    QCOMPARE(t.slopes(0), std::vector<float>(3, 0.2f));
    QVERIFY(t.slopes(2).empty());
    t.train(3);
    QVERIFY(t.slopes(0) != std::vector<float>(3, 0.2f));  // learned
    QVERIFY(t.setOptimizer(OptimizerConfig{OptimizerKind::Adam, -1.0}));
    QVERIFY(!t.setOptimizer(OptimizerConfig{OptimizerKind::Momentum, 0.01}));
    QCOMPARE(t.config().optimizer.kind, OptimizerKind::Momentum);
    QCOMPARE(t.train(2).steps, std::int64_t{2});
  }

  void validateNamesTheField_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("field");
    QTest::newRow("batch") << 0 << "batch_size";
    QTest::newRow("threads") << 1 << "threads";
    QTest::newRow("learning rate") << 2 << "optimizer.learning_rate";
    QTest::newRow("probe") << 3 << "probe_size";
    QTest::newRow("test probe") << 4 << "test_probe";
    QTest::newRow("record") << 5 << "record_every";
    QTest::newRow("limit") << 6 << "train_limit";
    QTest::newRow("kernel") << 7 << "network.layers[0].kernel";
  }
  void validateNamesTheField() {
    QFETCH(int, which);
    QFETCH(QString, field);
    ImageTrainConfig c;
    QVERIFY(!validate(c));
    switch (which) {
      case 0:
        c.batchSize = 0;
        break;
      case 1:
        c.threads = 65;
        break;
      case 2:
        c.optimizer.learningRate = 0.0;
        break;
      case 3:
        c.probeSize = 0;
        break;
      case 4:
        c.testProbe = -1;
        break;
      case 5:
        c.recordEvery = -1;
        break;
      case 6:
        c.trainLimit = -1;
        break;
      case 7:
        c.network.layers = {conv(4, 7)};
        break;
    }
    const auto problem = validate(c);
    QVERIFY(problem);
    QVERIFY2(QString::fromStdString(problem->english()).startsWith(field + ":"),
             problem->english().c_str());
  }

  // create() ties the parts together, and says which part does not fit.
  void createChecksTheData() {
    const ImageData data = quadrants(100, 20);
    ImageTrainConfig c = small({dense(4)});
    c.network.rows = 28;
    auto r = ImageTrainer::create(c, data);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().starts_with("network.rows:"), r.error().c_str());
    c = small({dense(4)});
    c.network.classes = 3;
    r = ImageTrainer::create(c, data);
    QVERIFY2(!r.ok() && r.error().starts_with("network.classes:"), r.error().c_str());
    c = small({dense(4)});
    c.batchSize = 101;
    r = ImageTrainer::create(c, data);
    QVERIFY2(!r.ok() && r.error().starts_with("batch_size:"), r.error().c_str());
    c.trainLimit = 50;
    c.batchSize = 51;
    r = ImageTrainer::create(c, data);
    QVERIFY2(!r.ok() && r.error().starts_with("batch_size:"), r.error().c_str());
    c.batchSize = 10;
    r = ImageTrainer::create(c, data);
    QVERIFY(r.ok());
    QCOMPARE(r.value().trainCount(), 50);
    QCOMPARE(r.value().testCount(), 20);
    c.trainLimit = 101;
    r = ImageTrainer::create(c, data);
    QVERIFY2(!r.ok() && r.error().starts_with("train_limit:"), r.error().c_str());
  }

  void loadImageDataMismatch() {
    QTemporaryDir dir;
    const QString p = dir.path();
    writeIdx(p + "/a-images", idxHeader(3, {2, 4, 4}), std::vector<std::uint8_t>(32, 7));
    writeIdx(p + "/a-labels", idxHeader(1, {2}), {0, 1});
    writeIdx(p + "/b-images", idxHeader(3, {1, 5, 5}), std::vector<std::uint8_t>(25, 7));
    writeIdx(p + "/b-labels", idxHeader(1, {1}), {2});
    const ImageFiles a{(p + "/a-images").toStdString(), (p + "/a-labels").toStdString()};
    const ImageFiles b{(p + "/b-images").toStdString(), (p + "/b-labels").toStdString()};
    const auto bad = loadImageData(a, b);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().find(b.images) != std::string::npos, bad.error().c_str());
    QVERIFY2(bad.error().find("5 × 5") != std::string::npos, bad.error().c_str());
    QVERIFY2(bad.error().find("4 × 4") != std::string::npos, bad.error().c_str());
    const auto good = loadImageData(a, a);
    QVERIFY2(good.ok(), good.error().c_str());
    QCOMPARE(good->classNames, (std::vector<std::string>{"0", "1"}));
    QCOMPARE(good->train->images.count, 2);
    const auto missing = loadFashionMnist((p + "/nowhere").toStdString());
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().find("sudo apt install dataset-fashion-mnist") != std::string::npos,
             missing.error().c_str());
  }

  void presets() {
    QCOMPARE(imagePresetList().size(), std::size_t{5});
    for (const ImagePresetInfo& info : imagePresetList()) {
      const auto c = imagePreset(info.name);
      QVERIFY(c);
      QVERIFY2(!validate(*c), std::string(info.name).c_str());
      QVERIFY(!info.title.empty() && !info.summary.empty());
    }
    QVERIFY(!imagePreset("fashion"));
    QCOMPARE(
        imagePresetNameList(),
        std::string("fashion-mlp, fashion-mlp-256, fashion-cnn, fashion-dying, fashion-leaky"));
    QCOMPARE(imagePreset("fashion-mlp")->network.layers.size(), std::size_t{1});
    QCOMPARE(imagePreset("fashion-mlp")->batchSize, 64);
    QCOMPARE(fashionMnistClassNames().size(), std::size_t{10});
    QCOMPARE(fashionMnistClassNames()[9], std::string_view("Ankle boot"));
  }

  // The 784-[100]-10 MLP on 5,000 Fashion-MNIST images, two epochs: above
  // 0.75 on 1,000 test images.
  void convergesOnFashionMnist() {
    if (!std::filesystem::exists(fashionMnistTrainFiles().images))
      QSKIP("dataset-fashion-mnist is not installed (sudo apt install dataset-fashion-mnist)");
    const auto data = loadFashionMnist();
    QVERIFY2(data.ok(), data.error().c_str());
    ImageTrainConfig c = *imagePreset("fashion-mlp");
    c.trainLimit = 5000;
    c.testLimit = 1000;
    c.probeSize = 500;
    c.recordEvery = 0;
    auto t = ImageTrainer::create(c, *data);
    QVERIFY(t.ok());
    QVERIFY(!t.value().trainEpochs(2).diverged);
    const ImageMetrics m = t.value().measure(true);
    QCOMPARE(m.testImages, 1000);
    QVERIFY2(m.testAccuracy > 0.75, qPrintable(QString::number(m.testAccuracy)));
    QVERIFY(m.trainLoss < 1.0);
  }
};

QTEST_APPLESS_MAIN(TestImageTrainer)
#include "test_image_trainer.moc"
