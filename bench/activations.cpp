// Throughput of the activation library's float array forms, one thread.
//
// For each activation: Gelem/s of evaluate() (value) and evaluateBoth()
// (value + derivative) over 2^24 float32 inputs (uniform on [−8, 8]) into
// preallocated outputs, best of --repeats runs, with ratios against baselines
// measured in the same run:
//   copy   std::memcpy of the same 2^24 floats (the memory-bandwidth ceiling)
//   naive  a scalar loop with the C library, one element at a time, as one
//          would write it by hand (GCC may still vectorise the simple ones)
//   torch  PyTorch 1.13 CPU, one thread, out= (bench/torch_activations.py,
//          run here when a python3 with torch is found; RELULAB_PYTHON picks one)
// Targets: ReLU and Leaky ReLU ≥ 0.8× copy; GELU, SiLU, ELU ≥ 1×
// PyTorch; Mish and tanh ≥ 2× PyTorch. Usage: activations [--log2n 24]
// [--repeats 15] [--no-torch]

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/activations/activation.h"
#include "core/cpu/cpu.h"

namespace {

using relulab::core::ActivationKind;
namespace core = relulab::core;

template <typename F>
double bestSeconds(int repeats, F&& run) {
  run();  // warm up: page in, fill caches
  double best = 1e300;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    run();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    best = std::min(best, elapsed.count());
  }
  return best;
}

// The hand-written scalar form of each activation, with the C library.
float naive(ActivationKind kind, float x) {
  switch (kind) {
    case ActivationKind::Relu:
      return x > 0 ? x : 0;
    case ActivationKind::LeakyRelu:
      return x > 0 ? x : 0.01f * x;
    case ActivationKind::Prelu:
      return x > 0 ? x : 0.25f * x;
    case ActivationKind::Elu:
      return x > 0 ? x : std::expm1(x);
    case ActivationKind::Selu:
      return 1.0507009873554805f * (x > 0 ? x : 1.6732632423543772f * std::expm1(x));
    case ActivationKind::Celu:
      return x > 0 ? x : std::expm1(x);
    case ActivationKind::Gelu:
      return 0.5f * x * std::erfc(-x * 0.70710678f);
    case ActivationKind::GeluTanh:
      return 0.5f * x * (1 + std::tanh(0.7978845608f * (x + 0.044715f * x * x * x)));
    case ActivationKind::Silu:
      return x / (1 + std::exp(-x));
    case ActivationKind::Mish:
      return x * std::tanh(std::log1p(std::exp(x)));
    case ActivationKind::Softplus:
      return x > 20 ? x : std::log1p(std::exp(x));
    case ActivationKind::Relu6:
      return std::min(std::max(x, 0.0f), 6.0f);
    case ActivationKind::Hardswish:
      return x * std::min(std::max(x + 3, 0.0f), 6.0f) / 6;
    case ActivationKind::Hardsigmoid:
      return std::min(std::max(x + 3, 0.0f), 6.0f) / 6;
    case ActivationKind::Hardtanh:
      return std::min(std::max(x, -1.0f), 1.0f);
    case ActivationKind::Sigmoid:
      return 1 / (1 + std::exp(-x));
    case ActivationKind::Tanh:
      return std::tanh(x);
    case ActivationKind::Softsign:
      return x / (1 + std::abs(x));
  }
  return x;
}

// Runs bench/torch_activations.py; id → Gelem/s, empty when no PyTorch.
std::map<std::string, double> torchThroughput(int log2n, int repeats) {
  std::vector<std::string> pythons;
  if (const char* chosen = std::getenv("RELULAB_PYTHON")) pythons.emplace_back(chosen);
  pythons.emplace_back("python3");
  pythons.emplace_back("/usr/bin/python3");
  for (const std::string& python : pythons) {
    const std::string command = python + " " RELULAB_TORCH_SCRIPT " --threads 1 --log2n " +
                                std::to_string(log2n) + " --repeats " + std::to_string(repeats) +
                                " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) continue;
    std::map<std::string, double> result;
    char line[512];
    while (std::fgets(line, sizeof line, pipe)) {
      char id[64];
      double rate = 0;
      if (line[0] != '#' && std::sscanf(line, "%63[^,],%lf", id, &rate) == 2) result[id] = rate;
    }
    if (pclose(pipe) == 0 && !result.empty()) return result;
  }
  return {};
}

