#pragma once

// What the `relulab study NAME` sub-commands share: options every study has
// (--seed, --threads, --csv, --progress), reading option values with one-line
// errors, Ctrl-C as a cancel that keeps partial results, and table text.
// Internal to the app (command_study*.cpp).

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/command_text.h"
#include "core/activations/activation.h"
#include "core/studies/study_control.h"
#include "core/studies/study_ids.h"
#include "core/studies/study_network.h"

namespace relulab::app::study {

// One study's command line. Each study adds its options, then calls parse().
class StudyCommand {
 public:
  // arguments[0] is "relulab study NAME"; `name` is NAME.
  StudyCommand(const QStringList& arguments, core::StudyId study, const char* description,
               QTextStream& out, QTextStream& err);

  QCommandLineParser& parser() { return parser_; }
  void add(const QCommandLineOption& option) { parser_.addOption(option); }

  // Adds --seed, --threads, --csv, --progress and --help and parses. Returns an
  // exit code to return at once (0 after --help, 2 on a parse error), or
  // nothing to go on.
  std::optional<int> parse();

  // Typed option values. A bad value records a one-line reason (the first
  // one wins) and returns the fallback; check failed() after reading.
  int integer(const QCommandLineOption& option, int fallback, int lo, int hi);
  std::int64_t integer64(const QCommandLineOption& option, std::int64_t fallback, std::int64_t lo,
                         std::int64_t hi);
  double number(const QCommandLineOption& option, double fallback);
  std::vector<int> integers(const QCommandLineOption& option, std::vector<int> fallback);
  std::vector<double> numbers(const QCommandLineOption& option, std::vector<double> fallback);
  // --activation NAME and --param V (checked against the activation's range).
  core::Activation activation(const QCommandLineOption& name, const QCommandLineOption& param,
                              core::Activation fallback);
  // "relu,leaky_relu:0.1" → activations with their parameters.
  std::vector<core::Activation> activations(const QCommandLineOption& option,
                                            std::vector<core::Activation> fallback);
  core::StudyInit init(const QCommandLineOption& option, core::StudyInit fallback);
  std::vector<core::StudyInit> inits(const QCommandLineOption& option,
                                     std::vector<core::StudyInit> fallback);
  core::StudyBias bias(const QCommandLineOption& option, core::StudyBias fallback);

  std::uint64_t seed();
  void fail(const QString& reason);
  bool failed() const { return !error_.isEmpty(); }
  // Prints "relulab study NAME: reason" (the recorded one, or `reason`) and returns 2.
  int usageError(const QString& reason = {});

  // The study control for this run: threads, Ctrl-C as cancel, and progress
  // lines on stderr with --progress.
  core::StudyControl control();
  // Writes the table (unless --csv -), then the CSV to --csv's file or to
  // stdout for "-". Returns 0, 1 when the file cannot be written or the run
  // was interrupted (partial results are still written).
  int finish(const QString& table, const std::string& csv, bool cancelled);
  // Writes extra CSV text to a file named by an option; false (with a message) on failure.
  bool writeFile(const QString& path, const std::string& text);

  QTextStream& out() { return out_; }
  QTextStream& err() { return err_; }

 private:
  QStringList arguments_;
  QString name_;
  QTextStream& out_;
  QTextStream& err_;
  QCommandLineParser parser_;
  QCommandLineOption seed_;
  QCommandLineOption threads_;
  QCommandLineOption csv_;
  QCommandLineOption progress_;
  QString error_;
};

// A plain text table: a header row, then rows, columns right-aligned.
class TextTable {
 public:
  explicit TextTable(QStringList header);
  void add(QStringList row);
  QString text() const;

 private:
  std::vector<QStringList> rows_;
};

QString fixed(double value, int decimals = 4);
QString interval(const core::Proportion& p, int decimals = 4);  // "0.9437 [0.9390, 0.9480]"
QString interval(const core::MeanEstimate& m, int decimals = 4);

}  // namespace relulab::app::study
