// Experiment and weights files (io/experiment_file.h): a saved run reads back
// to the same state and continues bit for bit; every kind of bad file is
// refused with a message that names the place and the problem.
#include <QtTest>
#include <cmath>

#include "core/training/presets.h"
#include "core/training/trainer.h"
#include "io/core_text.h"
#include "io/experiment_file.h"
#include "io/train_config_json.h"

namespace core = relulab::core;
namespace io = relulab::io;

namespace {

core::Trainer make(const core::TrainConfig& c) {
  auto t = core::Trainer::create(c);
  if (!t) qFatal("Trainer::create: %s", t.error().c_str());
  return std::move(t).value();
}

core::TrainConfig adamConfig() {
  core::TrainConfig c = *core::preset("tfp-relu");
  c.optimizer.kind = core::OptimizerKind::Adam;
  c.optimizer.learningRate = 0.01;
  c.batchOrder = core::BatchOrder::ReshuffleEachEpoch;
  c.diagnostics.every = 10;
  c.seed = 7;
  return c;
}

io::Experiment experimentOf(const core::Trainer& t) {
  io::Experiment e;
  e.playground = io::PlaygroundRun{};
  e.playground->run = t.state();
  e.view.tab = QStringLiteral("playground");
  e.view.lesson = QStringLiteral("dying-relu");
  e.view.lessonStep = 2;
  e.view.unitLayer = 1;
  e.view.unitNeuron = 0;
  return e;
}

// The message a bad file gives, in English.
QString problemOf(const QByteArray& json) {
  const auto read = io::readExperiment(json);
  return read ? QStringLiteral("(accepted)") : io::coreText(read.message());
}

}  // namespace

class TestExperimentFile : public QObject {
  Q_OBJECT

 private slots:
  void roundTripIsExact() {
    core::Trainer t = make(adamConfig());
    t.train(333);
    const io::Experiment saved = experimentOf(t);
    const QByteArray bytes = io::writeExperiment(saved);
    const auto read = io::readExperiment(bytes);
    QVERIFY2(read.ok(), read.error().c_str());
    const core::TrainerState& a = saved.playground->run;
    const core::TrainerState& b = read->playground->run;
    QCOMPARE(b.config, a.config);
    QCOMPARE(b.step, a.step);
    QCOMPARE(b.parameters, a.parameters);  // bit for bit: == on doubles
    QCOMPARE(b.first, a.first);
    QCOMPARE(b.second, a.second);
    QCOMPARE(b.optimizerSteps, a.optimizerSteps);
    QCOMPARE(b.batchRng, a.batchRng);
    QCOMPARE(b.permutations, a.permutations);
    QCOMPARE(b.batchOffset, a.batchOffset);
    QCOMPARE(b.samplesServed, a.samplesServed);
    QCOMPARE(b.history, a.history);
    QCOMPARE(b.data.train.size(), a.data.train.size());
    for (std::size_t i = 0; i < a.data.train.size(); ++i) {
      QCOMPARE(b.data.train[i].x1, a.data.train[i].x1);
      QCOMPARE(b.data.train[i].label, a.data.train[i].label);
    }
    QCOMPARE(read->view.lesson, saved.view.lesson);
    QCOMPARE(read->view.lessonStep, 2);
    QCOMPARE(read->view.unitLayer, 1);
    // Written again, the same bytes.
    QCOMPARE(io::writeExperiment(read.value()), bytes);
  }

  // Saved at step 700 and continued for 800 gives what 1,500 in one go gives.
  void savedRunContinuesBitForBit() {
    for (const std::uint64_t seed : {1u, 42u}) {
      core::TrainConfig c = adamConfig();
      c.seed = seed;
      core::Trainer whole = make(c);
      whole.train(1500);
      core::Trainer first = make(c);
      first.train(700);
      const auto read = io::readExperiment(io::writeExperiment(experimentOf(first)));
      QVERIFY(read.ok());
      auto resumed = core::Trainer::restore(read->playground->run);
      QVERIFY(resumed.ok());
      resumed.value().train(800);
      QCOMPARE(resumed->parameters(), whole.parameters());
      QCOMPARE(resumed->state().history, whole.state().history);
    }
  }

