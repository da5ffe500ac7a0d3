// What every study promises (core/studies/study_control.h): the same seed gives
// byte-identical CSV whatever the thread count; a cancel set from another
// thread stops a study within 100 ms and keeps the finished cells exactly as
// a full run computes them; progress reaches 1; Wilson intervals are right.

#include <QtTest>
#include <atomic>
#include <chrono>

#include "core/studies/born_dead.h"
#include "core/studies/collapse.h"
#include "core/studies/depth_variance.h"
#include "core/studies/phase_diagram.h"

using namespace relulab::core;

namespace {

BornDeadConfig smallBornDead() {
  BornDeadConfig c;
  c.widths = {2, 3, 4};
  c.depths = {5, 10};
  c.samples = 1500;  // three chunks per cell
  c.bias = StudyBias::Random;
  c.init = StudyInit::He;
  c.gridPoints = 33;
  c.seed = 99;
  return c;
}

StudyControl threads(int n) {
  StudyControl c;
  c.threads = n;
  return c;
}

}  // namespace

class TestStudyCommon : public QObject {
  Q_OBJECT

 private slots:
  void wilsonInterval() {
    // Known values (z = 1.959964): 5/10 → [0.2366, 0.7634]; 0/10 → [0, 0.2775].
    const Proportion half = wilson(5, 10);
    QCOMPARE(half.estimate, 0.5);
    QVERIFY(std::abs(half.lower - 0.2366) < 1e-4 && std::abs(half.upper - 0.7634) < 1e-4);
    const Proportion none = wilson(0, 10);
    QCOMPARE(none.lower, 0.0);
    QVERIFY(std::abs(none.upper - 0.2775) < 1e-4);
    const Proportion all = wilson(10, 10);
    QCOMPARE(all.upper, 1.0);
    QVERIFY(std::abs(all.lower - 0.7225) < 1e-4);
    const Proportion empty = wilson(0, 0);
    QCOMPARE(empty.trials, std::int64_t{0});
  }

  void numbersRoundTrip() {
    QCOMPARE(formatNumber(0.1), std::string("0.1"));
    QCOMPARE(formatNumber(std::int64_t{-42}), std::string("-42"));
    QCOMPARE(std::stod(formatNumber(1.0 / 3.0)), 1.0 / 3.0);
  }

  void bornDeadCsvIsDeterministic() {
    const auto a = runBornDeadStudy(smallBornDead(), threads(1));
    const auto b = runBornDeadStudy(smallBornDead(), threads(1));
    const auto c = runBornDeadStudy(smallBornDead(), threads(3));
    QVERIFY(a.ok() && b.ok() && c.ok());
    QCOMPARE(bornDeadCsv(*a), bornDeadCsv(*b));
    QCOMPARE(bornDeadCsv(*a), bornDeadCsv(*c));
    BornDeadConfig other = smallBornDead();
    other.seed = 100;
    QVERIFY(bornDeadCsv(*runBornDeadStudy(other, threads(2))) != bornDeadCsv(*a));
  }

  void depthVarianceCsvIsDeterministic() {
    DepthVarianceConfig config;
    config.width = 16;
    config.depth = 6;
    config.networks = 30;
    config.seed = 5;
    const auto a = runDepthVarianceStudy(config, threads(1));
    const auto b = runDepthVarianceStudy(config, threads(4));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(depthVarianceCsv(*a), depthVarianceCsv(*b));
    UnitMomentsConfig unit;
    unit.samples = 250'000;  // three chunks
    QCOMPARE(unitMomentsCsv(*runUnitMoments(unit, threads(1))),
             unitMomentsCsv(*runUnitMoments(unit, threads(3))));
  }

