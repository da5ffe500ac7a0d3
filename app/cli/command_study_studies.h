#pragma once

// The studies behind `relulab study NAME`, one function each (arguments[0] is
// "relulab study NAME"); command_study.cpp lists and dispatches them.

#include <QStringList>
#include <QTextStream>

namespace relulab::app::study {

int runBornDead(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runDepthVariance(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runUnit(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runPhaseDiagram(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runCollapse(const QStringList& arguments, QTextStream& out, QTextStream& err);

}  // namespace relulab::app::study
