// relulab study phase-diagram: the fraction of dead hidden units after
// training over learning rate × bias init / depth / activation (see
// core/studies/phase_diagram.h).

#include "app/cli/command_study_studies.h"
#include "app/cli/command_study_support.h"
#include "core/gpu/phase_ensemble.h"
#include "core/studies/phase_diagram.h"
#include "core/training/presets.h"
#include "io/core_text.h"

namespace relulab::app::study {

namespace {

QString phaseTable(const core::PhaseDiagramResult& r) {
  const core::PhaseDiagramConfig& c = r.config;
  const int columns = c.columnCount();
  QStringList header{Cli::tr("lr \\ %1").arg(io::qstring(core::phaseAxisId(c.axis)))};
  for (int k = 0; k < columns; ++k) header << QString::fromStdString(core::phaseColumnLabel(c, k));
  TextTable dead(header), any(header);
  for (std::size_t row = 0; row < c.learningRates.size(); ++row) {
    QStringList deadRow{QString::number(c.learningRates[row])}, anyRow = deadRow;
    for (int k = 0; k < columns; ++k) {
      const core::PhaseCell& cell = r.cells[row * columns + k];
      const bool leaky = cell.inactiveFraction.mean > 0.0 && cell.deadFraction.mean == 0.0;
      deadRow << fixed(leaky ? cell.inactiveFraction.mean : cell.deadFraction.mean, 3) +
                     (leaky ? QStringLiteral("i") : QString()) +
                     (cell.complete ? QString() : QStringLiteral("*"));
      anyRow << QStringLiteral("%1/%2").arg(cell.anyDead.successes).arg(cell.runsDone) +
                    (cell.diverged ? Cli::tr(" (%1 diverged)").arg(cell.diverged) : QString());
    }
    dead.add(deadRow);
    any.add(anyRow);
  }
  QString text = Cli::tr(
                     "Fraction of hidden units dead after %1 epochs (mean over %2 seeds; "
                     "i: inactive, for activations that cannot die):")
                     .arg(c.epochs)
                     .arg(c.seeds) +
                 QLatin1Char('\n') + dead.text() + QLatin1Char('\n') +
                 Cli::tr("Runs with at least one dead unit:") + QLatin1Char('\n') + any.text();
  text += Cli::tr("Took %1 s.").arg(r.seconds, 0, 'f', 2) + QLatin1Char('\n');
  if (r.cancelled)
    text += Cli::tr("* cancelled part-way: fewer runs than asked.") + QLatin1Char('\n');
  return text;
}

}  // namespace

int runPhaseDiagram(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  StudyCommand cmd(
      arguments, core::StudyId::PhaseDiagram,
      QT_TRANSLATE_NOOP(
          "relulab::app",
          "Dying phase diagram: fraction of dead hidden units after training, over "
          "learning rate x bias init (or depth, or activation), several seeds per cell."),
      out, err);
  const QCommandLineOption presetOption(
      QStringLiteral("preset"), Cli::tr("The set-up every run starts from (default tfp-relu)."),
      Cli::tr("name"));
  const QCommandLineOption lrs(QStringLiteral("lrs"),
                               Cli::tr("Learning rates, the rows (default 0.01,0.03,0.1,0.3,1,3)."),
                               Cli::tr("list"));
  const QCommandLineOption axis(QStringLiteral("axis"),
                                Cli::tr("The columns: bias (default), depth or activation."),
                                Cli::tr("axis"));
  const QCommandLineOption biases(
      QStringLiteral("biases"), Cli::tr("Bias inits for --axis bias (default -1,-0.5,0,0.1,0.5)."),
      Cli::tr("list"));
  const QCommandLineOption depths(QStringLiteral("depths"),
                                  Cli::tr("Hidden layers for --axis depth (default 1,2,3,4,6)."),
                                  Cli::tr("list"));
  const QCommandLineOption activations(
      QStringLiteral("activations"),
      Cli::tr("Activations for --axis activation (default relu,leaky_relu:0.01,elu)."),
      Cli::tr("list"));
  const QCommandLineOption seeds(QStringLiteral("seeds"), Cli::tr("Runs per cell (default 5)."),
                                 Cli::tr("n"));
  const QCommandLineOption epochs(QStringLiteral("epochs"),
                                  Cli::tr("Epochs per run (default 500)."), Cli::tr("n"));
  const QCommandLineOption backend(
      QStringLiteral("backend"), Cli::tr("cpu, gpu or auto (default auto): where the runs train."),
      Cli::tr("name"));
  for (const auto& o :
       {presetOption, lrs, axis, biases, depths, activations, seeds, epochs, backend})
    cmd.add(o);
  if (auto code = cmd.parse()) return *code;

  core::PhaseDiagramConfig config;
  if (cmd.parser().isSet(presetOption)) {
    const auto base = core::preset(cmd.parser().value(presetOption).toStdString());
    if (!base)
      cmd.fail(Cli::tr("unknown preset '%1' (one of: %2)")
                   .arg(cmd.parser().value(presetOption),
                        QString::fromStdString(core::presetNameList())));
    else
      config.base = *base;
    config.base.diagnostics.every = 0;
  }
  config.learningRates = cmd.numbers(lrs, config.learningRates);
  if (cmd.parser().isSet(axis)) {
    const auto a = core::phaseAxisFromId(cmd.parser().value(axis).toStdString());
    if (!a)
      cmd.fail(Cli::tr("--axis must be bias, depth or activation, got '%1'")
                   .arg(cmd.parser().value(axis)));
    else
      config.axis = *a;
  }
  config.biasInits = cmd.numbers(biases, config.biasInits);
  config.depths = cmd.integers(depths, config.depths);
  config.activations = cmd.activations(activations, config.activations);
  config.seeds = cmd.integer(seeds, config.seeds, 1, 10000);
  config.epochs = cmd.number(epochs, config.epochs);
  config.seed = cmd.seed();
  const QString backendName = cmd.parser().value(backend);
  const auto requested =
      gpu::backendFromId(backendName.isEmpty() ? "auto" : backendName.toStdString());
  if (!requested)
    cmd.fail(Cli::tr("--backend must be cpu, gpu or auto, got '%1'").arg(backendName));
  const core::StudyControl control = cmd.control();
  if (cmd.failed()) return cmd.usageError();
  if (auto error = core::validate(config)) return cmd.usageError(io::coreText(*error));

  // gpu runs on the GPU or not at all; auto says which it picked and why.
  auto chosen = gpu::choosePhaseBackend(*requested, config);
  if (!chosen) {
    err << Cli::tr("relulab study phase-diagram: %1").arg(io::coreText(chosen.message()))
        << Qt::endl;
    return 1;
  }
  err << Cli::tr("relulab study phase-diagram: training on the %1 path: %2")
             .arg(chosen->choice.backend == gpu::Backend::Gpu ? QStringLiteral("GPU")
                                                              : QStringLiteral("CPU"),
                  io::coreText(chosen->choice.reason))
      << Qt::endl;

  gpu::GpuPhaseEnsemble* ensemble = chosen.value().ensemble.get();
  const auto result = core::runPhaseDiagramStudy(config, control, ensemble);
  if (!result) return cmd.usageError(io::coreText(result.message()));
  const bool failed = ensemble != nullptr && ensemble->failure();
  const int code =
      cmd.finish(phaseTable(*result), core::phaseDiagramCsv(*result), result->cancelled && !failed);
  if (failed) {
    err << Cli::tr(
               "relulab study phase-diagram: the GPU path failed part-way (%1); the results "
               "above are partial")
               .arg(io::coreText(*ensemble->failure()))
        << Qt::endl;
    return 1;
  }
  return code;
}

}  // namespace relulab::app::study
