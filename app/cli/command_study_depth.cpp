// relulab study depth-variance and relulab study unit: how the signal's mean
// square and sparsity evolve with depth, and the one-unit moments behind it
// (see core/studies/depth_variance.h).

#include "app/cli/command_study_studies.h"
#include "app/cli/command_study_support.h"
#include "core/studies/depth_variance.h"
#include "io/core_text.h"

namespace relulab::app::study {

namespace {

QString depthTable(const core::DepthVarianceResult& r) {
  QStringList header{Cli::tr("layer")};
  for (const core::DepthVarianceSeries& s : r.series) {
    const QString id = io::qstring(core::studyInitId(s.init));
    header << Cli::tr("%1 E[z^2]").arg(id) << Cli::tr("%1 theory").arg(id)
           << Cli::tr("%1 zeros").arg(id);
  }
  TextTable table(header);
  for (int l = 0; l < r.config.depth; ++l) {
    QStringList row{QString::number(l + 1)};
    for (const core::DepthVarianceSeries& s : r.series) {
      const core::DepthVarianceLayer& layer = s.layers[l];
      row << QString::number(layer.meanSquarePre.mean, 'g', 4) + QStringLiteral(" ± ") +
                 QString::number(layer.meanSquarePre.standardError, 'g', 2)
          << (std::isnan(layer.theoryMeanSquarePre)
                  ? QStringLiteral("-")
                  : QString::number(layer.theoryMeanSquarePre, 'g', 4))
          << fixed(layer.zeroFraction.mean, 3);
    }
    table.add(row);
  }
  QString text = table.text();
  text += Cli::tr(
              "E[z^2]: mean square pre-activation over %1 networks x %2 inputs (± one standard "
              "error between networks); zeros: fraction of outputs counted as zero.")
              .arg(r.series.empty() ? 0 : r.series.front().networksDone)
              .arg(r.config.batch) +
          QLatin1Char('\n');
  return text;
}

QString unitTable(const core::UnitMoments& m) {
  TextTable table(
      {Cli::tr("quantity"), Cli::tr("estimate"), Cli::tr("standard error"), Cli::tr("exact")});
  table.add({Cli::tr("P(y = 0)"), fixed(m.zeroFraction.estimate, 5),
             fixed(m.zeroFraction.standardError(), 5), fixed(m.theoryZeroFraction, 5)});
  table.add({Cli::tr("E[y]"), fixed(m.mean.mean, 5), fixed(m.mean.standardError, 5),
             fixed(m.theoryMean, 5)});
  table.add({Cli::tr("Var[y]"), fixed(m.variance.mean, 5), fixed(m.variance.standardError, 5),
             fixed(m.theoryVariance, 5)});
  return table.text();
}

}  // namespace

int runDepthVariance(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  StudyCommand cmd(
      arguments, core::StudyId::DepthVariance,
      QT_TRANSLATE_NOOP(
          "relulab::app",
          "Variance and sparsity by depth (He et al. 2015): mean square pre-activation "
          "and fraction of zeros per layer, for several initialisations."),
      out, err);
  const QCommandLineOption activation(QStringLiteral("activation"),
                                      Cli::tr("Activation (default relu)."), Cli::tr("name"));
  const QCommandLineOption param(QStringLiteral("param"), Cli::tr("The activation's parameter."),
                                 Cli::tr("value"));
  const QCommandLineOption inits(
      QStringLiteral("inits"),
      Cli::tr("Initialisations to compare (default he,xavier,lecun; also "
              "normal, rai)."),
      Cli::tr("list"));
  const QCommandLineOption width(QStringLiteral("width"),
                                 Cli::tr("Width of every layer (default 64)."), Cli::tr("n"));
  const QCommandLineOption depth(QStringLiteral("depth"), Cli::tr("Hidden layers (default 30)."),
                                 Cli::tr("n"));
  const QCommandLineOption inputs(QStringLiteral("inputs"),
                                  Cli::tr("Input dimension (default: the width)."), Cli::tr("n"));
  const QCommandLineOption batch(QStringLiteral("batch"),
                                 Cli::tr("Inputs x ~ N(0, I) per network (default 64)."),
                                 Cli::tr("n"));
  const QCommandLineOption networks(QStringLiteral("networks"),
                                    Cli::tr("Networks per initialisation (default 200)."),
                                    Cli::tr("n"));
  const QCommandLineOption bias(QStringLiteral("bias"),
                                Cli::tr("Biases: zero or random (default zero)."), Cli::tr("kind"));
  const QCommandLineOption nearZero(
      QStringLiteral("near-zero"),
      Cli::tr("Count an output as zero when |f(z)| <= this (default 0: exact zeros)."),
      Cli::tr("t"));
  for (const auto& o :
       {activation, param, inits, width, depth, inputs, batch, networks, bias, nearZero})
    cmd.add(o);
  if (auto code = cmd.parse()) return *code;

  core::DepthVarianceConfig config;
  config.activation = cmd.activation(activation, param, config.activation);
  config.inits = cmd.inits(inits, config.inits);
  config.width = cmd.integer(width, config.width, 1, 2048);
  config.depth = cmd.integer(depth, config.depth, 1, 1000);
  config.inputs = cmd.integer(inputs, config.inputs, 0, 2048);
  config.batch = cmd.integer(batch, config.batch, 1, 100000);
  config.networks = cmd.integer(networks, config.networks, 2, 10'000'000);
  config.bias = cmd.bias(bias, config.bias);
  config.nearZero = cmd.number(nearZero, config.nearZero);
  config.seed = cmd.seed();
  const core::StudyControl control = cmd.control();
  if (cmd.failed()) return cmd.usageError();
  const auto result = core::runDepthVarianceStudy(config, control);
  if (!result) return cmd.usageError(io::coreText(result.message()));
  return cmd.finish(depthTable(*result), core::depthVarianceCsv(*result), result->cancelled);
}

int runUnit(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  StudyCommand cmd(arguments, core::StudyId::Unit,
                   QT_TRANSLATE_NOOP(
                       "relulab::app",
                       "One unit y = f(z) with z ~ N(mu, sigma^2): the fraction of zeros, the mean "
                       "and the variance of y by Monte Carlo, beside ReLU's exact values."),
                   out, err);
  const QCommandLineOption activation(QStringLiteral("activation"),
                                      Cli::tr("Activation (default relu)."), Cli::tr("name"));
  const QCommandLineOption param(QStringLiteral("param"), Cli::tr("The activation's parameter."),
                                 Cli::tr("value"));
  const QCommandLineOption mean(QStringLiteral("mean"), Cli::tr("mu (default 0)."), Cli::tr("mu"));
  const QCommandLineOption stddev(QStringLiteral("std"), Cli::tr("sigma (default 1)."),
                                  Cli::tr("sigma"));
  const QCommandLineOption samples(QStringLiteral("samples"), Cli::tr("Samples (default 1000000)."),
                                   Cli::tr("n"));
  const QCommandLineOption nearZero(
      QStringLiteral("near-zero"),
      Cli::tr("Count y as zero when |y| <= this (default 0: exact zeros)."), Cli::tr("t"));
  for (const auto& o : {activation, param, mean, stddev, samples, nearZero}) cmd.add(o);
  if (auto code = cmd.parse()) return *code;

  core::UnitMomentsConfig config;
  config.activation = cmd.activation(activation, param, config.activation);
  config.mean = cmd.number(mean, config.mean);
  config.stddev = cmd.number(stddev, config.stddev);
  config.samples = cmd.integer64(samples, config.samples, 2, 1'000'000'000);
  config.nearZero = cmd.number(nearZero, config.nearZero);
  config.seed = cmd.seed();
  const core::StudyControl control = cmd.control();
  if (cmd.failed()) return cmd.usageError();
  const auto result = core::runUnitMoments(config, control);
  if (!result) return cmd.usageError(io::coreText(result.message()));
  return cmd.finish(unitTable(*result), core::unitMomentsCsv(*result), !result->complete);
}

}  // namespace relulab::app::study
