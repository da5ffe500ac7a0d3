#include "app/cli/command_text.h"

#include <QCoreApplication>
#include <QFile>
#include <sstream>

#include "core/training/history.h"

namespace relulab::app {

QString commandHelp(const QCommandLineParser& parser, const QString& command) {
  QString text = parser.helpText();
  // Qt names the program by argv[0] once an application object exists, and
  // by a placeholder before; either way it is the first word after "Usage:".
  const QString program = QCoreApplication::instance() != nullptr
                              ? QCoreApplication::arguments().value(0)
                              : QStringLiteral("<executable_name>");
  const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
  if (at >= 0) text.replace(at, program.size(), command);
  return text;
}

QString percent(double fraction) {
  return QString::number(100.0 * fraction, 'f', 1) + QStringLiteral(" %");
}

int badTrainArguments(QTextStream& err, const QString& message) {
  err << Cli::tr("relulab train: ") << message << Qt::endl;
  return 2;
}

bool writeHistoryCsv(const core::History& history, const QString& path, QTextStream& out,
                     QTextStream& err) {
  std::ostringstream text;
  history.writeCsv(text);
  const std::string bytes = text.str();
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      f.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
          static_cast<qint64>(bytes.size())) {
    err << Cli::tr("relulab train: cannot write %1: %2").arg(path, f.errorString()) << Qt::endl;
    return false;
  }
  out << Cli::tr("history: %1 rows → %2\n").arg(history.size()).arg(path);
  return true;
}

}  // namespace relulab::app