struct Target {
  const char* against;  // "copy" or "torch"
  double ratio;
};

std::map<ActivationKind, Target> targets() {
  return {{ActivationKind::Relu, {"copy", 0.8}},  {ActivationKind::LeakyRelu, {"copy", 0.8}},
          {ActivationKind::Gelu, {"torch", 1.0}}, {ActivationKind::Silu, {"torch", 1.0}},
          {ActivationKind::Elu, {"torch", 1.0}},  {ActivationKind::Mish, {"torch", 2.0}},
          {ActivationKind::Tanh, {"torch", 2.0}}};
}

}  // namespace

int main(int argc, char** argv) {
  int log2n = 24;
  int repeats = 15;
  bool withTorch = true;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--log2n") && i + 1 < argc) {
      log2n = std::atoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--repeats") && i + 1 < argc) {
      repeats = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--no-torch")) {
      withTorch = false;
    } else {
      std::fprintf(stderr, "usage: %s [--log2n 24] [--repeats 15] [--no-torch]\n", argv[0]);
      return 2;
    }
  }
  const std::size_t n = std::size_t{1} << log2n;
  std::vector<float> x(n), y(n), dydx(n);
  std::mt19937 generator(42);
  for (float& v : x) v = static_cast<float>(generator() >> 8) * 0x1p-24f * 16.0f - 8.0f;

  const auto torch = withTorch ? torchThroughput(log2n, repeats) : std::map<std::string, double>{};
  const auto gelem = [n](double seconds) { return static_cast<double>(n) / seconds / 1e9; };
  const double copy =
      gelem(bestSeconds(repeats, [&] { std::memcpy(y.data(), x.data(), n * sizeof(float)); }));

  std::printf("# CPU path: %s (RELULAB_CPU picks another)\n",
              relulab::core::cpu::pathName(relulab::core::cpu::activePath()).c_str());
  std::printf("# 2^%d float32, 1 thread, best of %d; Gelem/s. copy (memcpy) = %.3f Gelem/s\n",
              log2n, repeats, copy);
  if (torch.empty())
    std::printf("# PyTorch not found: apt-get install python3-torch, or set RELULAB_PYTHON\n");
  else if (torch.count("copy"))
    std::printf("# PyTorch's own copy_ = %.3f Gelem/s\n", torch.at("copy"));
  std::printf("%-12s %8s %8s %8s %8s %7s %7s %7s  %s\n", "activation", "value", "value+d", "naive",
              "torch", "/copy", "/naive", "/torch", "target");
  const auto goals = targets();
  int missed = 0;
  for (const core::ActivationInfo& info : core::activationInfos()) {
    const core::Activation a = core::defaultActivation(info.kind);
    const double ours = gelem(bestSeconds(repeats, [&] { core::evaluate<float>(a, x, y); }));
    const double both =
        gelem(bestSeconds(repeats, [&] { core::evaluateBoth<float>(a, x, y, dydx); }));
    const double scalar = gelem(bestSeconds(repeats, [&] {
      for (std::size_t i = 0; i < n; ++i) y[i] = naive(info.kind, x[i]);
    }));
    const auto found = torch.find(std::string(info.id));
    const double theirs = found == torch.end() ? 0.0 : found->second;
    std::string verdict;
    if (const auto goal = goals.find(info.kind); goal != goals.end()) {
      const bool vsCopy = std::string(goal->second.against) == "copy";
      const double ratio = vsCopy ? ours / copy : (theirs > 0 ? ours / theirs : 0.0);
      char text[64];
      std::snprintf(text, sizeof text, "≥ %.1f× %s: ", goal->second.ratio, goal->second.against);
      verdict = text;
      if (!vsCopy && theirs == 0) {
        verdict += "no PyTorch";
      } else if (ratio >= goal->second.ratio) {
        verdict += "met";
      } else {
        verdict += "MISSED";
        ++missed;
      }
    }
    std::printf("%-12s %8.3f %8.3f %8.3f %8.3f %7.2f %7.2f %7.2f  %s\n",
                std::string(info.id).c_str(), ours, both, scalar, theirs, ours / copy,
                ours / scalar, theirs > 0 ? ours / theirs : 0.0, verdict.c_str());
  }
  return missed == 0 ? 0 : 1;
}
