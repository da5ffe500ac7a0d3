#pragma once

// Internal: the table of one CPU path's kernels (cpu.h). kernel_table.cpp is
// compiled once per path; cpu.cpp hands out the active one. Include only from
// the core.

#include <memory>
#include <span>

#include "core/activations/activation.h"
#include "core/cpu/cpu.h"
#include "core/training/engine.h"

namespace relulab::core::cpu {

template <typename T>
struct ArrayKernels {
  void (*value)(const Activation&, std::span<const T>, std::span<T>);
  void (*derivative)(const Activation&, std::span<const T>, std::span<T>);
  void (*paramDerivative)(const Activation&, std::span<const T>, std::span<T>);
  void (*both)(const Activation&, std::span<const T>, std::span<T>, std::span<T>);
};

struct Kernels {
  CpuPath path;
  ArrayKernels<float> f32;
  ArrayKernels<double> f64;
  std::unique_ptr<Trainer::Engine> (*makeEngine)(const TrainConfig&, Dataset);

  template <typename T>
  const ArrayKernels<T>& arrays() const {
    if constexpr (std::is_same_v<T, float>)
      return f32;
    else
      return f64;
  }
};

// The active path's table.
const Kernels& kernels();

// The activation library's array forms as this path's build compiled them
// (activation.cpp); the public ones (activation.h) go through kernels().
namespace here {
template <typename T>
void evaluate(const Activation& a, std::span<const T> x, std::span<T> y);
template <typename T>
void evaluateDerivative(const Activation& a, std::span<const T> x, std::span<T> dydx);
template <typename T>
void evaluateParamDerivative(const Activation& a, std::span<const T> x, std::span<T> dydp);
template <typename T>
void evaluateBoth(const Activation& a, std::span<const T> x, std::span<T> y, std::span<T> dydx);
}  // namespace here

}  // namespace relulab::core::cpu
