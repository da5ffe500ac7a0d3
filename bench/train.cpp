// bench/train: training throughput of the engine on TensorFlow Playground's
// set-ups, and decision-grid throughput, against anchors measured on this
// machine class (not re-measured here: no browser or PyTorch in the loop):
//   TensorFlow Playground's engine (nn.ts) on Node 20: 1.37 M examples/s with
//   tanh, 1.9 M with ReLU (2-[4,2]-1, batch 10); one epoch + a 100 × 100 grid
//   with all neuron maps ≈ 6 ms. PyTorch 1.13 CPU, same net: 55 k examples/s.
// One thread; an example is one sample's forward + backward + its share of
// the update; the run includes the sampler, the NaN/∞ checks and the optimiser.
//
// Wall-clock rates are what a user sees; rates per CPU-second of this thread
// (CLOCK_THREAD_CPUTIME_ID) are also printed because a shared build machine
// can give the benchmark only part of a core. Ratios use the wall clock.
//
// Usage: train [--seconds S]   (time per measurement, default 1)

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>

#include "core/cpu/cpu.h"
#include "core/training/presets.h"
#include "core/training/trainer.h"

using namespace relulab::core;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kTfpTanh = 1.37e6;
constexpr double kTfpRelu = 1.9e6;
constexpr double kTorch = 55e3;
constexpr double kTfpEpochPlusGridMs = 6.0;
constexpr double kTarget = 40.0;  // × TFP, in the portable binary

Trainer make(const std::string& name, Precision precision) {
  TrainConfig c = *preset(name);
  c.diagnostics.every = 0;
  c.precision = precision;
  auto t = Trainer::create(c);
  if (!t) {
    std::fprintf(stderr, "%s\n", t.error().c_str());
    std::exit(1);
  }
  return std::move(t).value();
}

double threadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

struct Rate {
  double wall = 0.0;  // examples per second
  double cpu = 0.0;   // examples per CPU-second of this thread
};

// Best of three timed runs, each ≥ seconds/3 long.
Rate examplesPerSecond(const std::string& name, Precision precision, double seconds) {
  Trainer t = make(name, precision);
  t.train(20000);  // warm up caches and the branch predictors
  Rate best;
  for (int rep = 0; rep < 3; ++rep) {
    std::int64_t steps = 0;
    const auto start = Clock::now();
    const double cpuStart = threadSeconds();
    double elapsed = 0.0;
    while (elapsed < seconds / 3) {
      t.train(100000);
      steps += 100000;
      elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    }
    best.wall = std::max(best.wall, steps * 10.0 / elapsed);
    best.cpu = std::max(best.cpu, steps * 10.0 / (threadSeconds() - cpuStart));
  }
  if (t.divergence()) std::printf("  (note: %s diverged during the benchmark)\n", name.c_str());
  return best;
}

double gridsPerSecond(Trainer& t, const GridSpec& spec, double seconds) {
  DecisionGrid g;
  t.grid(spec, g);
  int count = 0;
  const auto start = Clock::now();
  double elapsed = 0.0;
  while (elapsed < seconds) {
    t.grid(spec, g);
    ++count;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  return count / elapsed;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 1.0;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
      seconds = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: %s [--seconds S]\n", argv[0]);
      return 2;
    }
  }
  if (!(seconds > 0)) seconds = 1.0;
  const auto path = cpu::pathFromEnvironment();
  if (!path) {
    std::fprintf(stderr, "%s\n", path.error().c_str());
    return 2;
  }

  std::string load;
  std::getline(std::ifstream("/proc/loadavg"), load);
  std::printf("Training throughput, 2-[4,2]-1, batch 10, SGD, one thread (load average: %s)\n",
              load.c_str());
  std::printf("CPU path: %s (RELULAB_CPU picks another; every path is measured below)\n",
              cpu::pathName(cpu::activePath()).c_str());
  std::printf("%-24s %12s %14s %8s %10s %8s\n", "set-up", "examples/s", "examples/CPU-s", "x TFP",
              "x PyTorch", "target");
  const struct {
    const char* name;
    Precision precision;
    double tfp;
  } runs[] = {{"tfp-default", Precision::Float32, kTfpTanh},
              {"tfp-relu", Precision::Float32, kTfpRelu},
              {"tfp-default", Precision::Float64, kTfpTanh},
              {"tfp-relu", Precision::Float64, kTfpRelu}};
  for (const auto& r : runs) {
    const Rate rate = examplesPerSecond(r.name, r.precision, seconds);
    const double eps = rate.wall;
    const std::string label =
        std::string(r.name) + " (" + std::string(precisionId(r.precision)) + ")";
    const bool targeted = r.precision == Precision::Float32 && r.tfp == kTfpTanh;
    std::printf("%-24s %12.3e %14.3e %7.1fx %9.0fx %8s\n", label.c_str(), eps, rate.cpu,
                eps / r.tfp, eps / kTorch,
                targeted ? (eps >= kTarget * r.tfp ? "met" : "MISSED") : "-");
  }
  std::printf(
      "anchors: TFP (Node 20) %.2e tanh, %.2e ReLU; PyTorch 1.13 CPU %.1e; target ≥ %.0fx TFP "
      "(tanh)\n\n",
      kTfpTanh, kTfpRelu, kTorch, kTarget);

  Trainer t = make("tfp-default", Precision::Float32);
  t.trainEpochs(10);
  GridSpec big;
  big.size = 200;
  const double grids = gridsPerSecond(t, big, seconds);
  std::printf(
      "Decision grid 200 x 200 with all 6 neuron maps: %.0f grids/s (%.3f ms, %.3e points/s)\n",
      grids, 1e3 / grids, grids * 40000.0);

  // TFP's frame: one epoch plus a 100 × 100 grid with every neuron map.
  GridSpec small;
  small.size = 100;
  DecisionGrid g;
  int frames = 0;
  const auto start = Clock::now();
  double elapsed = 0.0;
  while (elapsed < seconds) {
    t.trainEpochs(1);
    t.grid(small, g);
    ++frames;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  const double ms = 1e3 * elapsed / frames;
  std::printf("One epoch + 100 x 100 grid: %.4f ms (TFP ≈ %.0f ms: %.0fx)\n", ms,
              kTfpEpochPlusGridMs, kTfpEpochPlusGridMs / ms);

  // Every CPU path this machine runs, one after another in the same run.
  std::printf("\nPer CPU path (float32):\n%-18s %14s %14s %12s\n", "path", "tfp-default/s",
              "tfp-relu/s", "200² grids/s");
  const cpu::CpuPath active = cpu::activePath();
  for (cpu::CpuPath p : cpu::availablePaths()) {
    cpu::setActivePath(p);
    const double tanhRate = examplesPerSecond("tfp-default", Precision::Float32, seconds).wall;
    const double reluRate = examplesPerSecond("tfp-relu", Precision::Float32, seconds).wall;
    Trainer pt = make("tfp-default", Precision::Float32);
    pt.trainEpochs(10);
    std::printf("%-18s %14.3e %14.3e %12.0f\n", cpu::pathName(p).c_str(), tanhRate, reluRate,
                gridsPerSecond(pt, big, seconds));
  }
  cpu::setActivePath(active);
  return 0;
}
