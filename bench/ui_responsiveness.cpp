// The playground under load: the real main window, Playground tab shown,
// training "as fast as possible", for a few seconds. Reports
//  - the largest event-loop stall: how late a 1 ms timer fired, at worst and
//    at the 99th percentile (target < 16 ms: the GUI never misses a frame);
//  - repaints per second: frames handed to the views (target ≥ 60, the cap);
//  - training examples/s while visible, against the headless rate of the same
//    config measured in the same run, before and after (target ≥ 50 %).
// With an image preset (fashion-mlp, fashion-cnn, …) the same for the Images
// tab on Fashion-MNIST: stalls, repaints, images/s visible against a bare
// ImageTrainer, and what each view costs to paint.
// Run it under a display (xvfb-run -a -s "-screen 0 1920x1080x24" …).
//   ui_responsiveness [seconds=5] [preset=tfp-relu]
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QTabWidget>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "core/images/image_trainer.h"
#include "core/training/presets.h"
#include "core/training/trainer.h"
#include "ui/common/playground_decision_view.h"
#include "ui/common/playground_plot.h"
#include "ui/images/images_activity_view.h"
#include "ui/images/images_class_view.h"
#include "ui/images/images_confusion_view.h"
#include "ui/images/images_feature_view.h"
#include "ui/images/images_panel.h"
#include "ui/images/images_sample_grid.h"
#include "ui/images/images_session.h"
#include "ui/images/images_weights_view.h"
#include "ui/playground/playground_dead_view.h"
#include "ui/playground/playground_network_view.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_series_view.h"
#include "ui/playground/playground_session.h"
#include "ui/playground/playground_status.h"
#include "ui/shell/main_window.h"

namespace {

using relulab::core::TrainConfig;

// Examples per second of the bare trainer (no frames, no GUI) for `ms`.
double headlessRate(const TrainConfig& config, qint64 ms) {
  TrainConfig c = config;
  c.diagnostics.every = 0;  // as the playground's worker runs it
  auto trainer = relulab::core::Trainer::create(c);
  if (!trainer) return 0.0;
  QElapsedTimer clock;
  clock.start();
  std::int64_t steps = 0;
  while (clock.elapsed() < ms) steps += trainer.value().train(4096).steps;
  return static_cast<double>(steps) * c.batchSize * 1000.0 / static_cast<double>(clock.elapsed());
}

struct Lateness {
  std::vector<double> ms;
  double worst() const { return ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()); }
  double percentile(double p) const {
    if (ms.empty()) return 0.0;
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    return sorted[static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1))];
  }
};

const char* verdict(bool ok) {
  return ok ? "ok" : "MISSED";
}

// CPU time of the calling thread in ms: what the GUI thread spends, whatever
// else shares the cores (CI machines and shared boxes are noisy).
double threadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// CPU ms to paint one widget as it stands (its current frame), averaged.
double paintCostMs(QWidget* w) {
  QImage image(w->size(), QImage::Format_ARGB32_Premultiplied);
  constexpr int kRepeats = 50;
  const double start = threadCpuMs();
  for (int i = 0; i < kRepeats; ++i) {
    QPainter p(&image);
    w->render(&p);
  }
  return (threadCpuMs() - start) / kRepeats;
}

// Runs the event loop for `ms`, sampling how late a 1 ms timer fires.
Lateness probeLateness(qint64 ms) {
  Lateness lateness;
  QEventLoop loop;
  QElapsedTimer sinceTick;
  QTimer probe;
  probe.setTimerType(Qt::PreciseTimer);
  probe.setInterval(1);
  QObject::connect(&probe, &QTimer::timeout, [&] {
    if (sinceTick.isValid())
      lateness.ms.push_back(std::max(0.0, sinceTick.nsecsElapsed() / 1e6 - 1.0));
    sinceTick.start();
  });
  probe.start();
  QTimer::singleShot(static_cast<int>(ms), &loop, &QEventLoop::quit);
  loop.exec();
  return lateness;
}

void wait(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}

// Images per second of a bare ImageTrainer on the same data (one thread per
// core but the GUI's, as the tab's worker runs it).
double headlessImageRate(const relulab::core::ImageTrainConfig& config,
                         const relulab::core::ImageData& data, qint64 ms) {
  relulab::core::ImageTrainConfig c = config;
  c.recordEvery = 0;
  c.threads = std::clamp(QThread::idealThreadCount() - 1, 1, 8);
  auto trainer = relulab::core::ImageTrainer::create(c, data);
  if (!trainer) return 0.0;
  QElapsedTimer clock;
  clock.start();
  std::int64_t steps = 0;
  while (clock.elapsed() < ms) steps += trainer.value().train(8).steps;
  return static_cast<double>(steps) * c.batchSize * 1000.0 / static_cast<double>(clock.elapsed());
}

