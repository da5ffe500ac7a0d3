// The activation library against PyTorch 1.13's own values
// (tests/data/activations.csv, 1,638 rows): every scalar and array form, in
// float64 (within 1e-12·max(1, |ref|)) and float32 (1e-6·max(1, |ref|)), for
// y, dy/dx and dy/dp, kinks included. Array forms run over a whole column per
// activation, at several offsets, so that the SIMD body and its scalar tail
// both meet the reference. Then: the float arrays against the double scalar
// reference on a dense grid, NaN/±∞/huge inputs, parameter checks, and the
// descriptor table against the golden file (its flags against the math:
// test_activation_gradients.cpp).

#include <QFile>
#include <QSet>
#include <QtTest>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

#include "core/activations/activation.h"

using namespace relulab::core;

namespace {

constexpr double kTol64 = 1e-12;
constexpr double kTol32 = 1e-6;

struct GoldenColumn {  // one activation's rows
  std::optional<double> param;
  std::vector<double> x, y, dydx, dydp, y32, dydx32;
};

bool close(double got, double want, double tol) {
  if (std::isnan(want)) return std::isnan(got);
  return std::abs(got - want) <= tol * std::max(1.0, std::abs(want));
}

QString describe(const char* what, const QString& id, double x, double got, double want) {
  return QStringLiteral("%1 of %2 at x = %3: got %4, reference %5")
      .arg(QLatin1String(what), id)
      .arg(x, 0, 'g', 17)
      .arg(got, 0, 'g', 17)
      .arg(want, 0, 'g', 17);
}

// QVERIFY2 builds its message even when the check passes; in loops over
// thousands of values that dominates the run time. This builds it on failure only.
#define EXPECT_CLOSE(what, id, x, got, want, tol)                    \
  do {                                                               \
    if (!close((got), (want), (tol)))                                \
      QFAIL(qPrintable(describe((what), (id), (x), (got), (want)))); \
  } while (false)

Activation goldenActivation(const QString& id, const GoldenColumn& c) {
  const auto kind = activationFromId(id.toStdString());
  if (!kind) qFatal("golden activation %s unknown to the library", qPrintable(id));
  return makeActivation(*kind, c.param).value();
}

}  // namespace

class TestActivations : public QObject {
  Q_OBJECT

  std::map<QString, GoldenColumn> golden_;
  int goldenRows_ = 0;

