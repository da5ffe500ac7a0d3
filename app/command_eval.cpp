// Placeholder until the eval command lands.
#include "app/commands.h"
namespace relulab::app {
int runEval(const QStringList&, QTextStream&, QTextStream& err) { err << "eval: not yet\n"; return 1; }
int runActivations(const QStringList&, QTextStream&, QTextStream& err) { err << "not yet\n"; return 1; }
}  // namespace relulab::app
