#include "app/cli/command_study_support.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <limits>
#include <memory>

#include "io/activation_spec.h"
#include "io/core_text.h"

namespace relulab::app::study {

namespace {

// Ctrl-C during a study: the study stops at its next check and returns what it
// has; the command writes that and exits 1. A lock-free atomic is safe to set
// from a signal handler.
std::atomic<bool> gInterrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int) {
  gInterrupted.store(true);
}

}  // namespace

StudyCommand::StudyCommand(const QStringList& arguments, core::StudyId study,
                           const char* description, QTextStream& out, QTextStream& err)
    : arguments_(arguments),
      name_(io::qstring(core::studyId(study))),
      out_(out),
      err_(err),
      seed_(QStringLiteral("seed"),
            Cli::tr("Seed: the same seed gives the same numbers (default 1)."), Cli::tr("n")),
      threads_(QStringLiteral("threads"),
               Cli::tr("Worker threads (default: all cores); results do not depend on it."),
               Cli::tr("n")),
      csv_(QStringLiteral("csv"),
           Cli::tr("Write the results as CSV to <file> (\"-\": to stdout, "
                   "instead of the table)."),
           Cli::tr("file")),
      progress_(QStringLiteral("progress"), Cli::tr("Report progress and time left on stderr.")) {
  parser_.setApplicationDescription(Cli::tr(description));
}

std::optional<int> StudyCommand::parse() {
  parser_.addOption(seed_);
  parser_.addOption(threads_);
  parser_.addOption(csv_);
  parser_.addOption(progress_);
  const QCommandLineOption help = parser_.addHelpOption();
  if (!parser_.parse(arguments_)) return usageError(parser_.errorText());
  if (parser_.isSet(help)) {
    out_ << commandHelp(parser_, arguments_.value(0));
    return 0;
  }
  if (!parser_.positionalArguments().isEmpty())
    return usageError(
        Cli::tr("unexpected argument '%1'").arg(parser_.positionalArguments().first()));
  return std::nullopt;
}

void StudyCommand::fail(const QString& reason) {
  if (error_.isEmpty()) error_ = reason;
}

int StudyCommand::usageError(const QString& reason) {
  std::signal(SIGINT, SIG_DFL);
  const QString why = reason.isEmpty() ? error_ : reason;
  err_ << Cli::tr("relulab study %1: %2 (try relulab study %1 --help)").arg(name_, why) << Qt::endl;
  return 2;
}

int StudyCommand::integer(const QCommandLineOption& option, int fallback, int lo, int hi) {
  return static_cast<int>(integer64(option, fallback, lo, hi));
}

std::int64_t StudyCommand::integer64(const QCommandLineOption& option, std::int64_t fallback,
                                     std::int64_t lo, std::int64_t hi) {
  if (!parser_.isSet(option)) return fallback;
  bool ok = false;
  const QString text = parser_.value(option);
  const qlonglong v = text.trimmed().toLongLong(&ok);
  if (!ok || v < lo || v > hi) {
    fail(Cli::tr("--%1 must be an integer in [%2, %3], got '%4'")
             .arg(option.names().first())
             .arg(lo)
             .arg(hi)
             .arg(text));
    return fallback;
  }
  return v;
}

double StudyCommand::number(const QCommandLineOption& option, double fallback) {
  if (!parser_.isSet(option)) return fallback;
  bool ok = false;
  const QString text = parser_.value(option);
  const double v = text.trimmed().toDouble(&ok);
  if (!ok || !std::isfinite(v)) {
    fail(Cli::tr("--%1 must be a number, got '%2'").arg(option.names().first(), text));
    return fallback;
  }
  return v;
}

std::vector<int> StudyCommand::integers(const QCommandLineOption& option,
                                        std::vector<int> fallback) {
  if (!parser_.isSet(option)) return fallback;
  std::vector<int> values;
  for (const QString& part : parser_.value(option).split(QLatin1Char(','))) {
    bool ok = false;
    const int v = part.trimmed().toInt(&ok);
    if (!ok) {
      fail(Cli::tr("--%1 takes integers separated by commas, got '%2'")
               .arg(option.names().first(), parser_.value(option)));
      return fallback;
    }
    values.push_back(v);
  }
  return values;
}

std::vector<double> StudyCommand::numbers(const QCommandLineOption& option,
                                          std::vector<double> fallback) {
  if (!parser_.isSet(option)) return fallback;
  std::vector<double> values;
  for (const QString& part : parser_.value(option).split(QLatin1Char(','))) {
    bool ok = false;
    const double v = part.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
      fail(Cli::tr("--%1 takes numbers separated by commas, got '%2'")
               .arg(option.names().first(), parser_.value(option)));
      return fallback;
    }
    values.push_back(v);
  }
  return values;
}

core::Activation StudyCommand::activation(const QCommandLineOption& name,
                                          const QCommandLineOption& param,
                                          core::Activation fallback) {
  if (!parser_.isSet(name) && !parser_.isSet(param)) return fallback;
  const QString id = parser_.isSet(name) ? parser_.value(name)
                                         : io::qstring(core::activationInfo(fallback.kind).id);
  std::optional<double> p;
  if (parser_.isSet(param)) p = number(param, 0.0);
  const auto a = io::activationFrom(id, p);
  if (!a) {
    fail(io::coreText(a.message()));
    return fallback;
  }
  return *a;
}

