// relulab: the GUI by default; headless sub-commands (eval, train, …) for
// scripts, tests and benchmarks. Bad arguments exit 2 with a one-line reason.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>
#include <array>
#include <cstdio>

#include "app/cli/command_text.h"
#include "app/cli/commands.h"
#include "core/cpu/cpu.h"
#include "io/core_text.h"
#include "io/language.h"
#include "ui/shell/help_pages.h"
#include "ui/shell/main_window.h"
#include "ui/shell/screenshot.h"
#include "ui/shell/translations.h"

namespace {

using relulab::app::Cli;
using relulab::app::Command;

constexpr std::array kCommands{
    Command{
        "eval",
        QT_TRANSLATE_NOOP("relulab::app", "Print an activation's values and derivatives as CSV"),
        &relulab::app::runEval},
    Command{
        "activations",
        QT_TRANSLATE_NOOP("relulab::app", "List the activations, their parameters and defaults"),
        &relulab::app::runActivations},
    Command{"train",
            QT_TRANSLATE_NOOP(
                "relulab::app",
                "Train a network headless (preset or JSON config) and write its metric history"),
            &relulab::app::runTrain},
    Command{
        "study",
        QT_TRANSLATE_NOOP("relulab::app",
                          "Run a headless study (born-dead, depth-variance, …) to a table and CSV"),
        &relulab::app::runStudy},
    Command{"gpu-info",
            QT_TRANSLATE_NOOP("relulab::app",
                              "Show the GPU path's device and limits, or why there is none"),
            &relulab::app::runGpuInfo},
};

QStringList argumentList(int argc, char** argv) {
  QStringList list;
  for (int i = 0; i < argc; ++i) list << QString::fromLocal8Bit(argv[i]);
  return list;
}

const Command* findCommand(const QString& name) {
  for (const Command& c : kCommands)
    if (name == QLatin1String(c.name)) return &c;
  return nullptr;
}

// "relulab: <message>" on err, in the user's language; returns code.
int reportFailure(QTextStream& err, const relulab::core::Message& message, int code) {
  err << Cli::tr("relulab: %1").arg(relulab::io::coreText(message)) << Qt::endl;
  return code;
}

int runCommand(const Command& command, int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("relulab"));
  QCoreApplication::setApplicationVersion(QStringLiteral(RELULAB_VERSION));
  relulab::io::installTranslators(app);  // messages in the user's language; CSV stays as it is
  QTextStream out(stdout);
  QTextStream err(stderr);
  if (const auto path = relulab::core::cpu::pathFromEnvironment(); !path)
    return reportFailure(err, path.message(), 2);
  QStringList arguments = argumentList(argc, argv).mid(1);
  arguments[0] = QStringLiteral("relulab ") + arguments[0];
  const int code = command.run(arguments, out, err);
  out.flush();
  err.flush();
  return code;
}

bool hasDisplay() {
  return !qEnvironmentVariableIsEmpty("DISPLAY") ||
         !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
         !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QString helpText(const QCommandLineParser& parser) {
  // There is no QCoreApplication yet (the GUI one is made only after parsing,
  // once we know whether to render off screen); commandHelp names it anyway.
  QString text = relulab::app::commandHelp(parser, QStringLiteral("relulab"));
  text += QLatin1Char('\n') + Cli::tr("Commands (relulab COMMAND --help for each):") +
          QLatin1Char('\n');
  for (const Command& c : kCommands)
    text += QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -12).arg(Cli::tr(c.summary));
  return text;
}

int writeScreenshotsTo(const QString& folder, QTextStream& out, QTextStream& err) {
  const auto files = relulab::ui::writeScreenshots(folder);
  if (!files) return reportFailure(err, files.message(), 1);
  for (const QString& f : *files) out << QDir::toNativeSeparators(f) << Qt::endl;
  return 0;
}

