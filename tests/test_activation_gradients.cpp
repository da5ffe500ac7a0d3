// Gradient checks: every analytic derivative against central differences of
// the function itself (double), per activation and per parameter value, at
// many points away from the kinks; at the kinks, the one-sided difference the
// documented convention names; and the descriptor's monotonic/smooth/hardZero
// flags against the derivative's sign and jumps.

#include <QtTest>
#include <cmath>
#include <vector>

#include "core/activations/activation.h"

using namespace relulab::core;

namespace {

// Points where some activation is not differentiable (or, for softplus, where
// PyTorch switches to x at βx = 20).
std::vector<double> kinks(const Activation& a) {
  std::vector<double> k{0.0, -1.0, 1.0, -3.0, 3.0, 6.0};
  if (a.kind == ActivationKind::Softplus) k.push_back(20.0 / a.param);
  return k;
}

bool nearKink(const Activation& a, double x, double margin) {
  for (double k : kinks(a))
    if (std::abs(x - k) < margin) return true;
  return false;
}

// (f(x + h) − f(x − h))/(2h): error h²·f‴/6 + ε·|f|/h; h = 1e−5 keeps both
// near 1e−10 for these functions.
template <typename F>
double centralDifference(F f, double x, double h) {
  return (f(x + h) - f(x - h)) / (2 * h);
}

QString label(const Activation& a) {
  return QStringLiteral("%1 (p = %2)")
      .arg(QLatin1String(activationInfo(a.kind).id.data()))
      .arg(a.param);
}

}  // namespace

class TestActivationGradients : public QObject {
  Q_OBJECT

