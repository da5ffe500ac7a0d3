#pragma once

// Activations on the GPU: the same values, derivatives and parameter
// derivatives as core/activations/activation.h's array forms, in float32, for all 18
// activations with the CPU path's formulas and kink conventions.

#include <cstddef>
#include <cstdint>
#include <span>

#include "core/activations/activation.h"
#include "core/gpu/gl_objects.h"
#include "core/gpu/status.h"

namespace relulab::gpu {

// How a bandwidth-bound kernel walks its arrays: threads per work group,
// elements each thread loads before it computes, and vec4 or one float per
// element. The default is what measured fastest (bench/gpu.cpp).
struct KernelShape {
  int localSize = 256;
  int perThread = 4;
  bool vec4 = true;
};

enum ActivationOutput : unsigned {
  kValue = 1u,
  kDerivative = 2u,
  kParamDerivative = 4u,
};

// Device-resident form, for the benchmark and for callers that keep data on
// the device. Use inside a DeviceScope.
class ActivationKernel {
 public:
  // outputs: a mask of ActivationOutput. Compiles once per (activation,
  // outputs, shape) for the process.
  static core::Result<ActivationKernel> create(const core::Activation& activation, unsigned outputs,
                                               KernelShape shape = {});

  // Buffers hold `count` floats; with a vec4 shape, count must be a multiple
  // of 4 (pad the arrays). Outputs not in the mask may be null.
  void run(const Buffer& x, const Buffer* y, const Buffer* dydx, const Buffer* dydp,
           std::size_t count) const;

 private:
  ActivationKernel() = default;
  std::uint32_t program_ = 0;
  KernelShape shape_;
  float param_ = 0.0f;
};

// b[i] = a[i] by a compute shader with the same access pattern: the
// bandwidth baseline the activation kernel is measured against.
class CopyKernel {
 public:
  static core::Result<CopyKernel> create(KernelShape shape = {});
  void run(const Buffer& a, const Buffer& b, std::size_t count) const;

 private:
  CopyKernel() = default;
  std::uint32_t program_ = 0;
  KernelShape shape_;
};

// Host arrays in, host arrays out: uploads x, computes, downloads. Any output
// may be empty to skip it; non-empty outputs have x's size. Fails (with the
// reason) when the GPU path is unavailable or a shader does not build; the
// caller then uses the CPU path (see backend.h for the choosing functions).
Status evaluateActivation(const core::Activation& activation, std::span<const float> x,
                          std::span<float> y, std::span<float> dydx, std::span<float> dydp = {});

}  // namespace relulab::gpu
