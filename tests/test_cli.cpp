// The executable's own options: --help, --version, unknown options and
// commands (exit 2 with a one-line reason), and the no-display fallback.
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/cli_run.h"

namespace {
using Run = relulab::test::CliRun;
using relulab::test::runRelulab;

}  // namespace

class TestCli : public QObject {
  Q_OBJECT

 private slots:
  void help() {
    const Run r = runRelulab({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("--version")));
    QVERIFY(r.out.contains(QStringLiteral("eval")));
    QVERIFY(r.out.startsWith(QStringLiteral("Usage: relulab [options]")));
    for (const char* command : {"train", "study", "gpu-info", "activations"})
      QVERIFY2(r.out.contains(QLatin1String(command)), command);
  }

  // Each command's help names it as the user types it, whatever path the
  // binary was started from.
  void commandHelpNamesTheCommand_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    const auto row = [](const char* name, QStringList args, const char* usage) {
      QTest::newRow(name) << args << QString::fromUtf8(usage);
    };
    row("eval", {"eval", "--help"}, "Usage: relulab eval [options]");
    row("activations", {"activations", "--help"}, "Usage: relulab activations [options]");
    row("train", {"train", "--help"}, "Usage: relulab train [options]");
    row("gpu-info", {"gpu-info", "--help"}, "Usage: relulab gpu-info [options]");
    row("study", {"study", "born-dead", "--help"}, "Usage: relulab study born-dead [options]");
  }
  void commandHelpNamesTheCommand() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run r = runRelulab(arguments);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(usage), qPrintable(r.out.section(QLatin1Char('\n'), 0, 0)));
  }

  void version() {
    const Run r = runRelulab({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("relulab ")));
    QVERIFY2(r.out.contains(QStringLiteral("CPU path: ")), qPrintable(r.out));
  }

  // RELULAB_CPU: a path forced by name; a value that cannot run is refused
  // with exit 2 and the valid values, on --version and on a command alike.
  void cpuPathFromTheEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELULAB_CPU"), QStringLiteral("baseline"));
    const Run baseline = runRelulab({QStringLiteral("--version")}, env);
    QCOMPARE(baseline.code, 0);
    QVERIFY2(baseline.out.contains(QStringLiteral("CPU path: baseline")), qPrintable(baseline.out));
    env.insert(QStringLiteral("RELULAB_CPU"), QStringLiteral("pentium"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--version")},
          QStringList{QStringLiteral("train"), QStringLiteral("--preset"),
                      QStringLiteral("tfp-relu"), QStringLiteral("--steps"),
                      QStringLiteral("10")}}) {
      const Run r = runRelulab(arguments, env);
      QCOMPARE(r.code, 2);
      QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
      QVERIFY2(r.err.contains(QStringLiteral("RELULAB_CPU=pentium")), qPrintable(r.err));
      QVERIFY2(r.err.contains(QStringLiteral("baseline")), qPrintable(r.err));
    }
  }

  void unknownOptionExits2WithOneLine() {
    const Run r = runRelulab({QStringLiteral("--frobnicate")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
  }

  // --lang ar: messages in Arabic, before a command or the window; what a
  // script reads (CSV, ids, exit codes) unchanged.
  void arabicOnRequestWithTheSameOutput() {
    const QStringList eval{QStringLiteral("eval"), QStringLiteral("--activation"),
                           QStringLiteral("leaky_relu"), QStringLiteral("--range"),
                           QStringLiteral("-3:3:61")};
    const Run english = runRelulab(eval);
    const Run arabic =
        runRelulab(QStringList{QStringLiteral("--lang"), QStringLiteral("ar")} + eval);
    QCOMPARE(english.code, 0);
    QCOMPARE(arabic.code, 0);
    QVERIFY(english.out.size() > 100);
    QCOMPARE(arabic.out, english.out);
    static const QRegularExpression arabicLetters(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("eval"),
                      QStringLiteral("--activation"), QStringLiteral("nosuch")},
          QStringList{QStringLiteral("--lang=ar"), QStringLiteral("eval"),
                      QStringLiteral("--activation"), QStringLiteral("nosuch")}}) {
      const Run bad = runRelulab(args);
      QCOMPARE(bad.code, 2);
      QVERIFY2(bad.err.contains(arabicLetters), qPrintable(bad.err));
      QVERIFY(bad.err.contains(QStringLiteral("nosuch")));
    }
    const Run badEnglish = runRelulab(
        {QStringLiteral("eval"), QStringLiteral("--activation"), QStringLiteral("nosuch")});
    QCOMPARE(badEnglish.code, 2);
    QVERIFY(!badEnglish.err.contains(arabicLetters));
    QVERIFY(runRelulab({QStringLiteral("--help")}).out.contains(QStringLiteral("--lang")));
    // The training summary and its dead-unit report, in Arabic.
    const Run train =
        runRelulab({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("train"),
                    QStringLiteral("--preset"), QStringLiteral("dying-relu"),
                    QStringLiteral("--steps"), QStringLiteral("200")});
    QCOMPARE(train.code, 0);
    QVERIFY2(train.out.contains(QStringLiteral("الوحدات الميتة")), qPrintable(train.out));
    for (const QString& line : train.out.trimmed().split(QLatin1Char('\n')))
      QVERIFY2(line.contains(arabicLetters), qPrintable(line));
  }

  void unknownCommandExits2() {
    const Run r = runRelulab({QStringLiteral("fly")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("fly")));
  }

  void missingFileExits2() {
    const Run r = runRelulab({QStringLiteral("/no/such/run.relulab")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no such file: /no/such/run.relulab")),
             qPrintable(r.err));
  }

  void noDisplayWritesPngAndSaysWhere() {
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(RELULAB_BINARY), {});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("no display")), qPrintable(err));
    QVERIFY(err.contains(dir.filePath(QStringLiteral("relulab-output"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("relulab-output/relu-plot.png"))).size() > 1000);
  }

  void screenshotOption() {
    QTemporaryDir dir;
    const Run r = runRelulab({QStringLiteral("--screenshot"), dir.path()});
    QCOMPARE(r.code, 0);
    QVERIFY(QImage(dir.filePath(QStringLiteral("main-window.png"))).width() == 1280);
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
