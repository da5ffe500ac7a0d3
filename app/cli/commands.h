#pragma once

// Headless sub-commands of `relulab`. Each takes its own arguments (the first
// one is the command's name, as QCommandLineParser expects), writes its output
// to `out`, messages to `err`, and returns the exit code: 0 done, 1 a run-time
// failure (diverged, file not writable), 2 bad arguments (with a one-line reason).

#include <QStringList>
#include <QTextStream>

namespace relulab::app {

struct Command {
  const char* name;
  const char* summary;  // one line for `relulab --help`
  int (*run)(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

int runEval(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runActivations(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runStudy(const QStringList& arguments, QTextStream& out, QTextStream& err);
// relulab train (--config FILE.json | --preset NAME) [--steps N | --epochs N]
//               [--seed S] [--csv FILE] [--every K]  (app/cli/command_train.cpp)
int runTrain(const QStringList& arguments, QTextStream& out, QTextStream& err);

// relulab gpu-info: the GPU path's device and limits, or why there is none
// (app/cli/command_gpu_info.cpp). Exit 0 available, 1 unavailable, 2 bad arguments.
int runGpuInfo(const QStringList& arguments, QTextStream& out, QTextStream& err);

}  // namespace relulab::app
