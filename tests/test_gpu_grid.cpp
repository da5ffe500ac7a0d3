// Grid evaluation on the GPU equals the CPU path's
// core::GridEvaluator within 1e-5·max(1, |cpu|): the decision map and every
// hidden unit's map, over architectures that exercise every head, PReLU's
// learned slopes, all seven input features and a grid that is not a whole
// number of work groups. Where no GPU path exists the comparison runs through
// the fallback (the CPU path against itself) and the test says why.
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "core/base/random.h"
#include "core/gpu/device.h"
#include "core/gpu/grid.h"
#include "core/training/decision_grid.h"

namespace core = relulab::core;
namespace gpu = relulab::gpu;

namespace {

struct Case {
  core::NetworkSpec spec;
  core::FeatureSet features;
};

core::LayerSpec layer(int width, core::ActivationKind kind) {
  return {width, core::defaultActivation(kind)};
}

Case makeCase(const QString& name) {
  using K = core::ActivationKind;
  Case c;
  if (name == QLatin1String("relu tanh-head")) {
    c.spec.hidden = {layer(8, K::Relu), layer(8, K::Relu)};
  } else if (name == QLatin1String("gelu/prelu sigmoid-head")) {
    c.spec.hidden = {layer(6, K::Gelu), layer(5, K::Prelu), layer(3, K::Elu)};
    c.spec.output = core::OutputKind::SigmoidCrossEntropy;
  } else if (name == QLatin1String("all features, linear head")) {
    c.features.bits = 0b1111111;
    c.spec.inputs = 7;
    c.spec.hidden = {layer(7, K::Tanh), layer(4, K::Mish), layer(4, K::Softplus)};
    c.spec.output = core::OutputKind::LinearSquaredError;
  } else {  // "deep and wide"
    c.features.bits = 0b0011111;
    c.spec.inputs = 5;
    c.spec.hidden = {layer(32, K::LeakyRelu), layer(16, K::Silu), layer(16, K::Hardswish),
                     layer(8, K::Relu6), layer(8, K::Selu)};
    // Xavier, not He: with He's gain five layers amplify rounding so much that
    // float32 itself (CPU path included) is 1.4e−5 off the float64 answer.
    c.spec.weightInit = {core::InitScheme::XavierNormal, 0.0};
    return c;
  }
  c.spec.weightInit = {core::InitScheme::HeNormal, 0.0};
  return c;
}

core::Network<float> initialized(const core::NetworkSpec& spec, std::uint64_t seed) {
  core::Network<float> net(spec);
  core::Rng rng(seed, 1);
  net.initialize(rng);
  // Learned PReLU slopes differ per neuron; give them distinct values.
  for (int l = 0; l < net.hiddenCount(); ++l)
    for (int j = 0; j < spec.hidden[static_cast<std::size_t>(l)].width; ++j)
      net.slope(l, j) = 0.05f * static_cast<float>(j + 1);
  return net;
}

bool close(const std::vector<float>& got, const std::vector<float>& want, const char* what) {
  if (got.size() != want.size()) {
    qWarning("%s: %zu values, expected %zu", what, got.size(), want.size());
    return false;
  }
  for (std::size_t i = 0; i < got.size(); ++i) {
    const double ref = want[i];
    if (std::fabs(got[i] - ref) > 1e-5 * std::max(1.0, std::fabs(ref))) {
      qWarning("%s[%zu] = %.9g, CPU path %.9g", what, i, double(got[i]), ref);
      return false;
    }
  }
  return true;
}

}  // namespace

class TestGpuGrid : public QObject {
  Q_OBJECT

  bool gpu_ = false;

 private slots:
  void initTestCase() {
    const gpu::Availability a = gpu::availability();
    gpu_ = a.available;
    if (gpu_)
      qInfo("GPU path: %s", a.info.renderer.c_str());
    else
      qInfo("No GPU path (%s): grids go through the fallback, on the CPU path",
            a.reason.english().c_str());
  }

