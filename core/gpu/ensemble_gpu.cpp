// The ensemble's GPU path: buffers, the launch shape, the batch order, and
// reading the measurements back.
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "core/base/random.h"
#include "core/gpu/device.h"
#include "core/gpu/ensemble.h"
#include "core/gpu/gl_objects.h"
#include "core/gpu/network_glsl.h"
#include "core/gpu/shaders_embedded.h"
#include "core/training/dataset.h"
#include "core/training/diagnostics.h"

namespace relulab::gpu {

namespace {

// Longest run of updates in one dispatch: long enough that launch overhead
// vanishes, short enough that one dispatch stays well under a second on a
// software renderer.
constexpr std::int64_t kStepsPerDispatch = 256;
constexpr int kSharedBudget = 48 * 1024;

struct SampleSet {
  Buffer features;  // INPUTS × count, feature-major
  Buffer targets;
  int count = 0;
};

SampleSet upload(const std::vector<core::Point>& points, core::FeatureSet features) {
  const int inputs = features.count();
  const auto n = static_cast<std::size_t>(points.size());
  std::vector<float> x(n * static_cast<std::size_t>(inputs));
  std::vector<float> t(n);
  std::array<double, core::kFeatureCount> f{};
  for (std::size_t i = 0; i < n; ++i) {
    // As core::SampleMatrix: features in double, then rounded to float.
    features.compute(points[i].x1, points[i].x2, f.data());
    for (int k = 0; k < inputs; ++k)
      x[static_cast<std::size_t>(k) * n + i] = static_cast<float>(f[k]);
    t[i] = static_cast<float>(points[i].label);
  }
  return {Buffer(x.size() * sizeof(float), x.data()), Buffer(t.size() * sizeof(float), t.data()),
          static_cast<int>(n)};
}

// Why GpuEnsemble cannot do what was asked (marked here, outside the class).
Message float64Refused() {
  return gpuMessage(
      RELULAB_TEXT("the GPU path computes in float32; precision float64 runs on the CPU path"));
}

Message tooLargeForKernel(int perNet, int perThread, int budget) {
  return gpuMessage(RELULAB_TEXT("the GPU ensemble kernel holds a network in %1 bytes of shared "
                                 "memory and %2 parameters per thread; this architecture needs "
                                 "more than the device's %3 bytes or 64 parameters per thread"),
                    perNet, perThread, budget);
}

Message tooManyNetworks() {
  return gpuMessage(RELULAB_TEXT("too many networks for one dispatch"));
}

Message negativeStepCount() {
  return gpuMessage(RELULAB_TEXT("ensemble: negative step count"));
}

}  // namespace

struct GpuEnsemble::State {
  EnsembleConfig config;
  core::ParamLayout layout;
  int members = 0;
  int lanes = 0;
  int nets = 0;
  std::uint32_t trainProgram = 0;
  std::uint32_t measureProgram = 0;
  Buffer params, first, second, rates, status;
  SampleSet train, test;
  std::int64_t step = 0;
  // Batch order, as core::BatchSampler: epoch e walks the training set in
  // permutation e (the identity for ShuffleOnce), drawn in turn from Rng(seed, 2).
  core::Rng orderRng{0};
  std::vector<std::vector<std::uint32_t>> epochs;  // epochs [firstEpoch, …)
  std::int64_t firstEpoch = 0;

