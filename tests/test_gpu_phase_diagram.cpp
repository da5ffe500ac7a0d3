// The dying phase diagram on the GPU ensemble tracks the CPU
// path run by run: a 2 × 2 × 4 diagram of tfp-relu (2-[4,2]-1, 20 epochs)
// gives every run the same dead and inactive counts and a train loss within
// 1e-3 relative. Dead counts are only comparable where no unit sits on the
// threshold (a unit whose largest pre-activation is within rounding of 0 is
// dead on one path and alive on the other by chance), so the test first
// checks that every unit of every CPU run is clear of it by 1e-3: the learning
// rates and biases below were chosen so, and a change that breaks that says
// so rather than failing on a coin toss. Also: runs are grouped into
// ensembles that share data, a cancel stops within milliseconds, and a GPU
// asked for where there is none is refused with the reason (no silent
// fallback), in the library and on the command line.
//
// The GPU tests need a GPU path (llvmpipe is enough); without one they skip
// and say why.
#include <QProcess>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

#include "core/gpu/device.h"
#include "core/gpu/phase_ensemble.h"
#include "core/model/sample_matrix.h"
#include "core/training/trainer.h"
#include "tests/dead_threshold_margin.h"

namespace core = relulab::core;
namespace gpu = relulab::gpu;

namespace {

const QString kVariable = QStringLiteral("RELULAB_DISABLE_GPU");

core::PhaseDiagramConfig smallDiagram() {
  core::PhaseDiagramConfig config;
  config.learningRates = {0.01, 0.03};
  config.biasInits = {-0.5, 0.1};
  config.seeds = 4;
  config.epochs = 20.0;
  config.seed = 3;
  return config;
}

// How far the closest unit of this trained run is from the dead/alive threshold.
double thresholdMargin(const core::Trainer& trainer) {
  const core::SampleMatrix<float> train(trainer.dataset().train, trainer.config().data.features);
  return relulab::test::thresholdMargin(trainer.config().network, trainer.parameters(), train);
}

bool mentionsTheSwitch(const std::string& text) {
  return QString::fromStdString(text).contains(kVariable);
}

}  // namespace

