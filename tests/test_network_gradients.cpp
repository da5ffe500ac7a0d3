// Whole-network gradient checks: back-propagation against central differences
// in double, for every activation, every output head and a 3-hidden-layer net,
// PReLU slopes included. Plus the engine's own fast float kernels against the
// activation library, and float against double.

#include <QtTest>
#include <cmath>
#include <vector>

#include "core/activations/activation_kernels.h"
#include "core/base/random.h"
#include "core/model/network.h"
#include "core/model/propagator.h"
#include "core/model/sample_matrix.h"
#include "tests/activation_kinks.h"

using namespace relulab::core;

Q_DECLARE_METATYPE(relulab::core::ActivationKind)
Q_DECLARE_METATYPE(relulab::core::OutputKind)

namespace {

using relulab::test::kinks;

struct Setup {
  Network<double> net;
  std::vector<Point> points;
  FeatureSet features;
};

// A 3-[4, 5, 3]-1 network with weights spread wide enough that pre-activations
// visit both sides of every kink, on 11 samples (one full chunk of 8 doubles
// and a masked partial one).
Setup makeSetup(ActivationKind kind, OutputKind head, std::uint64_t seed) {
  Setup s;
  s.features.bits = 0;
  s.features.set(Feature::X1);
  s.features.set(Feature::X2);
  s.features.set(Feature::X1X2);
  NetworkSpec spec;
  spec.inputs = 3;
  const Activation act = defaultActivation(kind);
  spec.hidden = {{4, act}, {5, act}, {3, act}};
  spec.output = head;
  s.net = Network<double>(spec);
  Rng rng(seed, 9);
  for (double& p : s.net.parameters()) p = rng.normal(0.0, 1.2);
  if (kind == ActivationKind::Prelu)
    for (int l = 0; l < 3; ++l)
      for (int j = 0; j < spec.hidden[static_cast<std::size_t>(l)].width; ++j)
        s.net.slope(l, j) = rng.uniform(0.05, 0.6);
  for (int i = 0; i < 11; ++i) {
    const double x1 = rng.uniform(-3, 3), x2 = rng.uniform(-3, 3);
    const double t = head == OutputKind::LinearSquaredError ? rng.uniform(-1, 1)
                                                            : (rng.uniform01() < 0.5 ? -1.0 : 1.0);
    s.points.push_back({x1, x2, t});
  }
  return s;
}

// Distance from any hidden pre-activation to a kink of the activation.
double kinkDistance(Propagator<double>& prop, const Setup& s, const SampleMatrix<double>& data,
                    ActivationKind kind) {
  double nearest = INFINITY;
  const auto points = kinks(kind);
  if (points.empty()) return nearest;
  const SampleBlock<double> block = data.block();
  for (int c = 0; c < block.count; c += kLanes<double>) {
    prop.forwardChunk(s.net, block.x + c, block.stride);
    for (int l = 0; l < 3; ++l)
      for (int j = 0; j < s.net.spec().hidden[static_cast<std::size_t>(l)].width; ++j)
        for (int lane = 0; lane < std::min(kLanes<double>, block.count - c); ++lane)
          for (double k : points) nearest = std::min(nearest, std::abs(prop.z(l, j)[lane] - k));
  }
  return nearest;
}

}  // namespace

class TestNetworkGradients : public QObject {
  Q_OBJECT

 private slots:
  void wholeNetwork_data() {
    QTest::addColumn<ActivationKind>("kind");
    QTest::addColumn<OutputKind>("head");
    for (int a = 0; a < kActivationCount; ++a)
      for (int h = 0; h < 3; ++h) {
        const auto kind = static_cast<ActivationKind>(a);
        const auto head = static_cast<OutputKind>(h);
        const std::string name =
            std::string(activationInfo(kind).id) + "/" + std::string(outputId(head));
        QTest::newRow(name.c_str()) << kind << head;
      }
  }