  void trainingStudiesAreDeterministic() {
    CollapseConfig collapse;
    collapse.runs = 6;
    collapse.steps = 200;
    const auto a = runCollapseStudy(collapse, threads(1));
    const auto b = runCollapseStudy(collapse, threads(3));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(collapseCsv(*a), collapseCsv(*b));
    QCOMPARE(collapseRunsCsv(*a), collapseRunsCsv(*b));

    PhaseDiagramConfig phase;
    phase.learningRates = {0.03, 3.0};
    phase.biasInits = {0.0, 0.1};
    phase.seeds = 2;
    phase.epochs = 20;
    const auto p = runPhaseDiagramStudy(phase, threads(1));
    const auto q = runPhaseDiagramStudy(phase, threads(2));
    QVERIFY(p.ok() && q.ok());
    QCOMPARE(phaseDiagramCsv(*p), phaseDiagramCsv(*q));
  }

  // The cancel comes from the progress callback (the calling thread) after a
  // few chunks; pool threads are mid-chunk at that moment and must notice.
  void cancelStopsPromptlyAndKeepsFinishedCells() {
    BornDeadConfig config;
    config.widths = {3, 4, 5, 6, 8, 10};
    config.depths = {10, 50};
    config.samples = 20000;  // 40 chunks per cell, 480 in all
    config.bias = StudyBias::Random;
    config.init = StudyInit::He;
    std::atomic<bool> cancel{false};
    std::chrono::steady_clock::time_point cancelledAt;
    int calls = 0;
    StudyControl control;
    control.threads = 2;
    control.cancel = &cancel;
    control.progress = [&](const StudyProgress& p) {
      ++calls;
      QVERIFY(p.fraction >= 0.0 && p.fraction <= 1.0);
      if (p.tasksDone >= 100 && !cancel.load()) {
        cancelledAt = std::chrono::steady_clock::now();
        cancel.store(true);
      }
    };
    const auto r = runBornDeadStudy(config, control);
    const auto stopped = std::chrono::steady_clock::now();
    QVERIFY(r.ok());
    QVERIFY(cancel.load());
    const double ms = std::chrono::duration<double, std::milli>(stopped - cancelledAt).count();
    QVERIFY2(ms < 100.0, qPrintable(QStringLiteral("took %1 ms to stop").arg(ms)));
    QVERIFY(r->cancelled);
    QVERIFY(r->cellsDone >= 1);
    QVERIFY(r->cellsDone < static_cast<int>(r->cells.size()));
    QVERIFY(calls >= 1);  // the pool may finish several chunks between two reports

    // Finished cells are exactly what an uncancelled run computes for them.
    BornDeadConfig first = config;
    first.widths = {3};
    first.depths = {10};
    const auto full = runBornDeadStudy(first, threads(1));
    QVERIFY(r->cells[0].complete);
    QCOMPARE(r->cells[0].pointwise.successes, full->cells[0].pointwise.successes);
    QCOMPARE(r->cells[0].domain.successes, full->cells[0].domain.successes);
    QCOMPARE(r->cells[0].pointwise.trials, std::int64_t{20000});
    // The CSV marks which cells are partial.
    QVERIFY(QString::fromStdString(bornDeadCsv(*r)).contains(QStringLiteral(",0\n")));
    // Unfinished cells have fewer networks than asked, never more.
    for (const BornDeadCell& c : r->cells)
      if (!c.complete) QVERIFY(c.pointwise.trials < 20000);
  }

  void cancelledBeforeStartDoesNothing() {
    std::atomic<bool> cancel{true};
    StudyControl control;
    control.cancel = &cancel;
    const auto r = runCollapseStudy(CollapseConfig{}, control);
    QVERIFY(r.ok());
    QVERIFY(r->cancelled);
    QVERIFY(r->runs.empty());
    QCOMPARE(r->rows.front().runsDone, 0);
  }

  void progressReachesTheEnd() {
    double last = -1.0;
    int lastDone = 0, count = 0;
    StudyControl control;
    control.threads = 2;
    control.progress = [&](const StudyProgress& p) {
      QVERIFY(p.fraction >= last);
      last = p.fraction;
      lastDone = p.tasksDone;
      count = p.taskCount;
    };
    QVERIFY(runBornDeadStudy(smallBornDead(), control).ok());
    QCOMPARE(last, 1.0);
    QCOMPARE(lastDone, count);
    QCOMPARE(count, 3 * 2 * 3);
  }
};

QTEST_GUILESS_MAIN(TestStudyCommon)
#include "test_study_common.moc"
