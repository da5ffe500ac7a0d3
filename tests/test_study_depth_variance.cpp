// Variance and sparsity by depth against the exact values of
// core/studies/depth_variance.h: one ReLU unit fed N(0, 1) (P(0) = ½,
// E = 1/√(2π), Var = ½ − 1/(2π)); He init keeps E[z²] through 30 layers of
// width 64, Xavier halves it at every layer; the fraction of zeros at width 3
// grows as ½ + ½·[1 − (7/8)^(l−1)].

#include <QtTest>
#include <cmath>
#include <numbers>

#include "core/studies/depth_variance.h"

using namespace relulab::core;

class TestStudyDepthVariance : public QObject {
  Q_OBJECT

 private slots:
  void singleReluUnit() {
    UnitMomentsConfig config;
    config.samples = 1'000'000;
    config.seed = 7;
    const auto m = runUnitMoments(config);
    QVERIFY(m.ok());
    QVERIFY(m->complete);
    const double p0 = 0.5, mean = 1.0 / std::sqrt(2.0 * std::numbers::pi);
    const double variance = 0.5 - 1.0 / (2.0 * std::numbers::pi);
    QCOMPARE(m->theoryZeroFraction, p0);
    QVERIFY(std::abs(m->theoryMean - mean) < 1e-15);
    QVERIFY(std::abs(m->theoryVariance - variance) < 1e-15);
    // Within 4 standard errors (σ of P(0) is √(¼/n) = 0.0005).
    QVERIFY2(std::abs(m->zeroFraction.estimate - p0) < 4.0 * 0.0005,
             qPrintable(QString::number(m->zeroFraction.estimate)));
    QVERIFY2(std::abs(m->mean.mean - mean) < 4.0 * m->mean.standardError,
             qPrintable(QString::number(m->mean.mean)));
    QVERIFY2(std::abs(m->variance.mean - variance) < 4.0 * m->variance.standardError,
             qPrintable(QString::number(m->variance.mean)));
    // The standard errors are the right size (not inflated to pass).
    QVERIFY(m->mean.standardError < 1e-3 && m->variance.standardError < 1e-3);
  }

  // P(0) = Φ(−μ/σ) for a shifted unit: μ = 1, σ = 2 → Φ(−½) = 0.308538.
  void shiftedReluUnit() {
    UnitMomentsConfig config;
    config.mean = 1.0;
    config.stddev = 2.0;
    config.samples = 400'000;
    const auto m = runUnitMoments(config);
    QVERIFY(m.ok());
    QVERIFY(std::abs(m->theoryZeroFraction - 0.3085375387259869) < 1e-12);
    QVERIFY(std::abs(m->zeroFraction.estimate - m->theoryZeroFraction) <
            4.0 * m->zeroFraction.standardError());
    QVERIFY(std::abs(m->mean.mean - m->theoryMean) < 4.0 * m->mean.standardError);
  }

  // The ziggurat normal behind every study: tail mass and fourth moment.
  void normalGeneratorTails() {
    Rng rng(11);
    constexpr int n = 1'000'000;
    int beyond = 0;
    double fourth = 0.0;
    for (int i = 0; i < n; ++i) {
      const double z = studyNormal(rng);
      beyond += std::abs(z) > 3.5;  // past the ziggurat's base R = 3.44: the tail code
      fourth += z * z * z * z;
    }
    const double pTail = std::erfc(3.5 / std::numbers::sqrt2);  // 4.6525e−4
    QVERIFY2(std::abs(beyond / double(n) - pTail) < 5.0 * std::sqrt(pTail / n),
             qPrintable(QString::number(beyond)));
    QVERIFY2(std::abs(fourth / n - 3.0) < 5.0 * std::sqrt(96.0 / n),  // Var[z⁴] = 105 − 9
             qPrintable(QString::number(fourth / n)));
  }

