// The GPU ensemble kernel's other branches against the CPU path:
// every optimiser, L1 and L2 penalties, gradient clipping, PReLU's learned
// slopes, the sigmoid and linear heads, batches wider than one warp of lanes,
// a fresh batch order every epoch, and divergence (a member whose step turns
// non-finite stops in its last finite state, as core::Trainer does).
// Losses agree within 1e-3 relative. Without a GPU path the runs go through
// the fallback and the test says why.
#include <QtTest>
#include <cmath>

#include "core/gpu/device.h"
#include "core/gpu/ensemble.h"

namespace core = relulab::core;
namespace gpu = relulab::gpu;

namespace {

core::LayerSpec layer(int width, core::ActivationKind kind) {
  return {width, core::defaultActivation(kind)};
}

gpu::EnsembleConfig variant(const QString& name) {
  using K = core::ActivationKind;
  gpu::EnsembleConfig c;
  c.base.seed = 9;
  c.base.data.noise = 0.05;
  auto& o = c.base.optimizer;
  if (name == QLatin1String("adam, L2, clip, prelu/tanh, sigmoid head, reshuffle")) {
    c.base.network.hidden = {layer(6, K::Prelu), layer(4, K::Tanh)};
    c.base.network.output = core::OutputKind::SigmoidCrossEntropy;
    c.base.data.kind = core::DatasetKind::Xor;
    c.base.batchOrder = core::BatchOrder::ReshuffleEachEpoch;
    o.kind = core::OptimizerKind::Adam;
    o.regularization = core::Regularization::L2;
    o.regularizationRate = 0.001;
    o.clipNorm = 0.5;
  } else if (name == QLatin1String("momentum, L1, gelu/elu, batch 7")) {
    c.base.network.hidden = {layer(5, K::Gelu), layer(5, K::Elu)};
    c.base.data.kind = core::DatasetKind::Gaussians;
    c.base.batchSize = 7;
    o.kind = core::OptimizerKind::Momentum;
    o.regularization = core::Regularization::L1;
    o.regularizationRate = 0.0005;
  } else {  // "rmsprop, regression, batch 40, 4 features"
    c.base.data.kind = core::DatasetKind::RegressPlane;
    c.base.data.features.bits = 0b1111;
    c.base.network.inputs = 4;
    c.base.network.hidden = {layer(8, K::LeakyRelu), layer(3, K::Softplus)};
    c.base.network.output = core::OutputKind::LinearSquaredError;
    c.base.batchSize = 40;
    o.kind = core::OptimizerKind::RmsProp;
  }
  for (int m = 0; m < 12; ++m)
    c.members.push_back({static_cast<std::uint64_t>(50 + m), 0.002 + 0.002 * m, 0.1});
  return c;
}

}  // namespace

class TestGpuEnsembleVariants : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    const gpu::Availability a = gpu::availability();
    if (a.available)
      qInfo("GPU path: %s", a.info.renderer.c_str());
    else
      qInfo("No GPU path (%s): the runs go through the fallback, on the CPU path",
            a.reason.english().c_str());
  }

  void tracksTheCpuPath_data() {
    QTest::addColumn<QString>("name");
    // One shader build per row (seconds each on llvmpipe), so each row covers several branches.
    for (const char* n :
         {"adam, L2, clip, prelu/tanh, sigmoid head, reshuffle", "momentum, L1, gelu/elu, batch 7",
          "rmsprop, regression, batch 40, 4 features"})
      QTest::newRow(n) << QString::fromLatin1(n);
  }

  void tracksTheCpuPath() {
    QFETCH(QString, name);
    const gpu::EnsembleConfig config = variant(name);
    const auto invalid = gpu::validate(config);
    QVERIFY2(!invalid, invalid ? invalid->english().c_str() : "");
    constexpr int kSteps = 120;
    const auto cpu = gpu::trainEnsembleCpu(config, kSteps);
    QVERIFY2(cpu, cpu.error().c_str());
    const auto run = gpu::trainEnsemble(gpu::Backend::Gpu, config, kSteps);
    QVERIFY2(run, run.error().c_str());
    QCOMPARE(run->backend.backend,
             gpu::availability().available ? gpu::Backend::Gpu : gpu::Backend::Cpu);
    for (std::size_t m = 0; m < config.members.size(); ++m) {
      const auto& g = run->report.members[m];
      const auto& c = cpu->members[m];
      QCOMPARE(g.steps, c.steps);
      QVERIFY2(std::fabs(g.trainLoss - c.trainLoss) <= 1e-3 * c.trainLoss,
               qPrintable(QStringLiteral("member %1: loss %2, CPU path %3")
                              .arg(m)
                              .arg(g.trainLoss, 0, 'g', 9)
                              .arg(c.trainLoss, 0, 'g', 9)));
      QCOMPARE(g.trainAccuracy.has_value(), c.trainAccuracy.has_value());
    }
  }

  void divergedMembersStopWhereTheCpuPathStops() {
    gpu::EnsembleConfig config =
        variant(QStringLiteral("rmsprop, regression, batch 40, 4 features"));
    config.base.optimizer.kind = core::OptimizerKind::Nesterov;
    config.members = {{1, 0.01, 0.1}, {2, 100.0, 0.1}, {3, 0.02, 0.1}};
    const auto cpu = gpu::trainEnsembleCpu(config, 50);
    QVERIFY2(cpu, cpu.error().c_str());
    QVERIFY2(cpu->members[1].diverged, "learning rate 100 should diverge on the CPU path");
    const auto run = gpu::trainEnsemble(gpu::Backend::Gpu, config, 50);
    QVERIFY2(run, run.error().c_str());
    for (std::size_t m = 0; m < 3; ++m) {
      const auto& g = run->report.members[m];
      QCOMPARE(g.diverged, cpu->members[m].diverged);
      QCOMPARE(g.steps, cpu->members[m].steps);
      for (double p : g.parameters) QVERIFY(std::isfinite(p));
    }
    QCOMPARE(run->report.members[0].steps, std::int64_t{50});
  }
};

QTEST_GUILESS_MAIN(TestGpuEnsembleVariants)
#include "test_gpu_ensemble_variants.moc"
