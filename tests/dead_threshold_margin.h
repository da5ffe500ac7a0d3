#pragma once

// For the GPU parity tests: dead counts are only comparable between the CPU
// and GPU paths where no unit sits on the dead/alive threshold. Header-only,
// included by each test that needs it.

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/model/network.h"
#include "core/model/network_spec.h"
#include "core/model/propagator.h"
#include "core/model/sample_matrix.h"

namespace relulab::test {

// The smallest |max_s z| over the hidden units of the network `spec` with
// these parameters, on `train`: how far the closest unit is from flipping
// between dead and alive.
inline double thresholdMargin(const core::NetworkSpec& spec, const std::vector<double>& params,
                              const core::SampleMatrix<float>& train) {
  core::Network<float> net(spec);
  auto p = net.parameters();
  for (std::size_t i = 0; i < p.size(); ++i) p[i] = static_cast<float>(params[i]);
  core::Propagator<float> prop(net.layout());
  constexpr int kL = core::kLanes<float>;
  const core::SampleBlock<float> block = train.block();
  std::vector<float> maxZ;
  for (const core::LayerSpec& layer : spec.hidden) maxZ.insert(maxZ.end(), layer.width, -1e30f);
  for (int c = 0; c < block.count; c += kL) {
    prop.forwardChunk(net, block.x + c, block.stride, false);
    std::size_t u = 0;
    for (int l = 0; l < net.hiddenCount(); ++l)
      for (int j = 0; j < spec.hidden[static_cast<std::size_t>(l)].width; ++j, ++u)
        for (int s = 0; s < std::min(kL, block.count - c); ++s)
          maxZ[u] = std::max(maxZ[u], prop.z(l, j)[s]);
  }
  double margin = 1e30;
  for (float z : maxZ) margin = std::min(margin, static_cast<double>(std::fabs(z)));
  return margin;
}

}  // namespace relulab::test