class TestGpuPhaseDiagram : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    const gpu::Availability a = gpu::availability();
    gpuPath_ = a.available;
    if (a.available)
      qInfo("GPU path: %s", a.info.renderer.c_str());
    else
      qInfo("No GPU path (%s): the GPU tests skip", a.reason.english().c_str());
  }

  // Runs that share a seed and a column share data and architecture, so they
  // train together; different seeds or depths never do.
  void groupsRunsThatShareData() {
    core::PhaseDiagramConfig config = smallDiagram();
    QCOMPARE(gpu::phaseEnsembleWidth(gpu::phaseRunConfigs(config)), std::size_t{4});  // 2 × 2
    config.axis = core::PhaseAxis::Depth;
    config.depths = {1, 2, 3};
    QCOMPARE(gpu::phaseEnsembleWidth(gpu::phaseRunConfigs(config)), std::size_t{2});  // the rows
    const std::vector<core::TrainConfig> runs = gpu::phaseRunConfigs(config);
    QCOMPARE(runs.size(), std::size_t{2 * 3 * 4});
    QCOMPARE(runs[5], core::phaseRunConfig(config, 0, 1, 1));  // cell-major, seeds inner
  }

  void matchesTheCpuPathRunByRun() {
    if (!gpuPath_) QSKIP("no GPU path");
    const core::PhaseDiagramConfig config = smallDiagram();
    const auto cpu = core::runPhaseDiagramStudy(config);
    QVERIFY2(cpu, cpu.error().c_str());
    const std::vector<core::TrainConfig> runs = gpu::phaseRunConfigs(config);
    for (std::size_t i = 0; i < runs.size(); ++i) {
      auto trainer = core::Trainer::create(runs[i]);
      QVERIFY(trainer);
      trainer.value().trainEpochs(config.epochs);
      const double margin = thresholdMargin(trainer.value());
      QVERIFY2(margin >= 1e-3, qPrintable(QStringLiteral("run %1 (lr %2, bias %3, seed %4) has a "
                                                         "unit %5 from the threshold")
                                              .arg(i)
                                              .arg(runs[i].optimizer.learningRate)
                                              .arg(runs[i].network.biasInit)
                                              .arg(runs[i].seed)
                                              .arg(margin)));
    }

    auto ensemble = gpu::GpuPhaseEnsemble::create(runs);
    QVERIFY2(ensemble, ensemble.error().c_str());
    std::vector<core::StudyProgress> reports;
    core::StudyControl control;
    control.progress = [&](const core::StudyProgress& p) { reports.push_back(p); };
    const auto onGpu = core::runPhaseDiagramStudy(config, control, ensemble.value().get());
    QVERIFY2(onGpu, onGpu.error().c_str());
    QVERIFY(!ensemble.value()->failure());
    QVERIFY(!onGpu->cancelled);

    int dead = 0, alive = 0;
    double worst = 0.0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
      const core::PhaseRunOutcome& c = cpu->runs[i];
      const core::PhaseRunOutcome& g = onGpu->runs[i];
      QVERIFY(onGpu->runDone[i]);
      QCOMPARE(g.hiddenUnits, c.hiddenUnits);
      QCOMPARE(g.dead, c.dead);
      QCOMPARE(g.inactive, c.inactive);
      QCOMPARE(g.diverged, c.diverged);
      const double relative = std::fabs(g.trainLoss - c.trainLoss) / std::fabs(c.trainLoss);
      worst = std::max(worst, relative);
      QVERIFY2(relative < 1e-3, qPrintable(QStringLiteral("run %1: loss %2 on the GPU, %3 on "
                                                          "the CPU")
                                               .arg(i)
                                               .arg(g.trainLoss)
                                               .arg(c.trainLoss)));
      dead += c.dead > 0;
      alive += c.dead == 0;
    }
    qInfo("runs with dead units: %d of %zu; worst relative loss difference %.2e", dead, runs.size(),
          worst);
    QVERIFY2(dead > 0 && alive > 0, "the diagram should hold runs with and without dead units");

    QVERIFY(!reports.empty());
    for (std::size_t k = 1; k < reports.size(); ++k) {
      QVERIFY(reports[k].fraction >= reports[k - 1].fraction);
      QVERIFY(reports[k].tasksDone >= reports[k - 1].tasksDone);
    }
    QCOMPARE(reports.back().tasksDone, static_cast<int>(runs.size()));
    QCOMPARE(reports.back().fraction, 1.0);
  }

  // The cancel comes from another thread while a chunk of steps is on the
  // device; the study returns within about one chunk (~30 ms) and keeps only
  // ensembles that finished.
  void cancelStopsWithinMilliseconds() {
    if (!gpuPath_) QSKIP("no GPU path");
    core::PhaseDiagramConfig config = smallDiagram();
    config.epochs = 2000.0;  // far longer than the test waits
    auto ensemble = gpu::GpuPhaseEnsemble::create(gpu::phaseRunConfigs(config));
    QVERIFY2(ensemble, ensemble.error().c_str());
    std::atomic<bool> cancel{false};
    std::atomic<bool> started{false};
    core::StudyControl control;
    control.cancel = &cancel;
    control.progress = [&](const core::StudyProgress&) { started.store(true); };
    std::chrono::steady_clock::time_point cancelledAt;
    std::jthread canceller([&] {
      while (!started.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      cancelledAt = std::chrono::steady_clock::now();
      cancel.store(true);
    });
    const auto r = core::runPhaseDiagramStudy(config, control, ensemble.value().get());
    const auto stopped = std::chrono::steady_clock::now();
    canceller.join();
    QVERIFY(r);
    QVERIFY(r->cancelled);
    QVERIFY(!ensemble.value()->failure());
    QVERIFY(std::count(r->runDone.begin(), r->runDone.end(), 1) < 16);
    const double ms = std::chrono::duration<double, std::milli>(stopped - cancelledAt).count();
    qInfo("stopped %.1f ms after the cancel", ms);
    QVERIFY2(ms < 150.0, qPrintable(QStringLiteral("took %1 ms to stop").arg(ms)));
  }

  void cancelledBeforeStartTrainsNothing() {
    if (!gpuPath_) QSKIP("no GPU path");
    const core::PhaseDiagramConfig config = smallDiagram();
    auto ensemble = gpu::GpuPhaseEnsemble::create(gpu::phaseRunConfigs(config));
    QVERIFY2(ensemble, ensemble.error().c_str());
    std::atomic<bool> cancel{true};
    core::StudyControl control;
    control.cancel = &cancel;
    const auto r = core::runPhaseDiagramStudy(config, control, ensemble.value().get());
    QVERIFY(r);
    QVERIFY(r->cancelled);
    QCOMPARE(std::count(r->runDone.begin(), r->runDone.end(), 1), std::ptrdiff_t{0});
  }

  void float64IsRefusedWithTheReason() {
    if (!gpuPath_) QSKIP("no GPU path");
    core::PhaseDiagramConfig config = smallDiagram();
    config.base.precision = core::Precision::Float64;
    const auto asked = gpu::choosePhaseBackend(gpu::Backend::Gpu, config);
    QVERIFY(!asked);
    QVERIFY2(QString::fromStdString(asked.error()).contains(QStringLiteral("float64")),
             asked.error().c_str());
  }

  // auto follows backend.h's rule: on llvmpipe (software) or for ensembles
  // narrower than the threshold, the CPU path, and it says why.
  void autoFollowsTheRule() {
    const core::PhaseDiagramConfig config = smallDiagram();
    const auto chosen = gpu::choosePhaseBackend(gpu::Backend::Auto, config);
    QVERIFY2(chosen, chosen.error().c_str());
    QVERIFY(!chosen->choice.reason.empty());
    const bool software = gpuPath_ && gpu::deviceInfo().software;
    if (!gpuPath_ || software || 4 < gpu::autoThreshold(gpu::Workload::Ensemble)) {
      QCOMPARE(chosen->choice.backend, gpu::Backend::Cpu);
      QVERIFY(chosen->ensemble == nullptr);
    }
    qInfo("auto: %s", chosen->choice.reason.english().c_str());
  }

  void disabledGpuIsRefusedWithTheReason() {
    qputenv("RELULAB_DISABLE_GPU", "1");
    const core::PhaseDiagramConfig config = smallDiagram();
    const auto asked = gpu::choosePhaseBackend(gpu::Backend::Gpu, config);
    const auto automatic = gpu::choosePhaseBackend(gpu::Backend::Auto, config);
    qunsetenv("RELULAB_DISABLE_GPU");
    QVERIFY(!asked);
    QVERIFY2(mentionsTheSwitch(asked.error()), asked.error().c_str());
    QVERIFY2(automatic, automatic.error().c_str());
    QCOMPARE(automatic->choice.backend, gpu::Backend::Cpu);
    QVERIFY2(mentionsTheSwitch(automatic->choice.reason.english()),
             automatic->choice.reason.english().c_str());
  }

  void commandLineRefusesTheGpuWithTheReason() {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kVariable, QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELULAB_BINARY),
                  {QStringLiteral("study"), QStringLiteral("phase-diagram"),
                   QStringLiteral("--backend"), QStringLiteral("gpu"), QStringLiteral("--seeds"),
                   QStringLiteral("1"), QStringLiteral("--epochs"), QStringLiteral("1")});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(out.isEmpty(), qPrintable(out));
    QVERIFY2(err.contains(kVariable), qPrintable(err));
  }

 private:
  bool gpuPath_ = false;
};

QTEST_GUILESS_MAIN(TestGpuPhaseDiagram)
#include "test_gpu_phase_diagram.moc"
