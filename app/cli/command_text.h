#pragma once

// What every `relulab` command says goes through here: text through Qt's
// translations (one context, "relulab", for the whole command line) and
// --help with the program named the way the user types it.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

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

}  // namespace relulab::app