std::vector<core::Activation> StudyCommand::activations(const QCommandLineOption& option,
                                                        std::vector<core::Activation> fallback) {
  if (!parser_.isSet(option)) return fallback;
  std::vector<core::Activation> list;
  for (const QString& part : parser_.value(option).split(QLatin1Char(','))) {
    const auto a = io::parseActivationSpec(part);
    if (!a) {
      fail(Cli::tr("--%1: %2").arg(option.names().first(), io::coreText(a.message())));
      return fallback;
    }
    list.push_back(*a);
  }
  return list;
}

core::StudyInit StudyCommand::init(const QCommandLineOption& option, core::StudyInit fallback) {
  const auto list = inits(option, {fallback});
  if (list.size() != 1) fail(Cli::tr("--%1 takes one initialisation").arg(option.names().first()));
  return list.empty() ? fallback : list.front();
}

std::vector<core::StudyInit> StudyCommand::inits(const QCommandLineOption& option,
                                                 std::vector<core::StudyInit> fallback) {
  if (!parser_.isSet(option)) return fallback;
  std::vector<core::StudyInit> list;
  for (const QString& part : parser_.value(option).split(QLatin1Char(','))) {
    const auto init = core::studyInitFromId(part.trimmed().toStdString());
    if (!init) {
      fail(Cli::tr("unknown initialisation '%1' (one of: %2)")
               .arg(part, io::qstring(core::studyInitIdList())));
      return fallback;
    }
    list.push_back(*init);
  }
  return list;
}

core::StudyBias StudyCommand::bias(const QCommandLineOption& option, core::StudyBias fallback) {
  if (!parser_.isSet(option)) return fallback;
  const auto bias = core::studyBiasFromId(parser_.value(option).trimmed().toStdString());
  if (!bias) {
    fail(Cli::tr("--%1 must be zero or random, got '%2'")
             .arg(option.names().first(), parser_.value(option)));
    return fallback;
  }
  return *bias;
}

std::uint64_t StudyCommand::seed() {
  if (!parser_.isSet(seed_)) return 1;
  bool ok = false;
  const qulonglong v = parser_.value(seed_).trimmed().toULongLong(&ok);
  if (!ok)
    fail(Cli::tr("--seed must be a non-negative integer, got '%1'").arg(parser_.value(seed_)));
  return ok ? v : 1;
}

core::StudyControl StudyCommand::control() {
  core::StudyControl control;
  control.threads = integer(threads_, 0, 0, 1024);
  gInterrupted.store(false);
  std::signal(SIGINT, onInterrupt);
  control.cancel = &gInterrupted;
  if (parser_.isSet(progress_)) {
    // At most two lines a second; the callback runs on this (the calling) thread.
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    control.progress = [this, last](const core::StudyProgress& p) {
      const auto now = std::chrono::steady_clock::now();
      if (p.tasksDone < p.taskCount && now - *last < std::chrono::milliseconds(500)) return;
      *last = now;
      err_ << Cli::tr("%1: %2% done, about %3 s left")
                  .arg(name_)
                  .arg(100.0 * p.fraction, 0, 'f', 1)
                  .arg(std::max(0.0, p.secondsLeft), 0, 'f', 1)
           << Qt::endl;
    };
  }
  return control;
}

bool StudyCommand::writeFile(const QString& path, const std::string& text) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      file.write(text.data(), static_cast<qint64>(text.size())) !=
          static_cast<qint64>(text.size())) {
    err_ << Cli::tr("relulab study %1: cannot write %2: %3").arg(name_, path, file.errorString())
         << Qt::endl;
    return false;
  }
  return true;
}

int StudyCommand::finish(const QString& table, const std::string& csv, bool cancelled) {
  const QString target = parser_.value(csv_);
  if (target == QLatin1String("-")) {
    out_ << io::qstring(csv);
  } else {
    out_ << table;
    if (parser_.isSet(csv_) && !writeFile(target, csv)) return 1;
  }
  out_.flush();
  std::signal(SIGINT, SIG_DFL);
  if (cancelled) {
    err_ << Cli::tr("relulab study %1: interrupted; the results above are partial").arg(name_)
         << Qt::endl;
    return 1;
  }
  return 0;
}

TextTable::TextTable(QStringList header) {
  rows_.push_back(std::move(header));
}

void TextTable::add(QStringList row) {
  rows_.push_back(std::move(row));
}

QString TextTable::text() const {
  std::vector<qsizetype> widths;
  for (const QStringList& row : rows_)
    for (qsizetype c = 0; c < row.size(); ++c) {
      if (static_cast<qsizetype>(widths.size()) <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], row[c].size());
    }
  QString text;
  for (const QStringList& row : rows_) {
    for (qsizetype c = 0; c < row.size(); ++c)
      text += (c ? QStringLiteral("  ") : QString()) + row[c].rightJustified(widths[c]);
    text += QLatin1Char('\n');
  }
  return text;
}

QString fixed(double value, int decimals) {
  if (std::isnan(value)) return QStringLiteral("-");
  return QString::number(value, 'f', decimals);
}

QString interval(const core::Proportion& p, int decimals) {
  return QStringLiteral("%1 [%2, %3]")
      .arg(fixed(p.estimate, decimals), fixed(p.lower, decimals), fixed(p.upper, decimals));
}

QString interval(const core::MeanEstimate& m, int decimals) {
  return QStringLiteral("%1 ± %2").arg(fixed(m.mean, decimals), fixed(m.standardError, decimals));
}

}  // namespace relulab::app::study
