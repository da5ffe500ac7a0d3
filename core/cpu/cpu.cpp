#include "core/cpu/cpu.h"

#include <atomic>
#if defined(__x86_64__)
#include <cpuid.h>
#endif
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
// The float array forms built with FMA (fused_arrays.cpp), for those two.
#ifdef RELULAB_CPU_FMA
extern "C" const relulab::core::cpu::ArrayKernels<float>* relulab_cpu_arrays_fma();
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

// A path's table with the fused float arrays, where the build has them.
[[maybe_unused]] Kernels withFusedArrays(Kernels table) {
#ifdef RELULAB_CPU_FMA
  table.f32 = *relulab_cpu_arrays_fma();
#endif
  return table;
}

const Kernels* tableOf(CpuPath path) {
  switch (path) {
    case CpuPath::Baseline:
      return relulab_cpu_kernels_baseline();
    case CpuPath::Avx2:
#ifdef RELULAB_CPU_AVX2
    {
      static const Kernels table = withFusedArrays(*relulab_cpu_kernels_avx2());
      return &table;
    }
#else
      return nullptr;
#endif
    case CpuPath::Avx512:
#ifdef RELULAB_CPU_AVX512
    {
      static const Kernels table = withFusedArrays(*relulab_cpu_kernels_avx512());
      return &table;
    }
#else
      return nullptr;
#endif
  }
  return nullptr;
}

// What the CPU supports, and whether the operating system saves the wider
// registers (XGETBV): CPUID's bits as Intel's manual lists them, read the
// same way with GCC and Clang (whose __builtin_cpu_supports know different
// feature names).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
struct X86Features {
  bool v3 = false;  // x86-64-v3: AVX, AVX2, BMI1, BMI2, F16C, FMA, LZCNT, MOVBE, OS support
  bool v4 = false;  // x86-64-v4: v3 and AVX-512 F, BW, CD, DQ, VL, OS support
};

X86Features readX86Features() {
  X86Features f;
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return f;
  const bool fma = c & (1u << 12), movbe = c & (1u << 22), osxsave = c & (1u << 27),
             avx = c & (1u << 28), f16c = c & (1u << 29);
  if (!osxsave || !avx) return f;
  unsigned lo = 0, hi = 0;
  __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  const bool osAvx = (lo & 0x6u) == 0x6u;       // SSE and AVX state
  const bool osAvx512 = (lo & 0xe6u) == 0xe6u;  // and opmask, ZMM state
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return f;
  const bool bmi1 = b & (1u << 3), avx2 = b & (1u << 5), bmi2 = b & (1u << 8),
             avx512f = b & (1u << 16), avx512dq = b & (1u << 17), avx512cd = b & (1u << 28),
             avx512bw = b & (1u << 30), avx512vl = b & (1u << 31);
  unsigned ea = 0, eb = 0, ec = 0, ed = 0;
  const bool lzcnt = __get_cpuid(0x80000001u, &ea, &eb, &ec, &ed) && (ec & (1u << 5));
  f.v3 = osAvx && avx2 && fma && bmi1 && bmi2 && f16c && movbe && lzcnt;
  f.v4 = f.v3 && osAvx512 && avx512f && avx512bw && avx512cd && avx512dq && avx512vl;
  return f;
}
#endif

bool cpuRuns(CpuPath path) {
  if (path == CpuPath::Baseline) return true;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const X86Features features = readX86Features();
  return path == CpuPath::Avx2 ? features.v3 : features.v4;
#else
  return false;
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
