#pragma once

// For the command-line tests: run `relulab` and keep its exit code and what
// it printed. runRelulab starts the built binary (RELULAB_BINARY);
// runTrainCommand calls `relulab train` in this process (link relulab_cli).

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "app/cli/commands.h"

namespace relulab::test {

struct CliRun {
  int code;  // −1: timed out; −2: crashed
  QString out;
  QString err;
};

inline CliRun runRelulab(
    const QStringList& arguments,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
  QProcess process;
  process.setProcessEnvironment(env);
  process.start(QStringLiteral(RELULAB_BINARY), arguments);
  if (!process.waitForFinished(60000)) return {-1, {}, QStringLiteral("timed out")};
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
          QString::fromUtf8(process.readAllStandardOutput()),
          QString::fromUtf8(process.readAllStandardError())};
}

inline CliRun runTrainCommand(QStringList arguments) {
  QString out, err;
  QTextStream o(&out), e(&err);
  arguments.prepend(QStringLiteral("relulab train"));
  const int code = app::runTrain(arguments, o, e);
  o.flush();
  e.flush();
  return {code, out, err};
}

}  // namespace relulab::test
