// Data sets and the project's random numbers: TFP's generators, seeds, splits,
// features, and validation messages that name the field.

#include <QtTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "core/base/random.h"
#include "core/training/dataset.h"
#include "core/training/train_config.h"

using namespace relulab::core;

Q_DECLARE_METATYPE(relulab::core::DatasetKind)

class TestDataset : public QObject {
  Q_OBJECT

 private slots:
  void rngIsFixedAcrossLibraries() {
    // Golden values: xoshiro256** seeded by SplitMix64 as documented. If these
    // change, every saved seed in the wild changes meaning.
    Rng a(1, 0), b(1, 0), c(1, 1), d(2, 0);
    const std::uint64_t first = a.nextU64();
    QCOMPARE(first, b.nextU64());
    QVERIFY(first != c.nextU64());
    QVERIFY(first != d.nextU64());
    Rng golden(42, 7);
    std::uint64_t x = 0;
    for (int i = 0; i < 1000; ++i) x ^= golden.nextU64();
    Rng again(42, 7);
    std::uint64_t y = 0;
    for (int i = 0; i < 1000; ++i) y ^= again.nextU64();
    QCOMPARE(x, y);
  }

  void rngTransformsHaveTheRightMoments() {
    Rng rng(7);
    constexpr int n = 200000;
    double sum = 0, sumSq = 0, uMin = 1, uMax = 0, usum = 0;
    std::array<int, 6> counts{};
    for (int i = 0; i < n; ++i) {
      const double z = rng.normal();
      sum += z;
      sumSq += z * z;
      const double u = rng.uniform01();
      uMin = std::min(uMin, u);
      uMax = std::max(uMax, u);
      usum += u;
      ++counts[rng.below(6)];
    }
    QVERIFY(std::abs(sum / n) < 0.01);
    QVERIFY(std::abs(sumSq / n - 1.0) < 0.02);
    QVERIFY(uMin >= 0.0 && uMax < 1.0);
    QVERIFY(std::abs(usum / n - 0.5) < 0.005);
    for (int c : counts) QVERIFY(std::abs(c - n / 6.0) < 0.03 * n / 6.0);
    const double shifted = Rng(3).normal(10.0, 2.0);
    QVERIFY(std::isfinite(shifted));
  }