  void wholeNetwork() {
    QFETCH(ActivationKind, kind);
    QFETCH(OutputKind, head);
    // Find a draw whose pre-activations keep clear of the kinks (≥ 0.02, far
    // more than the ±2h steps move them), so that the loss is smooth around θ.
    Setup s;
    SampleMatrix<double> data;
    Propagator<double> prop;
    bool found = false;
    for (std::uint64_t seed = 1; seed < 200 && !found; ++seed) {
      s = makeSetup(kind, head, seed);
      data = SampleMatrix<double>(s.points, s.features);
      prop = Propagator<double>(s.net.layout());
      found = kinkDistance(prop, s, data, kind) > 0.02;
    }
    QVERIFY2(found, "no draw keeps clear of the kinks");

    const std::size_t n = s.net.layout().size;
    std::vector<double> grad(n), scratch(n);
    const double count = s.points.size();
    prop.lossAndGradient(s.net, data.block(), grad.data());
    const auto loss = [&] {
      return prop.lossAndGradient(s.net, data.block(), scratch.data()) / count;
    };

    const bool prelu = kind == ActivationKind::Prelu;
    const std::size_t slopesStart = s.net.layout().layers[0].slopes;
    double worst = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double& p = s.net.parameters()[i];
      if (i >= slopesStart && !prelu) {
        QCOMPARE(grad[i], 0.0);  // slopes of non-PReLU layers are not parameters of f
        continue;
      }
      // Fourth-order central difference: truncation O(h⁴), so h can be large
      // enough (1e−4) that rounding in the loss (~1e−16·|L|/h) stays far below
      // the tolerance even when the linear head's loss is in the hundreds.
      const double saved = p;
      const double h = 1e-4;
      const auto at = [&](double offset) {
        p = saved + offset;
        return loss();
      };
      const double numeric = (8.0 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12.0 * h);
      p = saved;
      const double error =
          std::abs(numeric - grad[i]) / std::max({1e-3, std::abs(numeric), std::abs(grad[i])});
      worst = std::max(worst, error);
      if (error > 1e-5)
        qWarning(
            "parameter %zu (%s): analytic %.12g, numeric %.12g", i,
            ParamLayout::Kind::Weight == s.net.layout().locate(i).kind ? "weight" : "bias/slope",
            grad[i], numeric);
    }
    QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("worst relative error %1").arg(worst)));
  }

  void floatAgreesWithDouble() {
    const Setup s = makeSetup(ActivationKind::Relu, OutputKind::TanhSquaredError, 3);
    Network<float> f(s.net.spec());
    for (std::size_t i = 0; i < f.parameters().size(); ++i)
      f.parameters()[i] = static_cast<float>(s.net.parameters()[i]);
    Network<double> d(s.net.spec());
    for (std::size_t i = 0; i < d.parameters().size(); ++i) d.parameters()[i] = f.parameters()[i];
    SampleMatrix<float> df(s.points, s.features);
    SampleMatrix<double> dd(s.points, s.features);
    Propagator<float> pf(f.layout());
    Propagator<double> pd(d.layout());
    std::vector<float> gf(f.layout().size);
    std::vector<double> gd(d.layout().size);
    const double lf = pf.lossAndGradient(f, df.block(), gf.data());
    const double ld = pd.lossAndGradient(d, dd.block(), gd.data());
    QVERIFY(std::abs(lf - ld) <= 1e-5 * std::max(1.0, std::abs(ld)));
    for (std::size_t i = 0; i < gd.size(); ++i)
      QVERIFY(std::abs(gf[i] - gd[i]) <= 1e-4 * std::max(1.0, std::abs(gd[i])));
  }

  void perExampleAccumulationIsTheBatchGradient() {
    // TFP's SGD: per-example gradients summed over the batch, divided by its size.
    const Setup s = makeSetup(ActivationKind::Tanh, OutputKind::TanhSquaredError, 5);
    Propagator<double> prop(s.net.layout());
    const std::size_t n = s.net.layout().size;
    std::vector<double> batch(n), one(n), sum(n, 0.0);
    SampleMatrix<double> all(s.points, s.features);
    prop.lossAndGradient(s.net, all.block(), batch.data());
    for (const Point& p : s.points) {
      SampleMatrix<double> single(std::span<const Point>(&p, 1), s.features);
      prop.lossAndGradient(s.net, single.block(), one.data());
      for (std::size_t i = 0; i < n; ++i) sum[i] += one[i];
    }
    for (std::size_t i = 0; i < n; ++i)
      QVERIFY(std::abs(sum[i] / s.points.size() - batch[i]) <=
              1e-12 * std::max(1.0, std::abs(batch[i])));
  }

  void fastKernelsMatchTheLibrary_data() {
    QTest::addColumn<ActivationKind>("kind");
    for (auto k : {ActivationKind::Relu, ActivationKind::LeakyRelu, ActivationKind::Tanh,
                   ActivationKind::Sigmoid})
      QTest::newRow(std::string(activationInfo(k).id).c_str()) << k;
  }

  void fastKernelsMatchTheLibrary() {
    QFETCH(ActivationKind, kind);
    const Activation act = defaultActivation(kind);
    std::vector<float> z;
    for (int i = -40000; i <= 40000; ++i) z.push_back(static_cast<float>(i) * 0.0005f);
    for (float v : {0.0f, -0.0f, 1e-8f, -1e-8f, 88.0f, -88.0f, 100.0f, -100.0f, 1e30f, -1e30f})
      z.push_back(v);
    std::vector<float> y(z.size()), d(z.size());
    kernels::activate(act, z.data(), y.data(), d.data(), static_cast<int>(z.size()));
    for (std::size_t i = 0; i < z.size(); ++i) {
      const double ref = value<double>(act, static_cast<double>(z[i]));
      const double dref = derivative<double>(act, static_cast<double>(z[i]));
      // ≤ 6 float ulps of the value, 6·2^−24 ≈ 3.6e−7 relative (absolute near 0
      // where tanh, σ are ~linear/flat); tanh's rational form needs all six
      // when the multiply-adds are not fused. σ(z) for z < −80 is held at
      // σ(−80) ≈ 1.8e−35 (see activation_kernels.h).
      QVERIFY2(std::abs(y[i] - ref) <= 3.6e-7 * std::abs(ref) + 1e-34,
               qPrintable(QStringLiteral("f(%1) = %2, library %3").arg(z[i]).arg(y[i]).arg(ref)));
      // f′ from y: (1 − y)(1 + y) and y(1 − y) inherit y's absolute error
      // (tanh: ≤ 6 ulp of 1 near saturation, so 2·6·2^−24 ≈ 7.2e−7 in f′; see
      // activation_kernels.h).
      QVERIFY2(std::abs(d[i] - dref) <= 1e-6 * std::abs(dref) + 8e-7,
               qPrintable(QStringLiteral("f'(%1) = %2, library %3").arg(z[i]).arg(d[i]).arg(dref)));
    }
    // NaN propagates through the value (divergence must never be hidden).
    float nan = std::nanf(""), out = 0, dout = 0;
    kernels::activate(act, &nan, &out, &dout, 1);
    QVERIFY(std::isnan(out));
  }

  void kinkConventions() {
    float z[2] = {0.0f, 0.0f}, y[2], d[2];
    kernels::activate(defaultActivation(ActivationKind::Relu), z, y, d, 2);
    QCOMPARE(d[0], 0.0f);  // ReLU′(0) = 0, as PyTorch and TFP
    const Activation leaky = defaultActivation(ActivationKind::LeakyRelu);
    kernels::activate(leaky, z, y, d, 2);
    QCOMPARE(d[0], static_cast<float>(leaky.param));
    kernels::activate(Activation{ActivationKind::Prelu, 0.25}, z, y, d, 2);
    QCOMPARE(d[0], 0.25f);
  }
};

QTEST_GUILESS_MAIN(TestNetworkGradients)
#include "test_network_gradients.moc"
