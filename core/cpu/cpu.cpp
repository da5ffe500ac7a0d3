#include "core/cpu/cpu.h"

#include <atomic>
#include <cstdlib>
#include <mutex>

#include "core/cpu/kernels.h"

// Each path's table (kernel_table.cpp); the build defines RELULAB_CPU_AVX2 and
// RELULAB_CPU_AVX512 when it carries that path.
extern "C" const relulab::core::cpu::Kernels* relulab_cpu_kernels_baseline();
#ifdef RELULAB_CPU_AVX2
extern "C" const relulab::core::cpu::Kernels* relulab_cpu_kernels_avx2();
#endif
#ifdef RELULAB_CPU_AVX512
extern "C" const relulab::core::cpu::Kernels* relulab_cpu_kernels_avx512();
#endif

// The messages, marked in relulab::core (their translation context).
namespace relulab::core {
static Message notBuilt(std::string_view value, const std::string& valid) {
  return coreMessage(RELULAB_TEXT("RELULAB_CPU=%1: this build does not carry that CPU path; "
                                  "valid here: %2"),
                     std::string(value), valid);
}
static Message notRunnable(std::string_view value, const std::string& valid) {
  return coreMessage(RELULAB_TEXT("RELULAB_CPU=%1: this CPU cannot run that path; valid here: %2"),
                     std::string(value), valid);
}
static Message unknownPath(std::string_view value, const std::string& valid) {
  return coreMessage(RELULAB_TEXT("RELULAB_CPU=%1: unknown CPU path; valid here: %2"),
                     std::string(value), valid);
}
}  // namespace relulab::core

namespace relulab::core::cpu {
namespace {

constexpr CpuPath kAll[] = {CpuPath::Baseline, CpuPath::Avx2, CpuPath::Avx512};

const Kernels* tableOf(CpuPath path) {
  switch (path) {
    case CpuPath::Baseline:
      return relulab_cpu_kernels_baseline();
    case CpuPath::Avx2:
#ifdef RELULAB_CPU_AVX2
      return relulab_cpu_kernels_avx2();
#else
      return nullptr;
#endif
    case CpuPath::Avx512:
#ifdef RELULAB_CPU_AVX512
      return relulab_cpu_kernels_avx512();
#else
      return nullptr;
#endif
  }
  return nullptr;
}

// What the CPU (and the operating system, which must save the wider
// registers) supports: GCC's and Clang's cpu-support checks test both.
bool cpuRuns(CpuPath path) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  __builtin_cpu_init();
  switch (path) {
    case CpuPath::Baseline:
      return true;
    case CpuPath::Avx2:  // x86-64-v3, as the path is compiled
      return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
             __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
             __builtin_cpu_supports("f16c") && __builtin_cpu_supports("movbe") &&
             __builtin_cpu_supports("lzcnt");
    case CpuPath::Avx512:  // x86-64-v4
      return cpuRuns(CpuPath::Avx2) && __builtin_cpu_supports("avx512f") &&
             __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512cd") &&
             __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
  }
  return false;
#else
  return path == CpuPath::Baseline;
#endif
}

std::atomic<const Kernels*> gActive{nullptr};
std::once_flag gFirst;

void settle() {
  std::call_once(gFirst, [] {
    if (gActive.load() != nullptr) return;  // setActivePath() came first
    const auto chosen = pathFromEnvironment();
    gActive.store(tableOf(chosen ? *chosen : bestPath()));
  });
}

}  // namespace

std::string_view pathId(CpuPath path) {
  switch (path) {
    case CpuPath::Baseline:
      return "baseline";
    case CpuPath::Avx2:
      return "avx2";
    case CpuPath::Avx512:
      return "avx512";
  }
  return "baseline";
}

std::string pathName(CpuPath path) {
  switch (path) {
    case CpuPath::Baseline:
#if defined(__x86_64__)
      return "baseline (SSE2)";
#else
      return "baseline";
#endif
    case CpuPath::Avx2:
      return "AVX2";
    case CpuPath::Avx512:
      return "AVX-512";
  }
  return "baseline";
}

std::vector<CpuPath> availablePaths() {
  std::vector<CpuPath> paths;
  for (CpuPath p : kAll)
    if (tableOf(p) != nullptr && cpuRuns(p)) paths.push_back(p);
  return paths;
}

CpuPath bestPath() {
  return availablePaths().back();
}

Result<CpuPath> parsePath(std::string_view value) {
  if (value.empty()) return bestPath();
  std::string valid;
  for (CpuPath p : availablePaths()) {
    if (!valid.empty()) valid += ", ";
    valid += pathId(p);
  }
  for (CpuPath p : kAll) {
    if (value != pathId(p)) continue;
    if (tableOf(p) == nullptr) return Result<CpuPath>::failure(notBuilt(value, valid));
    if (!cpuRuns(p)) return Result<CpuPath>::failure(notRunnable(value, valid));
    return p;
  }
  return Result<CpuPath>::failure(unknownPath(value, valid));
}

Result<CpuPath> pathFromEnvironment() {
  const char* value = std::getenv("RELULAB_CPU");
  return parsePath(value ? std::string_view(value) : std::string_view());
}

CpuPath activePath() {
  return kernels().path;
}

void setActivePath(CpuPath path) {
  const Kernels* table = tableOf(path);
  if (table == nullptr || !cpuRuns(path)) return;  // precondition; keep the current path
  gActive.store(table);
  settle();  // later first uses keep this choice
}

const Kernels& kernels() {
  if (const Kernels* table = gActive.load(std::memory_order_acquire)) return *table;
  settle();
  return *gActive.load(std::memory_order_acquire);
}

}  // namespace relulab::core::cpu
