#pragma once

// The GLSL description of one network architecture: the kernels that run
// networks (grid.comp, ensemble.comp) are compiled once per architecture with
// its widths, offsets and activations as compile-time constants, so the
// driver's compiler unrolls every layer loop and folds every activation
// switch. Internal to relulab_gpu.

#include <cstdint>
#include <string>

#include "core/model/network.h"

namespace relulab::gpu {

// #defines and const arrays (see shaders/network.glsl for their names) for
// `spec`, whose parameters are laid out as core::ParamLayout says.
std::string networkDefines(const core::NetworkSpec& spec);

// A short stable key for the program cache: equal for equal architectures.
std::string networkKey(const core::NetworkSpec& spec);

}  // namespace relulab::gpu
