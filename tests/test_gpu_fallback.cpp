// With no GPU path (simulated by RELULAB_DISABLE_GPU=1, as on a machine where
// no OpenGL 4.3 context can be made) every GPU entry point says why, and every
// computation asked of the GPU falls back to the CPU path: the test asserts
// that the fallback happened, that the reason is reported, and that the
// results are exactly the CPU path's.
#include <QProcess>
#include <QtTest>

#include "core/base/random.h"
#include "core/gpu/activation_kernel.h"
#include "core/gpu/backend.h"
#include "core/gpu/device.h"
#include "core/gpu/ensemble.h"
#include "core/gpu/grid.h"
#include "core/training/decision_grid.h"

namespace core = relulab::core;
namespace gpu = relulab::gpu;

namespace {
const QString kVariable = QStringLiteral("RELULAB_DISABLE_GPU");

bool mentionsTheSwitch(const std::string& text) {
  return QString::fromStdString(text).contains(kVariable);
}
}  // namespace

class TestGpuFallback : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { qputenv("RELULAB_DISABLE_GPU", "1"); }

  void availabilitySaysWhy() {
    const gpu::Availability a = gpu::availability();
    QVERIFY(!a.available);
    QVERIFY2(mentionsTheSwitch(a.reason.english()), a.reason.english().c_str());
  }

  void choicesFallBackWithTheReason() {
    const gpu::BackendChoice asked =
        gpu::chooseBackend(gpu::Backend::Gpu, gpu::Workload::Ensemble, 4096);
    QCOMPARE(asked.backend, gpu::Backend::Cpu);
    QVERIFY(asked.fellBack);
    QVERIFY2(mentionsTheSwitch(asked.reason.english()), asked.reason.english().c_str());
    const gpu::BackendChoice automatic =
        gpu::chooseBackend(gpu::Backend::Auto, gpu::Workload::Grid, 1 << 20);
    QCOMPARE(automatic.backend, gpu::Backend::Cpu);
    QVERIFY(!automatic.fellBack);
    QVERIFY2(mentionsTheSwitch(automatic.reason.english()), automatic.reason.english().c_str());
  }

  void gpuOnlyCallsFailWithTheReason() {
    const core::Activation relu = core::defaultActivation(core::ActivationKind::Relu);
    std::vector<float> x{1.0f, -1.0f}, y(2);
    const gpu::Status s = gpu::evaluateActivation(relu, x, y, {});
    QVERIFY(!s);
    QVERIFY2(mentionsTheSwitch(s.error()), s.error().c_str());
    gpu::EnsembleConfig config;
    config.members = {{1, 0.03, 0.1}};
    const auto ensemble = gpu::GpuEnsemble::create(config);
    QVERIFY(!ensemble);
    QVERIFY2(mentionsTheSwitch(ensemble.error()), ensemble.error().c_str());
  }

  void activationsRunOnTheCpuPath() {
    const core::Activation gelu = core::defaultActivation(core::ActivationKind::Gelu);
    std::vector<float> x(1001);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = -8.0f + 0.016f * static_cast<float>(i);
    std::vector<float> y(x.size()), d(x.size()), yc(x.size()), dc(x.size());
    const auto run = gpu::evaluateActivation(gpu::Backend::Gpu, gelu, x, y, d);
    QVERIFY2(run, run.error().c_str());
    QCOMPARE(run->backend, gpu::Backend::Cpu);
    QVERIFY(run->fellBack);
    QVERIFY2(mentionsTheSwitch(run->reason.english()), run->reason.english().c_str());
    core::evaluateBoth<float>(gelu, x, yc, dc);
    QCOMPARE(y, yc);
    QCOMPARE(d, dc);
  }

  void gridsRunOnTheCpuPath() {
    core::NetworkSpec spec;
    spec.hidden = {{8, {core::ActivationKind::Relu, 0.0}}, {4, {core::ActivationKind::Relu, 0.0}}};
    core::Network<float> net(spec);
    core::Rng rng(4, 1);
    net.initialize(rng);
    core::GridSpec grid;
    grid.size = 30;
    const auto result = gpu::evaluateGrid(gpu::Backend::Gpu, net, core::FeatureSet{}, grid);
    QVERIFY2(result, result.error().c_str());
    QVERIFY(result->backend.fellBack);
    QVERIFY2(mentionsTheSwitch(result->backend.reason.english()),
             result->backend.reason.english().c_str());
    core::DecisionGrid cpu;
    core::GridEvaluator<float>(net.layout()).evaluate(net, core::FeatureSet{}, grid, cpu);
    QVERIFY(result->grid == cpu);
  }

  void ensemblesRunOnTheCpuPath() {
    gpu::EnsembleConfig config;
    config.base.network.hidden = {{4, {core::ActivationKind::Relu, 0.0}}};
    for (int m = 0; m < 4; ++m)
      config.members.push_back({static_cast<std::uint64_t>(m + 1), 0.03, 0.1});
    const auto run = gpu::trainEnsemble(gpu::Backend::Gpu, config, 20);
    QVERIFY2(run, run.error().c_str());
    QCOMPARE(run->backend.backend, gpu::Backend::Cpu);
    QVERIFY(run->backend.fellBack);
    QVERIFY2(mentionsTheSwitch(run->backend.reason.english()),
             run->backend.reason.english().c_str());
    const auto cpu = gpu::trainEnsembleCpu(config, 20);
    QVERIFY(cpu);
    for (std::size_t m = 0; m < 4; ++m) {
      QCOMPARE(run->report.members[m].trainLoss, cpu->members[m].trainLoss);
      QCOMPARE(run->report.members[m].parameters, cpu->members[m].parameters);
    }
  }

  void gpuInfoCommandSaysWhy() {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kVariable, QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELULAB_BINARY), {QStringLiteral("gpu-info")});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(out.contains(QStringLiteral("unavailable")) && out.contains(kVariable),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("CPU path")), qPrintable(out));
  }
};

QTEST_GUILESS_MAIN(TestGpuFallback)
#include "test_gpu_fallback.moc"