  void equalsTheCpuPath_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    for (const char* name : {"relu tanh-head", "gelu/prelu sigmoid-head",
                             "all features, linear head", "deep and wide"})
      QTest::newRow(name) << QString::fromLatin1(name) << 37;
    QTest::newRow("relu tanh-head, 2x2") << QStringLiteral("relu tanh-head") << 2;
  }

  void equalsTheCpuPath() {
    QFETCH(QString, name);
    QFETCH(int, size);
    const Case c = makeCase(name);
    QVERIFY(!core::validate(c.spec));
    const core::Network<float> net = initialized(c.spec, 11);
    core::GridSpec spec;
    spec.size = size;
    spec.lo = -5.5;
    spec.hi = 6.25;
    const auto result = gpu::evaluateGrid(gpu::Backend::Gpu, net, c.features, spec);
    QVERIFY2(result, result.error().c_str());
    QCOMPARE(result->backend.backend, gpu_ ? gpu::Backend::Gpu : gpu::Backend::Cpu);
    core::DecisionGrid cpu;
    core::GridEvaluator<float>(net.layout()).evaluate(net, c.features, spec, cpu);
    const core::DecisionGrid& got = result->grid;
    QCOMPARE(got.size, cpu.size);
    QCOMPARE(got.widths, cpu.widths);
    QVERIFY(close(got.output, cpu.output, "decision"));
    QVERIFY(close(got.neurons, cpu.neurons, "neuron maps"));
  }

  // Many networks in one dispatch give each network's own maps.
  void severalNetworksAtOnce() {
    if (!gpu_) QSKIP("no GPU path; batching networks is a GPU detail");
    const Case c = makeCase(QStringLiteral("gelu/prelu sigmoid-head"));
    std::vector<core::Network<float>> nets;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) nets.push_back(initialized(c.spec, seed));
    core::GridSpec spec;
    spec.size = 20;
    spec.neuronMaps = false;
    const auto all = gpu::evaluateGridGpu(nets, c.features, spec);
    QVERIFY2(all, all.error().c_str());
    QCOMPARE(all->size(), nets.size());
    for (std::size_t i = 0; i < nets.size(); ++i) {
      const auto one = gpu::evaluateGridGpu(nets[i], c.features, spec);
      QVERIFY2(one, one.error().c_str());
      QCOMPARE((*all)[i].output, one->output);
      QVERIFY((*all)[i].neurons.empty());
    }
  }

  void mismatchedFeaturesAreRefused() {
    const Case c = makeCase(QStringLiteral("relu tanh-head"));
    const core::Network<float> net = initialized(c.spec, 1);
    core::FeatureSet three;
    three.bits = 0b111;
    const auto result = gpu::evaluateGrid(gpu::Backend::Gpu, net, three, core::GridSpec{});
    QVERIFY(!result);
    QVERIFY2(QString::fromStdString(result.error()).contains(QStringLiteral("3 features")),
             result.error().c_str());
  }

  // auto picks the GPU only where it is measured faster: never on a software
  // renderer, never for small grids, and it always says why.
  void autoRule() {
    const gpu::Availability a = gpu::availability();
    const auto small = gpu::chooseBackend(gpu::Backend::Auto, gpu::Workload::Grid, 100);
    QCOMPARE(small.backend, gpu::Backend::Cpu);
    QVERIFY(!small.reason.empty());
    const auto huge =
        gpu::chooseBackend(gpu::Backend::Auto, gpu::Workload::Grid, std::size_t{1} << 24);
    const bool expectGpu = a.available && !a.info.software;
    QCOMPARE(huge.backend, expectGpu ? gpu::Backend::Gpu : gpu::Backend::Cpu);
    if (a.available && a.info.software)
      QVERIFY2(QString::fromStdString(huge.reason.english()).contains(QStringLiteral("software")),
               huge.reason.english().c_str());
    const auto arrays =
        gpu::chooseBackend(gpu::Backend::Auto, gpu::Workload::Activation, std::size_t{1} << 30);
    QCOMPARE(arrays.backend, gpu::Backend::Cpu);
    QCOMPARE(gpu::chooseBackend(gpu::Backend::Cpu, gpu::Workload::Ensemble, 1 << 20).backend,
             gpu::Backend::Cpu);
  }
};

QTEST_GUILESS_MAIN(TestGpuGrid)
#include "test_gpu_grid.moc"