 private slots:
  void derivativeMatchesDifferences_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("param");
    for (const ActivationInfo& info : activationInfos()) {
      std::vector<double> params{0.0};
      if (info.parameter) {
        const ParameterSpec& p = *info.parameter;
        // The default, and interior points spread over the valid range.
        params = {p.defaultValue, p.minimum + 0.1 * (p.maximum - p.minimum),
                  p.minimum + 0.5 * (p.maximum - p.minimum),
                  p.maximum - 0.05 * (p.maximum - p.minimum)};
      }
      for (double p : params)
        QTest::addRow("%s p=%g", info.id.data(), p) << static_cast<int>(info.kind) << p;
    }
  }
  void derivativeMatchesDifferences() {
    QFETCH(int, kind);
    QFETCH(double, param);
    const Activation a = makeActivation(static_cast<ActivationKind>(kind), param).value();
    std::vector<double> xs;
    for (double x = -12.0; x <= 12.0; x += 0.0173) xs.push_back(x);
    for (double x : {-60.0, -25.0, 25.0, 60.0, 1e-4, -1e-4}) xs.push_back(x);
    std::vector<double> arrayD(xs.size()), arrayY(xs.size());
    evaluateBoth<double>(a, xs, arrayY, arrayD);
    const auto f = [&a](double x) { return value(a, x); };
    int checked = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
      const double x = xs[i];
      const double h = 1e-5 * std::max(1.0, std::abs(x));
      if (nearKink(a, x, 10 * h)) continue;
      const double numeric = centralDifference(f, x, h);
      const double tol = 1e-6 * std::max(1.0, std::abs(numeric));
      for (double got : {derivative(a, x), arrayD[i]})
        if (!(std::abs(got - numeric) <= tol))
          QFAIL(qPrintable(QStringLiteral("%1 at x = %2: f′ = %3, differences %4")
                               .arg(label(a))
                               .arg(x)
                               .arg(got, 0, 'g', 12)
                               .arg(numeric, 0, 'g', 12)));
      ++checked;
    }
    QVERIFY(checked > 1000);
  }

  void paramDerivativeMatchesDifferences_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("param");
    for (const ActivationInfo& info : activationInfos()) {
      if (!info.parameter) continue;
      const ParameterSpec& p = *info.parameter;
      for (double t : {0.07, 0.3, 0.5, 0.9})
        QTest::addRow("%s p=%g", info.id.data(), p.minimum + t * (p.maximum - p.minimum))
            << static_cast<int>(info.kind) << p.minimum + t * (p.maximum - p.minimum);
      QTest::addRow("%s default", info.id.data()) << static_cast<int>(info.kind) << p.defaultValue;
    }
  }
  void paramDerivativeMatchesDifferences() {
    QFETCH(int, kind);
    QFETCH(double, param);
    const auto k = static_cast<ActivationKind>(kind);
    const Activation a = makeActivation(k, param).value();
    const double h = 1e-6 * std::max(1.0, std::abs(param));
    const Activation lower = makeActivation(k, param - h).value();
    const Activation upper = makeActivation(k, param + h).value();
    std::vector<double> xs;
    for (double x = -10.0; x <= 10.0; x += 0.0191) xs.push_back(x);
    std::vector<double> arrayDp(xs.size());
    evaluateParamDerivative<double>(a, xs, arrayDp);
    for (std::size_t i = 0; i < xs.size(); ++i) {
      const double x = xs[i];
      // Near βx = 20 softplus's value jumps by 2e−9/β as β moves across it.
      if (k == ActivationKind::Softplus && std::abs(param * x - 20) < 1e-3) continue;
      const double numeric = (value(upper, x) - value(lower, x)) / (2 * h);
      const double tol = 1e-6 * std::max(1.0, std::abs(numeric));
      for (double got : {paramDerivative(a, x), arrayDp[i]})
        if (!(std::abs(got - numeric) <= tol))
          QFAIL(qPrintable(QStringLiteral("%1 at x = %2: ∂f/∂p = %3, differences %4")
                               .arg(label(a))
                               .arg(x)
                               .arg(got, 0, 'g', 12)
                               .arg(numeric, 0, 'g', 12)));
    }
  }

  // At a kink, f′ is the one-sided slope named in kinkConvention.
  void kinkConventions_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("kink");
    QTest::addColumn<int>("side");  // −1: left-hand slope, +1: right-hand slope
    QTest::addColumn<double>("slope");
    const double lambda = 1.0507009873554804934193349852946;
    const auto add = [](const char* name, ActivationKind k, double x, int side, double slope) {
      QTest::newRow(name) << static_cast<int>(k) << x << side << slope;
    };
    add("relu'(0) = 0", ActivationKind::Relu, 0, -1, 0);
    add("leaky'(0) = slope", ActivationKind::LeakyRelu, 0, -1, 0.01);
    add("prelu'(0) = a", ActivationKind::Prelu, 0, -1, 0.25);
    add("selu'(0) = lambda alpha", ActivationKind::Selu, 0, -1,
        lambda * 1.6732632423543772848170429916717);
    add("relu6'(0) = 0", ActivationKind::Relu6, 0, -1, 0);
    add("relu6'(6) = 0", ActivationKind::Relu6, 6, +1, 0);
    add("hardswish'(-3) = -1/2", ActivationKind::Hardswish, -3, +1, -0.5);
    add("hardswish'(3) = 1", ActivationKind::Hardswish, 3, +1, 1);
    add("hardsigmoid'(-3) = 0", ActivationKind::Hardsigmoid, -3, -1, 0);
    add("hardsigmoid'(3) = 0", ActivationKind::Hardsigmoid, 3, +1, 0);
    add("hardtanh'(-1) = 0", ActivationKind::Hardtanh, -1, -1, 0);
    add("hardtanh'(1) = 0", ActivationKind::Hardtanh, 1, +1, 0);
  }
  void kinkConventions() {
    QFETCH(int, kind);
    QFETCH(double, kink);
    QFETCH(int, side);
    QFETCH(double, slope);
    const Activation a = defaultActivation(static_cast<ActivationKind>(kind));
    QCOMPARE(derivative(a, kink), slope);
    QCOMPARE(derivative(a, static_cast<float>(kink)), static_cast<float>(slope));
    const double h = 1e-7 * side;
    const double oneSided = (value(a, kink + h) - value(a, kink)) / h;
    QVERIFY2(std::abs(oneSided - slope) < 1e-5, qPrintable(QString::number(oneSided)));
    // ELU with α ≠ 1 has a kink too: f′(0) = α, the left-hand slope.
    const Activation elu = makeActivation(ActivationKind::Elu, 2.5).value();
    QCOMPARE(derivative(elu, 0.0), 2.5);
    QCOMPARE(derivative(defaultActivation(ActivationKind::Hardsigmoid), 0.5), 1.0 / 6.0);
  }

  // monotonic ⇔ f′ ≥ 0; hardZero ⇔ f and f′ exactly 0 far left; smooth ⇔ f′ has no jump.
  void propertiesMatchTheMath_data() {
    QTest::addColumn<int>("kind");
    for (const ActivationInfo& info : activationInfos())
      QTest::addRow("%s", info.id.data()) << static_cast<int>(info.kind);
  }
  void propertiesMatchTheMath() {
    QFETCH(int, kind);
    const ActivationInfo& info = activationInfo(static_cast<ActivationKind>(kind));
    const Activation a = defaultActivation(info.kind);
    double minSlope = 1e300, maxJump = 0;
    for (int i = -12000; i < 12000; ++i) {
      const double x = i / 1000.0;
      minSlope = std::min(minSlope, derivative(a, x));
      maxJump = std::max(maxJump, std::abs(derivative(a, x + 1e-9) - derivative(a, x - 1e-9)));
    }
    QCOMPARE(info.monotonic, minSlope >= 0);
    QCOMPARE(info.hardZero, value(a, -10.0) == 0 && derivative(a, -10.0) == 0);
    QVERIFY2(info.smooth == (maxJump < 1e-6), qPrintable(QString::number(maxJump)));
    if (!info.smooth) QVERIFY(!info.kinks.empty() && !info.kinkConvention.empty());
    if (info.hardZero) QVERIFY(!info.flatRegion.empty());
  }
};

QTEST_GUILESS_MAIN(TestActivationGradients)
#include "test_activation_gradients.moc"
