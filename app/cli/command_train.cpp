// relulab train: a headless training run from a config file or a preset; prints
// a summary and writes the metric history as CSV. Exit 0 done, 1 diverged or a
// file could not be written, 2 bad arguments or config (one line naming the key).

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <chrono>
#include <cmath>

#include "app/cli/command_text.h"
#include "app/cli/command_train_images.h"
#include "app/cli/commands.h"
#include "core/images/image_trainer.h"
#include "core/training/presets.h"
#include "core/training/trainer.h"
#include "io/core_text.h"
#include "io/experiment_file.h"
#include "io/train_config_json.h"

namespace relulab::app {

namespace {

using core::TrainConfig;

QString describeNetwork(const core::NetworkSpec& n) {
  QStringList layers;
  for (const core::LayerSpec& l : n.hidden)
    layers << QStringLiteral("%1 %2").arg(l.width).arg(
        io::qstring(core::activationInfo(l.activation.kind).id));
  return QStringLiteral("%1-[%2]-1 %3")
      .arg(n.inputs)
      .arg(layers.join(QStringLiteral(", ")), io::qstring(core::outputId(n.output)));
}

void printSummary(QTextStream& out, const core::Trainer& trainer, const core::Metrics& m) {
  out << Cli::tr("train loss %1   test loss %2\n")
             .arg(m.trainLoss, 0, 'g', 6)
             .arg(m.testLoss, 0, 'g', 6);
  if (m.trainAccuracy)
    out << Cli::tr("train accuracy %1   test accuracy %2\n")
               .arg(percent(*m.trainAccuracy), percent(m.testAccuracy.value_or(0.0)));
  QStringList layers;
  for (std::size_t l = 0; l < m.layers.size(); ++l) {
    const core::LayerStats& s = m.layers[l];
    const auto gate = core::gateKind(s.activation.kind);
    const int count = gate == core::GateKind::HardGate    ? s.dead
                      : gate == core::GateKind::LeakyGate ? s.inactive
                                                          : s.saturated;
    const QString word = gate == core::GateKind::HardGate    ? Cli::tr("dead")
                         : gate == core::GateKind::LeakyGate ? Cli::tr("inactive")
                                                             : Cli::tr("saturated");
    layers << Cli::tr("layer %1 (%2): %3 of %4 %5")
                  .arg(l + 1)
                  .arg(io::qstring(core::activationInfo(s.activation.kind).id))
                  .arg(count)
                  .arg(s.neurons.size())
                  .arg(word);
  }
  out << Cli::tr("dead units per layer: %1\n").arg(layers.join(QStringLiteral("; ")));
  (void)trainer;
}

void printDivergence(QTextStream& err, const core::Divergence& d, const TrainConfig& c) {
  err << Cli::tr("relulab train: diverged at step %1: %2.\n")
             .arg(d.step)
             .arg(io::coreText(d.message()));
  err << Cli::tr(
             "The network is kept as it was after step %1 (every value finite); "
             "nothing non-finite was recorded.\n")
             .arg(d.keptStep());
  QStringList tips;
  tips << Cli::tr("a smaller learning rate (now %1; try %2)")
              .arg(c.optimizer.learningRate)
              .arg(c.optimizer.learningRate / 10.0);
  if (c.optimizer.clipNorm == 0.0)
    tips << Cli::tr("gradient clipping (\"clip_norm\": 1 under \"optimizer\" in a config)");
  if (c.network.output == core::OutputKind::LinearSquaredError)
    tips << Cli::tr(
        "a bounded output (\"output\": \"tanh_squared\") if the targets lie in [-1, 1]");
  if (c.network.weightInit.scheme == core::InitScheme::Uniform && c.network.weightInit.scale > 1.0)
    tips << Cli::tr("smaller initial weights");
  err << Cli::tr("Try %1.\n").arg(tips.join(Cli::tr(", or ")));
}

}  // namespace

int runTrain(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  if (namesImagePreset(arguments)) return runTrainImages(arguments, out, err);
  QCommandLineParser parser;
  parser.setApplicationDescription(Cli::tr(
      "Train a small network headless; print final losses, accuracy and dead units per layer;\n"
      "write the metric history as CSV. A step is one mini-batch update; an epoch one pass over\n"
      "the training set. Exit 0 done, 1 diverged (what, where, at which step), 2 bad arguments."));
  parser.addHelpOption();
  const QCommandLineOption config(QStringLiteral("config"),
                                  Cli::tr("Training set-up as JSON (see resources/presets/)."),
                                  QStringLiteral("FILE.json"));
  const QCommandLineOption presetOption(
      QStringLiteral("preset"),
      Cli::tr("A built-in set-up: %1. Image networks: %2 (relulab train --preset fashion-mlp "
              "--help for their options).")
          .arg(QString::fromStdString(core::presetNameList()),
               QString::fromStdString(core::imagePresetNameList())),
      QStringLiteral("NAME"));
  const QCommandLineOption steps(QStringLiteral("steps"), Cli::tr("Mini-batch updates to run."),
                                 QStringLiteral("N"));
  const QCommandLineOption epochs(QStringLiteral("epochs"),
                                  Cli::tr("Passes over the training set to run (default 500)."),
                                  QStringLiteral("N"));
  const QCommandLineOption seed(QStringLiteral("seed"),
                                Cli::tr("Seed for data, weights and batch order."),
                                QStringLiteral("S"));
  const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Write the metric history here."),
                               QStringLiteral("FILE"));
  const QCommandLineOption every(
      QStringLiteral("every"), Cli::tr("Record metrics every K steps (default: the config's, 25)."),
      QStringLiteral("K"));
  const QCommandLineOption save(
      QStringLiteral("save"),
      Cli::tr("Save the run as an experiment file when done (weights, optimiser state, batch "
              "order, history): the app opens it, --load continues it."),
      QStringLiteral("FILE.relulab"));
  const QCommandLineOption load(
      QStringLiteral("load"),
      Cli::tr("Continue a saved run (an experiment file from --save or the app) for --steps or "
              "--epochs more: the same steps, bit for bit, as if it had never stopped."),
      QStringLiteral("FILE.relulab"));
  const QCommandLineOption weightsIn(
      QStringLiteral("weights-in"),
      Cli::tr("Start from these weights (a weights file from --weights-out or the app's File → "
              "Export Weights), for a network of the same shape."),
      QStringLiteral("FILE.json"));
  const QCommandLineOption weightsOut(
      QStringLiteral("weights-out"),
      Cli::tr("Write the network's weights alone when done (JSON), for --weights-in or the app."),
      QStringLiteral("FILE.json"));
  parser.addOptions(
      {config, presetOption, load, steps, epochs, seed, csv, every, save, weightsIn, weightsOut});
  if (!parser.parse(arguments)) return badTrainArguments(err, parser.errorText());
  if (parser.isSet(QStringLiteral("help"))) {
    out << commandHelp(parser, arguments.value(0));
    return 0;
  }
  if (!parser.positionalArguments().isEmpty())
    return badTrainArguments(
        err, Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
  if (int(parser.isSet(config)) + int(parser.isSet(presetOption)) + int(parser.isSet(load)) != 1)
    return badTrainArguments(
        err, Cli::tr("give exactly one of --config FILE.json, --preset NAME or --load "
                     "FILE.relulab"));
  if (parser.isSet(load) && parser.isSet(seed))
    return badTrainArguments(err, Cli::tr("--seed: a loaded run keeps its own seed"));
  if (parser.isSet(load) && parser.isSet(weightsIn))
    return badTrainArguments(err, Cli::tr("--weights-in: a loaded run keeps its own weights"));
  if (parser.isSet(steps) && parser.isSet(epochs))
    return badTrainArguments(err, Cli::tr("give --steps or --epochs, not both"));

  io::TrainFile file;
  QString source;
  std::optional<io::Experiment> loaded;
  if (parser.isSet(load)) {
    source = parser.value(load);
    auto read = io::readExperimentFile(source);
    if (!read) return badTrainArguments(err, io::coreText(read.message()));
    loaded = std::move(read).value();
    if (loaded->playground) {
      file.config = loaded->playground->run.config;
    } else if (loaded->playgroundConfig) {  // a set-up whose run has not started
      file.config = *loaded->playgroundConfig;
      loaded.reset();
    } else {
      return badTrainArguments(err, Cli::tr("%1 holds no playground run to continue").arg(source));
    }
  } else if (parser.isSet(presetOption)) {
    source = Cli::tr("preset ") + parser.value(presetOption);
    const auto p = core::preset(parser.value(presetOption).toStdString());
    if (!p)
      return badTrainArguments(err, Cli::tr("unknown preset \"%1\" (known: %2)")
                                        .arg(parser.value(presetOption),
                                             QString::fromStdString(core::presetNameList())));
    file.config = *p;
  } else {
    source = parser.value(config);
    QFile f(source);
    if (!f.open(QIODevice::ReadOnly))
      return badTrainArguments(err, Cli::tr("cannot read %1: %2").arg(source, f.errorString()));
    auto parsed = io::parseTrainConfig(f.readAll());
    if (!parsed)
      return badTrainArguments(
          err, QStringLiteral("%1: %2").arg(source, io::coreText(parsed.message())));
    file = parsed.value();
  }
  TrainConfig& c = file.config;

  bool ok = true;
  if (parser.isSet(seed)) {
    c.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
      return badTrainArguments(
          err, Cli::tr("--seed: not a non-negative integer: \"%1\"").arg(parser.value(seed)));
  }
  if (parser.isSet(every)) {
    const qlonglong k = parser.value(every).toLongLong(&ok);
    if (!ok || k < 1)
      return badTrainArguments(
          err, Cli::tr("--every: must be an integer ≥ 1, got \"%1\"").arg(parser.value(every)));
    c.diagnostics.every = k;
  } else if (!parser.isSet(csv) && !parser.isSet(save) && !loaded) {
    c.diagnostics.every = 0;  // no history wanted: skip the measurements
  }
  // Run length: --steps / --epochs, else the config's, else 500 epochs (-1: not given).
  std::int64_t runSteps = file.steps.value_or(-1);
  double runEpochs = file.epochs.value_or(-1.0);
  if (parser.isSet(steps)) {
    const qlonglong n = parser.value(steps).toLongLong(&ok);
    if (!ok || n < 0)
      return badTrainArguments(
          err, Cli::tr("--steps: must be an integer ≥ 0, got \"%1\"").arg(parser.value(steps)));
    runSteps = n;
    runEpochs = -1.0;
  }
  if (parser.isSet(epochs)) {
    const double n = parser.value(epochs).toDouble(&ok);
    if (!ok || !(n >= 0) || n > 1e9)
      return badTrainArguments(
          err, Cli::tr("--epochs: must be a number ≥ 0, got \"%1\"").arg(parser.value(epochs)));
    runEpochs = n;
    runSteps = -1;
  }
  if (runSteps < 0 && runEpochs < 0) {
    if (loaded)
      return badTrainArguments(
          err, Cli::tr("--load: say how much more to train with --steps N or --epochs N"));
    runEpochs = 500.0;
  }

  core::Result<core::Trainer> created = core::Trainer::create(c);
  if (loaded) {
    core::TrainerState state = loaded->playground->run;
    state.config.diagnostics.every = c.diagnostics.every;
    created = core::Trainer::restore(state);
  }
  if (!created)
    return badTrainArguments(err,
                             QStringLiteral("%1: %2").arg(source, io::coreText(created.message())));
  core::Trainer& trainer = created.value();
  if (parser.isSet(weightsIn)) {
    const auto weights = io::readWeightsFile(parser.value(weightsIn));
    if (!weights) return badTrainArguments(err, io::coreText(weights.message()));
    const core::ParamLayout theirs(weights->network);
    bool same = theirs.layers.size() == trainer.layout().layers.size();
    for (std::size_t l = 0; same && l < theirs.layers.size(); ++l)
      same = theirs.layers[l].in == trainer.layout().layers[l].in &&
             theirs.layers[l].out == trainer.layout().layers[l].out;
    if (!same)
      return badTrainArguments(
          err, Cli::tr("--weights-in: %1 holds weights for a network of another shape")
                   .arg(parser.value(weightsIn)));
    if (auto problem = trainer.setParameters(weights->parameters))
      return badTrainArguments(err, io::coreText(*problem));
    if (c.diagnostics.every > 0) {  // the history starts from these weights
      core::TrainerState state = trainer.state();
      state.history.steps.clear();  // the row of the weights replaced
      state.history.values.clear();
      state.history.latestStep.reset();
      state.history.latest.clear();
      auto restarted = core::Trainer::restore(state);
      if (restarted) trainer = std::move(restarted).value();
      trainer.record();
    }
  }

  out << Cli::tr("%1 · seed %2 · %3 · %4 · %5 η=%6 · batch %7\n")
             .arg(source)
             .arg(c.seed)
             .arg(io::qstring(core::precisionId(c.precision)), describeNetwork(c.network),
                  io::qstring(core::optimizerId(c.optimizer.kind)))
             .arg(c.optimizer.learningRate)
             .arg(c.batchSize);
  const auto start = std::chrono::steady_clock::now();
  const core::RunResult run =
      runSteps >= 0 ? trainer.train(runSteps) : trainer.trainEpochs(runEpochs);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out << Cli::tr("trained %1 steps (%2 epochs) in %3 s\n")
             .arg(trainer.step())
             .arg(trainer.epoch(), 0, 'g', 6)
             .arg(seconds, 0, 'f', 3);

  const bool diverged = trainer.divergence().has_value();
  if (parser.isSet(save)) {
    io::Experiment e = loaded.value_or(io::Experiment{});
    if (!e.playground) e.playground = io::PlaygroundRun{};
    e.playground->run = trainer.state();
    if (e.view.tab.isEmpty()) e.view.tab = QStringLiteral("playground");
    if (auto problem = io::writeExperimentFile(parser.value(save), e)) {
      err << Cli::tr("relulab train: %1").arg(io::coreText(*problem)) << Qt::endl;
      return 1;
    }
    out << Cli::tr("saved step %1 → %2\n").arg(trainer.step()).arg(parser.value(save));
  }
  if (parser.isSet(csv)) {
    const core::History& h = trainer.history();
    if (!diverged && (h.size() == 0 || h.step(h.size() - 1) != trainer.step())) trainer.record();
    if (!writeHistoryCsv(trainer.history(), parser.value(csv), out, err)) return 1;
  }
  if (parser.isSet(weightsOut)) {
    if (auto problem = io::writeFileAtomically(
            parser.value(weightsOut),
            io::writeWeights(trainer.config().network, trainer.parameters()))) {
      err << Cli::tr("relulab train: %1").arg(io::coreText(*problem)) << Qt::endl;
      return 1;
    }
    out << Cli::tr("weights → %1\n").arg(parser.value(weightsOut));
  }
  if (trainer.divergence()) {
    printDivergence(err, *trainer.divergence(), trainer.config());
    return 1;
  }
  printSummary(out, trainer, trainer.measure());
  (void)run;
  return 0;
}

}  // namespace relulab::app
