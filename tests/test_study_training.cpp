// The two training studies: deep, narrow ReLU nets trained on |x| collapse to
// a constant far more often than Leaky ReLU nets (Lu et al.: > 90% at width 2,
// depth 10); and the phase diagram finds dead units where TensorFlow
// Playground does (large learning rates, negative bias inits) and none where
// it does not.

#include <QtTest>

#include "core/studies/collapse.h"
#include "core/studies/phase_diagram.h"

using namespace relulab::core;

class TestStudyTraining : public QObject {
  Q_OBJECT

 private slots:
  void reluCollapsesLeakyReluMostlyDoesNot() {
    CollapseConfig config;
    config.runs = 60;
    config.seed = 3;
    const auto r = runCollapseStudy(config);
    QVERIFY(r.ok());
    QCOMPARE(r->rows.size(), std::size_t{2});
    const CollapseRow& relu = r->rows[0];
    const CollapseRow& leaky = r->rows[1];
    QVERIFY(relu.complete && leaky.complete);
    QVERIFY2(relu.collapsed.estimate >= 0.8, qPrintable(QString::number(relu.collapsed.estimate)));
    QVERIFY2(leaky.collapsed.upper < relu.collapsed.lower,
             qPrintable(QStringLiteral("leaky %1").arg(leaky.collapsed.estimate)));
    // A collapsed ReLU net sits at the best constant's loss, ½·Var(|x|).
    for (const CollapseRun& run : r->runs)
      if (run.activation == 0 && run.stoppedDead) {
        QVERIFY(run.collapsed);
        QVERIFY(std::abs(run.finalLoss - relu.flatLoss) < 1e-9);
      }
    // Training helps the Leaky nets: their mean loss is well below the flat loss.
    QVERIFY(leaky.finalLoss.mean < 0.6 * leaky.flatLoss);
    QCOMPARE(static_cast<int>(r->runs.size()), 120);
  }

  void collapseRejectsBadConfig() {
    CollapseConfig config;
    config.learningRate = 0.0;
    const auto r = runCollapseStudy(config);
    QVERIFY(!r.ok());
    QVERIFY(QString::fromStdString(r.error()).contains(QStringLiteral("learning rate")));
  }

  void phaseDiagramFindsDeadUnits() {
    PhaseDiagramConfig config;
    config.learningRates = {0.03, 3.0};
    config.biasInits = {-1.0, 0.1};
    config.seeds = 4;
    config.epochs = 200;
    const auto r = runPhaseDiagramStudy(config);
    QVERIFY(r.ok());
    QCOMPARE(r->cells.size(), std::size_t{4});
    const PhaseCell& calm = r->cells[1];      // lr 0.03, bias 0.1: TFP's default, nothing dies
    const PhaseCell& hot = r->cells[3];       // lr 3, bias 0.1: units die
    const PhaseCell& negative = r->cells[0];  // bias −1: born dead, whatever the rate
    QCOMPARE(calm.learningRate, 0.03);
    QCOMPARE(calm.anyDead.successes, std::int64_t{0});
    QVERIFY(hot.anyDead.successes >= 3);
    QVERIFY(hot.deadFraction.mean > calm.deadFraction.mean);
    QVERIFY(negative.deadFraction.mean > 0.25);
    QCOMPARE(hot.runsDone, 4);
  }

  void phaseDiagramOtherAxes() {
    PhaseDiagramConfig config;
    config.learningRates = {3.0};
    config.axis = PhaseAxis::Activation;
    config.seeds = 3;
    config.epochs = 100;
    auto r = runPhaseDiagramStudy(config);
    QVERIFY(r.ok());
    QCOMPARE(r->cells.size(), std::size_t{3});
    QCOMPARE(r->cells[1].deadFraction.mean, 0.0);  // Leaky ReLU cannot die
    QCOMPARE(phaseColumnLabel(config, 1), std::string("leaky_relu:0.01"));
    config.axis = PhaseAxis::Depth;
    config.depths = {1, 12};  // the engine takes at most 10 hidden layers
    r = runPhaseDiagramStudy(config);
    QVERIFY(!r.ok());
    QVERIFY(QString::fromStdString(r.error()).contains(QStringLiteral("12")));
  }
};

QTEST_GUILESS_MAIN(TestStudyTraining)
#include "test_study_training.moc"
