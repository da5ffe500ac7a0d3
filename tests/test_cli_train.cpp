// `relulab train`: presets and config files, the summary, the CSV history,
// exit codes, and config errors that name the key. Calls the command directly.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "app/cli/commands.h"
#include "core/training/presets.h"
#include "io/experiment_file.h"
#include "io/train_config_json.h"
#include "tests/cli_run.h"

using namespace relulab;

namespace {

using Run = relulab::test::CliRun;
using relulab::test::runTrainCommand;

QByteArray read(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The lines that describe the trained network (losses, accuracy, dead units),
// without the header and the timing.
QStringList summaryOf(const QString& out) {
  QStringList kept;
  for (const QString& line : out.split(QLatin1Char('\n')))
    if (line.contains(QStringLiteral("loss")) || line.contains(QStringLiteral("accuracy")) ||
        line.contains(QStringLiteral("dead units")))
      kept << line;
  return kept;
}

QString presetDir() {
  return QStringLiteral(RELULAB_TEST_DATA_DIR "/../../resources/presets");
}

}  // namespace

class TestCliTrain : public QObject {
  Q_OBJECT

 private slots:
  void presetRunPrintsASummaryAndWritesCsv() {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("h.csv"));
    const Run r =
        runTrainCommand({"--preset", "tfp-relu", "--epochs", "100", "--csv", csv, "--every", "25"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("test accuracy")));
    QVERIFY(r.out.contains(QStringLiteral("dead units per layer: layer 1 (relu): ")));
    QVERIFY(r.out.contains(QStringLiteral("trained 2500 steps (100 epochs)")));
    const QList<QByteArray> lines = read(csv).trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 101);  // header, steps 0, 25, …, 2500
    QVERIFY(lines[0].startsWith(
        "step,epoch,train_loss,test_loss,train_accuracy,test_accuracy,l1_dead"));
    QVERIFY(lines.last().startsWith("2500,100,"));
  }

  // 700 steps saved, then 800 more after --load, gives exactly what 1,500 in
  // one go gives: the summary, the history and every weight.
  void saveAndLoadContinueExactly_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("seed");
    QTest::newRow("dying-relu seed 3") << "dying-relu"
                                       << "3";
    QTest::newRow("tfp-relu seed 12") << "tfp-relu"
                                      << "12";
  }

  void saveAndLoadContinueExactly() {
    QFETCH(QString, preset);
    QFETCH(QString, seed);
    QTemporaryDir dir;
    const auto at = [&](const char* name) { return dir.filePath(QLatin1String(name)); };
    const Run whole =
        runTrainCommand({"--preset", preset, "--seed", seed, "--steps", "1500", "--every", "10",
                         "--csv", at("whole.csv"), "--save", at("whole.relulab")});
    QCOMPARE(whole.code, 0);
    QVERIFY(whole.out.contains(QStringLiteral("saved step 1500")));
    const Run first = runTrainCommand({"--preset", preset, "--seed", seed, "--steps", "700",
                                       "--every", "10", "--save", at("first.relulab")});
    QCOMPARE(first.code, 0);
    const Run second = runTrainCommand({"--load", at("first.relulab"), "--steps", "800", "--csv",
                                        at("second.csv"), "--save", at("second.relulab")});
    QCOMPARE(second.code, 0);
    QVERIFY(second.out.contains(QStringLiteral("trained 1500 steps")));
    QCOMPARE(summaryOf(second.out), summaryOf(whole.out));
    QVERIFY(!summaryOf(whole.out).isEmpty());
    QCOMPARE(read(at("second.csv")), read(at("whole.csv")));
    const auto a = io::readExperimentFile(at("whole.relulab"));
    const auto b = io::readExperimentFile(at("second.relulab"));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b->playground->run.parameters, a->playground->run.parameters);
    QCOMPARE(b->playground->run.first, a->playground->run.first);
    // --steps 0 reproduces the saved metrics.
    const Run again = runTrainCommand({"--load", at("whole.relulab"), "--steps", "0"});
    QCOMPARE(again.code, 0);
    QCOMPARE(summaryOf(again.out), summaryOf(whole.out));
  }

  // Weights alone: written by one run, the starting point of another.
  void weightsOutAndIn() {
    QTemporaryDir dir;
    const QString weights = dir.filePath(QStringLiteral("w.json"));
    const Run trained = runTrainCommand(
        {"--preset", "tfp-relu", "--seed", "4", "--steps", "600", "--weights-out", weights});
    QCOMPARE(trained.code, 0);
    QVERIFY(QFile::exists(weights));
    // The same data (seed 4) and those weights: the same metrics, before any step.
    const Run again =
        runTrainCommand({"--preset", "tfp-relu", "--seed", "4", "--steps", "0", "--weights-in",
                         weights, "--csv", dir.filePath(QStringLiteral("h.csv"))});
    QCOMPARE(again.code, 0);
    QCOMPARE(summaryOf(again.out), summaryOf(trained.out));
    QVERIFY(read(dir.filePath(QStringLiteral("h.csv"))).split('\n').value(1).startsWith("0,0,"));
    // Another shape is refused, naming the file.
    const QString narrow = dir.filePath(QStringLiteral("narrow.json"));
    QFile config(narrow);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"preset": "tfp-relu", "network": {"hidden": [{"width": 3}, {"width": 2}]}})");
    config.close();
    const Run wrong =
        runTrainCommand({"--config", narrow, "--steps", "1", "--weights-in", weights});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("another shape")), qPrintable(wrong.err));
    QByteArray bytes = read(weights);
    bytes.replace("\"parameters\": [", "\"parameters\": [\"x\", ");
    QFile f(weights);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const Run bad =
        runTrainCommand({"--preset", "tfp-relu", "--steps", "1", "--weights-in", weights});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("w.json: parameters[0]: must be a finite number")),
             qPrintable(bad.err));
  }

  void loadRefusesBadFiles() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.relulab"));
    QCOMPARE(runTrainCommand({"--preset", "tfp-relu", "--steps", "5", "--save", path}).code, 0);
    QByteArray bytes = read(path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes.left(bytes.size() - 40));
    f.close();
    const Run r = runTrainCommand({"--load", path, "--steps", "5"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("cut.relulab: not valid JSON at line")),
             qPrintable(r.err));
    const Run noLength = runTrainCommand({"--load", path});
    QCOMPARE(noLength.code, 2);
    QCOMPARE(runTrainCommand({"--load", path, "--seed", "3", "--steps", "1"}).code, 2);
  }

  void sameSeedSameCsv() {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.csv")),
                  b = dir.filePath(QStringLiteral("b.csv")),
                  c = dir.filePath(QStringLiteral("c.csv"));
    QCOMPARE(
        runTrainCommand({"--preset", "dying-relu", "--steps", "3000", "--seed", "7", "--csv", a})
            .code,
        0);
    QCOMPARE(
        runTrainCommand({"--preset", "dying-relu", "--steps", "3000", "--seed", "7", "--csv", b})
            .code,
        0);
    QCOMPARE(
        runTrainCommand({"--preset", "dying-relu", "--steps", "3000", "--seed", "8", "--csv", c})
            .code,
        0);
    QVERIFY(!read(a).isEmpty());
    QCOMPARE(read(a), read(b));
    QVERIFY(read(a) != read(c));
  }

  void divergedRunExits1AndSaysWhatWhereWhen() {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("d.csv"));
    const Run r = runTrainCommand(
        {"--preset", "diverging", "--steps", "100000", "--csv", csv, "--every", "1"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("diverged at step")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Try a smaller learning rate")));
    QVERIFY(!read(csv).contains("nan") && !read(csv).contains("inf"));
  }

  void badArgumentsExit2_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("neither") << QStringList{} << QStringLiteral("--config");
    QTest::newRow("both") << QStringList{"--preset", "tfp-relu", "--config", "x.json"}
                          << QStringLiteral("exactly one");
    QTest::newRow("unknown preset") << QStringList{"--preset", "nope"} << QStringLiteral("nope");
    QTest::newRow("steps and epochs")
        << QStringList{"--preset", "tfp-relu", "--steps", "1", "--epochs", "1"}
        << QStringLiteral("--steps");
    QTest::newRow("bad steps") << QStringList{"--preset", "tfp-relu", "--steps", "many"}
                               << QStringLiteral("--steps");
    QTest::newRow("unknown option")
        << QStringList{"--preset", "tfp-relu", "--fast"} << QStringLiteral("fast");
    QTest::newRow("missing file") << QStringList{"--config", "/nonexistent/x.json"}
                                  << QStringLiteral("x.json");
  }

  void badArgumentsExit2() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run r = runTrainCommand(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
  }

  void configErrorsNameTheKey_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown top") << QByteArray(R"({"sead": 1})")
                                 << QStringLiteral("sead: unknown key");
    QTest::newRow("unknown nested")
        << QByteArray(R"({"data": {"nosie": 0.1}})") << QStringLiteral("data.nosie: unknown key");
    QTest::newRow("width") << QByteArray(R"({"network": {"hidden": [{"width": 4}, {"width": 0}]}})")
                           << QStringLiteral("network.hidden[1].width");
    QTest::newRow("activation") << QByteArray(
                                       R"({"network": {"hidden": [{"activation": "relu7"}]}})")
                                << QStringLiteral("network.hidden[0].activation");
    QTest::newRow("param")
        << QByteArray(R"({"network": {"hidden": [{"activation": "relu", "param": 2}]}})")
        << QStringLiteral("network.hidden[0].param");
    QTest::newRow("type") << QByteArray(R"({"optimizer": {"learning_rate": "fast"}})")
                          << QStringLiteral("optimizer.learning_rate");
    QTest::newRow("range") << QByteArray(R"({"optimizer": {"learning_rate": -1}})")
                           << QStringLiteral("optimizer.learning_rate");
    QTest::newRow("enum") << QByteArray(R"({"data": {"kind": "spirals"}})")
                          << QStringLiteral("data.kind");
    QTest::newRow("feature") << QByteArray(R"({"data": {"features": ["x1", "x3"]}})")
                             << QStringLiteral("data.features[1]");
    QTest::newRow("batch") << QByteArray(R"({"batch_size": 1000})") << QStringLiteral("batch_size");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
  }

  void configErrorsNameTheKey() {
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const Run r = runTrainCommand({"--config", path, "--steps", "1"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(key), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
  }

  void configFileRuns() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"preset": "tfp-relu", "epochs": 20, "data": {"kind": "xor", "features": ["x1", "x2", "x1*x2"]},
               "network": {"hidden": [{"width": 8, "activation": "leaky_relu", "param": 0.05}]},
               "optimizer": {"kind": "adam", "learning_rate": 0.01}})");
    f.close();
    const Run r = runTrainCommand({"--config", path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("3-[8 leaky_relu]-1")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("trained 500 steps")));
  }

  void presetFilesMatchTheBuiltIns_data() {
    QTest::addColumn<QString>("name");
    for (const char* name : {"tfp-default", "tfp-relu", "dying-relu"})
      QTest::newRow(name) << QString::fromLatin1(name);
  }

  void presetFilesMatchTheBuiltIns() {
    QFETCH(QString, name);
    const QByteArray json = read(presetDir() + QLatin1Char('/') + name + QStringLiteral(".json"));
    QVERIFY2(!json.isEmpty(), qPrintable(presetDir()));
    const auto parsed = io::parseTrainConfig(json);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().c_str());
    QVERIFY(parsed->config == *core::preset(name.toStdString()));
    // And the JSON writer round-trips.
    const auto again = io::parseTrainConfig(io::toJson(parsed->config));
    QVERIFY(again.ok());
    QVERIFY(again->config == parsed->config);
  }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
