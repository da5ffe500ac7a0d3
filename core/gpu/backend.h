#pragma once

// Choosing between the CPU path and the GPU path. Computing commands take
// --backend cpu|gpu|auto and pass it here; the answer says what will run and
// why, in a sentence the CLI can print and the UI can show.
//
// auto picks the GPU only where it is faster than the CPU path: never on a
// software renderer (measured: llvmpipe runs the shaders on the same cores
// the CPU path uses, 10–100× slower), never for host activation arrays (the
// bus transfers cost more than the CPU path's evaluation), and on a hardware
// GPU only for grids and ensembles wide enough to pay the launch and transfer
// overhead (thresholds in backend.cpp, to be set from bench/gpu's crossovers). The rule depends
// only on the device and the workload's size, not on a timing taken at run time, so one build on
// one machine always makes the same choice (runs stay reproducible bit for bit).
//
// gpu asked for where there is none falls back to the CPU with the reason.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/activations/activation.h"
#include "core/base/result.h"

namespace relulab::gpu {

enum class Backend { Cpu, Gpu, Auto };

std::optional<Backend> backendFromId(std::string_view id);  // "cpu", "gpu", "auto"
std::string_view backendId(Backend backend);

// What the work is, and how wide (the count the GPU parallelises over).
enum class Workload {
  Activation,  // width: elements of a host array
  Grid,        // width: grid points (one network forward each)
  Ensemble,    // width: networks trained together
};

struct BackendChoice {
  Backend backend = Backend::Cpu;  // Cpu or Gpu: what runs
  core::Message reason;            // one sentence: why (english() for the CLI, the UI translates)
  bool fellBack = false;           // the GPU was asked for but the CPU runs
};

BackendChoice chooseBackend(Backend requested, Workload workload, std::size_t width);

// Where auto starts choosing the GPU on a hardware device (widths below run
// on the CPU). Exposed for the benchmark and for tests of the rule.
std::size_t autoThreshold(Workload workload);

// Activation values / derivatives / parameter derivatives on the chosen
// backend, float32, with core/activations/activation.h's array semantics (an empty output
// is skipped). A GPU failure after choosing it falls back to the CPU and says
// so in the returned choice.
core::Result<BackendChoice> evaluateActivation(Backend requested,
                                               const core::Activation& activation,
                                               std::span<const float> x, std::span<float> y,
                                               std::span<float> dydx, std::span<float> dydp = {});

}  // namespace relulab::gpu
