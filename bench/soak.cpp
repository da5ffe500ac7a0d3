// A lesson-long run, compressed: the playground's worker trains flat out for
// 10 million steps, then the compare tab trains 4 runs for 1 million, in the
// real main window while it repaints as it would on a projector. Reports
//  - resident memory (RSS) after the first 100,000 steps and every million
//    after, and the growth from the first to the last (target ≤ 5 MB: no
//    leak per step or per frame);
//  - the largest event-loop stall over the whole run: how late a 1 ms timer
//    fired (target < 16 ms: no frame missed).
// Run it under a display (xvfb-run -a -s "-screen 0 1920x1080x24" …).
//   soak [playground steps=10000000] [compare steps=1000000]
#include <unistd.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <vector>

#include "core/training/presets.h"
#include "ui/compare/compare_panel.h"
#include "ui/compare/compare_session.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_session.h"
#include "ui/shell/main_window.h"

namespace {

// Resident memory in MB, from /proc/self/statm.
double residentMb() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

struct Soak {
  double firstMb = 0.0;  // at the first checkpoint (100,000 steps)
  double lastMb = 0.0;
  double worstStallMs = 0.0;
  double seconds = 0.0;
};

// Runs the event loop until step() reaches `steps`, probing how late a 1 ms
// timer fires, and printing RSS at 100,000 steps and every `every` steps.
Soak soak(const char* what, const std::function<std::int64_t()>& step, std::int64_t steps,
          std::int64_t every, QTextStream& out) {
  Soak s;
  QEventLoop loop;
  QElapsedTimer sinceTick, clock;
  std::int64_t next = 100000;
  bool first = true;
  QTimer probe;
  probe.setTimerType(Qt::PreciseTimer);
  probe.setInterval(1);
  QObject::connect(&probe, &QTimer::timeout, [&] {
    if (sinceTick.isValid())
      s.worstStallMs = std::max(s.worstStallMs, sinceTick.nsecsElapsed() / 1e6 - 1.0);
    sinceTick.start();
    const std::int64_t now = step();
    if (now < next) return;
    const double mb = residentMb();
    if (first) s.firstMb = mb;
    first = false;
    s.lastMb = mb;
    out << "  " << what << " step " << now << "  RSS " << mb << " MB  ("
        << static_cast<double>(clock.elapsed()) / 1000.0 << " s)" << Qt::endl;
    if (now >= steps) {
      loop.quit();
      return;
    }
    next = std::min(steps, (now / every + 1) * every);
  });
  clock.start();
  probe.start();
  loop.exec();
  s.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
  return s;
}

void wait(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}

const char* verdict(bool ok) {
  return ok ? "ok" : "MISSED";
}

bool report(const char* what, const Soak& s, QTextStream& out) {
  const double growth = s.lastMb - s.firstMb;
  out << what << ": " << s.seconds << " s; RSS " << s.firstMb << " → " << s.lastMb << " MB, growth "
      << growth << " MB (target ≤ 5)  " << verdict(growth <= 5.0) << "; largest stall "
      << s.worstStallMs << " ms (target < 16)  " << verdict(s.worstStallMs < 16.0) << Qt::endl;
  return growth <= 5.0 && s.worstStallMs < 16.0;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const std::int64_t playgroundSteps = argc > 1 ? std::atoll(argv[1]) : 10000000;
  const std::int64_t compareSteps = argc > 2 ? std::atoll(argv[2]) : 1000000;
  QTextStream out(stdout);
  out.setRealNumberNotation(QTextStream::FixedNotation);
  out.setRealNumberPrecision(1);
  const auto config = relulab::core::preset("tfp-relu");

  relulab::ui::MainWindow window;
  window.resize(1280, 800);
  window.show();

  auto* playground = window.playground();
  window.tabs()->setCurrentWidget(playground);
  playground->loadConfig(*config);
  playground->session()->setSpeed(0);
  wait(500);
  playground->session()->play();
  out << "soak: playground, tfp-relu flat out to " << playgroundSteps << " steps" << Qt::endl;
  const Soak p = soak(
      "playground",
      [&] { return playground->session()->latest() ? playground->session()->latest()->step : 0; },
      playgroundSteps, 1000000, out);
  playground->session()->pause();

  auto* compare = window.compare();
  window.tabs()->setCurrentWidget(compare);
  compare->loadConfig(*config);
  compare->setRunCount(4);
  compare->session()->setSpeed(0);
  wait(500);
  compare->session()->play();
  out << "soak: compare, 4 runs of tfp-relu flat out to " << compareSteps << " steps" << Qt::endl;
  const Soak c = soak(
      "compare",
      [&] { return compare->session()->latest() ? compare->session()->latest()->step : 0; },
      compareSteps, 100000, out);
  compare->session()->pause();

  const bool ok = report("playground", p, out) & report("compare", c, out);
  return ok ? 0 : 1;
}
