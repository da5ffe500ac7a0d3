// relulab study born-dead: the probability that a freshly drawn network is
// already a constant function (see core/studies/born_dead.h).

#include "app/cli/command_study_studies.h"
#include "app/cli/command_study_support.h"
#include "core/studies/born_dead.h"
#include "io/core_text.h"

namespace relulab::app::study {

namespace {

QString bornDeadTable(const core::BornDeadResult& r) {
  TextTable table({Cli::tr("width"), Cli::tr("depth"), Cli::tr("networks"),
                   Cli::tr("pointwise [95% CI]"), Cli::tr("domain [95% CI]"),
                   Cli::tr("inactive [95% CI]"), Cli::tr("1-(1-2^-N)^H")});
  for (const core::BornDeadCell& c : r.cells)
    table.add({QString::number(c.width), QString::number(c.depth),
               QString::number(c.pointwise.trials) + (c.complete ? QString() : QStringLiteral("*")),
               interval(c.pointwise), interval(c.domain), interval(c.inactive), fixed(c.theory)});
  QString text = table.text();
  text += Cli::tr(
              "pointwise: some hidden layer is all zero at x0 = %1; domain: constant on "
              "[-%2, %2] (%3); inactive: some layer has every z <= 0 at x0.")
              .arg(r.config.probe)
              .arg(r.config.halfWidth)
              .arg(r.gridExact ? Cli::tr("decided exactly at x = -a and x = a: zero biases and a "
                                         "positively homogeneous activation")
                               : Cli::tr("on a grid of %1 points").arg(r.config.gridPoints)) +
          QLatin1Char('\n');
  if (r.cancelled)
    text += Cli::tr("* cancelled part-way: fewer networks than asked.") + QLatin1Char('\n');
  return text;
}

}  // namespace

int runBornDead(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  StudyCommand cmd(arguments, core::StudyId::BornDead,
                   QT_TRANSLATE_NOOP(
                       "relulab::app",
                       "Born-dead probability (Lu, Shin, Su, Karniadakis 2019): the fraction of "
                       "freshly drawn networks that are a constant function, per width and depth."),
                   out, err);
  const QCommandLineOption widths(QStringLiteral("widths"),
                                  Cli::tr("Hidden layer widths N (default 2,3,4,5,10)."),
                                  Cli::tr("list"));
  const QCommandLineOption depths(QStringLiteral("depths"),
                                  Cli::tr("Numbers of hidden layers H (default 10,20,50)."),
                                  Cli::tr("list"));
  const QCommandLineOption samples(QStringLiteral("samples"),
                                   Cli::tr("Networks per cell (default 10000)."), Cli::tr("n"));
  const QCommandLineOption activation(QStringLiteral("activation"),
                                      Cli::tr("Activation (default relu; e.g. leaky_relu)."),
                                      Cli::tr("name"));
  const QCommandLineOption param(QStringLiteral("param"), Cli::tr("The activation's parameter."),
                                 Cli::tr("value"));
  const QCommandLineOption init(
      QStringLiteral("init"),
      Cli::tr("Weights: normal (N(0,1), the paper's symmetric case), he, xavier, lecun, or rai "
              "(randomized asymmetric; default normal)."),
      Cli::tr("name"));
  const QCommandLineOption bias(
      QStringLiteral("bias"),
      Cli::tr("Biases: zero or random (drawn like the weights; default zero)."), Cli::tr("kind"));
  const QCommandLineOption halfWidth(QStringLiteral("half-width"),
                                     Cli::tr("The domain is [-a, a] (default 1.7320508: sqrt 3)."),
                                     Cli::tr("a"));
  const QCommandLineOption probe(QStringLiteral("probe"),
                                 Cli::tr("The input x0 for the pointwise probability (default 1)."),
                                 Cli::tr("x0"));
  const QCommandLineOption grid(
      QStringLiteral("grid"), Cli::tr("Grid points on [-a, a] for the domain test (default 101)."),
      Cli::tr("n"));
  for (const auto& o :
       {widths, depths, samples, activation, param, init, bias, halfWidth, probe, grid})
    cmd.add(o);
  if (auto code = cmd.parse()) return *code;

  core::BornDeadConfig config;
  config.widths = cmd.integers(widths, config.widths);
  config.depths = cmd.integers(depths, config.depths);
  config.samples = cmd.integer64(samples, config.samples, 1, 1'000'000'000);
  config.activation = cmd.activation(activation, param, config.activation);
  config.init = cmd.init(init, config.init);
  config.bias = cmd.bias(bias, config.bias);
  config.halfWidth = cmd.number(halfWidth, config.halfWidth);
  config.probe = cmd.number(probe, config.probe);
  config.gridPoints = cmd.integer(grid, config.gridPoints, 2, 100001);
  config.seed = cmd.seed();
  const core::StudyControl control = cmd.control();
  if (cmd.failed()) return cmd.usageError();
  if (auto error = core::validate(config)) return cmd.usageError(io::coreText(*error));

  const auto result = core::runBornDeadStudy(config, control);
  if (!result) return cmd.usageError(io::coreText(result.message()));
  return cmd.finish(bornDeadTable(*result), core::bornDeadCsv(*result), result->cancelled);
}

}  // namespace relulab::app::study
