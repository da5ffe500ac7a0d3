// `relulab study`: the list of studies, the CSV it writes (the same bytes for
// the same seed, whatever the thread count), and one-line reasons with exit
// status 2 for bad arguments.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/cli_run.h"

namespace {
using Run = relulab::test::CliRun;
using relulab::test::runRelulab;

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestStudyCli : public QObject {
  Q_OBJECT

 private slots:
  void helpListsTheStudies() {
    const Run r = runRelulab({QStringLiteral("study"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char* name : {"born-dead", "depth-variance", "unit", "phase-diagram", "collapse"})
      QVERIFY2(r.out.contains(QLatin1String(name)), name);
    QVERIFY(runRelulab({QStringLiteral("--help")}).out.contains(QStringLiteral("study")));
  }

  void studyHelpListsItsOptions() {
    const Run r = runRelulab(
        {QStringLiteral("study"), QStringLiteral("born-dead"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char* option :
         {"--widths", "--depths", "--samples", "--seed", "--csv", "--init", "--bias"})
      QVERIFY2(r.out.contains(QLatin1String(option)), option);
  }

  void bornDeadWritesCsvAndTable() {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.csv")),
                  b = dir.filePath(QStringLiteral("b.csv"));
    const QStringList args{QStringLiteral("study"),     QStringLiteral("born-dead"),
                           QStringLiteral("--widths"),  QStringLiteral("2,3,4,5,10"),
                           QStringLiteral("--depths"),  QStringLiteral("10,20,50"),
                           QStringLiteral("--samples"), QStringLiteral("600"),
                           QStringLiteral("--seed"),    QStringLiteral("7")};
    const Run r = runRelulab(args + QStringList{QStringLiteral("--csv"), a,
                                                QStringLiteral("--threads"), QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("pointwise")));
    QVERIFY(r.out.contains(QStringLiteral("0.7369")));  // 1 − (7/8)^10 in the theory column
    const QByteArray csv = readAll(a);
    QCOMPARE(csv.count('\n'), 1 + 15);
    QVERIFY(csv.startsWith("width,depth,samples,pointwise,"));
    QCOMPARE(runRelulab(args + QStringList{QStringLiteral("--csv"), b, QStringLiteral("--threads"),
                                           QStringLiteral("2")})
                 .code,
             0);
    QCOMPARE(readAll(b), csv);
  }

  void csvToStdout() {
    const Run r =
        runRelulab({QStringLiteral("study"), QStringLiteral("unit"), QStringLiteral("--samples"),
                    QStringLiteral("1000"), QStringLiteral("--csv"), QStringLiteral("-")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("quantity,value,se,lo,hi,theory\n")));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 4);
  }

  void otherStudiesRun() {
    const Run collapse =
        runRelulab({QStringLiteral("study"), QStringLiteral("collapse"), QStringLiteral("--runs"),
                    QStringLiteral("4"), QStringLiteral("--steps"), QStringLiteral("50"),
                    QStringLiteral("--csv"), QStringLiteral("-")});
    QCOMPARE(collapse.code, 0);
    QVERIFY(collapse.out.contains(QStringLiteral("leaky_relu,0.01,4,")));
    const Run phase = runRelulab(
        {QStringLiteral("study"), QStringLiteral("phase-diagram"), QStringLiteral("--lrs"),
         QStringLiteral("0.1,3"), QStringLiteral("--biases"), QStringLiteral("0,0.1"),
         QStringLiteral("--seeds"), QStringLiteral("2"), QStringLiteral("--epochs"),
         QStringLiteral("10"), QStringLiteral("--backend"), QStringLiteral("cpu")});
    QCOMPARE(phase.code, 0);
    QVERIFY(phase.out.contains(QStringLiteral("lr \\ bias")));
    const Run depth =
        runRelulab({QStringLiteral("study"), QStringLiteral("depth-variance"),
                    QStringLiteral("--width"), QStringLiteral("8"), QStringLiteral("--depth"),
                    QStringLiteral("4"), QStringLiteral("--networks"), QStringLiteral("10")});
    QCOMPARE(depth.code, 0);
    QVERIFY(depth.out.contains(QStringLiteral("xavier")));
  }

  void badArgumentsExit2WithOneLine_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no study") << QStringList{} << QStringLiteral("study");
    QTest::newRow("unknown study") << QStringList{QStringLiteral("fly")} << QStringLiteral("fly");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("born-dead"), QStringLiteral("--frob")}
        << QStringLiteral("frob");
    QTest::newRow("bad list") << QStringList{QStringLiteral("born-dead"),
                                             QStringLiteral("--widths"), QStringLiteral("2,x")}
                              << QStringLiteral("--widths");
    QTest::newRow("zero samples") << QStringList{QStringLiteral("born-dead"),
                                                 QStringLiteral("--samples"), QStringLiteral("0")}
                                  << QStringLiteral("--samples");
    QTest::newRow("width out of range")
        << QStringList{QStringLiteral("born-dead"), QStringLiteral("--widths"), QStringLiteral("0")}
        << QStringLiteral("widths");
    QTest::newRow("unknown init") << QStringList{QStringLiteral("born-dead"),
                                                 QStringLiteral("--init"), QStringLiteral("glorot")}
                                  << QStringLiteral("glorot");
    QTest::newRow("unknown activation")
        << QStringList{QStringLiteral("unit"), QStringLiteral("--activation"),
                       QStringLiteral("relu7")}
        << QStringLiteral("relu7");
    QTest::newRow("bad param") << QStringList{QStringLiteral("collapse"),
                                              QStringLiteral("--activations"),
                                              QStringLiteral("elu:-1")}
                               << QStringLiteral("elu");
    QTest::newRow("bad axis") << QStringList{QStringLiteral("phase-diagram"),
                                             QStringLiteral("--axis"), QStringLiteral("width")}
                              << QStringLiteral("width");
    QTest::newRow("bad backend") << QStringList{QStringLiteral("phase-diagram"),
                                                QStringLiteral("--backend"), QStringLiteral("tpu")}
                                 << QStringLiteral("tpu");
    QTest::newRow("too deep for the engine")
        << QStringList{QStringLiteral("phase-diagram"), QStringLiteral("--axis"),
                       QStringLiteral("depth"), QStringLiteral("--depths"), QStringLiteral("2,11")}
        << QStringLiteral("11");
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("unit"), QStringLiteral("extra")} << QStringLiteral("extra");
  }

  void badArgumentsExit2WithOneLine() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = runRelulab(QStringList{QStringLiteral("study")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
  }

  void unwritableCsvExits1() {
    const Run r = runRelulab({QStringLiteral("study"), QStringLiteral("unit"),
                              QStringLiteral("--samples"), QStringLiteral("100"),
                              QStringLiteral("--csv"), QStringLiteral("/nonexistent-dir/x.csv")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("cannot write")));
  }
};

QTEST_GUILESS_MAIN(TestStudyCli)
#include "test_study_cli.moc"
