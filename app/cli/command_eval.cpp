// `relulab eval` and `relulab activations`: the activation library on the
// command line. eval prints CSV (x,y,dydx[,dydp]) with round-trippable
// numbers (%.17g in f64, %.9g in f32); bad arguments exit 2 with one line
// that names the valid choices.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cmath>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "app/cli/command_text.h"
#include "app/cli/commands.h"
#include "core/activations/activation.h"
#include "core/gpu/backend.h"
#include "io/activation_spec.h"
#include "io/core_text.h"

namespace relulab::app {
namespace {

namespace core = relulab::core;

// A bad argument: the one line for err (without the command's name).
struct Failure {
  QString reason;
};

std::optional<double> parseNumber(const QString& text) {
  bool ok = false;
  const double v = text.trimmed().toDouble(&ok);  // C locale; accepts nan, inf
  return ok ? std::optional<double>(v) : std::nullopt;
}

// --x 1,2,3 or --range a:b:n (n points from a to b, both included).
std::variant<std::vector<double>, Failure> inputs(const QCommandLineParser& parser) {
  const bool hasList = parser.isSet(QStringLiteral("x"));
  const bool hasRange = parser.isSet(QStringLiteral("range"));
  if (hasList == hasRange)
    return Failure{Cli::tr("give exactly one of --x v1,v2,… and --range a:b:n")};
  std::vector<double> xs;
  if (hasList) {
    for (const QString& item : parser.value(QStringLiteral("x")).split(QLatin1Char(','))) {
      const auto v = parseNumber(item);
      if (!v) return Failure{Cli::tr("--x: '%1' is not a number").arg(item)};
      xs.push_back(*v);
    }
    return xs;
  }
  const QString text = parser.value(QStringLiteral("range"));
  const QStringList parts = text.split(QLatin1Char(':'));
  bool countOk = false;
  const int count = parts.size() == 3 ? parts[2].toInt(&countOk) : 0;
  const auto a = parts.size() == 3 ? parseNumber(parts[0]) : std::nullopt;
  const auto b = parts.size() == 3 ? parseNumber(parts[1]) : std::nullopt;
  if (!a || !b || !countOk || count < 1 || count > 10'000'000 || !std::isfinite(*a) ||
      !std::isfinite(*b))
    return Failure{Cli::tr("--range: expected a:b:n with finite a, b and 1 ≤ n ≤ 10000000 "
                           "(e.g. -5:5:101), got '%1'")
                       .arg(text)};
  xs.resize(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
    xs[static_cast<std::size_t>(i)] = count == 1 ? *a : *a + (*b - *a) * i / (count - 1);
  return xs;
}

std::variant<core::Activation, Failure> chosenActivation(const QCommandLineParser& parser) {
  if (!parser.isSet(QStringLiteral("activation")))
    return Failure{
        Cli::tr("--activation is required; valid: %1").arg(io::qstring(core::activationIdList()))};
  std::optional<double> param;
  if (parser.isSet(QStringLiteral("param"))) {
    param = parseNumber(parser.value(QStringLiteral("param")));
    if (!param)
      return Failure{
          Cli::tr("--param: '%1' is not a number").arg(parser.value(QStringLiteral("param")))};
  }
  auto made = io::activationFrom(parser.value(QStringLiteral("activation")), param);
  if (!made) return Failure{io::coreText(made.message())};
  return made.value();
}

template <typename T>
void printCsv(const std::vector<T>& x, const std::vector<T>& y, const std::vector<T>& dydx,
              const std::vector<T>& dydp, QTextStream& out) {
  const bool hasParam = !dydp.empty();
  const char* format = sizeof(T) == sizeof(float) ? "%.9g" : "%.17g";
  const auto number = [format](T v) { return QString::asprintf(format, static_cast<double>(v)); };
  out << (hasParam ? "x,y,dydx,dydp\n" : "x,y,dydx\n");
  for (std::size_t i = 0; i < x.size(); ++i) {
    out << number(x[i]) << ',' << number(y[i]) << ',' << number(dydx[i]);
    if (hasParam) out << ',' << number(dydp[i]);
    out << '\n';
  }
}

// Evaluates on the CPU path in T, or (float only) on the backend `requested`
// picks; returns what ran and why, or the GPU path's failure.
template <typename T>
core::Result<gpu::BackendChoice> writeCsv(const core::Activation& a, const std::vector<double>& xs,
                                          gpu::Backend requested, QTextStream& out) {
  const bool hasParam = core::activationInfo(a.kind).parameter.has_value();
  const std::vector<T> x(xs.begin(), xs.end());  // f32: rounded first, as the golden file
  std::vector<T> y(x.size()), dydx(x.size()), dydp(hasParam ? x.size() : 0);
  // f64 runs on the CPU path only (any other --backend is a usage error, checked before).
  gpu::BackendChoice choice =
      gpu::chooseBackend(gpu::Backend::Cpu, gpu::Workload::Activation, x.size());
  if constexpr (std::is_same_v<T, float>) {
    auto chosen = gpu::evaluateActivation(requested, a, x, y, dydx, dydp);
    if (!chosen) return chosen;
    choice = std::move(chosen).value();
  } else {
    core::evaluateBoth<T>(a, x, y, dydx);
    core::evaluateParamDerivative<T>(a, x, dydp);
  }
  printCsv(x, y, dydx, dydp, out);
  return choice;
}

int fail(QTextStream& err, const QString& command, const QString& reason) {
  err << command << ": " << reason << Qt::endl;
  return 2;
}

}  // namespace

int runEval(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  const QString command = arguments.value(0, QStringLiteral("eval"));
  QCommandLineParser parser;
  parser.setApplicationDescription(
      Cli::tr("Print an activation's value, derivative and parameter derivative as CSV."));
  parser.addHelpOption();
  parser.addOptions({
      {QStringLiteral("activation"),
       Cli::tr("The activation: %1.").arg(io::qstring(core::activationIdList())), Cli::tr("name")},
      {QStringLiteral("param"),
       Cli::tr("Its parameter (default: PyTorch's; see `relulab activations`)."), Cli::tr("value")},
      {QStringLiteral("x"), Cli::tr("Inputs, comma-separated."), Cli::tr("v1,v2,…")},
      {QStringLiteral("range"), Cli::tr("n inputs evenly spaced from a to b."), Cli::tr("a:b:n")},
      {QStringLiteral("dtype"), Cli::tr("Precision: f64 (default) or f32."), Cli::tr("f32|f64"),
       QStringLiteral("f64")},
      {QStringLiteral("backend"),
       Cli::tr("Where f32 arrays are evaluated: cpu (default), gpu, or auto (the GPU only where "
               "it is faster; never for arrays on the host). What ran, and why, goes to stderr."),
       Cli::tr("cpu|gpu|auto"), QStringLiteral("cpu")},
  });
  if (!parser.parse(arguments)) return fail(err, command, parser.errorText());
  if (parser.isSet(QStringLiteral("help"))) {
    out << commandHelp(parser, command);
    return 0;
  }
  if (!parser.positionalArguments().isEmpty())
    return fail(err, command,
                Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
  const QString dtype = parser.value(QStringLiteral("dtype"));
  if (dtype != QLatin1String("f32") && dtype != QLatin1String("f64"))
    return fail(err, command, Cli::tr("--dtype: expected f32 or f64, got '%1'").arg(dtype));
  const auto activation = chosenActivation(parser);
  if (const auto* failure = std::get_if<Failure>(&activation))
    return fail(err, command, failure->reason);
  const auto xs = inputs(parser);
  if (const auto* failure = std::get_if<Failure>(&xs)) return fail(err, command, failure->reason);
  const QString backendName = parser.value(QStringLiteral("backend"));
  const auto backend = gpu::backendFromId(backendName.toStdString());
  if (!backend)
    return fail(err, command,
                Cli::tr("--backend: expected cpu, gpu or auto, got '%1'").arg(backendName));
  if (*backend != gpu::Backend::Cpu && dtype != QLatin1String("f32"))
    return fail(err, command,
                Cli::tr("--backend %1: the GPU path computes in float32; add --dtype f32")
                    .arg(backendName));
  const auto& a = std::get<core::Activation>(activation);
  const auto& x = std::get<std::vector<double>>(xs);
  const auto done = dtype == QLatin1String("f32") ? writeCsv<float>(a, x, *backend, out)
                                                  : writeCsv<double>(a, x, *backend, out);
  if (!done) {
    err << command << ": " << io::coreText(done.message()) << Qt::endl;
    return 1;
  }
  if (parser.isSet(QStringLiteral("backend")))
    err << command << ": "
        << (done->backend == gpu::Backend::Gpu ? Cli::tr("GPU path: %1") : Cli::tr("CPU path: %1"))
               .arg(io::coreText(done->reason))
        << Qt::endl;
  return 0;
}

int runActivations(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  const QString command = arguments.value(0, QStringLiteral("activations"));
  QCommandLineParser parser;
  parser.setApplicationDescription(Cli::tr(
      "List the activations: id (for --activation), name, parameter, default, valid range."));
  parser.addHelpOption();
  if (!parser.parse(arguments)) return fail(err, command, parser.errorText());
  if (parser.isSet(QStringLiteral("help"))) {
    out << commandHelp(parser, command);
    return 0;
  }
  if (!parser.positionalArguments().isEmpty())
    return fail(err, command,
                Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
  const auto cell = [](const QString& text, int width) { return text.leftJustified(width); };
  out << cell(Cli::tr("id"), 13) << cell(Cli::tr("name"), 27) << cell(Cli::tr("parameter"), 16)
      << cell(Cli::tr("default"), 9) << Cli::tr("valid range") << '\n';
  for (const core::ActivationInfo& info : core::activationInfos()) {
    out << cell(io::qstring(info.id), 13) << cell(io::qstring(info.displayName), 27);
    if (const auto& p = info.parameter) {
      const QString range = QStringLiteral("%1%2, %3]")
                                .arg(p->minimumExclusive ? QLatin1Char('(') : QLatin1Char('['))
                                .arg(p->minimum)
                                .arg(p->maximum);
      out << cell(io::qstring(p->name), 16) << cell(QString::number(p->defaultValue), 9) << range;
    } else {
      out << QStringLiteral("-");
    }
    out << '\n';
  }
  out << Cli::tr("Alias: swish = silu.") << '\n';
  return 0;
}

}  // namespace relulab::app
