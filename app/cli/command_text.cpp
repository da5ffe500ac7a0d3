#include "app/cli/command_text.h"

#include <QCoreApplication>

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

}  // namespace relulab::app
