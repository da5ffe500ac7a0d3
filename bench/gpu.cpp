// The GPU path against baselines measured in the same run. No Qt:
// it runs on headless GPU servers. Three sections:
//   activation  GB/s (bytes read + written) of the activation kernels over 2^n
//               floats on the device, against b[i] = a[i] done by a compute
//               shader of the same shape (the bandwidth ceiling; not
//               glCopyBufferSubData, which takes a slower DMA path). Device
//               time from GL_TIME_ELAPSED queries around many dispatches.
//   grid        grid evaluations/s (points/s, maps included, host to host)
//               against the CPU path (core::GridEvaluator, one thread).
//   ensemble    training examples/s of E networks 2-[8,8]-1, batch 10, SGD,
//               against the CPU path (one core::Trainer per member, all cores).
// The crossovers printed are what backend.cpp's `auto` rule is set from.
// Usage: gpu [--quick] [--log2n 26] [--networks 4096] [--steps 200]
//            [--only activation|grid|ensemble]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/gpu/activation_kernel.h"
#include "core/gpu/device.h"
#include "core/gpu/ensemble.h"
#include "core/gpu/gl_objects.h"
#include "core/gpu/grid.h"
#include "core/training/decision_grid.h"

namespace {

namespace core = relulab::core;
namespace gpu = relulab::gpu;
using Clock = std::chrono::steady_clock;

struct Options {
  bool quick = false;
  int log2n = 26;
  int networks = 4096;
  int steps = 200;
  std::string only;
};

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Host seconds per call: repeats until at least `minimum` seconds have passed.
double hostSeconds(const std::function<void()>& run, double minimum = 0.3) {
  run();  // warm up (shader compile, caches)
  int calls = 0;
  const auto start = Clock::now();
  do {
    run();
    ++calls;
  } while (since(start) < minimum);
  return since(start) / calls;
}

// Seconds per dispatch, best of 5 spans of `iterations` dispatches: device
// time from GL_TIME_ELAPSED on a hardware GPU; host time around glFinish on a
// software renderer (llvmpipe's timer queries do not measure its threads).
double deviceSeconds(const std::function<void()>& dispatch, int iterations, bool useTimer) {
  dispatch();
  gpu::finish();
  double best = 1e300;
  for (int r = 0; r < 5; ++r) {
    gpu::GpuTimer timer;
    const auto start = Clock::now();
    if (useTimer) timer.begin();
    for (int i = 0; i < iterations; ++i) dispatch();
    if (useTimer) timer.end();
    gpu::finish();
    const double seconds = useTimer ? timer.seconds() : since(start);
    best = std::min(best, seconds / iterations);
  }
  return best;
}

std::string shapeName(const gpu::KernelShape& s) {
  std::string name = s.vec4 ? "vec4 x" : "float x";  // built piecewise: GCC 12 -Wrestrict
  name += std::to_string(s.perThread);
  name += " /";
  name += std::to_string(s.localSize);
  return name;
}

void activationSection(const Options& o, const gpu::Availability& a) {
  const auto limit = static_cast<std::size_t>(a.info.maxShaderStorageBlockBytes / 4);
  std::size_t n = std::size_t{1} << o.log2n;
  while (n > limit) n >>= 1;
  std::printf(
      "\n== activation: %zu floats (2^%d), device-resident, %s\n", n, __builtin_ctzll(n),
      a.info.timerQueryBits > 0 && !a.info.software ? "GL_TIME_ELAPSED" : "glFinish wall clock");
  std::vector<float> host(n);
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> dist(-10.0f, 10.0f);
  for (float& v : host) v = dist(rng);
  gpu::DeviceScope scope;
  gpu::Buffer x(n * 4, host.data()), y(n * 4), d(n * 4);
  const int iterations = o.quick ? 5 : 50;
  const bool timer = a.info.timerQueryBits > 0 && !a.info.software;
  const double bytes2 = 8.0 * static_cast<double>(n);  // one read + one write
  double bestCopy = 0.0;
  std::printf("%-32s %10s %10s\n", "kernel", "GB/s", "vs copy");
  auto row = [&](const std::string& name, double seconds, double bytes) {
    const double gbs = bytes / seconds * 1e-9;
    std::printf("%-32s %10.1f %9.2fx\n", name.c_str(), gbs, bestCopy > 0 ? gbs / bestCopy : 1.0);
    return gbs;
  };
  std::vector<gpu::KernelShape> copyShapes = {{256, 1, false}, {256, 1, true}, {256, 2, true},
                                              {256, 4, true},  {256, 8, true}, {512, 4, true},
                                              {1024, 4, true}, {128, 4, true}};
  double naiveCopy = 0.0;
  for (const auto& shape : copyShapes) {
    auto k = gpu::CopyKernel::create(shape);
    if (!k) {
      std::printf("copy %s: %s\n", shapeName(shape).c_str(), k.error().c_str());
      continue;
    }
    const double gbs = row("copy " + shapeName(shape),
                           deviceSeconds([&] { k->run(x, y, n); }, iterations, timer), bytes2);
    if (!shape.vec4) naiveCopy = gbs;
    bestCopy = std::max(bestCopy, gbs);
  }
  std::printf("(ratios below against the best copy, %.1f GB/s; naive one-float copy %.1f GB/s)\n",
              bestCopy, naiveCopy);
  const core::Activation relu{core::ActivationKind::Relu, 0.0};
  for (const auto& shape : copyShapes) {
    auto k = gpu::ActivationKernel::create(relu, gpu::kValue, shape);
    if (k)
      row("relu " + shapeName(shape),
          deviceSeconds([&] { k->run(x, &y, nullptr, nullptr, n); }, iterations, timer), bytes2);
  }
  const std::pair<const char*, core::Activation> others[] = {
      {"leaky_relu", {core::ActivationKind::LeakyRelu, 0.01}},
      {"elu", {core::ActivationKind::Elu, 1.0}},
      {"gelu", {core::ActivationKind::Gelu, 0.0}},
      {"silu", {core::ActivationKind::Silu, 0.0}},
      {"mish", {core::ActivationKind::Mish, 0.0}},
      {"tanh", {core::ActivationKind::Tanh, 0.0}}};
  for (const auto& [name, act] : others) {
    auto k = gpu::ActivationKernel::create(act, gpu::kValue);
    if (k)
      row(std::string(name) + " (default shape)",
          deviceSeconds([&] { k->run(x, &y, nullptr, nullptr, n); }, iterations, timer), bytes2);
  }
  auto both = gpu::ActivationKernel::create(relu, gpu::kValue | gpu::kDerivative);
  if (both)
    row("relu value+derivative",
        deviceSeconds([&] { both->run(x, &y, &d, nullptr, n); }, iterations, timer),
        12.0 * static_cast<double>(n));
  // Host arrays through the GPU (what auto weighs) against the CPU path.
  const std::size_t m = std::min<std::size_t>(n, std::size_t{1} << 24);
  std::vector<float> hy(m);
  const std::span<const float> hx(host.data(), m);
  const double cpu = hostSeconds([&] { core::evaluate<float>(relu, hx, hy); });
  const double gpuHost = hostSeconds([&] { (void)gpu::evaluateActivation(relu, hx, hy, {}); });
  std::printf("host arrays, %zu floats: CPU path %.2f Gelem/s, GPU incl. transfers %.2f Gelem/s\n",
              m, m / cpu * 1e-9, m / gpuHost * 1e-9);
}

core::Network<float> benchNetwork(std::uint64_t seed) {
  core::NetworkSpec spec;
  spec.hidden = {{8, {core::ActivationKind::Relu, 0.0}}, {8, {core::ActivationKind::Relu, 0.0}}};
  core::Network<float> net(spec);
  core::Rng rng(seed, 1);
  net.initialize(rng);
  return net;
}

void gridSection(const Options& o) {
  std::printf("\n== grid: 2-[8,8]-1 ReLU, decision + 16 neuron maps, host to host\n");
  std::printf("%8s %10s %14s %14s %8s\n", "size", "points", "CPU points/s", "GPU points/s",
              "GPU/CPU");
  const core::Network<float> net = benchNetwork(3);
  const core::FeatureSet features;
  core::GridEvaluator<float> evaluator(net.layout());
  core::DecisionGrid out;
  std::vector<int> sizes = {16, 32, 64, 100, 200, 400, 1000};
  if (o.quick) sizes = {16, 32, 64, 100, 200};
  for (int size : sizes) {
    core::GridSpec spec;
    spec.size = size;
    const double cpu = hostSeconds([&] { evaluator.evaluate(net, features, spec, out); }, 0.2);
    if (auto check = gpu::evaluateGridGpu(net, features, spec); !check) {
      std::printf("%8d GPU: %s\n", size, check.error().c_str());
      continue;
    }
    const double gpuSeconds =
        hostSeconds([&] { (void)gpu::evaluateGridGpu(net, features, spec); }, 0.2);
    const double points = double(size) * size;
    std::printf("%8d %10.0f %14.3g %14.3g %7.2fx\n", size, points, points / cpu,
                points / gpuSeconds, cpu / gpuSeconds);
  }
  // An ensemble's maps: many networks in one dispatch.
  const int count = o.quick ? 16 : 256;
  std::vector<core::Network<float>> nets;
  for (int i = 0; i < count; ++i) nets.push_back(benchNetwork(100 + static_cast<std::uint64_t>(i)));
  core::GridSpec spec;
  spec.size = 100;
  const double cpu = hostSeconds(
      [&] {
        for (const auto& n : nets) evaluator.evaluate(n, features, spec, out);
      },
      0.2);
  if (auto check = gpu::evaluateGridGpu(nets, features, spec); !check) {
    std::printf("%d networks: GPU: %s\n", count, check.error().c_str());
    return;
  }
  const double gpuSeconds =
      hostSeconds([&] { (void)gpu::evaluateGridGpu(nets, features, spec); }, 0.2);
  const double points = 1e4 * count;
  std::printf("%d networks x 100^2 in one call: CPU %.3g points/s, GPU %.3g points/s, %.2fx\n",
              count, points / cpu, points / gpuSeconds, cpu / gpuSeconds);
}

gpu::EnsembleConfig ensembleConfig(int members) {
  gpu::EnsembleConfig config;
  config.base.network = benchNetwork(1).spec();
  config.base.batchSize = 10;
  for (int m = 0; m < members; ++m)
    config.members.push_back({static_cast<std::uint64_t>(1000 + m), 0.01 + 0.002 * (m % 16), 0.1});
  return config;
}

void ensembleSection(const Options& o) {
  const int e = o.networks;
  const int steps = o.steps;
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  std::printf("\n== ensemble: %d networks 2-[8,8]-1 ReLU, batch 10, SGD, %d steps\n", e, steps);
  const gpu::EnsembleConfig config = ensembleConfig(e);
  auto ensemble = gpu::GpuEnsemble::create(config);
  if (!ensemble) {
    std::printf("GPU: %s\n", ensemble.error().c_str());
    return;
  }
  (void)ensemble.value().train(2);  // compile and warm up
  {
    gpu::DeviceScope scope;
    gpu::finish();
  }
  auto start = Clock::now();
  (void)ensemble.value().train(steps);
  {
    gpu::DeviceScope scope;
    gpu::finish();
  }
  const double gpuSeconds = since(start);
  const double gpuRate = double(e) * steps * 10 / gpuSeconds;
  // The CPU path on every core, on as many members as keep it to seconds.
  const int cpuMembers = std::min(e, o.quick ? 32 : 64 * cores);
  start = Clock::now();
  auto cpu = gpu::trainEnsembleCpu(ensembleConfig(cpuMembers), steps);
  const double cpuSeconds = since(start);
  const double cpuRate = double(cpuMembers) * steps * 10 / cpuSeconds;
  std::printf(
      "GPU %.3g examples/s (%.3f s); CPU path on %d cores %.3g examples/s (%d members, %.3f s); "
      "GPU/CPU %.1fx\n",
      gpuRate, gpuSeconds, cores, cpuRate, cpuMembers, cpuSeconds, gpuRate / cpuRate);
  // Crossover: whole calls (create, train, measure) against the CPU path.
  std::printf("%10s %12s %12s %8s\n", "networks", "CPU s", "GPU s", "GPU/CPU");
  std::vector<int> widths = {1, 4, 16, 64, 256, 1024};
  if (o.quick) widths = {1, 4, 16, 64};
  for (int w : widths) {
    const gpu::EnsembleConfig c = ensembleConfig(w);
    auto t = Clock::now();
    (void)gpu::trainEnsembleCpu(c, steps);
    const double cs = since(t);
    t = Clock::now();
    auto g = gpu::GpuEnsemble::create(c);
    if (g) {
      (void)g.value().train(steps);
      (void)g.value().measure();
    }
    const double gs = since(t);
    std::printf("%10d %12.4f %12.4f %7.2fx\n", w, cs, gs, cs / gs);
  }
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool more = i + 1 < argc;
    if (a == "--quick")
      o.quick = true;
    else if (a == "--log2n" && more)
      o.log2n = std::atoi(argv[++i]);
    else if (a == "--networks" && more)
      o.networks = std::atoi(argv[++i]);
    else if (a == "--steps" && more)
      o.steps = std::atoi(argv[++i]);
    else if (a == "--only" && more)
      o.only = argv[++i];
    else {
      std::fprintf(
          stderr, "usage: gpu [--quick] [--log2n N] [--networks E] [--steps S] [--only SECTION]\n");
      return 2;
    }
  }
  const gpu::Availability a = gpu::availability();
  if (!a.available) {
    std::printf("no GPU path: %s\n", a.reason.english().c_str());
    return 1;
  }
  std::printf("device: %s | %s | OpenGL %s | %s%s\n", a.info.vendor.c_str(),
              a.info.renderer.c_str(), a.info.version.c_str(), a.info.platform.c_str(),
              a.info.software ? " (software)" : "");
  for (const std::string& attempt : a.attempts) std::printf("  EGL: %s\n", attempt.c_str());
  if (o.only.empty() || o.only == "activation") activationSection(o, a);
  if (o.only.empty() || o.only == "grid") gridSection(o);
  if (o.only.empty() || o.only == "ensemble") ensembleSection(o);
  return 0;
}
