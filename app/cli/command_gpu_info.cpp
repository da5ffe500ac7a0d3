// relulab gpu-info: what the GPU path runs on (vendor, renderer, OpenGL
// version and the compute limits the kernels depend on) and what
// --backend auto chooses there — or why there is no GPU path, in which case
// everything runs on the CPU path. Exit 0 when the GPU path is available,
// 1 when it is not (so scripts can test for it), 2 for bad arguments.

#include <QCommandLineParser>

#include "app/cli/command_text.h"
#include "app/cli/commands.h"
#include "core/gpu/backend.h"
#include "core/gpu/device.h"
#include "io/core_text.h"

namespace relulab::app {

namespace {

QString q(const std::string& s) {
  return QString::fromStdString(s);
}

QString mib(std::int64_t bytes) {
  return Cli::tr("%1 bytes (%2 MiB)")
      .arg(bytes)
      .arg(static_cast<double>(bytes) / (1 << 20), 0, 'f', 0);
}

QString triple(const std::array<int, 3>& v) {
  return QStringLiteral("%1 × %2 × %3").arg(v[0]).arg(v[1]).arg(v[2]);
}

void printAuto(QTextStream& out) {
  using gpu::Workload;
  const struct {
    Workload workload;
    const char* name;
    std::size_t width;
    const char* unit;
  } examples[] = {{Workload::Activation, "activation arrays", std::size_t{1} << 24, "elements"},
                  {Workload::Grid, "grid evaluation", 100 * 100, "points (100 × 100)"},
                  {Workload::Grid, "grid evaluation", 1000 * 1000, "points (1000 × 1000)"},
                  {Workload::Ensemble, "ensemble training", 16, "networks"},
                  {Workload::Ensemble, "ensemble training", 4096, "networks"}};
  out << "--backend auto:\n";
  for (const auto& e : examples) {
    const gpu::BackendChoice c = gpu::chooseBackend(gpu::Backend::Auto, e.workload, e.width);
    const std::string_view id = gpu::backendId(c.backend);
    out << QStringLiteral("  %1, %2 %3: %4 (%5)\n")
               .arg(QLatin1String(e.name))
               .arg(e.width)
               .arg(QString::fromUtf8(e.unit),
                    QLatin1String(id.data(), static_cast<qsizetype>(id.size())),
                    io::coreText(c.reason));
  }
}

}  // namespace

int runGpuInfo(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(Cli::tr(
      "Show the GPU path: the headless OpenGL 4.3 context (EGL) the compute kernels run on,\n"
      "its limits, and what --backend auto picks; or why there is no GPU path (then every\n"
      "command uses the CPU path). RELULAB_DISABLE_GPU=1 turns the GPU path off.\n"
      "Exit 0 when the GPU path is available, 1 when it is not, 2 for bad arguments."));
  parser.addHelpOption();
  if (!parser.parse(arguments)) {
    err << Cli::tr("relulab gpu-info: ") << parser.errorText() << Qt::endl;
    return 2;
  }
  if (parser.isSet(QStringLiteral("help"))) {
    out << commandHelp(parser, arguments.value(0));
    return 0;
  }
  if (!parser.positionalArguments().isEmpty()) {
    err << Cli::tr("relulab gpu-info: unexpected argument \"%1\"")
               .arg(parser.positionalArguments().first())
        << Qt::endl;
    return 2;
  }

  const gpu::Availability a = gpu::availability();
  if (!a.available) {
    out << "GPU path: unavailable\n";
    out << "reason: " << q(a.reason.english()) << '\n';
    for (const std::string& attempt : a.attempts) out << "  tried " << q(attempt) << '\n';
    out << "Every command uses the CPU path.\n";
    return 1;
  }
  const gpu::DeviceInfo& i = a.info;
  out << "GPU path: available\n";
  out << "vendor: " << q(i.vendor) << '\n';
  out << "renderer: " << q(i.renderer)
      << (i.software ? " (software: the shaders run on the CPU)" : "") << '\n';
  out << "OpenGL: " << q(i.version) << '\n';
  out << "GLSL: " << q(i.glslVersion) << '\n';
  out << "context: " << q(i.platform) << ", EGL " << q(i.eglVersion) << '\n';
  out << "max work group count: " << triple(i.maxWorkGroupCount) << '\n';
  out << "max work group size: " << triple(i.maxWorkGroupSize) << " (" << i.maxWorkGroupInvocations
      << " invocations)\n";
  out << "shared memory per work group: " << i.maxSharedMemoryBytes << " bytes\n";
  out << "max shader storage block: " << mib(i.maxShaderStorageBlockBytes) << ", "
      << i.maxShaderStorageBindings << " bindings\n";
  out << "timer queries: "
      << (i.timerQueryBits > 0 ? Cli::tr("%1 bits").arg(i.timerQueryBits) : QStringLiteral("none"))
      << '\n';
  printAuto(out);
  return 0;
}

}  // namespace relulab::app