  // He et al.: with Var[w] = 2/n the mean square survives 30 ReLU layers.
  // Narrow products of 29 noisy gains are heavy-tailed, hence 2500 networks
  // (standard error ≈ 4% at layer 30; every layer must be within 10%).
  void heInitPreservesMeanSquare() {
    DepthVarianceConfig config;
    config.inits = {StudyInit::He};
    config.width = 64;
    config.depth = 30;
    config.batch = 64;
    config.networks = 2500;
    config.seed = 1;
    const auto r = runDepthVarianceStudy(config);
    QVERIFY(r.ok());
    const DepthVarianceSeries& he = r->series.front();
    QCOMPARE(he.networksDone, 2500);
    const double first = he.layers.front().meanSquarePre.mean;
    QVERIFY(std::abs(first / 2.0 - 1.0) < 0.02);  // E[z₁²] = n·(2/n)·E[x²] = 2
    for (const DepthVarianceLayer& l : he.layers) {
      QCOMPARE(l.theoryMeanSquarePre, 2.0);
      QVERIFY2(std::abs(l.meanSquarePre.mean / first - 1.0) < 0.10,
               qPrintable(QStringLiteral("layer %1: %2").arg(l.layer).arg(l.meanSquarePre.mean)));
      QVERIFY(std::abs(l.zeroFraction.mean - 0.5) < 0.02);
    }
  }

  // Xavier (Var[w] = 1/n at square layers) halves E[z²] at every ReLU layer:
  // 2^−10 after ten layers, and each layer's ratio is about ½.
  void xavierHalvesMeanSquare() {
    DepthVarianceConfig config;
    config.inits = {StudyInit::Xavier};
    config.width = 64;
    config.depth = 11;
    config.networks = 400;
    const auto r = runDepthVarianceStudy(config);
    QVERIFY(r.ok());
    const auto& layers = r->series.front().layers;
    const double drop = layers[10].meanSquarePre.mean / layers[0].meanSquarePre.mean;
    QVERIFY2(std::abs(drop / std::ldexp(1.0, -10) - 1.0) < 0.10, qPrintable(QString::number(drop)));
    for (int l = 1; l < 11; ++l) {
      const double ratio = layers[l].meanSquarePre.mean / layers[l - 1].meanSquarePre.mean;
      QVERIFY2(ratio > 0.45 && ratio < 0.55,
               qPrintable(QStringLiteral("layer %1: %2").arg(l + 1).arg(ratio)));
    }
  }

  // Narrow layers die: zeros at layer l of width 3 = ½ + ½·[1 − (7/8)^(l−1)]
  // (0.85 at layer 10), against ½ everywhere in a wide net.
  void zerosGrowWithDepthWhenNarrow() {
    DepthVarianceConfig config;
    config.inits = {StudyInit::He};
    config.width = 3;
    config.depth = 10;
    config.batch = 1;  // one input per network: every network is one Bernoulli history
    config.networks = 20000;
    const auto r = runDepthVarianceStudy(config);
    QVERIFY(r.ok());
    for (const DepthVarianceLayer& l : r->series.front().layers) {
      const double expected = 0.5 + 0.5 * (1.0 - std::pow(7.0 / 8.0, l.layer - 1));
      QVERIFY(std::abs(l.theoryZeroFraction - expected) < 1e-15);
      QVERIFY2(std::abs(l.zeroFraction.mean - expected) < 5.0 * l.zeroFraction.standardError,
               qPrintable(QStringLiteral("layer %1: %2 vs %3")
                              .arg(l.layer)
                              .arg(l.zeroFraction.mean)
                              .arg(expected)));
    }
    QVERIFY(r->series.front().layers[9].zeroFraction.mean > 0.8);
  }

  void invalidConfigIsAMessage() {
    DepthVarianceConfig config;
    config.networks = 1;
    const auto r = runDepthVarianceStudy(config);
    QVERIFY(!r.ok());
    QVERIFY(QString::fromStdString(r.error()).contains(QStringLiteral("networks")));
    UnitMomentsConfig unit;
    unit.stddev = 0.0;
    QVERIFY(!runUnitMoments(unit).ok());
  }
};

QTEST_GUILESS_MAIN(TestStudyDepthVariance)
#include "test_study_depth_variance.moc"
