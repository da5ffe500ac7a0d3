// The CPU paths (core/cpu/cpu.h): RELULAB_CPU's values, and the same numbers
// on every path this machine runs — a trained network's weights bit for bit,
// and every activation's array forms: bit for bit in double, and in float
// within the fused arrays' bound (core/cpu/fused_arrays.cpp).

#include <QtTest>
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "core/activations/activation.h"
#include "core/cpu/cpu.h"
#include "core/training/presets.h"
#include "core/training/trainer.h"

using namespace relulab::core;
using cpu::CpuPath;

namespace {

// How far the fused float arrays of the AVX2 and AVX-512 paths
// (core/cpu/fused_arrays.cpp) may be from the baseline's: 2^−22·max(1, |y|),
// two units in the last place of 1.
constexpr double kFusedBound = 0x1p-22;

// Trains `config` for `steps` on `path` and returns its parameters.
std::vector<double> trainOn(CpuPath path, const TrainConfig& config, int steps) {
  cpu::setActivePath(path);
  auto created = Trainer::create(config);
  if (!created) qFatal("%s", created.error().c_str());
  Trainer trainer = std::move(created).value();
  trainer.train(steps);
  return trainer.parameters();
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

// Inputs for the array forms: a dense sweep, the extremes, and NaN and ±∞.
template <typename T>
std::vector<T> inputs() {
  std::vector<T> x;
  for (int i = -4000; i <= 4000; ++i) x.push_back(static_cast<T>(i) / T(200));
  for (T v : {T(-1000), T(-90), T(-88.5), T(88.5), T(90), T(1000), T(1e-30), T(-1e-30),
              std::numeric_limits<T>::denorm_min(), std::numeric_limits<T>::max(),
              std::numeric_limits<T>::lowest(), std::numeric_limits<T>::infinity(),
              -std::numeric_limits<T>::infinity(), std::numeric_limits<T>::quiet_NaN()})
    x.push_back(v);
  x.push_back(T(0.5));  // a length that is no multiple of any packet: the tails too
  if (x.size() % 2 == 0) x.push_back(T(-0.25));
  return x;
}

// Every path's array forms against the baseline's: the same bits, or (the
// fused float arrays) within bound·max(1, |y|). Measured on this machine's
// AVX2 path: at most 1.19e−7, where derivatives cross 0 (GELU′ at x ≈ −0.75:
// Φ(x) + x·φ(x) cancels, and both forms keep an absolute error near 1e−8).
template <typename T>
void compareArrays(const QString& what, double bound) {
  const std::vector<T> x = inputs<T>();
  const auto paths = cpu::availablePaths();
  for (const ActivationInfo& info : activationInfos()) {
    const Activation a = defaultActivation(info.kind);
    std::vector<std::vector<T>> reference;
    for (CpuPath path : paths) {
      cpu::setActivePath(path);
      QCOMPARE(cpu::activePath(), path);
      std::vector<T> y(x.size()), d(x.size()), p(x.size()), yb(x.size()), db(x.size());
      evaluate<T>(a, x, y);
      evaluateDerivative<T>(a, x, d);
      evaluateParamDerivative<T>(a, x, p);
      evaluateBoth<T>(a, x, yb, db);
      const std::vector<std::vector<T>> outputs{y, d, p, yb, db};
      if (reference.empty()) {
        reference = outputs;
        continue;
      }
      const auto alike = [bound](T got, T want) {
        if (std::bit_cast<std::array<char, sizeof(T)>>(got) ==
            std::bit_cast<std::array<char, sizeof(T)>>(want))
          return true;
        if (std::isnan(got) || std::isnan(want)) return std::isnan(got) && std::isnan(want);
        if (std::isinf(got) || std::isinf(want)) return false;
        return std::abs(static_cast<double>(got) - static_cast<double>(want)) <=
               bound * std::max(1.0, std::abs(static_cast<double>(want)));
      };
      for (std::size_t k = 0; k < outputs.size(); ++k) {
        std::size_t i = 0;
        while (i < x.size() && alike(outputs[k][i], reference[k][i])) ++i;
        QVERIFY2(i == x.size(),
                 qPrintable(QStringLiteral("%1 %2, output %3 at x = %4: %5 gives %6, %7 gives %8")
                                .arg(what, QString::fromUtf8(info.id.data(),
                                                             static_cast<int>(info.id.size())))
                                .arg(k)
                                .arg(static_cast<double>(x[i]), 0, 'g', 17)
                                .arg(QString::fromStdString(cpu::pathName(path)))
                                .arg(static_cast<double>(outputs[k][i]), 0, 'g', 17)
                                .arg(QString::fromStdString(cpu::pathName(paths.front())))
                                .arg(static_cast<double>(reference[k][i]), 0, 'g', 17)));
      }
    }
  }
}

}  // namespace

class TestCpuPaths : public QObject {
  Q_OBJECT

 private slots:
  void cleanup() { cpu::setActivePath(cpu::bestPath()); }

  void baselineIsAlwaysThere() {
    const auto paths = cpu::availablePaths();
    QVERIFY(!paths.empty());
    QCOMPARE(paths.front(), CpuPath::Baseline);
    QCOMPARE(cpu::bestPath(), paths.back());
  }

