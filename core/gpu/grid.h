#pragma once

// The decision map and every hidden unit's map over a grid of the input
// square, on the GPU: the same contract and the same numbers as the CPU
// path's core::GridEvaluator (core/training/decision_grid.h), one thread per point.
// Several networks of one architecture go in one dispatch (an ensemble's maps).

#include <span>
#include <vector>

#include "core/base/result.h"
#include "core/gpu/backend.h"
#include "core/model/network.h"
#include "core/training/dataset.h"
#include "core/training/decision_grid.h"

namespace relulab::gpu {

// Fails with the reason when the grid does not fit the network (as
// GridEvaluator's precondition), the GPU path is unavailable, or a shader
// does not build.
core::Result<core::DecisionGrid> evaluateGridGpu(const core::Network<float>& network,
                                                 core::FeatureSet features,
                                                 const core::GridSpec& spec);
core::Result<std::vector<core::DecisionGrid>> evaluateGridGpu(
    std::span<const core::Network<float>> networks, core::FeatureSet features,
    const core::GridSpec& spec);

struct GridResult {
  core::DecisionGrid grid;
  BackendChoice backend;
};

// On the backend chooseBackend picks for size² points; the CPU path is
// core::GridEvaluator<float>. A GPU failure falls back to the CPU and says so.
core::Result<GridResult> evaluateGrid(Backend requested, const core::Network<float>& network,
                                      core::FeatureSet features, const core::GridSpec& spec);

}  // namespace relulab::gpu