  void badFilesNameThePlace_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    core::Trainer t = make(adamConfig());
    t.train(50);
    const QByteArray good = io::writeExperiment(experimentOf(t));
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not valid JSON at line";
    QTest::newRow("not JSON") << QByteArray("ReLU Lab\n") << "not valid JSON at line 1";
    QTest::newRow("a list") << QByteArray("[1, 2]") << "one object";
    QByteArray newer = good;
    newer.replace("\"version\": 1", "\"version\": 7");
    QTest::newRow("newer version") << newer << "version 7 is newer";
    QByteArray weights = good;
    weights.replace("\"relulab-experiment\"", "\"relulab-weights\"");
    QTest::newRow("other format") << weights << "format: this is “relulab-weights”";
    QJsonObject root = QJsonDocument::fromJson(good).object();
    const auto with = [&](const std::function<void(QJsonObject&)>& change) {
      QJsonObject p = root.value(QStringLiteral("playground")).toObject();
      change(p);
      QJsonObject r = root;
      r.insert(QStringLiteral("playground"), p);
      return QJsonDocument(r).toJson();
    };
    QTest::newRow("wrong type") << with([](QJsonObject& p) {
      p.insert(QStringLiteral("step"), QStringLiteral("fifty"));
    }) << "playground.step: must be a whole number";
    QTest::newRow("text weight") << with([](QJsonObject& p) {
      QJsonArray a = p.value(QStringLiteral("parameters")).toArray();
      a[3] = QStringLiteral("NaN");
      p.insert(QStringLiteral("parameters"), a);
    }) << "playground.parameters[3]: must be a finite number";
    QByteArray nan = good;
    const int at = nan.indexOf("\"parameters\": [") + 15;
    const int end = nan.indexOf(',', at);
    nan.replace(at, end - at, "NaN");
    QTest::newRow("NaN weight") << nan << "not valid JSON at line";
    QTest::newRow("layer size") << with([](QJsonObject& p) {
      QJsonObject c = p.value(QStringLiteral("config")).toObject();
      QJsonObject n = c.value(QStringLiteral("network")).toObject();
      QJsonArray hidden = n.value(QStringLiteral("hidden")).toArray();
      QJsonObject layer = hidden[0].toObject();
      layer.insert(QStringLiteral("width"), 5);
      hidden[0] = layer;
      n.insert(QStringLiteral("hidden"), hidden);
      c.insert(QStringLiteral("network"), n);
      p.insert(QStringLiteral("config"), c);
    }) << "playground: parameters: expected 37 values for this network, got 31";
    QTest::newRow("missing weights")
        << with([](QJsonObject& p) { p.remove(QStringLiteral("parameters")); })
        << "playground.parameters: is missing";
    // A set-up alone whose set-up is not an object: this crashed (an empty
    // optional read), found by the monkey.
    QTest::newRow("set-up not an object")
        << QByteArray(
               "{\"format\": \"relulab-experiment\", \"version\": 1, "
               "\"playground\": {\"config\": 7}}")
        << "playground.config: must be an object";
    QTest::newRow("unknown key") << with([](QJsonObject& p) {
      p.insert(QStringLiteral("wieghts"), 1);
    }) << "playground.wieghts: unknown key";
    QTest::newRow("bad point") << with([](QJsonObject& p) {
      QJsonObject d = p.value(QStringLiteral("data")).toObject();
      QJsonArray train = d.value(QStringLiteral("train")).toArray();
      train[4] = QJsonArray{1.0, QStringLiteral("x"), 1.0};
      d.insert(QStringLiteral("train"), train);
      p.insert(QStringLiteral("data"), d);
    }) << "playground.data.train[4][1]: must be a finite number";
    QTest::newRow("bad order") << with([](QJsonObject& p) {
      QJsonObject b = p.value(QStringLiteral("batches")).toObject();
      QJsonArray perms = b.value(QStringLiteral("permutations")).toArray();
      QJsonArray first = perms[0].toArray();
      first[0] = first[1];
      perms[0] = first;
      b.insert(QStringLiteral("permutations"), perms);
      p.insert(QStringLiteral("batches"), b);
    }) << "playground: batches: permutations";
    QTest::newRow("bad history") << with([](QJsonObject& p) {
      QJsonObject h = p.value(QStringLiteral("history")).toObject();
      QJsonArray rows = h.value(QStringLiteral("rows")).toArray();
      rows.removeLast();
      h.insert(QStringLiteral("rows"), rows);
      p.insert(QStringLiteral("history"), h);
    }) << "playground.history.rows: must hold one row per step";
  }

  void badFilesNameThePlace() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString problem = problemOf(json);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
  }

  void fileNameLeadsTheMessage() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.relulab"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"relulab-experiment\", \"version\": 1, \"playground\": ");
    f.close();
    const auto read = io::readExperimentFile(path);
    QVERIFY(!read.ok());
    QVERIFY2(io::coreText(read.message()).startsWith(QStringLiteral("broken.relulab: not valid")),
             read.error().c_str());
    const auto missing = io::readExperimentFile(dir.filePath(QStringLiteral("none.relulab")));
    QVERIFY(
        io::coreText(missing.message()).startsWith(QStringLiteral("none.relulab: cannot be read")));
  }

  // A failed save leaves the old file whole.
  void saveIsAtomic() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.relulab"));
    core::Trainer t = make(adamConfig());
    QVERIFY(!io::writeExperimentFile(path, experimentOf(t)));
    QVERIFY(io::readExperimentFile(path).ok());
    QVERIFY(io::writeExperimentFile(dir.filePath(QStringLiteral("no/such/folder/x.relulab")),
                                    experimentOf(t)));
    QVERIFY(io::readExperimentFile(path).ok());
  }

  // Version 0, the training set-up file, opens as an experiment not yet run.
  void setupFileIsMigrated() {
    QFile preset(QStringLiteral(RELULAB_TEST_DATA_DIR "/../../resources/presets/tfp-relu.json"));
    QByteArray json;
    if (preset.open(QIODevice::ReadOnly))
      json = preset.readAll();
    else
      json = QJsonDocument(io::toJson(*core::preset("tfp-relu"))).toJson();
    const auto read = io::readExperiment(json);
    QVERIFY2(read.ok(), read.error().c_str());
    QVERIFY(!read->playground);
    QVERIFY(read->playgroundConfig);
    QCOMPARE(read->playgroundConfig->network, core::preset("tfp-relu")->network);
    // Saved again it is a version 1 file holding the set-up alone.
    const QByteArray again = io::writeExperiment(read.value());
    QVERIFY(again.contains("\"version\": 1"));
    const auto reread = io::readExperiment(again);
    QVERIFY(reread.ok());
    QCOMPARE(*reread->playgroundConfig, *read->playgroundConfig);
    QVERIFY(problemOf("{\"steps\": [1]}").contains(QStringLiteral("nor a training set-up")));
  }

  void weightsRoundTrip() {
    core::Trainer t = make(adamConfig());
    t.train(20);
    const QByteArray bytes = io::writeWeights(t.config().network, t.parameters());
    const auto read = io::readWeights(bytes);
    QVERIFY2(read.ok(), read.error().c_str());
    QCOMPARE(read->network, t.config().network);
    QCOMPARE(read->parameters, t.parameters());
    QByteArray cut = bytes;
    cut.replace("\"width\": 4", "\"width\": 3");
    const auto wrong = io::readWeights(cut);
    QVERIFY(!wrong.ok());
    QVERIFY2(io::coreText(wrong.message()).contains(QStringLiteral("parameters")),
             wrong.error().c_str());
    QVERIFY(!io::readWeights(io::writeExperiment(experimentOf(t))).ok());
  }
};

QTEST_GUILESS_MAIN(TestExperimentFile)
#include "test_experiment_file.moc"
