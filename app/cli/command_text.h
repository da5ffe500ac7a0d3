#pragma once

// What every `relulab` command says goes through here: text through Qt's
// translations (one context, "relulab", for the whole command line) and
// --help with the program named the way the user types it.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace relulab::core {
class History;
}

namespace relulab::app {

// Cli::tr("…") translates in the context "relulab::app". lupdate finds that
// context through this declaration (a free tr() would leave it guessing from
// the enclosing namespace or class), so the strings it extracts are the ones
// the program looks up.
class Cli {
  Q_DECLARE_TR_FUNCTIONS(relulab::app)

 public:
  Cli() = delete;
};

// parser.helpText() with its usage line naming `command` ("relulab train"),
// not the path the binary was started from.
QString commandHelp(const QCommandLineParser& parser, const QString& command);

// "12.5 %": a fraction as a percentage, one decimal.
QString percent(double fraction);

// "relulab train: <message>" on err; returns 2, the exit status of bad
// arguments.
int badTrainArguments(QTextStream& err, const QString& message);

// --csv: writes the history to path and says so on out ("history: N rows →
// path"); false, with the reason on err, where the file cannot be written.
bool writeHistoryCsv(const core::History& history, const QString& path, QTextStream& out,
                     QTextStream& err);

}  // namespace relulab::app
