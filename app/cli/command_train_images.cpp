// relulab train --preset fashion-mlp (or any image preset): trains an image
// network headless on Fashion-MNIST or other IDX files; prints per epoch the
// training loss and accuracy, the test accuracy, dead units and sparsity per
// layer, and at the end the accuracy on every test image. Exit 0 done,
// 1 diverged or the CSV could not be written, 2 bad arguments or missing data.

#include "app/cli/command_train_images.h"

#include <QCommandLineParser>
#include <algorithm>
#include <chrono>
#include <cmath>

#include "app/cli/command_text.h"
#include "core/images/image_trainer.h"
#include "io/core_text.h"

namespace relulab::app {

namespace {

// "layer 1 (dense 100 relu): 3 of 100 dead" for each layer with units.
QStringList deadPerLayer(const core::ImageMetrics& m) {
  QStringList layers;
  for (std::size_t l = 0; l < m.layers.size(); ++l) {
    const core::ImageLayerStats& s = m.layers[l];
    if (s.units == 0) continue;
    const auto gate = core::gateKind(s.activation.kind);
    const int count = gate == core::GateKind::HardGate    ? s.dead
                      : gate == core::GateKind::LeakyGate ? s.inactive
                                                          : s.saturated;
    const QString word = gate == core::GateKind::HardGate    ? Cli::tr("dead")
                         : gate == core::GateKind::LeakyGate ? Cli::tr("inactive")
                                                             : Cli::tr("saturated");
    layers << Cli::tr("layer %1 (%2 %3): %4 of %5 %6")
                  .arg(l + 1)
                  .arg(io::qstring(core::imageLayerId(s.kind)),
                       io::qstring(core::activationInfo(s.activation.kind).id))
                  .arg(count)
                  .arg(s.units)
                  .arg(word);
  }
  return layers;
}

QStringList sparsityPerLayer(const core::ImageMetrics& m) {
  QStringList layers;
  for (std::size_t l = 0; l < m.layers.size(); ++l)
    if (m.layers[l].units > 0)
      layers << Cli::tr("layer %1: %2").arg(l + 1).arg(percent(m.layers[l].sparsity));
  return layers;
}

std::optional<int> positive(const QCommandLineParser& parser, const QCommandLineOption& option,
                            int minimum, QString* problem) {
  if (!parser.isSet(option)) return std::nullopt;
  bool ok = false;
  const int n = parser.value(option).toInt(&ok);
  if (!ok || n < minimum) {
    *problem = Cli::tr("--%1: must be an integer ≥ %2, got \"%3\"")
                   .arg(option.names().first())
                   .arg(minimum)
                   .arg(parser.value(option));
    return std::nullopt;
  }
  return n;
}

}  // namespace

bool namesImagePreset(const QStringList& arguments) {
  for (int i = 0; i < arguments.size(); ++i) {
    QString name;
    if (arguments[i] == QStringLiteral("--preset") && i + 1 < arguments.size())
      name = arguments[i + 1];
    else if (arguments[i].startsWith(QStringLiteral("--preset=")))
      name = arguments[i].mid(9);
    if (!name.isEmpty() && core::imagePreset(name.toStdString())) return true;
  }
  return false;
}

int runTrainImages(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(Cli::tr(
      "Train an image network headless (Fashion-MNIST by default); print per epoch the training\n"
      "loss and accuracy, the test accuracy, dead units and sparsity per layer, and at the end\n"
      "the accuracy on every test image. Exit 0 done, 1 diverged, 2 bad arguments or no data."));
  parser.addHelpOption();
  const QCommandLineOption presetOption(
      QStringLiteral("preset"),
      Cli::tr("An image preset: %1.").arg(QString::fromStdString(core::imagePresetNameList())),
      QStringLiteral("NAME"));
  const QCommandLineOption steps(QStringLiteral("steps"), Cli::tr("Mini-batch updates to run."),
                                 QStringLiteral("N"));
  const QCommandLineOption epochs(
      QStringLiteral("epochs"),
      Cli::tr("Passes over the training images (default 1: about 2 s for fashion-mlp)."),
      QStringLiteral("N"));
  const QCommandLineOption seed(QStringLiteral("seed"),
                                Cli::tr("Seed for the weights, the batch order and the probe."),
                                QStringLiteral("S"));
  const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Write the metric history here."),
                               QStringLiteral("FILE"));
  const QCommandLineOption every(
      QStringLiteral("every"),
      Cli::tr("Record metrics every K steps (default: the preset's, 200; 0: once an epoch)."),
      QStringLiteral("K"));
  const QCommandLineOption imagesDir(
      QStringLiteral("images-dir"),
      Cli::tr("Fashion-MNIST (or MNIST) files in this folder (default %1).")
          .arg(QString::fromUtf8(core::kFashionMnistFolder)),
      QStringLiteral("DIR"));
  const QCommandLineOption trainImages(QStringLiteral("train-images"),
                                       Cli::tr("IDX file of training images."),
                                       QStringLiteral("FILE"));
  const QCommandLineOption trainLabels(QStringLiteral("train-labels"),
                                       Cli::tr("IDX file of training labels."),
                                       QStringLiteral("FILE"));
  const QCommandLineOption testImages(QStringLiteral("test-images"),
                                      Cli::tr("IDX file of test images."), QStringLiteral("FILE"));
  const QCommandLineOption testLabels(QStringLiteral("test-labels"),
                                      Cli::tr("IDX file of test labels."), QStringLiteral("FILE"));
  const QCommandLineOption trainLimit(QStringLiteral("train-limit"),
                                      Cli::tr("Train on the first N images only."),
                                      QStringLiteral("N"));
  const QCommandLineOption testLimit(QStringLiteral("test-limit"),
                                     Cli::tr("Test on the first N images only."),
                                     QStringLiteral("N"));
  const QCommandLineOption threads(
      QStringLiteral("threads"),
      Cli::tr("Threads, 1–64 (default 1); the numbers are the same for any count."),
      QStringLiteral("N"));
  parser.addOptions({presetOption, steps, epochs, seed, csv, every, imagesDir, trainImages,
                     trainLabels, testImages, testLabels, trainLimit, testLimit, threads});
  if (!parser.parse(arguments)) return badTrainArguments(err, parser.errorText());
  if (parser.isSet(QStringLiteral("help"))) {
    out << commandHelp(parser, arguments.value(0));
    return 0;
  }
  if (!parser.positionalArguments().isEmpty())
    return badTrainArguments(
        err, Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
  if (parser.isSet(steps) && parser.isSet(epochs))
    return badTrainArguments(err, Cli::tr("give --steps or --epochs, not both"));
  const QString name = parser.value(presetOption);
  auto preset = core::imagePreset(name.toStdString());
  if (!preset)
    return badTrainArguments(err,
                             Cli::tr("unknown image preset \"%1\" (known: %2)")
                                 .arg(name, QString::fromStdString(core::imagePresetNameList())));
  core::ImageTrainConfig c = *preset;

  QString problem;
  bool ok = true;
  if (parser.isSet(seed)) {
    c.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
      return badTrainArguments(
          err, Cli::tr("--seed: not a non-negative integer: \"%1\"").arg(parser.value(seed)));
  }
  const auto everyK = positive(parser, every, 0, &problem);
  const auto stepsN = positive(parser, steps, 0, &problem);
  const auto trainN = positive(parser, trainLimit, 1, &problem);
  const auto testN = positive(parser, testLimit, 1, &problem);
  const auto threadsN = positive(parser, threads, 1, &problem);
  if (!problem.isEmpty()) return badTrainArguments(err, problem);
  double epochsN = 1.0;
  if (parser.isSet(epochs)) {
    epochsN = parser.value(epochs).toDouble(&ok);
    if (!ok || !(epochsN >= 0) || epochsN > 1e6)
      return badTrainArguments(
          err, Cli::tr("--epochs: must be a number ≥ 0, got \"%1\"").arg(parser.value(epochs)));
  }
  if (everyK) c.recordEvery = *everyK;
  if (trainN) c.trainLimit = *trainN;
  if (testN) c.testLimit = *testN;
  if (threadsN) c.threads = *threadsN;

  // The data: four IDX files, a folder, or Debian's Fashion-MNIST.
  const int given = int(parser.isSet(trainImages)) + int(parser.isSet(trainLabels)) +
                    int(parser.isSet(testImages)) + int(parser.isSet(testLabels));
  if (given > 0 && given < 4)
    return badTrainArguments(
        err, Cli::tr("give all four of --train-images, --train-labels, --test-images and "
                     "--test-labels, or none"));
  if (given == 4 && parser.isSet(imagesDir))
    return badTrainArguments(err, Cli::tr("give --images-dir or the four IDX files, not both"));
  const core::Result<core::ImageData> data =
      given == 4
          ? core::loadImageData(
                {parser.value(trainImages).toStdString(), parser.value(trainLabels).toStdString()},
                {parser.value(testImages).toStdString(), parser.value(testLabels).toStdString()})
      : parser.isSet(imagesDir) ? core::loadFashionMnist(parser.value(imagesDir).toStdString())
                                : core::loadFashionMnist();
  if (!data) return badTrainArguments(err, io::coreText(data.message()));
  // The network reads the data's images: their size, and at least their classes.
  c.network.rows = data->train->images.rows;
  c.network.cols = data->train->images.cols;
  c.network.classes = std::max({c.network.classes, data->train->classes, data->test->classes, 2});

  auto created = core::ImageTrainer::create(c, *data);
  if (!created)
    return badTrainArguments(err,
                             QStringLiteral("%1: %2").arg(name, io::coreText(created.message())));
  core::ImageTrainer& trainer = created.value();
  out << Cli::tr(
             "preset %1 · %2 · %3 training and %4 test images of %5 × %6 · seed %7 · %8 "
             "η=%9 · batch %10\n")
             .arg(name, io::qstring(core::describe(c.network)))
             .arg(trainer.trainCount())
             .arg(trainer.testCount())
             .arg(c.network.rows)
             .arg(c.network.cols)
             .arg(c.seed)
             .arg(io::qstring(core::optimizerId(c.optimizer.kind)))
             .arg(c.optimizer.learningRate)
             .arg(c.batchSize);

  // Train an epoch (or what is left) at a time, and report after each.
  const std::int64_t total = stepsN ? *stepsN
                                    : static_cast<std::int64_t>(std::ceil(
                                          epochsN * trainer.trainCount() / c.batchSize - 1e-9));
  const auto start = std::chrono::steady_clock::now();
  while (trainer.step() < total && !trainer.divergence()) {
    const std::int64_t chunk =
        std::min<std::int64_t>(trainer.stepsPerEpoch(), total - trainer.step());
    const auto t0 = std::chrono::steady_clock::now();
    trainer.train(chunk);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (trainer.divergence()) break;
    const core::ImageMetrics m = trainer.measure();
    trainer.record();  // the history's row, and fresh running training figures
    out << Cli::tr(
               "epoch %1 · step %2: train loss %3, accuracy %4 · test accuracy %5 (%6 "
               "images) · dead: %7 · sparsity: %8 · %9 s\n")
               .arg(m.epoch, 0, 'f', 2)
               .arg(m.step)
               .arg(m.trainLoss, 0, 'f', 4)
               .arg(percent(m.trainAccuracy), percent(m.testAccuracy))
               .arg(m.testImages)
               .arg(deadPerLayer(m).join(QStringLiteral("; ")),
                    sparsityPerLayer(m).join(QStringLiteral("; ")))
               .arg(seconds, 0, 'f', 2);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out << Cli::tr("trained %1 steps (%2 epochs) in %3 s\n")
             .arg(trainer.step())
             .arg(trainer.epoch(), 0, 'g', 6)
             .arg(seconds, 0, 'f', 2);

  if (parser.isSet(csv) && !writeHistoryCsv(trainer.history(), parser.value(csv), out, err))
    return 1;
  if (trainer.divergence()) {
    err << Cli::tr("relulab train: diverged: %1.\n").arg(io::coreText(*trainer.divergence()));
    err << Cli::tr(
               "The network is kept as it was after step %1 (every value finite). Try a "
               "smaller learning rate (now %2; try %3).\n")
               .arg(trainer.step())
               .arg(c.optimizer.learningRate)
               .arg(c.optimizer.learningRate / 10.0);
    return 1;
  }
  const core::ImageMetrics m = trainer.measure(true);
  out << Cli::tr("test accuracy on all %1 test images: %2 (loss %3)\n")
             .arg(m.testImages)
             .arg(percent(m.testAccuracy))
             .arg(m.testLoss, 0, 'f', 4);
  out << Cli::tr("dead units per layer: %1\n").arg(deadPerLayer(m).join(QStringLiteral("; ")));
  out << Cli::tr("sparsity per layer: %1\n").arg(sparsityPerLayer(m).join(QStringLiteral("; ")));
  return 0;
}

}  // namespace relulab::app