  void valuesOfRelulabCpu() {
    QCOMPARE(*cpu::parsePath(""), cpu::bestPath());
    QCOMPARE(*cpu::parsePath("baseline"), CpuPath::Baseline);
    for (CpuPath p : cpu::availablePaths()) QCOMPARE(*cpu::parsePath(cpu::pathId(p)), p);
    // Unknown: refused, and the message lists every valid value.
    for (const char* bad : {"sse9", "AVX2", " avx2", "avx2 "}) {
      const auto r = cpu::parsePath(bad);
      QVERIFY2(!r, bad);
      const std::string text = r.message().english();
      QVERIFY2(text.find(bad) != std::string::npos, text.c_str());
      for (CpuPath p : cpu::availablePaths())
        QVERIFY2(text.find(cpu::pathId(p)) != std::string::npos, text.c_str());
    }
    // A known path this machine cannot run is refused too.
    for (CpuPath p : {CpuPath::Avx2, CpuPath::Avx512}) {
      const auto paths = cpu::availablePaths();
      const bool runs = std::find(paths.begin(), paths.end(), p) != paths.end();
      QCOMPARE(cpu::parsePath(cpu::pathId(p)).ok(), runs);
    }
  }

  void everyPathTrainsToTheSameWeights_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("activation");  // −1: the preset's own
    QTest::addColumn<bool>("float64");
    for (const char* name : {"tfp-default", "tfp-relu", "dying-relu", "xor-relu"}) {
      QTest::newRow(name) << name << -1 << false;
      QTest::newRow(qPrintable(QStringLiteral("%1 double").arg(name))) << name << -1 << true;
    }
    // Every activation, on the array-form path (not inlined in the engine) too.
    for (const ActivationInfo& info : activationInfos())
      QTest::newRow(
          qPrintable(QStringLiteral("tfp-default, %1")
                         .arg(QString::fromUtf8(info.id.data(), static_cast<int>(info.id.size())))))
          << "tfp-default" << static_cast<int>(info.kind) << false;
  }
  void everyPathTrainsToTheSameWeights() {
    QFETCH(QString, preset);
    QFETCH(int, activation);
    QFETCH(bool, float64);
    TrainConfig config = *relulab::core::preset(preset.toStdString());
    config.precision = float64 ? Precision::Float64 : Precision::Float32;
    if (activation >= 0)
      for (auto& layer : config.network.hidden)
        layer.activation = defaultActivation(static_cast<ActivationKind>(activation));
    const auto paths = cpu::availablePaths();
    if (paths.size() < 2) QSKIP("this machine runs the baseline path only");
    const std::vector<double> reference = trainOn(paths.front(), config, 3000);
    for (double w : reference) QVERIFY(std::isfinite(w));
    for (std::size_t i = 1; i < paths.size(); ++i)
      QVERIFY2(sameBits(trainOn(paths[i], config, 3000), reference),
               qPrintable(QString::fromStdString(cpu::pathName(paths[i]))));
  }

  // Arrays far larger than the caches are written with streaming stores
  // from the first aligned element on: the same values as small arrays,
  // wherever the array starts.
  void largeArraysMatchSmallOnes() {
    for (CpuPath path : cpu::availablePaths()) {
      cpu::setActivePath(path);
      for (ActivationKind kind : {ActivationKind::Relu, ActivationKind::Gelu}) {
        const Activation a = defaultActivation(kind);
        const std::size_t n = (std::size_t{3} << 20) + 5;  // 12 MB of floats
        std::vector<float> x(n + 1), big(n + 1), small(n + 1);
        for (std::size_t i = 0; i < x.size(); ++i)
          x[i] = static_cast<float>(static_cast<double>(i % 2001) / 100.0 - 10.0);
        const std::span<const float> in(x.data() + 1, n);  // misaligned on purpose
        evaluate<float>(a, in, std::span<float>(big.data() + 1, n));
        for (std::size_t i = 0; i < n; i += 1000) {
          const std::size_t m = std::min<std::size_t>(1000, n - i);
          evaluate<float>(a, in.subspan(i, m), std::span<float>(small.data() + 1 + i, m));
        }
        QVERIFY(std::memcmp(big.data(), small.data(), big.size() * sizeof(float)) == 0);
        std::vector<double> xd(x.begin(), x.end()), yd(n), yds(n);
        evaluate<double>(a, std::span<const double>(xd.data() + 1, n), yd);
        for (std::size_t i = 0; i < n; i += 1000) {
          const std::size_t m = std::min<std::size_t>(1000, n - i);
          evaluate<double>(a, std::span<const double>(xd.data() + 1 + i, m),
                           std::span<double>(yds.data() + i, m));
        }
        QVERIFY(std::memcmp(yd.data(), yds.data(), n * sizeof(double)) == 0);
      }
    }
  }

  void everyPathEvaluatesArraysAlike() {
    if (cpu::availablePaths().size() < 2) QSKIP("this machine runs the baseline path only");
    compareArrays<float>(QStringLiteral("float"), kFusedBound);
    compareArrays<double>(QStringLiteral("double"), 0);
  }
};

QTEST_APPLESS_MAIN(TestCpuPaths)
#include "test_cpu_paths.moc"
