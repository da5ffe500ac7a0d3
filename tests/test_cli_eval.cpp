// `relulab eval` and `relulab activations`, run as a user would: the built
// binary (RELULAB_BINARY) for every activation at the golden file's inputs,
// in f64 and f32, against PyTorch's values; then the exit-2 paths, each with
// one line that names what is valid.

#include <QFile>
#include <QProcess>
#include <QtTest>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

#include "core/activations/activation.h"
#include "tests/cli_run.h"

namespace {

using Run = relulab::test::CliRun;
using relulab::test::runRelulab;

struct GoldenColumn {
  QString param;      // as written in the file; empty where none
  QStringList xText;  // the inputs as written, passed to --x verbatim
  std::vector<double> x, y, dydx, dydp, y32, dydx32;
};

bool close(double got, double want, double tol) {
  if (std::isnan(want)) return std::isnan(got);
  return std::abs(got - want) <= tol * std::max(1.0, std::abs(want));
}

bool isOneLine(const QString& text) {
  return !text.trimmed().isEmpty() && !text.trimmed().contains('\n');
}

}  // namespace

class TestCliEval : public QObject {
  Q_OBJECT

  std::map<QString, GoldenColumn> golden_;

 private slots:
  void initTestCase() {
    QFile file(QStringLiteral(RELULAB_TEST_DATA_DIR "/activations.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    file.readLine();
    while (!file.atEnd()) {
      const QList<QByteArray> f = file.readLine().trimmed().split(',');
      if (f.size() != 8) continue;
      GoldenColumn& c = golden_[QString::fromLatin1(f[0])];
      c.param = QString::fromLatin1(f[1]);
      c.xText << QString::fromLatin1(f[2]);
      c.x.push_back(f[2].toDouble());
      c.y.push_back(f[3].toDouble());
      c.dydx.push_back(f[4].toDouble());
      c.dydp.push_back(f[5].toDouble());
      c.y32.push_back(f[6].toDouble());
      c.dydx32.push_back(f[7].toDouble());
    }
    QCOMPARE(static_cast<int>(golden_.size()), relulab::core::kActivationCount);
  }

  // f64 and f32 on the CPU path, and f32 through --backend gpu: the GPU
  // path where one exists (llvmpipe in CI; transcendentals within 4e-6), and
  // where none does (RELULAB_DISABLE_GPU) the CPU path with the reason.
  void evalMatchesGolden_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("gpuDisabled");
    for (const auto& [id, c] : golden_) {
      for (const char* dtype : {"f64", "f32"})
        QTest::addRow("%s %s", qPrintable(id), dtype)
            << id << QString::fromLatin1(dtype) << QString() << false;
      QTest::addRow("%s f32 gpu", qPrintable(id)) << id << QStringLiteral("f32") << "gpu" << false;
    }
    QTest::newRow("relu f32 gpu, none there")
        << QStringLiteral("relu") << QStringLiteral("f32") << "gpu" << true;
  }
  void evalMatchesGolden() {
    QFETCH(QString, id);
    QFETCH(QString, dtype);
    QFETCH(QString, backend);
    QFETCH(bool, gpuDisabled);
    const GoldenColumn& c = golden_.at(id);
    QStringList args{
        QStringLiteral("eval"), QStringLiteral("--activation"), id,   QStringLiteral("--x"),
        c.xText.join(','),      QStringLiteral("--dtype"),      dtype};
    if (!c.param.isEmpty()) args << QStringLiteral("--param") << c.param;
    if (!backend.isEmpty()) args << QStringLiteral("--backend") << backend;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (gpuDisabled) env.insert(QStringLiteral("RELULAB_DISABLE_GPU"), QStringLiteral("1"));
    const Run r = runRelulab(args, env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    if (backend.isEmpty()) {
      QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    } else {
      // One line on stderr saying which path ran and why; never a silent fallback.
      QVERIFY2(isOneLine(r.err), qPrintable(r.err));
      QVERIFY2(
          r.err.contains(gpuDisabled ? QLatin1String("CPU path: ") : QLatin1String("GPU path: ")) ||
              (!gpuDisabled && r.err.contains(QLatin1String("unavailable"))),
          qPrintable(r.err));
      if (gpuDisabled)
        QVERIFY2(r.err.contains(QLatin1String("RELULAB_DISABLE_GPU")), qPrintable(r.err));
    }
    const QStringList lines = r.out.trimmed().split('\n');
    const bool hasParam = !c.param.isEmpty();
    QCOMPARE(lines.value(0),
             hasParam ? QStringLiteral("x,y,dydx,dydp") : QStringLiteral("x,y,dydx"));
    QCOMPARE(lines.size(), static_cast<int>(c.x.size()) + 1);
    const bool f32 = dtype == QLatin1String("f32");
    const double tol = !backend.isEmpty() ? 4e-6 : f32 ? 1e-6 : 1e-12;
    for (std::size_t i = 0; i < c.x.size(); ++i) {
      const QStringList cells = lines[static_cast<int>(i) + 1].split(',');
      QCOMPARE(cells.size(), hasParam ? 4 : 3);
      const double x = f32 ? static_cast<float>(c.x[i]) : c.x[i];
      const double want[] = {x, f32 ? c.y32[i] : c.y[i], f32 ? c.dydx32[i] : c.dydx[i], c.dydp[i]};
      for (int k = 0; k < cells.size(); ++k) {
        bool ok = false;
        const double got = cells[k].toDouble(&ok);
        // x echoes the input (in f32: %.9g, which rounds back to the same float).
        const bool same =
            k == 0 ? (f32 ? static_cast<float>(got) == static_cast<float>(want[k]) : got == want[k])
                   : close(got, want[k], tol);
        QVERIFY2(ok && same, qPrintable(QStringLiteral("%1 line %2 column %3: %4, want %5")
                                            .arg(id)
                                            .arg(i + 2)
                                            .arg(k + 1)
                                            .arg(cells[k])
                                            .arg(want[k], 0, 'g', 17)));
      }
    }
  }

  void rangeAndSpecialInputs() {
    Run r = runRelulab({"eval", "--activation", "relu", "--range", "-1:1:5"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("x,y,dydx\n-1,0,0\n-0.5,0,0\n0,0,0\n0.5,0.5,1\n1,1,1\n"));
    r = runRelulab({"eval", "--activation", "swish", "--x=nan,-inf,inf", "--dtype", "f32"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.replace(QStringLiteral("-0,"), QStringLiteral("0,")),  // the sign of 0 is free
             QStringLiteral("x,y,dydx\nnan,nan,nan\n-inf,0,0\ninf,inf,1\n"));
  }

  void badArgumentsExit2_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");  // the reason must name these
    const QStringList valid{QStringLiteral("relu, leaky_relu"), QStringLiteral("softsign")};
    QTest::newRow("unknown activation")
        << QStringList{"eval", "--activation", "foo", "--x", "1"} << (QStringList{"foo"} + valid);
    QTest::newRow("no activation") << QStringList{"eval", "--x", "1"} << valid;
    QTest::newRow("elu alpha 0") << QStringList{"eval", "--activation", "elu", "--param",
                                                "0",    "--x",          "1"}
                                 << QStringList{"alpha", "(0, 10]"};
    QTest::newRow("softplus beta -1")
        << QStringList{"eval", "--activation", "softplus", "--param", "-1", "--x", "1"}
        << QStringList{"beta", "(0, 20]"};
    QTest::newRow("param nan") << QStringList{"eval", "--activation", "leaky_relu", "--param",
                                              "nan",  "--x",          "1"}
                               << QStringList{"[0, 1]"};
    QTest::newRow("param not a number")
        << QStringList{"eval", "--activation", "elu", "--param", "big", "--x", "1"}
        << QStringList{"big"};
    QTest::newRow("param on relu")
        << QStringList{"eval", "--activation", "relu", "--param", "1", "--x", "1"}
        << QStringList{"relu", "no parameter"};
    QTest::newRow("bad x") << QStringList{"eval", "--activation", "relu", "--x", "1,two,3"}
                           << QStringList{"two"};
    QTest::newRow("bad range") << QStringList{"eval", "--activation", "relu", "--range", "1:2"}
                               << QStringList{"a:b:n", "1:2"};
    QTest::newRow("no inputs") << QStringList{"eval", "--activation", "relu"}
                               << QStringList{"--x", "--range"};
    QTest::newRow("both inputs") << QStringList{"eval", "--activation", "relu", "--x",
                                                "1",    "--range",      "0:1:3"}
                                 << QStringList{"--x", "--range"};
    QTest::newRow("bad dtype") << QStringList{"eval", "--activation", "relu", "--x",
                                              "1",    "--dtype",      "f16"}
                               << QStringList{"f16", "f32", "f64"};
    QTest::newRow("unknown option")
        << QStringList{"eval", "--activation", "relu", "--x", "1", "--fast"} << QStringList{"fast"};
    QTest::newRow("bad backend") << QStringList{"eval",    "--activation", "relu",      "--x", "1",
                                                "--dtype", "f32",          "--backend", "tpu"}
                                 << QStringList{"tpu", "cpu", "gpu", "auto"};
    QTest::newRow("gpu in f64") << QStringList{"eval", "--activation", "relu", "--x",
                                               "1",    "--backend",    "gpu"}
                                << QStringList{"float32", "--dtype f32"};
    QTest::newRow("activations: extra") << QStringList{"activations", "all"} << QStringList{"all"};
  }
  void badArgumentsExit2() {
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = runRelulab(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    for (const QString& m : mentions)
      QVERIFY2(r.err.contains(m), qPrintable(r.err + " lacks " + m));
  }

  void activationsListsEveryOne() {
    const Run r = runRelulab({"activations"});
    QCOMPARE(r.code, 0);
    for (const relulab::core::ActivationInfo& info : relulab::core::activationInfos()) {
      const QString id = QString::fromUtf8(info.id.data(), static_cast<qsizetype>(info.id.size()));
      QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("(^|\\n)%1 ").arg(id))),
               qPrintable(id));
    }
    QVERIFY(r.out.contains(QStringLiteral("alpha")) && r.out.contains(QStringLiteral("(0, 10]")));
    QVERIFY(r.out.contains(QStringLiteral("negative slope")) &&
            r.out.contains(QStringLiteral("0.01")));
  }

  void helpExits0() {
    const Run r = runRelulab({"eval", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("--activation")) &&
            r.out.contains(QStringLiteral("--range")));
  }
};

QTEST_GUILESS_MAIN(TestCliEval)
#include "test_cli_eval.moc"