  void addRowData() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("row");
    for (const auto& [id, c] : golden_)
      for (int i = 0; i < static_cast<int>(c.x.size()); ++i)
        QTest::addRow("%s x=%.17g", qPrintable(id), c.x[static_cast<std::size_t>(i)]) << id << i;
  }
  void addColumnData() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("offset");  // first element: moves each x to another SIMD lane
    for (const auto& [id, c] : golden_)
      for (int offset : {0, 1, 3, 7})
        QTest::addRow("%s offset %d", qPrintable(id), offset) << id << offset;
  }

 private slots:
  void initTestCase() {
    QFile file(QStringLiteral(RELULAB_TEST_DATA_DIR "/activations.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    QCOMPARE(file.readLine().trimmed(), QByteArray("activation,param,x,y,dydx,dydp,y32,dydx32"));
    while (!file.atEnd()) {
      const QList<QByteArray> f = file.readLine().trimmed().split(',');
      if (f.size() != 8) continue;
      GoldenColumn& c = golden_[QString::fromLatin1(f[0])];
      if (!f[1].isEmpty()) c.param = f[1].toDouble();
      c.x.push_back(f[2].toDouble());
      c.y.push_back(f[3].toDouble());
      c.dydx.push_back(f[4].toDouble());
      c.dydp.push_back(f[5].isEmpty() ? 0.0 : f[5].toDouble());
      c.y32.push_back(f[6].toDouble());
      c.dydx32.push_back(f[7].toDouble());
      ++goldenRows_;
    }
    QCOMPARE(goldenRows_, 1638);
    QCOMPARE(static_cast<int>(golden_.size()), kActivationCount);
  }

  // --- every golden row, scalar forms --------------------------------------
  void scalarFloat64_data() { addRowData(); }
  void scalarFloat64() {
    QFETCH(QString, id);
    QFETCH(int, row);
    const GoldenColumn& c = golden_.at(id);
    const Activation a = goldenActivation(id, c);
    const auto i = static_cast<std::size_t>(row);
    const double x = c.x[i];
    EXPECT_CLOSE("y", id, x, value(a, x), c.y[i], kTol64);
    EXPECT_CLOSE("dy/dx", id, x, derivative(a, x), c.dydx[i], kTol64);
    EXPECT_CLOSE("dy/dp", id, x, paramDerivative(a, x), c.dydp[i], kTol64);
  }

  void scalarFloat32_data() { addRowData(); }
  void scalarFloat32() {
    QFETCH(QString, id);
    QFETCH(int, row);
    const GoldenColumn& c = golden_.at(id);
    const Activation a = goldenActivation(id, c);
    const auto i = static_cast<std::size_t>(row);
    const auto x = static_cast<float>(c.x[i]);  // as the golden file: x rounded first
    EXPECT_CLOSE("y32", id, x, value(a, x), c.y32[i], kTol32);
    EXPECT_CLOSE("dy/dx32", id, x, derivative(a, x), c.dydx32[i], kTol32);
    // No float32 dy/dp column: the float result must meet the float64 one.
    EXPECT_CLOSE("dy/dp32", id, x, paramDerivative(a, x), c.dydp[i], kTol32);
  }

  // --- whole columns, array forms (the SIMD path) ---------------------------
  void arrayFloat64_data() { addColumnData(); }
  void arrayFloat64() { checkArrays<double>(kTol64); }
  void arrayFloat32_data() { addColumnData(); }
  void arrayFloat32() { checkArrays<float>(kTol32); }

  // --- the float arrays against the double scalar reference, densely --------
  void floatArraysTrackDouble_data() {
    QTest::addColumn<int>("kind");
    for (const ActivationInfo& info : activationInfos())
      QTest::addRow("%s", info.id.data()) << static_cast<int>(info.kind);
  }
  void floatArraysTrackDouble() {
    QFETCH(int, kind);
    const Activation a = defaultActivation(static_cast<ActivationKind>(kind));
    std::vector<float> x;
    for (int i = -30 * 256; i <= 30 * 256; ++i) x.push_back(static_cast<float>(i) / 256.0f);
    for (int e = -40; e <= 12; ++e) x.insert(x.end(), {std::ldexp(1.3f, e), -std::ldexp(1.7f, e)});
    std::vector<float> y(x.size()), d(x.size()), dp(x.size()), yb(x.size()), db(x.size());
    std::vector<double> xd(x.begin(), x.end()), y64(x.size()), d64(x.size());
    evaluate<float>(a, x, y);
    evaluateDerivative<float>(a, x, d);
    evaluateParamDerivative<float>(a, x, dp);
    evaluateBoth<float>(a, x, yb, db);
    evaluateBoth<double>(a, xd, y64, d64);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const double ry = value(a, xd[i]), rd = derivative(a, xd[i]), rp = paramDerivative(a, xd[i]);
      for (auto [what, got, want, tol] : {std::tuple{"y", double(y[i]), ry, 3e-7},
                                          {"dy/dx", double(d[i]), rd, 3e-7},
                                          {"dy/dp", double(dp[i]), rp, 3e-7},
                                          {"both y", double(yb[i]), ry, 3e-7},
                                          {"both dy/dx", double(db[i]), rd, 3e-7},
                                          {"y64", y64[i], ry, 1e-14},
                                          {"dy/dx64", d64[i], rd, 1e-14}})
        EXPECT_CLOSE(what, QLatin1String(activationInfo(a.kind).id.data()), xd[i], got, want, tol);
    }
  }

  // --- NaN, ±∞, huge inputs -------------------------------------------------
  void nanInNanOut() {
    for (const ActivationInfo& info : activationInfos()) {
      const Activation a = defaultActivation(info.kind);
      checkNan<float>(a);
      checkNan<double>(a);
    }
  }

  void hugeInputsStayFinite() {
    for (const ActivationInfo& info : activationInfos()) {
      const Activation a = defaultActivation(info.kind);
      checkFinite<float>(a, {1e4f, -1e4f, 1e30f, -1e30f, 3e38f, -3e38f});
      checkFinite<double>(a, {1e4, -1e4, 1e30, -1e30, 1e300, -1e300});
    }
  }

  void infinitiesGiveLimits() {
    const double inf = std::numeric_limits<double>::infinity();
    const double lambda = 1.0507009873554804934193349852946;
    const double selu = lambda * 1.6732632423543772848170429916717;
    // kind, f(+∞), f(−∞), f′(+∞), f′(−∞), at the default parameter
    const std::vector<std::tuple<ActivationKind, double, double, double, double>> limits{
        {ActivationKind::Relu, inf, 0, 1, 0},
        {ActivationKind::LeakyRelu, inf, -inf, 1, 0.01},
        {ActivationKind::Prelu, inf, -inf, 1, 0.25},
        {ActivationKind::Elu, inf, -1, 1, 0},
        {ActivationKind::Selu, inf, -selu, lambda, 0},
        {ActivationKind::Celu, inf, -1, 1, 0},
        {ActivationKind::Gelu, inf, 0, 1, 0},
        {ActivationKind::GeluTanh, inf, 0, 1, 0},
        {ActivationKind::Silu, inf, 0, 1, 0},
        {ActivationKind::Mish, inf, 0, 1, 0},
        {ActivationKind::Softplus, inf, 0, 1, 0},
        {ActivationKind::Relu6, 6, 0, 0, 0},
        {ActivationKind::Hardswish, inf, 0, 1, 0},
        {ActivationKind::Hardsigmoid, 1, 0, 0, 0},
        {ActivationKind::Hardtanh, 1, -1, 0, 0},
        {ActivationKind::Sigmoid, 1, 0, 0, 0},
        {ActivationKind::Tanh, 1, -1, 0, 0},
        {ActivationKind::Softsign, 1, -1, 0, 0}};
    QCOMPARE(static_cast<int>(limits.size()), kActivationCount);
    for (const auto& [kind, yPlus, yMinus, dPlus, dMinus] : limits) {
      const Activation a = defaultActivation(kind);
      checkLimits<float>(a, inf, yPlus, dPlus);
      checkLimits<float>(a, -inf, yMinus, dMinus);
      checkLimits<double>(a, inf, yPlus, dPlus);
      checkLimits<double>(a, -inf, yMinus, dMinus);
    }
  }

  // --- parameters -----------------------------------------------------------
  void invalidParametersAreRejected_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("param");
    QTest::addColumn<QString>("range");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto add = [](const char* name, ActivationKind k, double p, const char* range) {
      QTest::newRow(name) << static_cast<int>(k) << p << QString::fromUtf8(range);
    };
    add("elu alpha 0", ActivationKind::Elu, 0.0, "(0, 10]");
    add("elu alpha -1", ActivationKind::Elu, -1.0, "(0, 10]");
    add("elu alpha nan", ActivationKind::Elu, nan, "(0, 10]");
    add("elu alpha 11", ActivationKind::Elu, 11.0, "(0, 10]");
    add("celu alpha 0", ActivationKind::Celu, 0.0, "(0, 10]");
    add("softplus beta 0", ActivationKind::Softplus, 0.0, "(0, 20]");
    add("softplus beta -2", ActivationKind::Softplus, -2.0, "(0, 20]");
    add("softplus beta nan", ActivationKind::Softplus, nan, "(0, 20]");
    add("leaky slope -0.1", ActivationKind::LeakyRelu, -0.1, "[0, 1]");
    add("leaky slope 1.5", ActivationKind::LeakyRelu, 1.5, "[0, 1]");
    add("leaky slope inf", ActivationKind::LeakyRelu, std::numeric_limits<double>::infinity(),
        "[0, 1]");
    add("prelu a 2", ActivationKind::Prelu, 2.0, "[-1, 1]");
    add("prelu a nan", ActivationKind::Prelu, nan, "[-1, 1]");
  }
  void invalidParametersAreRejected() {
    QFETCH(int, kind);
    QFETCH(double, param);
    QFETCH(QString, range);
    const auto k = static_cast<ActivationKind>(kind);
    const Result<Activation> made = makeActivation(k, param);
    QVERIFY(!made.ok());
    const QString message = QString::fromStdString(made.error());
    QVERIFY2(message.contains(range), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(activationInfo(k).parameter->name.data())),
             qPrintable(message));
    QVERIFY(!isValidParameter(k, param));
  }

  void validParametersAreKept() {
    const std::vector<std::pair<ActivationKind, double>> valid{
        {ActivationKind::LeakyRelu, 0.0}, {ActivationKind::LeakyRelu, 1.0},
        {ActivationKind::Prelu, -1.0},    {ActivationKind::Elu, 1e-300},
        {ActivationKind::Elu, 10.0},      {ActivationKind::Softplus, 20.0}};
    for (const auto& [kind, p] : valid) {
      const Result<Activation> made = makeActivation(kind, p);
      QVERIFY2(made.ok(), made.ok() ? "" : made.error().c_str());
      QCOMPARE(made->param, p);  // never clamped
    }
    // No parameter: any value is ignored, NaN included.
    const Result<Activation> relu = makeActivation(ActivationKind::Relu, std::nan(""));
    QVERIFY(relu.ok());
    QCOMPARE(relu->param, 0.0);
    QCOMPARE(makeActivation(ActivationKind::Elu).value(), defaultActivation(ActivationKind::Elu));
  }

  // --- the descriptor table -------------------------------------------------
  void descriptorTable() {
    QCOMPARE(static_cast<int>(activationInfos().size()), kActivationCount);
    QSet<QString> ids;
    for (int i = 0; i < kActivationCount; ++i) {
      const ActivationInfo& info = activationInfos()[static_cast<std::size_t>(i)];
      const QString id = QString::fromUtf8(info.id.data(), static_cast<qsizetype>(info.id.size()));
      QCOMPARE(static_cast<int>(info.kind), i);
      QCOMPARE(&activationInfo(info.kind), &info);
      QVERIFY2(!ids.contains(id), qPrintable(id));
      ids.insert(id);
      QVERIFY2(golden_.count(id), qPrintable(id + QStringLiteral(" is not in the golden file")));
      QCOMPARE(activationFromId(info.id), std::optional(info.kind));
      QVERIFY(QString::fromStdString(activationIdList()).split(QStringLiteral(", ")).contains(id));
      QVERIFY(!info.displayName.empty() && !info.formula.empty() && !info.formulaRich.empty());
      QVERIFY(!info.outputRange.empty() && !info.note.empty());
      // A parameter exactly where PyTorch has one, defaulting to PyTorch's value.
      const GoldenColumn& c = golden_.at(id);
      QCOMPARE(info.parameter.has_value(), c.param.has_value());
      if (info.parameter) {
        QCOMPARE(info.parameter->defaultValue, *c.param);
        QVERIFY(isValidParameter(info.kind, info.parameter->defaultValue));
        QVERIFY(!info.parameter->name.empty() && !info.parameter->symbol.empty());
      }
    }
    QCOMPARE(activationFromId("swish"), std::optional(ActivationKind::Silu));
    QVERIFY(!activationFromId("ReLU"));
  }

  // --- API contract ---------------------------------------------------------
  void arrayContract() {
    const Activation a = defaultActivation(ActivationKind::Gelu);
    std::vector<double> x{-2, -0.5, 0, 0.5, 2}, y(5), d(5), shortOut(4);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluate<double>(a, x, shortOut));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluateBoth<double>(a, x, y, shortOut));
    evaluateBoth<double>(a, x, y, {});  // empty output: skipped
    QCOMPARE(y[4], value(a, 2.0));
    std::vector<double> inPlace = x;
    evaluate<double>(a, inPlace, inPlace);
    for (std::size_t i = 0; i < x.size(); ++i) QCOMPARE(inPlace[i], y[i]);
    std::vector<double> dp(5, 7.0);
    evaluateParamDerivative<double>(a, x, dp);  // no parameter: zeros
    for (double v : dp) QCOMPARE(v, 0.0);
    // f″ by differences of the exact f′: σ″ = σ′·(1 − 2σ).
    const Activation s = defaultActivation(ActivationKind::Sigmoid);
    for (double t : {-3.0, -0.7, 0.0, 1.1, 4.0})
      QVERIFY(close(secondDerivative(s, t), derivative(s, t) * (1 - 2 * value(s, t)), 1e-8));
  }

 private:
  template <typename T>
  void checkArrays(double tol) {
    QFETCH(QString, id);
    QFETCH(int, offset);
    const GoldenColumn& c = golden_.at(id);
    const Activation a = goldenActivation(id, c);
    const bool f32 = sizeof(T) == sizeof(float);
    const std::vector<double>& wantY = f32 ? c.y32 : c.y;
    const std::vector<double>& wantD = f32 ? c.dydx32 : c.dydx;
    // The column preceded by `offset` filler values, evaluated from element 0.
    std::vector<T> x(static_cast<std::size_t>(offset), T(0.5));
    x.insert(x.end(), c.x.begin(), c.x.end());
    const std::size_t n = x.size();
    std::vector<T> y(n), d(n), dp(n), yb(n), db(n);
    evaluate<T>(a, x, y);
    evaluateDerivative<T>(a, x, d);
    evaluateParamDerivative<T>(a, x, dp);
    evaluateBoth<T>(a, x, yb, db);
    for (std::size_t i = static_cast<std::size_t>(offset); i < n; ++i) {
      const std::size_t r = i - static_cast<std::size_t>(offset);
      const double xi = x[i];
      EXPECT_CLOSE("y", id, xi, y[i], wantY[r], tol);
      EXPECT_CLOSE("dy/dx", id, xi, d[i], wantD[r], tol);
      EXPECT_CLOSE("dy/dp", id, xi, dp[i], c.dydp[r], tol);
      EXPECT_CLOSE("both: y", id, xi, yb[i], wantY[r], tol);
      EXPECT_CLOSE("both: dy/dx", id, xi, db[i], wantD[r], tol);
    }
  }

  // NaN through every form, alone and among numbers (so through the SIMD body).
  template <typename T>
  void checkNan(const Activation& a) {
    const T nan = std::numeric_limits<T>::quiet_NaN();
    const QString id = QLatin1String(activationInfo(a.kind).id.data());
    const bool hasParam = activationInfo(a.kind).parameter.has_value();
    QVERIFY2(std::isnan(value(a, nan)) && std::isnan(derivative(a, nan)), qPrintable(id));
    QVERIFY2(!hasParam || std::isnan(paramDerivative(a, nan)), qPrintable(id));
    std::vector<T> x(40, T(0.75));
    for (std::size_t i : {0u, 5u, 16u, 17u, 39u}) x[i] = nan;
    std::vector<T> y(x.size()), d(x.size()), dp(x.size()), yb(x.size()), db(x.size());
    evaluate<T>(a, x, y);
    evaluateDerivative<T>(a, x, d);
    evaluateParamDerivative<T>(a, x, dp);
    evaluateBoth<T>(a, x, yb, db);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const bool in = std::isnan(x[i]);
      for (T out : {y[i], d[i], yb[i], db[i]})
        if (std::isnan(out) != in)
          QFAIL(qPrintable(QStringLiteral("%1 element %2").arg(id).arg(i)));
      if (hasParam && std::isnan(dp[i]) != in) QFAIL(qPrintable(id));
    }
  }

  template <typename T>
  void checkFinite(const Activation& a, std::vector<T> x) {
    x.resize(37, T(1));  // through the packets too
    std::vector<T> y(x.size()), d(x.size()), dp(x.size()), yb(x.size()), db(x.size());
    evaluate<T>(a, x, y);
    evaluateDerivative<T>(a, x, d);
    evaluateParamDerivative<T>(a, x, dp);
    evaluateBoth<T>(a, x, yb, db);
    const QString id = QLatin1String(activationInfo(a.kind).id.data());
    for (std::size_t i = 0; i < x.size(); ++i)
      for (T out : {y[i], d[i], dp[i], yb[i], db[i], value(a, x[i]), derivative(a, x[i]),
                    paramDerivative(a, x[i])})
        if (!std::isfinite(out))
          QFAIL(qPrintable(QStringLiteral("%1 at %2").arg(id).arg(double(x[i]))));
  }

  template <typename T>
  void checkLimits(const Activation& a, double x, double wantY, double wantD) {
    std::vector<T> xs(21, T(x)), y(xs.size()), d(xs.size()), yb(xs.size()), db(xs.size());
    evaluate<T>(a, xs, y);
    evaluateDerivative<T>(a, xs, d);
    evaluateBoth<T>(a, xs, yb, db);
    const QString id = QLatin1String(activationInfo(a.kind).id.data());
    const double tol = sizeof(T) == sizeof(float) ? kTol32 : kTol64;
    const auto same = [tol](double got, double want) {
      return std::isinf(want) ? got == want : close(got, want, tol);
    };
    for (std::size_t i = 0; i < xs.size(); i += 20) {
      QVERIFY2(same(y[i], wantY) && same(yb[i], wantY) && same(value(a, T(x)), wantY),
               qPrintable(describe("f", id, x, y[i], wantY)));
      QVERIFY2(same(d[i], wantD) && same(db[i], wantD) && same(derivative(a, T(x)), wantD),
               qPrintable(describe("f′", id, x, d[i], wantD)));
    }
  }
};

QTEST_GUILESS_MAIN(TestActivations)
#include "test_activations.moc"
