// The GPU activation kernels against PyTorch's golden float32 values
// (tests/data/activations.csv): every activation, value and derivative within
// 1e-6·max(1, |ref|) (4e-6 for the transcendental ones). Where no GPU path
// exists (RELULAB_DISABLE_GPU=1, no EGL), the same checks run through the
// fallback, i.e. on the CPU path, and the test says why.
#include <QFile>
#include <QProcess>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <thread>
#include <vector>

#include "core/activations/activation.h"
#include "core/gpu/activation_kernel.h"
#include "core/gpu/backend.h"
#include "core/gpu/device.h"
#include "core/gpu/gl_objects.h"

namespace core = relulab::core;
namespace gpu = relulab::gpu;

namespace {

struct Golden {
  std::optional<double> param;
  std::vector<float> x;
  std::vector<double> y32, dydx32, dydp;
};

std::map<QString, Golden> loadGolden() {
  std::map<QString, Golden> table;
  QFile file(QStringLiteral(RELULAB_TEST_DATA_DIR "/activations.csv"));
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return table;
  file.readLine();  // header: activation,param,x,y,dydx,dydp,y32,dydx32
  while (!file.atEnd()) {
    const QList<QByteArray> f = file.readLine().trimmed().split(',');
    if (f.size() != 8) continue;
    Golden& g = table[QString::fromLatin1(f[0])];
    if (!f[1].isEmpty()) g.param = f[1].toDouble();
    g.x.push_back(static_cast<float>(f[2].toDouble()));
    g.dydp.push_back(f[5].isEmpty() ? 0.0 : f[5].toDouble());
    g.y32.push_back(f[6].toDouble());
    g.dydx32.push_back(f[7].toDouble());
  }
  return table;
}

bool transcendental(core::ActivationKind k) {
  using K = core::ActivationKind;
  switch (k) {
    case K::Elu:
    case K::Selu:
    case K::Celu:
    case K::Gelu:
    case K::GeluTanh:
    case K::Silu:
    case K::Mish:
    case K::Softplus:
    case K::Sigmoid:
    case K::Tanh:
      return true;
    default:
      return false;
  }
}

}  // namespace

class TestGpuActivation : public QObject {
  Q_OBJECT

  bool gpu_ = false;
  std::map<QString, Golden> golden_;

 private slots:
  void initTestCase() {
    const gpu::Availability a = gpu::availability();
    gpu_ = a.available;
    if (gpu_)
      qInfo("GPU path: %s, OpenGL %s (%s)", a.info.renderer.c_str(), a.info.version.c_str(),
            a.info.platform.c_str());
    else
      qInfo("No GPU path (%s): the checks run through the fallback, on the CPU path",
            a.reason.english().c_str());
    golden_ = loadGolden();
    QCOMPARE(static_cast<int>(golden_.size()), core::kActivationCount);
  }

  void matchesGolden_data() {
    QTest::addColumn<QString>("id");
    for (const auto& [id, rows] : golden_) QTest::newRow(qPrintable(id)) << id;
  }

  void matchesGolden() {
    QFETCH(QString, id);
    const Golden& g = golden_.at(id);
    const auto kind = core::activationFromId(id.toStdString());
    QVERIFY(kind);
    const auto activation = core::makeActivation(*kind, g.param);
    QVERIFY2(activation, activation.error().c_str());
    const std::size_t n = g.x.size();
    std::vector<float> y(n), d(n), p(n);
    const auto run = gpu::evaluateActivation(gpu::Backend::Gpu, *activation, g.x, y, d, p);
    QVERIFY2(run, run.error().c_str());
    if (gpu_) {
      QVERIFY2(run->backend == gpu::Backend::Gpu, run->reason.english().c_str());
    } else {
      QCOMPARE(run->backend, gpu::Backend::Cpu);
      QVERIFY(run->fellBack);
    }
    const double tolerance = transcendental(*kind) ? 4e-6 : 1e-6;
    for (std::size_t i = 0; i < n; ++i) {
      const auto check = [&](const char* what, double got, double ref, double tol) {
        if (std::fabs(got - ref) <= tol * std::max(1.0, std::fabs(ref))) return true;
        qWarning("%s %s(%.9g) = %.9g, golden %.9g", qPrintable(id), what, double(g.x[i]), got, ref);
        return false;
      };
      QVERIFY(check("f", y[i], g.y32[i], tolerance));
      QVERIFY(check("f'", d[i], g.dydx32[i], tolerance));
      // ∂f/∂p against the float64 reference (there is no float32 column).
      QVERIFY(check("df/dp", p[i], g.dydp[i], 4e-6));
    }
  }

  // Sizes that are not whole vec4s or whole work groups; exact activations so
  // GPU and CPU agree bit for bit.
  void oddSizesEqualTheCpuPath_data() {
    QTest::addColumn<int>("size");
    for (int n : {1, 3, 4, 5, 255, 1023, 65537}) QTest::newRow(qPrintable(QString::number(n))) << n;
  }

