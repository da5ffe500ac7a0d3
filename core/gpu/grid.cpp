#include "core/gpu/grid.h"

#include <cmath>
#include <cstdint>

#include "core/gpu/device.h"
#include "core/gpu/gl_objects.h"
#include "core/gpu/network_glsl.h"
#include "core/gpu/shaders_embedded.h"

namespace relulab::gpu {

namespace {

std::optional<Message> checkGrid(const core::NetworkSpec& net, core::FeatureSet features,
                                 const core::GridSpec& spec) {
  if (spec.size < 2 || spec.size > 1000)
    return gpuMessage(RELULAB_TEXT("grid: size must be in [2, 1000]"));
  if (!(spec.lo < spec.hi)) return gpuMessage(RELULAB_TEXT("grid: lo must be below hi"));
  if (features.count() != net.inputs)
    return gpuMessage(RELULAB_TEXT("grid: %1 features for a network of %2 inputs"),
                      features.count(), net.inputs);
  return std::nullopt;
}

core::DecisionGrid emptyGrid(const core::NetworkSpec& net, const core::GridSpec& spec) {
  core::DecisionGrid grid;
  grid.size = spec.size;
  grid.lo = spec.lo;
  grid.hi = spec.hi;
  const std::size_t cells =
      static_cast<std::size_t>(spec.size) * static_cast<std::size_t>(spec.size);
  grid.output.resize(cells);
  std::size_t units = 0;
  for (const auto& layer : net.hidden) {
    grid.widths.push_back(layer.width);
    units += static_cast<std::size_t>(layer.width);
  }
  grid.neurons.resize(spec.neuronMaps ? cells * units : 0);
  return grid;
}

}  // namespace

core::Result<std::vector<core::DecisionGrid>> evaluateGridGpu(
    std::span<const core::Network<float>> networks, core::FeatureSet features,
    const core::GridSpec& spec) {
  using R = core::Result<std::vector<core::DecisionGrid>>;
  if (networks.empty()) return std::vector<core::DecisionGrid>{};
  const core::NetworkSpec& net = networks.front().spec();
  if (auto problem = checkGrid(net, features, spec)) return R::failure(*problem);
  for (const auto& n : networks)
    if (n.spec().inputs != net.inputs || n.spec().hidden != net.hidden ||
        n.spec().output != net.output)
      return R::failure(gpuMessage(RELULAB_TEXT("grid: the networks differ in architecture")));
  const Availability a = availability();
  if (!a.available) return R::failure(a.reason);

  const std::size_t cells =
      static_cast<std::size_t>(spec.size) * static_cast<std::size_t>(spec.size);
  const core::DecisionGrid shape = emptyGrid(net, spec);
  const std::size_t units = shape.neurons.size() / cells;
  // Networks go in batches whose maps fit one shader storage block.
  const std::size_t perNetwork =
      cells * std::max<std::size_t>(spec.neuronMaps ? units : 1, 1) * sizeof(float);
  const auto blockBytes = static_cast<std::size_t>(a.info.maxShaderStorageBlockBytes);
  if (perNetwork > blockBytes)
    return R::failure(gpuMessage(
        RELULAB_TEXT("grid: one network's maps (%1 MiB) exceed the device's %2 MiB storage block "
                     "limit"),
        perNetwork >> 20, blockBytes >> 20));
  // (and at most 65535 networks, the dispatch's y limit).
  const std::size_t batch =
      std::min({networks.size(), blockBytes / perNetwork, std::size_t{65535}});

  const std::string defines = networkDefines(net) + "#define FEATURE_BITS " +
                              std::to_string(features.bits) + "\n#define WRITE_NEURONS " +
                              (spec.neuronMaps ? "1" : "0") + "\n";
  DeviceScope scope;
  auto program = computeProgram("grid " + networkKey(net) + " f" + std::to_string(features.bits) +
                                    (spec.neuronMaps ? " maps" : ""),
                                defines, shaders::grid_comp);
  if (!program) return R::failure(program.message());

  // The per-column and per-row tables (v, v², sin v) exactly as GridEvaluator
  // builds them, so the shader's inputs are the CPU path's floats.
  std::vector<float> columns(3 * static_cast<std::size_t>(spec.size));
  std::vector<float> rows(columns.size());
  const double step = (spec.hi - spec.lo) / (spec.size - 1);
  for (int i = 0; i < spec.size; ++i) {
    const double x1 = spec.lo + step * i;
    const double x2 = spec.hi - step * i;
    const auto k = static_cast<std::size_t>(3 * i);
    columns[k] = static_cast<float>(x1);
    columns[k + 1] = static_cast<float>(x1 * x1);
    columns[k + 2] = static_cast<float>(std::sin(x1));
    rows[k] = static_cast<float>(x2);
    rows[k + 1] = static_cast<float>(x2 * x2);
    rows[k + 2] = static_cast<float>(std::sin(x2));
  }
  Buffer columnBuffer(columns.size() * sizeof(float), columns.data());
  Buffer rowBuffer(rows.size() * sizeof(float), rows.data());
  Buffer outputBuffer(batch * cells * sizeof(float));
  Buffer neuronBuffer(spec.neuronMaps ? batch * cells * units * sizeof(float) : 0);
  setUniform(*program, "size", static_cast<std::uint32_t>(spec.size));
  std::vector<core::DecisionGrid> result(networks.size(), shape);
  for (std::size_t first = 0; first < networks.size(); first += batch) {
    const std::size_t count = std::min(batch, networks.size() - first);
    std::vector<float> params;
    for (std::size_t i = first; i < first + count; ++i)
      params.insert(params.end(), networks[i].parameters().begin(), networks[i].parameters().end());
    Buffer paramBuffer(params.size() * sizeof(float), params.data());
    paramBuffer.bind(0);
    columnBuffer.bind(1);
    rowBuffer.bind(2);
    outputBuffer.bind(3);
    neuronBuffer.bind(4);
    dispatch2d(*program, static_cast<std::uint32_t>((cells + 63) / 64),
               static_cast<std::uint32_t>(count));
    for (std::size_t i = 0; i < count; ++i) {
      core::DecisionGrid& g = result[first + i];
      outputBuffer.download(i * cells * sizeof(float), cells * sizeof(float), g.output.data());
      if (spec.neuronMaps)
        neuronBuffer.download(i * cells * units * sizeof(float), cells * units * sizeof(float),
                              g.neurons.data());
    }
  }
  return result;
}

core::Result<core::DecisionGrid> evaluateGridGpu(const core::Network<float>& network,
                                                 core::FeatureSet features,
                                                 const core::GridSpec& spec) {
  auto grids = evaluateGridGpu(std::span<const core::Network<float>>(&network, 1), features, spec);
  if (!grids) return core::Result<core::DecisionGrid>::failure(grids.message());
  return std::move(grids.value().front());
}

core::Result<GridResult> evaluateGrid(Backend requested, const core::Network<float>& network,
                                      core::FeatureSet features, const core::GridSpec& spec) {
  using R = core::Result<GridResult>;
  if (auto problem = checkGrid(network.spec(), features, spec)) return R::failure(*problem);
  const auto cells = static_cast<std::size_t>(spec.size) * static_cast<std::size_t>(spec.size);
  BackendChoice choice = chooseBackend(requested, Workload::Grid, cells);
  if (choice.backend == Backend::Gpu) {
    auto grid = evaluateGridGpu(network, features, spec);
    if (grid) return GridResult{std::move(grid.value()), choice};
    choice = {
        Backend::Cpu,
        gpuMessage(RELULAB_TEXT("the GPU path failed (%1); using the CPU path"), grid.message()),
        true};
  }
  GridResult result{{}, choice};
  core::GridEvaluator<float> evaluator(network.layout());
  evaluator.evaluate(network, features, spec, result.grid);
  return result;
}

}  // namespace relulab::gpu
