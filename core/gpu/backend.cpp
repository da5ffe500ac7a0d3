#include "core/gpu/backend.h"

#include <limits>

#include "core/gpu/activation_kernel.h"
#include "core/gpu/device.h"
#include "core/gpu/status.h"

namespace relulab::gpu {

std::optional<Backend> backendFromId(std::string_view id) {
  if (id == "cpu") return Backend::Cpu;
  if (id == "gpu") return Backend::Gpu;
  if (id == "auto") return Backend::Auto;
  return std::nullopt;
}

std::string_view backendId(Backend backend) {
  switch (backend) {
    case Backend::Cpu:
      return "cpu";
    case Backend::Gpu:
      return "gpu";
    case Backend::Auto:
      return "auto";
  }
  return "cpu";
}

// Where auto starts using a hardware GPU. bench/gpu prints the crossover of
// each workload against the CPU path on the machine it runs on; these values
// must come from its output on real hardware. Until then (no hardware run has
// been made yet) they are estimates from llvmpipe-measured
// CPU costs and typical discrete-GPU overheads, set on the safe side:
//   Activation: a host array crosses the bus twice (x up, y down) while the
//     CPU path evaluates ReLU at memory speed, so host arrays stay on the CPU
//     at every size. (Device-resident arrays are a different story: the
//     kernels there run at the GPU's copy bandwidth.)
//   Grid: the CPU path does 4–8·10⁷ points/s (2-[8,8]-1 with its 16 maps) on
//     one core; a GPU call costs ~1 ms fixed plus 68 bytes a point of readback,
//     so it should win from about 10⁵ points: 2¹⁸ (512 × 512) and up.
//   Ensemble: the CPU path trains ~4.5·10⁶ examples/s per core (2-[8,8]-1,
//     batch 10), i.e. E networks × 200 steps cost E × 0.45 ms of one core; a
//     GPU call costs a few ms fixed (set-up, upload, measurement), so on a
//     16-core machine it should win from ~100 networks: 256 and up.
std::size_t autoThreshold(Workload workload) {
  switch (workload) {
    case Workload::Activation:
      return std::numeric_limits<std::size_t>::max();
    case Workload::Grid:
      return std::size_t{1} << 18;
    case Workload::Ensemble:
      return 256;
  }
  return std::numeric_limits<std::size_t>::max();
}

namespace {

Message workloadName(Workload workload) {
  switch (workload) {
    case Workload::Activation:
      return gpuMessage(RELULAB_TEXT("activation arrays"));
    case Workload::Grid:
      return gpuMessage(RELULAB_TEXT("grid evaluation"));
    case Workload::Ensemble:
      return gpuMessage(RELULAB_TEXT("ensemble training"));
  }
  return gpuMessage(RELULAB_TEXT("work"));
}

}  // namespace

BackendChoice chooseBackend(Backend requested, Workload workload, std::size_t width) {
  if (requested == Backend::Cpu)
    return {Backend::Cpu, gpuMessage(RELULAB_TEXT("the CPU path was asked for")), false};
  const Availability a = availability();
  if (requested == Backend::Gpu) {
    if (a.available)
      return {Backend::Gpu,
              gpuMessage(RELULAB_TEXT("the GPU path was asked for (%1)"), a.info.renderer), false};
    return {Backend::Cpu,
            gpuMessage(RELULAB_TEXT(
                           "the GPU path was asked for but is unavailable: %1; using the CPU path"),
                       a.reason),
            true};
  }
  const Message what = workloadName(workload);
  if (!a.available)
    return {Backend::Cpu,
            gpuMessage(RELULAB_TEXT("auto: no GPU path (%1); using the CPU path"), a.reason),
            false};
  if (a.info.software)
    return {Backend::Cpu,
            gpuMessage(RELULAB_TEXT("auto: %1 is a software renderer, slower than the CPU path; "
                                    "using the CPU path"),
                       a.info.renderer),
            false};
  const std::size_t threshold = autoThreshold(workload);
  if (threshold == std::numeric_limits<std::size_t>::max())
    return {Backend::Cpu,
            gpuMessage(RELULAB_TEXT("auto: %1 measured faster on the CPU at every size"), what),
            false};
  if (width < threshold)
    return {Backend::Cpu,
            gpuMessage(RELULAB_TEXT("auto: %1 of width %2 is below %3, where the GPU starts to "
                                    "win; using the CPU path"),
                       what, width, threshold),
            false};
  return {Backend::Gpu,
          gpuMessage(RELULAB_TEXT("auto: %1 of width %2 runs faster on %3"), what, width,
                     a.info.renderer),
          false};
}

core::Result<BackendChoice> evaluateActivation(Backend requested,
                                               const core::Activation& activation,
                                               std::span<const float> x, std::span<float> y,
                                               std::span<float> dydx, std::span<float> dydp) {
  using R = core::Result<BackendChoice>;
  for (std::span<float> out : {y, dydx, dydp})
    if (!out.empty() && out.size() != x.size())
      return R::failure(
          gpuMessage(RELULAB_TEXT("activation output size differs from the input's")));
  BackendChoice choice = chooseBackend(requested, Workload::Activation, x.size());
  if (choice.backend == Backend::Gpu) {
    const Status s = gpu::evaluateActivation(activation, x, y, dydx, dydp);
    if (s) return choice;
    choice = {Backend::Cpu,
              gpuMessage(RELULAB_TEXT("the GPU path failed (%1); using the CPU path"), s.message()),
              true};
  }
  if (!y.empty() || !dydx.empty()) core::evaluateBoth<float>(activation, x, y, dydx);
  if (!dydp.empty()) core::evaluateParamDerivative<float>(activation, x, dydp);
  return choice;
}

}  // namespace relulab::gpu