  void oddSizesEqualTheCpuPath() {
    QFETCH(int, size);
    std::mt19937 rng(static_cast<unsigned>(size));
    std::uniform_real_distribution<float> dist(-8.0f, 8.0f);
    std::vector<float> x(static_cast<std::size_t>(size));
    for (float& v : x) v = dist(rng);
    for (const auto kind : {core::ActivationKind::LeakyRelu, core::ActivationKind::Relu6,
                            core::ActivationKind::Hardtanh}) {
      const core::Activation a = core::defaultActivation(kind);
      std::vector<float> y(x.size()), d(x.size()), yc(x.size()), dc(x.size());
      const auto run = gpu::evaluateActivation(gpu::Backend::Gpu, a, x, y, d);
      QVERIFY2(run, run.error().c_str());
      core::evaluateBoth<float>(a, x, yc, dc);
      QCOMPARE(y, yc);
      QCOMPARE(d, dc);
    }
  }

  // Every launch shape computes the same numbers (the shapes differ only in
  // how threads walk the arrays).
  void kernelShapesAgree() {
    if (!gpu_) QSKIP("no GPU path; the shapes are a GPU detail");
    const std::size_t n = 4096 + 8;
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i) x[i] = -9.0f + 18.0f * static_cast<float>(i) / n;
    const core::Activation gelu = core::defaultActivation(core::ActivationKind::Gelu);
    gpu::DeviceScope scope;
    gpu::Buffer xs(n * 4, x.data());
    std::vector<float> reference;
    for (const gpu::KernelShape shape :
         {gpu::KernelShape{64, 1, false}, gpu::KernelShape{256, 4, true},
          gpu::KernelShape{128, 8, true}, gpu::KernelShape{32, 3, true}}) {
      auto kernel = gpu::ActivationKernel::create(gelu, gpu::kValue, shape);
      QVERIFY2(kernel, kernel.error().c_str());
      gpu::Buffer ys(n * 4);
      kernel->run(xs, &ys, nullptr, nullptr, n);
      std::vector<float> y(n);
      ys.download(std::span<float>(y));
      if (reference.empty()) reference = y;
      QCOMPARE(y, reference);
    }
  }

  void compileFailureReportsTheDriversLog() {
    if (!gpu_) QSKIP("no GPU path, so no shader compiler");
    gpu::DeviceScope scope;
    const auto program = gpu::computeProgram(
        "deliberately broken", "",
        "layout(local_size_x = 1) in;\nvoid main() { undeclared_thing = 1; }\n");
    QVERIFY(!program);
    const QString error = QString::fromStdString(program.error());
    QVERIFY2(error.contains(QStringLiteral("deliberately broken")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("failed to compile")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("undeclared_thing")), qPrintable(error));
  }

  // The context is shared: two threads take turns with it and get right answers.
  void threadsShareTheDevice() {
    std::vector<float> x(1000);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = static_cast<float>(i) * 0.01f - 5.0f;
    const core::Activation a = core::defaultActivation(core::ActivationKind::LeakyRelu);
    std::vector<float> expected(x.size());
    core::evaluate<float>(a, x, expected);
    std::atomic<int> wrong{0};
    auto work = [&] {
      for (int r = 0; r < 10; ++r) {
        std::vector<float> y(x.size());
        const auto run = gpu::evaluateActivation(gpu::Backend::Gpu, a, x, y, {});
        if (!run || y != expected) ++wrong;
      }
    };
    std::thread t1(work), t2(work);
    t1.join();
    t2.join();
    QCOMPARE(wrong.load(), 0);
  }

  void gpuInfoCommand() {
    QProcess process;
    process.start(QStringLiteral(RELULAB_BINARY), {QStringLiteral("gpu-info")});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const gpu::Availability a = gpu::availability();
    QCOMPARE(process.exitCode(), a.available ? 0 : 1);
    if (a.available) {
      QVERIFY2(out.contains(QString::fromStdString(a.info.renderer)), qPrintable(out));
      QVERIFY2(out.contains(QStringLiteral("--backend auto")), qPrintable(out));
    } else {
      QVERIFY2(out.contains(QString::fromStdString(a.reason.english())), qPrintable(out));
    }
  }

  void backendIds() {
    QCOMPARE(gpu::backendFromId("cpu"), std::optional(gpu::Backend::Cpu));
    QCOMPARE(gpu::backendFromId("gpu"), std::optional(gpu::Backend::Gpu));
    QCOMPARE(gpu::backendFromId("auto"), std::optional(gpu::Backend::Auto));
    QVERIFY(!gpu::backendFromId("GPU"));
    QCOMPARE(gpu::backendId(gpu::Backend::Auto), std::string_view("auto"));
  }
};

QTEST_GUILESS_MAIN(TestGpuActivation)
#include "test_gpu_activation.moc"