int imagesCase(const QString& name, double seconds, QTextStream& out) {
  const auto config = relulab::core::imagePreset(name.toStdString());
  auto data = relulab::core::loadFashionMnist();
  if (!data) {
    out << "ui_responsiveness: " << QString::fromStdString(data.message().text()) << Qt::endl;
    return 2;
  }
  const qint64 runMs = static_cast<qint64>(seconds * 1000);
  const double before = headlessImageRate(*config, data.value(), runMs / 2);
  relulab::ui::MainWindow window;
  window.resize(1280, 800);
  relulab::ui::ImagesPanel* panel = window.images();
  window.tabs()->setCurrentWidget(panel);
  window.show();
  while (!panel->session()->latest()) wait(50);  // Fashion-MNIST read in the worker
  panel->loadPreset(name);
  wait(500);
  panel->session()->play();
  wait(300);
  const std::int64_t firstStep = panel->session()->latest()->step;
  const quint64 firstRepaints = panel->repaintCount();
  const quint64 firstFrames = panel->session()->framesReceived();
  QElapsedTimer clock;
  clock.start();
  const double guiCpuStart = threadCpuMs();
  const Lateness lateness = probeLateness(runMs);
  const double guiCpu = threadCpuMs() - guiCpuStart;
  const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
  const auto& last = panel->session()->latest();
  const double visible =
      static_cast<double>(last->step - firstStep) * last->config.batchSize / elapsed;
  const double repaints = static_cast<double>(panel->repaintCount() - firstRepaints) / elapsed;
  const double frames =
      static_cast<double>(panel->session()->framesReceived() - firstFrames) / elapsed;
  panel->session()->pause();
  wait(300);
  struct Cost {
    const char* name;
    QWidget* view;
  };
  const Cost costs[] = {{"accuracy", panel->accuracyPlot()},   {"loss", panel->lossPlot()},
                        {"confusion", panel->confusionView()}, {"weights", panel->weightsView()},
                        {"activity", panel->activityView()},   {"features", panel->featureView()},
                        {"class×unit", panel->classView()},    {"samples", panel->sampleGrid()}};
  out.setRealNumberNotation(QTextStream::FixedNotation);
  out.setRealNumberPrecision(1);
  out << "ui_responsiveness: Images tab, preset " << name << ", " << seconds << " s visible, "
      << QThread::idealThreadCount() << " hardware threads, platform "
      << QGuiApplication::platformName() << "\n";
  out << "  largest event-loop stall  " << lateness.worst() << " ms (p99 "
      << lateness.percentile(0.99) << " ms, " << lateness.ms.size()
      << " probes)   target < 16 ms   " << verdict(lateness.worst() < 16.0) << "\n";
  out << "  frames shown/s            " << repaints << " (frames received/s " << frames << ")\n";
  out.setRealNumberPrecision(2);
  out << "  GUI thread CPU            " << guiCpu / elapsed / 10.0 << " % of one core\n";
  out << "  paint, CPU ms per view   ";
  for (const Cost& c : costs) {
    panel->views()->setCurrentWidget(c.view);  // a page must be laid out to paint at its size
    out << " " << c.name << " " << paintCostMs(c.view);
  }
  out << "\n";
  panel->shutdown();
  const double after = headlessImageRate(*config, data.value(), runMs / 2);
  const double headless = (before + after) / 2.0;
  out.setRealNumberPrecision(0);
  out << "  images/s visible          " << visible << "\n";
  out << "  images/s headless         " << headless << " (before " << before << ", after " << after
      << ")\n";
  out.setRealNumberPrecision(1);
  out << "  visible / headless        " << (headless > 0 ? 100.0 * visible / headless : 0.0)
      << " %   target >= 50 %   " << verdict(visible >= 0.5 * headless) << Qt::endl;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const double seconds = argc > 1 ? std::max(1.0, std::atof(argv[1])) : 5.0;
  const QString presetName =
      argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("tfp-relu");
  QTextStream out(stdout);
  if (relulab::core::imagePreset(presetName.toStdString()))
    return imagesCase(presetName, seconds, out);
  const auto config = relulab::core::preset(presetName.toStdString());
  if (!config) {
    out << "ui_responsiveness: no preset " << presetName << Qt::endl;
    return 2;
  }
  const qint64 runMs = static_cast<qint64>(seconds * 1000);
  const double before = headlessRate(*config, runMs / 2);

  relulab::ui::MainWindow window;
  window.resize(1280, 800);
  auto* panel = window.playground();
  window.tabs()->setCurrentWidget(panel);
  window.show();
  panel->loadConfig(*config);
  panel->session()->setSpeed(0);

  // Warm up (first frames, layout), then measure.
  QEventLoop loop;
  QTimer::singleShot(500, &loop, &QEventLoop::quit);
  loop.exec();
  panel->session()->play();
  QTimer::singleShot(300, &loop, &QEventLoop::quit);
  loop.exec();

  Lateness lateness;
  QElapsedTimer sinceTick;
  QTimer probe;
  probe.setTimerType(Qt::PreciseTimer);
  probe.setInterval(1);
  QObject::connect(&probe, &QTimer::timeout, [&] {
    if (sinceTick.isValid())
      lateness.ms.push_back(std::max(0.0, sinceTick.nsecsElapsed() / 1e6 - 1.0));
    sinceTick.start();
  });
  const std::int64_t firstStep = panel->session()->latest()->step;
  const quint64 firstRepaints = panel->repaintCount();
  const quint64 firstFrames = panel->session()->framesReceived();
  QElapsedTimer clock;
  clock.start();
  const double guiCpuStart = threadCpuMs();
  probe.start();
  QTimer::singleShot(static_cast<int>(runMs), &loop, &QEventLoop::quit);
  loop.exec();
  probe.stop();
  const double guiCpu = threadCpuMs() - guiCpuStart;
  const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
  const auto& last = panel->session()->latest();
  const double visible =
      static_cast<double>(last->step - firstStep) * last->config.batchSize / elapsed;
  const double repaints = static_cast<double>(panel->repaintCount() - firstRepaints) / elapsed;
  const double frames =
      static_cast<double>(panel->session()->framesReceived() - firstFrames) / elapsed;
  panel->session()->pause();
  struct Cost {
    const char* name;
    double ms;
  };
  const Cost costs[] = {{"decision", paintCostMs(panel->decisionView())},
                        {"network", paintCostMs(panel->networkView())},
                        {"dead units", paintCostMs(panel->deadView())},
                        {"curves", paintCostMs(panel->seriesView())},
                        {"status", paintCostMs(panel->status())}};
  panel->shutdown();  // stop training before the second headless measurement
  const double after = headlessRate(*config, runMs / 2);
  const double headless = (before + after) / 2.0;

  out.setRealNumberNotation(QTextStream::FixedNotation);
  out.setRealNumberPrecision(1);
  out << "ui_responsiveness: preset " << presetName << ", " << seconds << " s visible, "
      << QThread::idealThreadCount() << " hardware threads, platform "
      << QGuiApplication::platformName() << "\n";
  out << "  largest event-loop stall  " << lateness.worst() << " ms (p99 "
      << lateness.percentile(0.99) << " ms, " << lateness.ms.size()
      << " probes)   target < 16 ms   " << verdict(lateness.worst() < 16.0) << "\n";
  out << "  repaints/s                " << repaints << " (frames received/s " << frames
      << ")   target >= 60   " << verdict(repaints >= 59.5) << "\n";
  out.setRealNumberPrecision(2);
  out << "  GUI thread CPU            " << guiCpu / elapsed / 10.0 << " % of one core ("
      << (repaints > 0 ? guiCpu / elapsed / repaints : 0.0)
      << " ms per repaint, probes included)\n";
  out << "  paint, CPU ms per view   ";
  for (const Cost& c : costs) out << " " << c.name << " " << c.ms;
  out << "\n";
  out.setRealNumberPrecision(0);
  out << "  examples/s visible        " << visible << "\n";
  out << "  examples/s headless       " << headless << " (before " << before << ", after " << after
      << ")\n";
  out.setRealNumberPrecision(1);
  out << "  visible / headless        " << (headless > 0 ? 100.0 * visible / headless : 0.0)
      << " %   target >= 50 %   " << verdict(visible >= 0.5 * headless) << Qt::endl;
  return 0;
}
