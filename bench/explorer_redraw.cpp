// How fast the activation explorer redraws: six curves with f and f′, moved a
// little (so every curve is resampled for the new range, kinks inserted) and
// painted, N times under the offscreen platform. Prints ms per redraw against
// the 16.7 ms a 60 Hz display allows, and against two baselines measured in
// the same run: painting without resampling, and one curve alone.
//   explorer_redraw [redraws=200]
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "core/activations/activation.h"
#include "ui/explorer/explorer_chart_view.h"
#include "ui/explorer/explorer_curve.h"
#include "ui/explorer/explorer_curve_plot.h"

namespace {

using relulab::core::ActivationKind;
using relulab::ui::ExplorerCurve;
using relulab::ui::ExplorerCurvePlot;

constexpr double kFrameBudgetMs = 1000.0 / 60.0;

std::vector<ExplorerCurve> sixCurves() {
  const ActivationKind kinds[] = {ActivationKind::Relu, ActivationKind::LeakyRelu,
                                  ActivationKind::Gelu, ActivationKind::Elu,
                                  ActivationKind::Silu, ActivationKind::Hardswish};
  std::vector<ExplorerCurve> curves;
  for (int i = 0; i < 6; ++i)
    curves.push_back(
        {relulab::core::defaultActivation(kinds[i]), relulab::ui::explorerColour(i), true});
  curves[3].activation.param = 0.5;  // ELU with a jump in f′ at 0: kink dots too
  return curves;
}

void paint(ExplorerCurvePlot& plot, QImage& image) {
  QPainter painter(&image);
  plot.view()->render(&painter);
}

// CPU time of this process in ms: what a redraw costs even when other
// processes share the cores (wall time is printed beside it).
double cpuMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Timing {
  double cpu = 0.0;   // ms per redraw
  double wall = 0.0;  // ms per redraw
};

// resample: move the view first, so every curve is sampled again.
Timing timeRedraws(ExplorerCurvePlot& plot, int redraws, bool resample) {
  QImage image(plot.view()->size(), QImage::Format_ARGB32_Premultiplied);
  paint(plot, image);  // warm up: layout, fonts, caches
  QElapsedTimer timer;
  timer.start();
  const double cpu0 = cpuMs();
  for (int i = 0; i < redraws; ++i) {
    if (resample) plot.pan(QPointF(i % 2 == 0 ? 0.01 : -0.01, 0.0));
    paint(plot, image);
  }
  return {(cpuMs() - cpu0) / redraws, static_cast<double>(timer.nsecsElapsed()) / 1e6 / redraws};
}

QString line(const char* what, Timing t, const QString& ratio) {
  return QStringLiteral("  %1 %2 ms/redraw CPU (%3 ms wall)  %4\n")
      .arg(QLatin1String(what))
      .arg(t.cpu, 6, 'f', 2)
      .arg(t.wall, 0, 'f', 2)
      .arg(ratio);
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const int redraws = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;

  ExplorerCurvePlot plot;
  plot.resize(1000, 640);
  plot.show();
  plot.setCurves(sixCurves());
  const Timing six = timeRedraws(plot, redraws, true);
  const Timing paintOnly = timeRedraws(plot, redraws, false);
  plot.setCurves({sixCurves().front()});
  const Timing one = timeRedraws(plot, redraws, true);

  QTextStream out(stdout);
  out << "explorer_redraw: " << redraws << " redraws of a " << plot.view()->width() << "x"
      << plot.view()->height() << " chart, " << plot.samplesPerCurve()
      << " samples per curve, f and f' (platform " << QGuiApplication::platformName() << ")\n";
  out << line("6 curves, resample + paint:", six,
              QStringLiteral("%1 of a 60 Hz frame").arg(six.cpu / kFrameBudgetMs, 0, 'f', 2));
  out << line("6 curves, paint only:      ", paintOnly,
              QStringLiteral("resampling is %1 of a redraw")
                  .arg((six.cpu - paintOnly.cpu) / six.cpu, 0, 'f', 2));
  out << line("1 curve,  resample + paint:", one,
              QStringLiteral("6 curves cost %1x one").arg(six.cpu / one.cpu, 0, 'f', 2));
  out << (six.cpu < kFrameBudgetMs ? "  within the 16 ms budget\n" : "  OVER the 16 ms budget\n");
  return 0;
}
