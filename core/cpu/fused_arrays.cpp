// The float array forms of the activation library built with fused
// multiply-adds, for the AVX2 and AVX-512 paths (cpu.cpp puts them in those
// paths' tables). This file and activation.cpp are compiled once more for
// x86-64-v3 with FMA (cmake/CpuPaths.cmake), and the build keeps that copy
// apart from the others as it keeps the paths apart.
//
// Why only these: the exponential-based kernels (sigmoid, SiLU, ELU, GELU, …)
// are limited by the latency of their polynomials, and a fused multiply-add
// halves it. Their results move by a few units in the last place against the
// baseline (tests/test_cpu_paths.cpp states and tests the bound), which the
// training engine must not do: it calls its own path's unfused build.

#include "core/cpu/kernels.h"

namespace relulab::core::cpu {
namespace {

const ArrayKernels<float> kFused{&here::evaluate<float>, &here::evaluateDerivative<float>,
                                 &here::evaluateParamDerivative<float>, &here::evaluateBoth<float>};

}  // namespace
}  // namespace relulab::core::cpu

// The one symbol of this build that the rest of the program sees.
extern "C" const relulab::core::cpu::ArrayKernels<float>* relulab_cpu_arrays_fma() {
  return &relulab::core::cpu::kFused;
}