  const std::vector<std::uint32_t>& permutation(std::int64_t epoch) {
    while (firstEpoch + static_cast<std::int64_t>(epochs.size()) <= epoch) {
      std::vector<std::uint32_t> p(static_cast<std::size_t>(train.count));
      std::iota(p.begin(), p.end(), 0U);
      if (config.base.batchOrder == core::BatchOrder::ReshuffleEachEpoch) orderRng.shuffle(p);
      epochs.push_back(std::move(p));
    }
    return epochs[static_cast<std::size_t>(epoch - firstEpoch)];
  }
  void forgetBefore(std::int64_t epoch) {
    while (firstEpoch < epoch && !epochs.empty()) {
      epochs.erase(epochs.begin());
      ++firstEpoch;
    }
  }
};

GpuEnsemble::GpuEnsemble(std::unique_ptr<State> state) : state_(std::move(state)) {}
GpuEnsemble::GpuEnsemble(GpuEnsemble&&) noexcept = default;
GpuEnsemble& GpuEnsemble::operator=(GpuEnsemble&&) noexcept = default;
GpuEnsemble::~GpuEnsemble() {
  DeviceScope scope;  // the buffers are deleted with the context current
  state_.reset();
}

std::int64_t GpuEnsemble::step() const {
  return state_->step;
}

core::Result<GpuEnsemble> GpuEnsemble::create(const EnsembleConfig& config) {
  using R = core::Result<GpuEnsemble>;
  if (auto problem = validate(config)) return R::failure(*problem);
  const Availability a = availability();
  if (!a.available) return R::failure(a.reason);
  if (config.base.precision != core::Precision::Float32) return R::failure(float64Refused());

  auto s = std::make_unique<State>();
  s->config = config;
  const core::NetworkSpec& spec = config.base.network;
  s->layout = core::ParamLayout(spec);
  s->members = static_cast<int>(config.members.size());
  const int params = static_cast<int>(s->layout.size);
  const int batch = config.base.batchSize;
  s->lanes = std::min(batch, 32);
  const int chunks = (batch + s->lanes - 1) / s->lanes;
  const int ppt = (params + s->lanes - 1) / s->lanes;
  int units = 0;
  bool prelu = false;
  for (const auto& layer : spec.hidden) {
    units += layer.width;
    prelu = prelu || layer.activation.kind == core::ActivationKind::Prelu;
  }
  const int onesRow = spec.inputs + 2 * (units + 1);
  const int rows = onesRow + 2 + (prelu ? units : 0);
  // Shared memory per network: its parameters, the rows, the reduction slots.
  const int perNet = 4 * (params + rows * s->lanes + s->lanes + 1);
  const int budget = std::min(a.info.maxSharedMemoryBytes, kSharedBudget);
  if (ppt > 64 || perNet > budget) return R::failure(tooLargeForKernel(perNet, ppt, budget));
  s->nets = std::max(1, std::min(budget / perNet, std::max(1, 128 / s->lanes)));
  const auto groups = static_cast<std::int64_t>((s->members + s->nets - 1) / s->nets);
  if (groups > a.info.maxWorkGroupCount[0]) return R::failure(tooManyNetworks());

  const std::string net = networkDefines(spec);
  const auto& o = config.base.optimizer;
  const std::string trainDefines =
      net + "#define NETS " + std::to_string(s->nets) + "\n#define LOCAL_SIZE " +
      std::to_string(s->nets * s->lanes) + "\n#define LANES " + std::to_string(s->lanes) +
      "\n#define BATCH " + std::to_string(batch) + "\n#define CHUNKS " + std::to_string(chunks) +
      "\n#define PPT " + std::to_string(ppt) + "\n#define ROWS " + std::to_string(rows) +
      "\n#define ONES_ROW " + std::to_string(onesRow) + "\n#define ZERO_ROW " +
      std::to_string(onesRow + 1) + "\n#define SLOPE_ROW " + std::to_string(onesRow + 2) +
      "\n#define HAS_PRELU " + (prelu ? "1" : "0") + "\n#define OPTIMIZER " +
      std::to_string(static_cast<int>(o.kind)) + "\n#define REGULARIZATION " +
      std::to_string(o.regularizationRate > 0.0 ? static_cast<int>(o.regularization) : 0) +
      "\n#define CLIP " + (o.clipNorm > 0.0 ? "1" : "0") + "\n";

  DeviceScope scope;
  const core::Dataset data = core::makeDataset(config.base.data, config.base.seed);
  s->train = upload(data.train, config.base.data.features);
  s->test = upload(data.test, config.base.data.features);
  const std::string key = networkKey(spec);
  auto trainProgram =
      computeProgram("ensemble " + key + " n" + std::to_string(s->nets) + " b" +
                         std::to_string(batch) + " o" + std::to_string(static_cast<int>(o.kind)) +
                         " r" + std::to_string(static_cast<int>(o.regularization)) +
                         (o.regularizationRate > 0.0 ? "+" : "-") +
                         (o.clipNorm > 0.0 ? " clip" : "") + " t" + std::to_string(s->train.count),
                     trainDefines + "#define TRAIN_COUNT " + std::to_string(s->train.count) + "\n",
                     shaders::ensemble_comp);
  if (!trainProgram) return R::failure(trainProgram.message());
  auto measureProgram =
      computeProgram("ensemble measure " + key, net, shaders::ensemble_measure_comp);
  if (!measureProgram) return R::failure(measureProgram.message());
  s->trainProgram = *trainProgram;
  s->measureProgram = *measureProgram;

  std::vector<float> initial;
  std::vector<double> rates;
  for (int m = 0; m < s->members; ++m) {
    const core::Network<float> n = initialNetwork(config, m);
    initial.insert(initial.end(), n.parameters().begin(), n.parameters().end());
    rates.push_back(config.members[static_cast<std::size_t>(m)].learningRate);
  }
  const std::vector<float> zeros(initial.size(), 0.0f);
  const std::vector<std::uint32_t> alive(static_cast<std::size_t>(s->members), 0U);
  s->params = Buffer(initial.size() * sizeof(float), initial.data());
  s->first = Buffer(zeros.size() * sizeof(float), zeros.data());
  s->second = Buffer(zeros.size() * sizeof(float), zeros.data());
  s->rates = Buffer(rates.size() * sizeof(double), rates.data());
  s->status = Buffer(alive.size() * sizeof(std::uint32_t), alive.data());
  s->orderRng = core::Rng(config.base.seed, 2);
  return GpuEnsemble(std::move(s));
}

Status GpuEnsemble::train(std::int64_t steps) {
  State& s = *state_;
  if (steps < 0) return Status::failure(negativeStepCount());
  if (!isAvailable()) return Status::failure(availability().reason);
  DeviceScope scope;
  const auto& o = s.config.base.optimizer;
  const std::uint32_t program = s.trainProgram;
  setUniform(program, "networks", static_cast<std::uint32_t>(s.members));
  setUniform(program, "momentum", static_cast<float>(o.momentum));
  setUniform(program, "rms_decay", static_cast<float>(o.rmsDecay));
  setUniform(program, "beta1", static_cast<float>(o.beta1));
  setUniform(program, "beta2", static_cast<float>(o.beta2));
  setUniform(program, "epsilon", static_cast<float>(o.epsilon));
  setUniform(program, "lambda", static_cast<float>(o.regularizationRate));
  setUniform(program, "clip_norm", static_cast<float>(o.clipNorm));
  const std::int64_t batch = s.config.base.batchSize;
  const std::int64_t n = s.train.count;
  for (std::int64_t done = 0; done < steps;) {
    const std::int64_t count = std::min(kStepsPerDispatch, steps - done);
    // The sample at each stream position of these steps, and Adam's
    // bias corrections 1 − β1^t and √(1 − β2^t) per step, in double as the CPU.
    std::vector<std::uint32_t> order(static_cast<std::size_t>(count * batch));
    const std::int64_t first = s.step * batch;
    for (std::size_t i = 0; i < order.size(); ++i) {
      const std::int64_t position = first + static_cast<std::int64_t>(i);
      order[i] = s.permutation(position / n)[static_cast<std::size_t>(position % n)];
    }
    s.forgetBefore((first + count * batch) / n);
    std::vector<double> adam(static_cast<std::size_t>(2 * count));
    for (std::int64_t t = 0; t < count; ++t) {
      const double k = static_cast<double>(s.step + t + 1);
      adam[static_cast<std::size_t>(2 * t)] = 1.0 - std::pow(o.beta1, k);
      adam[static_cast<std::size_t>(2 * t + 1)] =
          static_cast<double>(static_cast<float>(std::sqrt(1.0 - std::pow(o.beta2, k))));
    }
    Buffer orderBuffer(order.size() * sizeof(std::uint32_t), order.data());
    Buffer adamBuffer(adam.size() * sizeof(double), adam.data());
    s.params.bind(0);
    s.first.bind(1);
    s.second.bind(2);
    s.train.features.bind(3);
    s.train.targets.bind(4);
    s.rates.bind(5);
    s.status.bind(6);
    orderBuffer.bind(7);
    adamBuffer.bind(8);
    setUniform(program, "steps", static_cast<std::uint32_t>(count));
    setUniform(program, "first_step", static_cast<std::uint32_t>(s.step));
    dispatch(program, static_cast<std::uint32_t>((s.members + s.nets - 1) / s.nets));
    s.step += count;
    done += count;
  }
  return success();
}

namespace {

struct SetTotals {
  std::vector<double> loss;
  std::vector<std::uint32_t> correct;
  std::vector<std::uint32_t> live;  // members × hidden units
};

SetTotals measureSet(std::uint32_t program, const Buffer& params, const SampleSet& set, int members,
                     std::size_t units, float saturation) {
  SetTotals t;
  t.loss.assign(static_cast<std::size_t>(members), 0.0);
  t.correct.assign(static_cast<std::size_t>(members), 0);
  t.live.assign(static_cast<std::size_t>(members) * units, 0);
  if (set.count == 0) return t;
  Buffer loss(t.loss.size() * sizeof(double));
  Buffer correct(t.correct.size() * sizeof(std::uint32_t));
  Buffer live(t.live.size() * sizeof(std::uint32_t));
  params.bind(0);
  set.features.bind(1);
  set.targets.bind(2);
  loss.bind(3);
  correct.bind(4);
  live.bind(5);
  setUniform(program, "networks", static_cast<std::uint32_t>(members));
  setUniform(program, "count", static_cast<std::uint32_t>(set.count));
  setUniform(program, "saturation", saturation);
  dispatch(program, static_cast<std::uint32_t>((members + 63) / 64));
  loss.download(std::span<double>(t.loss));
  correct.download(std::span<std::uint32_t>(t.correct));
  live.download(std::span<std::uint32_t>(t.live));
  return t;
}

}  // namespace

core::Result<EnsembleReport> GpuEnsemble::measure() {
  State& s = *state_;
  if (!isAvailable()) return core::Result<EnsembleReport>::failure(availability().reason);
  DeviceScope scope;
  const core::TrainConfig& base = s.config.base;
  const auto& hidden = base.network.hidden;
  std::size_t units = 0;
  for (const auto& layer : hidden) units += static_cast<std::size_t>(layer.width);
  const auto saturation = static_cast<float>(base.diagnostics.saturationThreshold);
  const SetTotals train =
      measureSet(s.measureProgram, s.params, s.train, s.members, units, saturation);
  const SetTotals test =
      measureSet(s.measureProgram, s.params, s.test, s.members, units, saturation);
  std::vector<std::uint32_t> status(static_cast<std::size_t>(s.members));
  s.status.download(std::span<std::uint32_t>(status));
  std::vector<float> params(static_cast<std::size_t>(s.members) * s.layout.size);
  s.params.download(std::span<float>(params));

  const bool classification = !core::isRegression(base.data.kind);
  const core::ProbeSet probe = base.diagnostics.probe;
  EnsembleReport report;
  for (int m = 0; m < s.members; ++m) {
    const auto i = static_cast<std::size_t>(m);
    MemberResult r;
    r.diverged = status[i] != 0;
    r.steps = r.diverged ? static_cast<std::int64_t>(status[i]) - 1 : s.step;
    r.trainLoss = s.train.count ? train.loss[i] / s.train.count : 0.0;
    r.testLoss = s.test.count ? test.loss[i] / s.test.count : 0.0;
    r.parameters.assign(params.begin() + static_cast<std::ptrdiff_t>(i * s.layout.size),
                        params.begin() + static_cast<std::ptrdiff_t>((i + 1) * s.layout.size));
    if (classification) {
      r.trainAccuracy = s.train.count ? double(train.correct[i]) / s.train.count : 0.0;
      r.testAccuracy = s.test.count ? double(test.correct[i]) / s.test.count : 0.0;
    }
    std::size_t u = i * units;
    for (const auto& layer : hidden) {
      int never = 0;
      for (int j = 0; j < layer.width; ++j, ++u) {
        const std::uint32_t live = (probe == core::ProbeSet::Test ? 0U : train.live[u]) +
                                   (probe == core::ProbeSet::Train ? 0U : test.live[u]);
        never += live == 0 ? 1 : 0;
      }
      const core::GateKind gate = core::gateKind(layer.activation.kind);
      r.dead.push_back(gate == core::GateKind::HardGate ? never : 0);
      r.inactive.push_back(gate == core::GateKind::LeakyGate ? never : 0);
      r.saturated.push_back(gate == core::GateKind::SmoothGate ? never : 0);
    }
    report.members.push_back(std::move(r));
  }
  return report;
}

std::vector<float> GpuEnsemble::parameters(int member) const {
  const State& s = *state_;
  std::vector<float> p(s.layout.size);
  DeviceScope scope;
  s.params.download(static_cast<std::size_t>(member) * p.size() * sizeof(float),
                    p.size() * sizeof(float), p.data());
  return p;
}

}  // namespace relulab::gpu
