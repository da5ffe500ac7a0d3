// relulab study NAME [options]: the headless studies. Each prints a
// table, writes CSV with --csv, and takes --seed (same seed, same numbers,
// whatever --threads says). `relulab study --help` lists them.

#include <array>

#include "core/studies/study_ids.h"
#include "io/core_text.h"

#include "app/cli/command_study_studies.h"
#include "app/cli/command_study_support.h"
#include "app/cli/commands.h"

namespace relulab::app {

namespace {

struct Study {
  core::StudyId id;
  const char* summary;
  int (*run)(const QStringList&, QTextStream&, QTextStream&);
};

constexpr std::array kStudies{
    Study{
        core::StudyId::BornDead,
        QT_TRANSLATE_NOOP("relulab::app",
                          "Probability that a new network is a constant function (Lu et al. 2019)"),
        &study::runBornDead},
    Study{core::StudyId::DepthVariance,
          QT_TRANSLATE_NOOP("relulab::app",
                            "Mean square and fraction of zeros layer by layer, He vs Xavier vs "
                            "LeCun (He et al. 2015)"),
          &study::runDepthVariance},
    Study{core::StudyId::Unit,
          QT_TRANSLATE_NOOP(
              "relulab::app",
              "One unit fed N(mu, sigma^2): P(0), mean and variance against the exact values"),
          &study::runUnit},
    Study{core::StudyId::PhaseDiagram,
          QT_TRANSLATE_NOOP(
              "relulab::app",
              "Fraction of dead units after training, over learning rate x bias init (or depth, "
              "activation)"),
          &study::runPhaseDiagram},
    Study{core::StudyId::Collapse,
          QT_TRANSLATE_NOOP("relulab::app",
                            "How often deep, narrow nets trained on |x| collapse to a constant"),
          &study::runCollapse},
};

QString studyList() {
  QString text = Cli::tr(
                     "Usage: relulab study NAME [options]   (relulab study NAME --help for "
                     "its options)") +
                 QLatin1Char('\n') + Cli::tr("Studies:") + QLatin1Char('\n');
  for (const Study& s : kStudies)
    text += QStringLiteral("  %1  %2\n")
                .arg(io::qstring(core::studyId(s.id)), -15)
                .arg(Cli::tr(s.summary));
  text += Cli::tr(
              "Every study prints a table, writes CSV with --csv FILE, and reproduces its "
              "numbers from --seed whatever --threads is.") +
          QLatin1Char('\n');
  return text;
}

}  // namespace

int runStudy(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  const QString name = arguments.value(1);
  if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
      name == QLatin1String("help")) {
    out << studyList();
    return 0;
  }
  if (name.isEmpty()) {
    err << Cli::tr("relulab study: name a study (%1; try relulab study --help)")
               .arg(io::qstring(core::studyIdList()))
        << Qt::endl;
    return 2;
  }
  for (const Study& s : kStudies) {
    if (name != io::qstring(core::studyId(s.id))) continue;
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.value(0) + QLatin1Char(' ') + name;
    return s.run(rest, out, err);
  }
  err << Cli::tr("relulab study: unknown study '%1' (try relulab study --help)").arg(name)
      << Qt::endl;
  return 2;
}

}  // namespace relulab::app