  void shuffleIsAPermutation() {
    Rng rng(5);
    std::vector<int> v(100);
    std::iota(v.begin(), v.end(), 0);
    rng.shuffle(v);
    std::vector<int> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < 100; ++i) QCOMPARE(sorted[static_cast<std::size_t>(i)], i);
    QVERIFY(!std::is_sorted(v.begin(), v.end()));
  }

  void kinds_data() {
    QTest::addColumn<DatasetKind>("kind");
    for (int i = 0; i < kDatasetKindCount; ++i) {
      const auto kind = static_cast<DatasetKind>(i);
      QTest::newRow(std::string(datasetId(kind)).c_str()) << kind;
    }
  }

  void kinds() {
    QFETCH(DatasetKind, kind);
    DatasetSpec spec;
    spec.kind = kind;
    const Dataset a = makeDataset(spec, 11);
    const Dataset b = makeDataset(spec, 11);
    const Dataset c = makeDataset(spec, 12);
    QCOMPARE(a.train.size(), std::size_t{250});
    QCOMPARE(a.test.size(), std::size_t{250});
    bool same = true, differs = false;
    for (std::size_t i = 0; i < a.train.size(); ++i) {
      same = same && a.train[i].x1 == b.train[i].x1 && a.train[i].x2 == b.train[i].x2 &&
             a.train[i].label == b.train[i].label;
      differs = differs || a.train[i].x1 != c.train[i].x1;
    }
    QVERIFY2(same, "one seed must give identical points");
    QVERIFY2(differs, "another seed must give other points");
    // Inputs in TFP's square [-6, 6]² (at noise 0), labels ±1; regression
    // targets within [-1.2, 1.2] (TFP's plane maps x1 + x2 ∈ [-12, 12] by /10).
    int positive = 0;
    for (const auto* set : {&a.train, &a.test})
      for (const Point& p : *set) {
        QVERIFY(std::abs(p.x1) <= 6.0 && std::abs(p.x2) <= 6.0);
        if (isRegression(kind)) {
          QVERIFY(p.label >= -1.2 && p.label <= 1.2);
        } else {
          QVERIFY(p.label == 1.0 || p.label == -1.0);
          positive += p.label > 0 ? 1 : 0;
        }
      }
    if (!isRegression(kind)) QVERIFY2(positive > 150 && positive < 350, "classes roughly balanced");
  }

  void tfpGeometry() {
    // Circle: +1 inside radius 2.5, −1 in the ring 3.5…5 (noise 0).
    Rng circleRng(1);
    for (const Point& p : generatePoints(DatasetKind::Circle, 500, 0.0, circleRng)) {
      const double r = std::hypot(p.x1, p.x2);
      QVERIFY(p.label > 0 ? r < 2.5 : (r >= 3.5 && r <= 5.0));
    }
    Rng rng(2);
    for (const Point& p : generatePoints(DatasetKind::Xor, 500, 0.0, rng)) {
      QVERIFY(std::abs(p.x1) >= 0.3 && std::abs(p.x2) >= 0.3);
      QCOMPARE(p.label, p.x1 * p.x2 >= 0 ? 1.0 : -1.0);
    }
    for (const Point& p : generatePoints(DatasetKind::RegressPlane, 100, 0.0, rng))
      QVERIFY(std::abs(p.label - (p.x1 + p.x2) / 10.0) < 1e-12);
    const auto spiral = generatePoints(DatasetKind::Spiral, 500, 0.0, rng);
    QCOMPARE(spiral.size(), std::size_t{500});
    QCOMPARE(spiral.front().x1, 0.0);  // r = 0 at i = 0
    // Odd counts round each half up, as JavaScript's i < n/2 does.
    QCOMPARE(generatePoints(DatasetKind::Circle, 5, 0.0, rng).size(), std::size_t{6});
  }

  void noiseMovesLabelsNotPoints() {
    DatasetSpec clean, noisy;
    noisy.noise = 0.5;
    const Dataset a = makeDataset(clean, 3), b = makeDataset(noisy, 3);
    // TFP's circle draws the same positions; noise flips some labels.
    int flips = 0;
    for (std::size_t i = 0; i < a.train.size(); ++i) flips += a.train[i].label != b.train[i].label;
    QVERIFY(flips > 0);
  }

  void splitFollowsTheFraction() {
    DatasetSpec spec;
    spec.points = 101;
    spec.kind = DatasetKind::Xor;
    spec.trainFraction = 0.3;
    const Dataset d = makeDataset(spec, 1);
    QCOMPARE(d.train.size(), std::size_t{30});  // floor(101 · 0.3)
    QCOMPARE(d.test.size(), std::size_t{71});
    QCOMPARE(trainingSetSize(spec), 30);
    spec.kind = DatasetKind::Circle;
    QCOMPARE(static_cast<int>(makeDataset(spec, 1).train.size()), trainingSetSize(spec));
  }

  void features() {
    FeatureSet all;
    for (int i = 0; i < kFeatureCount; ++i) all.set(static_cast<Feature>(i));
    QCOMPARE(all.count(), 7);
    std::array<double, 7> f{};
    all.compute(2.0, -3.0, f.data());
    QCOMPARE(f[0], 2.0);
    QCOMPARE(f[1], -3.0);
    QCOMPARE(f[2], 4.0);
    QCOMPARE(f[3], 9.0);
    QCOMPARE(f[4], -6.0);
    QCOMPARE(f[5], std::sin(2.0));
    QCOMPARE(f[6], std::sin(-3.0));
    FeatureSet some;
    some.bits = 0;
    some.set(Feature::X1X2);
    some.set(Feature::SinX2);
    double g[2];
    some.compute(2.0, -3.0, g);
    QCOMPARE(g[0], -6.0);
    QCOMPARE(g[1], std::sin(-3.0));
    QCOMPARE(featureFromId("x1*x2"), std::optional<Feature>(Feature::X1X2));
    QCOMPARE(datasetFromId("spiral"), std::optional<DatasetKind>(DatasetKind::Spiral));
    QVERIFY(!datasetFromId("spirals"));
  }

  void validationNamesTheField() {
    DatasetSpec spec;
    spec.points = 3;
    QVERIFY(validate(spec)->english().starts_with("data.points"));
    spec = {};
    spec.noise = 0.7;
    QVERIFY(validate(spec)->english().starts_with("data.noise"));
    spec = {};
    spec.trainFraction = std::nan("");
    QVERIFY(validate(spec)->english().starts_with("data.train_fraction"));
    spec = {};
    spec.features.bits = 0;
    QVERIFY(validate(spec)->english().starts_with("data.features"));
    QVERIFY(!validate(DatasetSpec{}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDataset(spec, 1));
  }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "test_dataset.moc"
