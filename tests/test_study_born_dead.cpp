// The born-dead study against its exact oracle: with H hidden layers of width
// N, symmetric weights and zero bias, P(some layer all zero at x0) is exactly
// 1 − (1 − 2^−N)^H (core/studies/born_dead.h). A Monte Carlo estimate of p from
// M networks has standard error √(p(1 − p)/M); the test allows 5 of them,
// so it fails on an off-by-one in depth (1 − (1 − 2^−N)^(H−1) is > 10 standard
// errors away at N = 5, H = 5) but practically never by chance.

#include <QtTest>
#include <cmath>

#include "core/studies/born_dead.h"

using namespace relulab::core;

namespace {
constexpr std::int64_t kSamples = 20000;
}

class TestStudyBornDead : public QObject {
  Q_OBJECT

 private:
  BornDeadResult oracle_;

  static const BornDeadCell* cell(const BornDeadResult& r, int width, int depth) {
    for (const BornDeadCell& c : r.cells)
      if (c.width == width && c.depth == depth) return &c;
    return nullptr;
  }

 private slots:
  void initTestCase() {
    BornDeadConfig config;
    config.widths = {2, 3, 5};
    config.depths = {5, 10, 20};
    config.samples = kSamples;
    config.seed = 2024;
    auto result = runBornDeadStudy(config);
    QVERIFY(result.ok());
    oracle_ = result.value();
    QVERIFY(oracle_.gridExact);
    QVERIFY(!oracle_.cancelled);
  }

  void theoryFormula() {
    QCOMPARE(bornDeadTheory(1, 1), 0.5);
    QVERIFY(std::abs(bornDeadTheory(3, 10) - (1.0 - std::pow(7.0 / 8.0, 10))) < 1e-15);
    // Tiny rates keep their digits: 1 − (1 − 2^−40)^3 ≈ 3·2^−40.
    QVERIFY(std::abs(bornDeadTheory(40, 3) / (3.0 * std::ldexp(1.0, -40)) - 1.0) < 1e-9);
  }

  void pointwiseMatchesOracle_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("depth");
    for (int n : {2, 3, 5})
      for (int h : {5, 10, 20}) QTest::addRow("N=%d H=%d", n, h) << n << h;
  }

  void pointwiseMatchesOracle() {
    QFETCH(int, width);
    QFETCH(int, depth);
    const BornDeadCell* c = cell(oracle_, width, depth);
    QVERIFY(c != nullptr);
    QVERIFY(c->complete);
    QCOMPARE(c->pointwise.trials, kSamples);
    const double p = 1.0 - std::pow(1.0 - std::ldexp(1.0, -width), depth);
    QVERIFY(std::abs(c->theory - p) < 1e-12);
    const double se = std::sqrt(p * (1.0 - p) / static_cast<double>(kSamples));
    QVERIFY2(std::abs(c->pointwise.estimate - p) <= 5.0 * se,
             qPrintable(QStringLiteral("estimate %1, exact %2, 5 SE = %3")
                            .arg(c->pointwise.estimate)
                            .arg(p)
                            .arg(5.0 * se)));
    // The 95% interval is an interval around the estimate.
    QVERIFY(c->pointwise.lower <= c->pointwise.estimate);
    QVERIFY(c->pointwise.estimate <= c->pointwise.upper);
    // Dead on the whole domain implies dead at x0 here (zero bias: the sign
    // of x decides, and x0 = 1 shares a's sign); for ReLU inactive = dead.
    QVERIFY(c->domain.successes <= c->pointwise.successes);
    QVERIFY(c->domain.successes > 0);
    QCOMPARE(c->inactive.successes, c->pointwise.successes);
  }

  // Leaky ReLU goes inactive exactly as often, but never dies.
  void leakyReluNeverDies() {
    BornDeadConfig config;
    config.widths = {3};
    config.depths = {10};
    config.samples = 4000;
    config.activation = {ActivationKind::LeakyRelu, 0.01};
    const auto r = runBornDeadStudy(config);
    QVERIFY(r.ok());
    const BornDeadCell& c = r->cells.front();
    QCOMPARE(c.pointwise.successes, std::int64_t{0});
    QCOMPARE(c.domain.successes, std::int64_t{0});
    const double p = bornDeadTheory(3, 10);
    QVERIFY(std::abs(c.inactive.estimate - p) <= 5.0 * std::sqrt(p * (1.0 - p) / 4000.0));
  }

  // Lu et al.'s randomized asymmetric initialisation: far fewer dead networks.
  void asymmetricInitLowersTheRate() {
    BornDeadConfig config;
    config.widths = {3};
    config.depths = {10};
    config.samples = 4000;
    const auto symmetric = runBornDeadStudy(config);
    config.init = StudyInit::Rai;
    const auto rai = runBornDeadStudy(config);
    QVERIFY(symmetric.ok() && rai.ok());
    QVERIFY(!rai->gridExact);  // RAI draws biases: decided on the grid
    QVERIFY2(rai->cells[0].domain.upper < symmetric->cells[0].domain.lower,
             qPrintable(QStringLiteral("rai %1, symmetric %2")
                            .arg(rai->cells[0].domain.estimate)
                            .arg(symmetric->cells[0].domain.estimate)));
  }

  void invalidConfigIsAMessage() {
    BornDeadConfig config;
    config.widths = {};
    auto r = runBornDeadStudy(config);
    QVERIFY(!r.ok());
    QVERIFY(QString::fromStdString(r.error()).contains(QStringLiteral("widths")));
    config = {};
    config.probe = 0.0;
    r = runBornDeadStudy(config);
    QVERIFY(!r.ok());
    QVERIFY(QString::fromStdString(r.error()).contains(QStringLiteral("x0")));
  }

  void csvHasOneRowPerCell() {
    const std::string csv = bornDeadCsv(oracle_);
    const QStringList lines =
        QString::fromStdString(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 9);
    QVERIFY(lines[0].startsWith(QStringLiteral("width,depth,samples,pointwise,")));
    QVERIFY(lines[1].startsWith(QStringLiteral("2,5,20000,")));
  }
};

QTEST_GUILESS_MAIN(TestStudyBornDead)
#include "test_study_born_dead.moc"
