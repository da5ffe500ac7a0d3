#pragma once

// What every `relulab` command says goes through here: text through Qt's
// translations (one context, "relulab", for the whole command line) and
// --help with the program named the way the user types it.

#include <QCommandLineParser>
#include <QString>

namespace relulab::app {

QString tr(const char* text);

// parser.helpText() with its usage line naming `command` ("relulab train"),
// not the path the binary was started from.
QString commandHelp(const QCommandLineParser& parser, const QString& command);

}  // namespace relulab::app