// `relulab --lang CODE …` (or --lang=CODE) picks the language for this run,
// before a command or the window: it is passed on as RELULAB_LANG and taken
// out of the arguments.
void takeLanguageOption(int& argc, char** argv) {
  if (argc < 2) return;
  const QString first = QString::fromLocal8Bit(argv[1]);
  int used = 0;
  QString code;
  if (first == QLatin1String("--lang") && argc > 2) {
    code = QString::fromLocal8Bit(argv[2]);
    used = 2;
  } else if (first.startsWith(QLatin1String("--lang="))) {
    code = first.mid(7);
    used = 1;
  }
  if (!used) return;
  qputenv("RELULAB_LANG", code.toLocal8Bit());
  for (int i = 1; i + used < argc; ++i) argv[i] = argv[i + used];
  argc -= used;
  argv[argc] = nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  takeLanguageOption(argc, argv);
  if (argc > 1) {
    if (const Command* command = findCommand(QString::fromLocal8Bit(argv[1])))
      return runCommand(*command, argc, argv);
  }

  QCommandLineParser parser;
  parser.setApplicationDescription(
      Cli::tr("ReLU Lab: explore ReLU and its variants, and watch neurons die while tiny networks "
              "train."));
  const QCommandLineOption helpOption = parser.addHelpOption();
  const QCommandLineOption versionOption = parser.addVersionOption();
  const QCommandLineOption langOption(
      QStringLiteral("lang"),
      Cli::tr("Speak <code>: ar (Arabic) or en (English), for this run only; before a command "
              "too (relulab --lang ar train …). View → Language saves a choice."),
      Cli::tr("code"));
  parser.addOption(langOption);
  const QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"),
      Cli::tr("Render the main window off screen and write PNG files to <folder>, then exit."),
      Cli::tr("folder"));
  parser.addOption(screenshotOption);
  parser.addPositionalArgument(
      Cli::tr("file"),
      Cli::tr("An experiment (.relulab) to open and continue, a training set-up (.json), or "
              "points (.csv) to train on."),
      Cli::tr("[FILE]"));

  QTextStream out(stdout);
  QTextStream err(stderr);
  if (!parser.parse(argumentList(argc, argv))) {
    err << Cli::tr("relulab: %1 (try relulab --help)").arg(parser.errorText()) << Qt::endl;
    return 2;
  }
  // `relulab FILE`: an experiment, a training set-up or points to open.
  QString fileToOpen;
  if (parser.positionalArguments().size() == 1 &&
      QFileInfo(parser.positionalArguments().first()).isFile())
    fileToOpen = parser.positionalArguments().first();
  else if (!parser.positionalArguments().isEmpty()) {
    const QString first = parser.positionalArguments().first();
    const bool looksLikeFile = first.contains(QLatin1Char('.')) || first.contains(QLatin1Char('/'));
    err << (looksLikeFile
                ? Cli::tr("relulab: no such file: %1").arg(first)
                : Cli::tr("relulab: unknown command '%1' (try relulab --help)").arg(first))
        << Qt::endl;
    return 2;
  }
  if (parser.isSet(langOption)) qputenv("RELULAB_LANG", parser.value(langOption).toLocal8Bit());
  if (parser.isSet(helpOption)) {
    out << helpText(parser);
    return 0;
  }
  const auto cpuPath = relulab::core::cpu::pathFromEnvironment();
  if (parser.isSet(versionOption)) {
    if (!cpuPath) return reportFailure(err, cpuPath.message(), 2);
    // The CPU path last, after a blank line: help2man takes the paragraph
    // after the version for the man page's COPYRIGHT (cmake/man_page.cmake
    // leaves out the path, which is the building machine's).
    out << "relulab " << RELULAB_VERSION << Qt::endl
        << relulab::ui::licenceText() << Qt::endl
        << Qt::endl
        << Cli::tr("CPU path: %1")
               .arg(QString::fromStdString(relulab::core::cpu::pathName(*cpuPath)))
        << Qt::endl;
    return 0;
  }

  const bool headless = parser.isSet(screenshotOption) || !hasDisplay();
  if (headless) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("ReLU Lab"));
  QApplication::setApplicationVersion(QStringLiteral(RELULAB_VERSION));
  // The icon the package installs in the hicolor theme, built in too (the
  // window has it when run from the build folder); on Wayland the desktop
  // finds the icon through the desktop file's name.
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relulab.svg")));
  QGuiApplication::setDesktopFileName(QStringLiteral("relulab"));
  relulab::ui::installTranslations(app);

  if (headless && !cpuPath)  // no one to warn: refuse, as a command does
    return reportFailure(err, cpuPath.message(), 2);
  if (parser.isSet(screenshotOption))
    return writeScreenshotsTo(parser.value(screenshotOption), out, err);
  if (headless) {
    const QString folder = QDir::current().absoluteFilePath(QStringLiteral("relulab-output"));
    err << Cli::tr(
               "relulab: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
               "cannot open. Writing what it would show to %1 instead; run ReLU Lab on a "
               "desktop, or under xvfb-run, to use it.")
               .arg(QDir::toNativeSeparators(folder))
        << Qt::endl;
    return writeScreenshotsTo(folder, out, err);
  }

  relulab::ui::MainWindow window;
  window.restoreSettings();
  window.show();
  if (!cpuPath)
    QTimer::singleShot(
        0, &window, [&window, message = cpuPath.message()] { window.warnAboutCpuPath(message); });
  if (!fileToOpen.isEmpty())
    QTimer::singleShot(0, &window, [&window, fileToOpen] { window.openFile(fileToOpen); });
  return app.exec();
}
