#include "core/training/decision_grid.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace relulab::core {

const float* DecisionGrid::neuronMap(int layer, int neuron) const {
  std::size_t unit = 0;
  for (int l = 0; l < layer; ++l)
    unit += static_cast<std::size_t>(widths.at(static_cast<std::size_t>(l)));
  unit += static_cast<std::size_t>(neuron);
  return neurons.data() + unit * static_cast<std::size_t>(size) * static_cast<std::size_t>(size);
}

template <typename T>
GridEvaluator<T>::GridEvaluator(const ParamLayout& layout)
    : prop_(layout), chunk_(static_cast<std::size_t>(layout.layers.front().in * kLanes<T>), T(0)) {}

template <typename T>
void GridEvaluator<T>::evaluate(const Network<T>& net, FeatureSet features, const GridSpec& spec,
                                DecisionGrid& grid) {
  constexpr int kL = kLanes<T>;
  const int n = spec.size;
  if (n < 2 || n > 1000 || !(spec.lo < spec.hi) || features.count() != net.spec().inputs)
    throw std::invalid_argument("GridEvaluator::evaluate: bad grid spec");
  const int hidden = net.hiddenCount();
  const std::size_t cells = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
  grid.size = n;
  grid.lo = spec.lo;
  grid.hi = spec.hi;
  grid.output.resize(cells);
  grid.widths.clear();
  int units = 0;
  for (int l = 0; l < hidden; ++l) {
    grid.widths.push_back(net.spec().hidden[static_cast<std::size_t>(l)].width);
    units += grid.widths.back();
  }
  grid.neurons.resize(spec.neuronMaps ? cells * static_cast<std::size_t>(units) : 0);

  // Features that depend on one coordinate are computed once per column/row.
  // Slots per coordinate value: v, v², sin v.
  columns_.resize(static_cast<std::size_t>(3 * n));
  rows_.resize(static_cast<std::size_t>(3 * n));
  const double step = (spec.hi - spec.lo) / (n - 1);
  for (int i = 0; i < n; ++i) {
    const double x1 = spec.lo + step * i;
    const double x2 = spec.hi - step * i;
    const auto k = static_cast<std::size_t>(3 * i);
    columns_[k] = static_cast<T>(x1);
    columns_[k + 1] = static_cast<T>(x1 * x1);
    columns_[k + 2] = static_cast<T>(std::sin(x1));
    rows_[k] = static_cast<T>(x2);
    rows_[k + 1] = static_cast<T>(x2 * x2);
    rows_[k + 2] = static_cast<T>(std::sin(x2));
  }

  const OutputKind head = net.spec().output;
  int row = 0, col = 0;
  for (std::size_t start = 0; start < cells; start += kL) {
    const int valid = static_cast<int>(std::min<std::size_t>(kL, cells - start));
    // Inputs of this chunk, feature-major; lanes past the end repeat the last cell.
    int r = row, c = col;  // the cell of lane s
    for (int s = 0; s < kL; ++s) {
      const auto ci = static_cast<std::size_t>(3 * c);
      const auto ri = static_cast<std::size_t>(3 * r);
      int k = 0;
      const auto put = [&](T v) { chunk_[static_cast<std::size_t>(k++ * kL + s)] = v; };
      if (features.has(Feature::X1)) put(columns_[ci]);
      if (features.has(Feature::X2)) put(rows_[ri]);
      if (features.has(Feature::X1Squared)) put(columns_[ci + 1]);
      if (features.has(Feature::X2Squared)) put(rows_[ri + 1]);
      if (features.has(Feature::X1X2)) put(columns_[ci] * rows_[ri]);
      if (features.has(Feature::SinX1)) put(columns_[ci + 2]);
      if (features.has(Feature::SinX2)) put(rows_[ri + 2]);
      if (s + 1 < valid && ++c == n) {
        c = 0;
        ++r;
      }
    }
    col += valid;
    while (col >= n) {
      col -= n;
      ++row;
    }
    prop_.forwardChunk(net, chunk_.data(), kL, /*derivatives=*/false);
    for (int s = 0; s < valid; ++s)
      grid.output[start + static_cast<std::size_t>(s)] =
          static_cast<float>(prop_.prediction(head, s));
    if (spec.neuronMaps) {
      std::size_t unit = 0;
      for (int l = 0; l < hidden; ++l)
        for (int j = 0; j < grid.widths[static_cast<std::size_t>(l)]; ++j, ++unit) {
          const T* a = prop_.a(l, j);
          float* dst = grid.neurons.data() + unit * cells + start;
          for (int s = 0; s < valid; ++s) dst[s] = static_cast<float>(a[s]);
        }
    }
  }
}

template class GridEvaluator<float>;
template class GridEvaluator<double>;

}  // namespace relulab::core
