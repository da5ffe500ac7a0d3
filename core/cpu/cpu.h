#pragma once

// The CPU path: which build of the numeric kernels runs. The default build is
// portable (x86-64 with SSE2) and carries the kernels two more times, for
// AVX2 and for AVX-512 (each compiled from the same sources with its own
// -march; CMakeLists.txt in this folder). The first use picks the best path
// this CPU runs, or the one RELULAB_CPU names; all paths give the same
// numbers, bit for bit (no contracted multiply-adds anywhere; see
// docs/ARCHITECTURE.md). Other architectures have the baseline path only.

#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace relulab::core::cpu {

enum class CpuPath { Baseline, Avx2, Avx512 };

// "baseline", "avx2", "avx512": what RELULAB_CPU takes.
std::string_view pathId(CpuPath path);
// For people: "baseline (SSE2)", "AVX2", "AVX-512".
std::string pathName(CpuPath path);

// The paths this binary carries and this CPU can run, slowest first.
std::vector<CpuPath> availablePaths();
CpuPath bestPath();

// The path a value of RELULAB_CPU asks for; empty asks for the best. An
// unknown value, or a path this binary or CPU cannot run, gives a message
// that lists the valid ones.
Result<CpuPath> parsePath(std::string_view value);
// parsePath() of the environment's RELULAB_CPU (unset: the best path).
Result<CpuPath> pathFromEnvironment();

// The path in use. The first call settles it from the environment, and falls
// back to the best path when the environment asks for one that cannot run
// (the command line and the window check pathFromEnvironment() first and say so).
CpuPath activePath();
// Switches every later computation to `path` (precondition: available). Set
// it before work starts: a trainer keeps the path it was made with.
void setActivePath(CpuPath path);

}  // namespace relulab::core::cpu
