// relulab study collapse: how often deep, narrow nets trained on |x| end as a
// constant function (see core/studies/collapse.h).

#include "app/cli/command_study_studies.h"
#include "app/cli/command_study_support.h"
#include "core/studies/collapse.h"
#include "io/core_text.h"

namespace relulab::app::study {

namespace {

QString collapseTable(const core::CollapseResult& r) {
  TextTable table({Cli::tr("activation"), Cli::tr("runs"), Cli::tr("collapsed [95% CI]"),
                   Cli::tr("flat at start [95% CI]"), Cli::tr("final loss"), Cli::tr("flat loss")});
  for (const core::CollapseRow& row : r.rows) {
    QString name = io::qstring(core::activationInfo(row.activation.kind).id);
    if (core::activationInfo(row.activation.kind).parameter)
      name += QLatin1Char(':') + QString::number(row.activation.param);
    table.add({name,
               QString::number(row.runsDone) + (row.complete ? QString() : QStringLiteral("*")),
               interval(row.collapsed), interval(row.bornFlat), interval(row.finalLoss),
               fixed(row.flatLoss)});
  }
  QString text = table.text();
  text += Cli::tr(
              "%1 hidden layers of width %2, trained on |x| over [-%3, %3] (%4 points) with "
              "full-batch Adam, lr %5, %6 steps. Collapsed: the output's standard deviation is at "
              "most %7 of the target's. Flat loss: the loss of the best constant.")
              .arg(r.config.depth)
              .arg(r.config.width)
              .arg(r.config.halfWidth)
              .arg(r.config.points)
              .arg(r.config.learningRate)
              .arg(r.config.steps)
              .arg(r.config.tolerance) +
          QLatin1Char('\n');
  if (r.cancelled)
    text += Cli::tr("* cancelled part-way: fewer runs than asked.") + QLatin1Char('\n');
  return text;
}

}  // namespace

int runCollapse(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  StudyCommand cmd(arguments, core::StudyId::Collapse,
                   QT_TRANSLATE_NOOP(
                       "relulab::app",
                       "Training collapse (Lu et al.): train many deep, narrow networks on |x| and "
                       "count how many end as a constant function."),
                   out, err);
  const QCommandLineOption activations(
      QStringLiteral("activations"),
      Cli::tr("Activations to compare, NAME or NAME:PARAM (default relu,leaky_relu:0.01)."),
      Cli::tr("list"));
  const QCommandLineOption width(QStringLiteral("width"), Cli::tr("Hidden width (default 2)."),
                                 Cli::tr("n"));
  const QCommandLineOption depth(QStringLiteral("depth"), Cli::tr("Hidden layers (default 10)."),
                                 Cli::tr("n"));
  const QCommandLineOption runs(QStringLiteral("runs"),
                                Cli::tr("Networks trained per activation (default 100)."),
                                Cli::tr("n"));
  const QCommandLineOption steps(QStringLiteral("steps"), Cli::tr("Adam steps (default 2000)."),
                                 Cli::tr("n"));
  const QCommandLineOption lr(QStringLiteral("lr"), Cli::tr("Learning rate (default 0.003)."),
                              Cli::tr("eta"));
  const QCommandLineOption init(QStringLiteral("init"),
                                Cli::tr("Weights: he (default), xavier, lecun, normal or rai."),
                                Cli::tr("name"));
  const QCommandLineOption bias(QStringLiteral("bias"),
                                Cli::tr("Biases: zero (default) or random."), Cli::tr("kind"));
  const QCommandLineOption points(
      QStringLiteral("points"), Cli::tr("Training points on [-a, a] (default 64)."), Cli::tr("n"));
  const QCommandLineOption halfWidth(QStringLiteral("half-width"),
                                     Cli::tr("The domain is [-a, a] (default sqrt 3)."),
                                     Cli::tr("a"));
  const QCommandLineOption tolerance(
      QStringLiteral("tolerance"),
      Cli::tr("Collapsed when std(output) <= this x std(target) (default 0.01)."), Cli::tr("t"));
  const QCommandLineOption runsCsv(QStringLiteral("runs-csv"),
                                   Cli::tr("Also write one CSV row per trained network to <file>."),
                                   Cli::tr("file"));
  for (const auto& o : {activations, width, depth, runs, steps, lr, init, bias, points, halfWidth,
                        tolerance, runsCsv})
    cmd.add(o);
  if (auto code = cmd.parse()) return *code;

  core::CollapseConfig config;
  config.activations = cmd.activations(activations, config.activations);
  config.width = cmd.integer(width, config.width, 1, 256);
  config.depth = cmd.integer(depth, config.depth, 1, 200);
  config.runs = cmd.integer(runs, config.runs, 1, 1'000'000);
  config.steps = cmd.integer(steps, config.steps, 0, 10'000'000);
  config.learningRate = cmd.number(lr, config.learningRate);
  config.init = cmd.init(init, config.init);
  config.bias = cmd.bias(bias, config.bias);
  config.points = cmd.integer(points, config.points, 2, 100000);
  config.halfWidth = cmd.number(halfWidth, config.halfWidth);
  config.tolerance = cmd.number(tolerance, config.tolerance);
  config.seed = cmd.seed();
  const core::StudyControl control = cmd.control();
  if (cmd.failed()) return cmd.usageError();
  const auto result = core::runCollapseStudy(config, control);
  if (!result) return cmd.usageError(io::coreText(result.message()));
  if (cmd.parser().isSet(runsCsv) &&
      !cmd.writeFile(cmd.parser().value(runsCsv), core::collapseRunsCsv(*result)))
    return 1;
  return cmd.finish(collapseTable(*result), core::collapseCsv(*result), result->cancelled);
}

}  // namespace relulab::app::study
