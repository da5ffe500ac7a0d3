// One CPU path's table of kernels. This file and the kernels it names are
// compiled once per path (CMakeLists.txt in this folder); RELULAB_CPU_TARGET
// and RELULAB_CPU_ENUM name the path, and the build keeps each path's copies of the kernels
// apart, so that &makeEngine here is this path's.

#include "core/cpu/kernels.h"

#ifndef RELULAB_CPU_TARGET
#define RELULAB_CPU_TARGET baseline
#define RELULAB_CPU_ENUM Baseline
#endif
#define RELULAB_CPU_CONCAT2(a, b) a##b
#define RELULAB_CPU_CONCAT(a, b) RELULAB_CPU_CONCAT2(a, b)

namespace relulab::core::cpu {
namespace {

template <typename T>
constexpr ArrayKernels<T> arrayKernels() {
  return {&here::evaluate<T>, &here::evaluateDerivative<T>, &here::evaluateParamDerivative<T>,
          &here::evaluateBoth<T>};
}

const Kernels kTable{CpuPath::RELULAB_CPU_ENUM, arrayKernels<float>(), arrayKernels<double>(),
                     &makeEngine};

}  // namespace
}  // namespace relulab::core::cpu

// The one symbol of a path's build that the rest of the program sees.
extern "C" const relulab::core::cpu::Kernels* RELULAB_CPU_CONCAT(relulab_cpu_kernels_,
                                                                 RELULAB_CPU_TARGET)() {
  return &relulab::core::cpu::kTable;
}
