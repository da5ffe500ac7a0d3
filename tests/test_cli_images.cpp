// `relulab train --preset fashion-…`: image presets train headless on a
// subset and print the expected fields; missing data gives the package to
// install and exit 2; --csv writes imageMetricColumns; other IDX files work.
// Calls the command directly.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

#include "app/cli/commands.h"
#include "core/images/image_trainer.h"
#include "tests/cli_run.h"

using namespace relulab;

namespace {

using Run = relulab::test::CliRun;
using relulab::test::runTrainCommand;

bool haveFashionMnist() {
  return std::filesystem::exists(core::fashionMnistTrainFiles().images);
}

void writeIdx(const QString& path, std::vector<std::uint8_t> bytes, std::uint8_t dims,
              std::vector<std::uint32_t> sizes) {
  std::vector<std::uint8_t> b{0, 0, 8, dims};
  for (std::uint32_t d : sizes)
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<std::uint8_t>(d >> shift));
  b.insert(b.end(), bytes.begin(), bytes.end());
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(reinterpret_cast<const char*>(b.data()), static_cast<qint64>(b.size()));
}

}  // namespace

class TestCliImages : public QObject {
  Q_OBJECT

 private slots:
  void helpListsImagePresets() {
    const Run r = runTrainCommand({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const auto& p : core::imagePresetList())
      QVERIFY2(r.out.contains(QString::fromUtf8(p.name.data(), p.name.size())), qPrintable(r.out));
    const Run images = runTrainCommand(
        {QStringLiteral("--preset"), QStringLiteral("fashion-mlp"), QStringLiteral("--help")});
    QCOMPARE(images.code, 0);
    for (const char* option : {"--epochs", "--steps", "--seed", "--csv", "--images-dir",
                               "--train-images", "--train-labels", "--test-images", "--test-labels",
                               "--train-limit", "--test-limit", "--threads"})
      QVERIFY2(images.out.contains(QLatin1String(option)), option);
  }

  void missingDataSaysWhatToInstall() {
    QTemporaryDir dir;
    const Run r =
        runTrainCommand({QStringLiteral("--preset"), QStringLiteral("fashion-mlp"),
                         QStringLiteral("--images-dir"), dir.path() + QStringLiteral("/none")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("sudo apt install dataset-fashion-mnist")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
  }

  void badArguments() {
    const QStringList base{QStringLiteral("--preset"), QStringLiteral("fashion-cnn")};
    QCOMPARE(
        runTrainCommand(base + QStringList{QStringLiteral("--threads"), QStringLiteral("0")}).code,
        2);
    QCOMPARE(runTrainCommand(base + QStringList{QStringLiteral("--steps"), QStringLiteral("3"),
                                                QStringLiteral("--epochs"), QStringLiteral("1")})
                 .code,
             2);
    const Run partial =
        runTrainCommand(base + QStringList{QStringLiteral("--train-images"), QStringLiteral("x")});
    QCOMPARE(partial.code, 2);
    QVERIFY(partial.err.contains(QStringLiteral("--test-labels")));
  }

  // Any IDX files: 80 tiny 6 × 6 images of 3 classes, a few steps.
  void otherIdxFiles() {
    QTemporaryDir dir;
    const QString p = dir.path();
    std::vector<std::uint8_t> pixels, labels;
    for (int i = 0; i < 80; ++i) {
      labels.push_back(static_cast<std::uint8_t>(i % 3));
      for (int k = 0; k < 36; ++k)
        pixels.push_back(static_cast<std::uint8_t>((i * 7 + k * 13) % 256));
    }
    writeIdx(p + "/ti", pixels, 3, {80, 6, 6});
    writeIdx(p + "/tl", labels, 1, {80});
    const Run r = runTrainCommand(
        {QStringLiteral("--preset"), QStringLiteral("fashion-mlp"),
         QStringLiteral("--train-images"), p + "/ti", QStringLiteral("--train-labels"), p + "/tl",
         QStringLiteral("--test-images"), p + "/ti", QStringLiteral("--test-labels"), p + "/tl",
         QStringLiteral("--steps"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("6 × 6")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("test accuracy on all 80 test images")));
  }

  void presetRunsOnASubset_data() {
    QTest::addColumn<QString>("preset");
    for (const auto& p : core::imagePresetList())
      QTest::newRow(std::string(p.name).c_str()) << QString::fromUtf8(p.name.data(), p.name.size());
  }
  void presetRunsOnASubset() {
    if (!haveFashionMnist())
      QSKIP("dataset-fashion-mnist is not installed (sudo apt install dataset-fashion-mnist)");
    QFETCH(QString, preset);
    QTemporaryDir dir;
    const QString csv = dir.path() + QStringLiteral("/history.csv");
    const Run r = runTrainCommand(
        {QStringLiteral("--preset"), preset, QStringLiteral("--train-limit"), QStringLiteral("640"),
         QStringLiteral("--test-limit"), QStringLiteral("200"), QStringLiteral("--epochs"),
         QStringLiteral("2"), QStringLiteral("--csv"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    for (const char* field :
         {"epoch 1.00 · step 10: train loss", "epoch 2.00 · step 20", "test accuracy",
          "dead: layer 1", "sparsity: layer 1", "test accuracy on all 200 test images",
          "dead units per layer: ", "sparsity per layer: layer 1: "})
      QVERIFY2(r.out.contains(QString::fromUtf8(field)),
               qPrintable(field + QStringLiteral("\n") + r.out));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(f.readLine()).trimmed();
    const auto columns = core::imageMetricColumns(core::imagePreset(preset.toStdString())->network);
    QStringList expected{QStringLiteral("step")};
    for (const auto& c : columns) expected << QString::fromStdString(c);
    QCOMPARE(header, expected.join(QLatin1Char(',')));
    int rows = 0;
    while (!f.atEnd())
      if (!f.readLine().trimmed().isEmpty()) ++rows;
    QCOMPARE(rows, 2);
  }
};

QTEST_GUILESS_MAIN(TestCliImages)
#include "test_cli_images.moc"
