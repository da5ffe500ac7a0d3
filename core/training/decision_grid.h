#pragma once

// The playground's pictures: the network's output over an N × N grid of the
// input square, and every hidden unit's output over the same grid.

#include <vector>

#include "core/model/network.h"
#include "core/model/propagator.h"
#include "core/training/dataset.h"

namespace relulab::core {

struct GridSpec {
  int size = 100;    // N, [2, 1000]
  double lo = -6.0;  // the square [lo, hi]² (TFP: [−6, 6])
  double hi = 6.0;
  bool neuronMaps = true;
  bool operator==(const GridSpec&) const = default;
};

// Row-major N × N, image order: point (r, c) is
//   x1 = lo + (hi − lo)·c/(N − 1),   x2 = hi − (hi − lo)·r/(N − 1)
// so row 0 is the top edge and the grid includes the edges (as TFP's heatmap).
struct DecisionGrid {
  int size = 0;
  double lo = 0.0;
  double hi = 0.0;
  std::vector<float> output;   // the prediction in label units (tanh y, 2σ − 1, or y)
  std::vector<int> widths;     // hidden widths; maps present when neuronMaps was set
  std::vector<float> neurons;  // unit (l, j)'s f(z) map at neuronMap(l, j), N² values each
  const float* neuronMap(int layer, int neuron) const;
  bool operator==(const DecisionGrid&) const = default;
};

// Allocates its workspace once; evaluate() reuses the target's memory.
// Not thread-safe.
template <typename T>
class GridEvaluator {
 public:
  GridEvaluator() = default;
  explicit GridEvaluator(const ParamLayout& layout);
  // Precondition: spec.size in [2, 1000], lo < hi, features.count() == inputs.
  void evaluate(const Network<T>& net, FeatureSet features, const GridSpec& spec,
                DecisionGrid& grid);

 private:
  Propagator<T> prop_;
  std::vector<T> chunk_;           // inputs × kLanes
  std::vector<T> columns_, rows_;  // per-column x1 features, per-row x2 features
};

extern template class GridEvaluator<float>;
extern template class GridEvaluator<double>;

}  // namespace relulab::core
