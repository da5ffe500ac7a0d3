#include "core/studies/depth_variance.h"

// GCC 12.2's AVX-512 intrinsics, inlined from Eigen's GEMM kernels, trip
// -Wmaybe-uninitialized at -O3 (GCC bug 105593, fixed in 12.3; the same
// guard as core/activations/activation.cpp).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace relulab::core {

namespace {

constexpr std::uint64_t kUnitTag = 0x0417;
constexpr std::uint64_t kDepthTag = 0xde97;
constexpr std::int64_t kUnitChunk = 100'000;
constexpr int kNetworkChunk = 4;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double normalCdf(double x) {
  return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}
double normalPdf(double x) {
  return std::exp(-0.5 * x * x) / std::sqrt(2.0 * std::numbers::pi);
}

bool countsAsZero(double y, double nearZero) {
  return std::abs(y) <= nearZero;
}

// Negative-side slope α of a positively homogeneous activation (f(z) = αz for
// z < 0): 0 for ReLU, the parameter for Leaky ReLU and PReLU.
double negativeSlope(const Activation& a) {
  return a.kind == ActivationKind::Relu ? 0.0 : a.param;
}

// Power sums of one chunk of unit samples; combined in chunk order.
struct PowerSums {
  std::int64_t n = 0;
  std::int64_t zeros = 0;
  double s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0;
};

}  // namespace

std::optional<Message> validate(const UnitMomentsConfig& config) {
  if (!std::isfinite(config.mean))
    return coreMessage(RELULAB_TEXT("the mean must be a finite number"));
  if (!(config.stddev > 0.0) || !std::isfinite(config.stddev))
    return coreMessage(RELULAB_TEXT("the standard deviation must be a positive number"));
  if (config.samples < 2 || config.samples > 1'000'000'000)
    return coreMessage(RELULAB_TEXT("samples must lie in [2, 1000000000], got %1"), config.samples);
  if (!(config.nearZero >= 0.0))
    return coreMessage(RELULAB_TEXT("the near-zero threshold must be ≥ 0"));
  return std::nullopt;
}

Result<UnitMoments> runUnitMoments(const UnitMomentsConfig& config, const StudyControl& control) {
  if (auto error = validate(config)) return Result<UnitMoments>::failure(*error);
  const std::int64_t chunks = (config.samples + kUnitChunk - 1) / kUnitChunk;
  std::vector<double> costs(chunks);
  for (std::int64_t k = 0; k < chunks; ++k)
    costs[k] = static_cast<double>(std::min(kUnitChunk, config.samples - k * kUnitChunk));
  std::vector<PowerSums> sums(chunks);
  const auto report = runTasks(
      costs,
      [&](int k) {
        Rng rng(config.seed, studyStream({kUnitTag, static_cast<std::uint64_t>(k)}));
        PowerSums& s = sums[k];
        for (std::int64_t i = 0; i < static_cast<std::int64_t>(costs[k]); ++i) {
          if ((i & 4095) == 0 && control.cancelled()) return false;
          const double y =
              value<double>(config.activation, config.mean + config.stddev * studyNormal(rng));
          ++s.n;
          s.zeros += countsAsZero(y, config.nearZero);
          const double y2 = y * y;
          s.s1 += y;
          s.s2 += y2;
          s.s3 += y2 * y;
          s.s4 += y2 * y2;
        }
        return true;
      },
      control);

  PowerSums t;
  for (const PowerSums& s : sums) {
    t.n += s.n;
    t.zeros += s.zeros;
    t.s1 += s.s1;
    t.s2 += s.s2;
    t.s3 += s.s3;
    t.s4 += s.s4;
  }
  UnitMoments m;
  m.complete = !report.cancelled;
  m.zeroFraction = wilson(t.zeros, t.n);
  if (t.n >= 2) {
    const double n = static_cast<double>(t.n);
    const double mu = t.s1 / n;
    const double e2 = t.s2 / n, e3 = t.s3 / n, e4 = t.s4 / n;
    const double variance = (t.s2 - n * mu * mu) / (n - 1.0);
    // Central fourth moment from the raw ones; Var(s²) ≈ (m₄ − σ⁴)/n.
    const double m4 = e4 - 4.0 * mu * e3 + 6.0 * mu * mu * e2 - 3.0 * mu * mu * mu * mu;
    m.mean = {mu, std::sqrt(variance / n), t.n};
    m.variance = {variance, std::sqrt(std::max(0.0, m4 - variance * variance) / n), t.n};
  }
  if (config.activation.kind == ActivationKind::Relu) {
    const double r = config.mean / config.stddev;
    const double mu = config.mean, sigma = config.stddev;
    m.theoryZeroFraction = config.nearZero == 0.0 ? normalCdf(-r) : kNaN;
    m.theoryMean = mu * normalCdf(r) + sigma * normalPdf(r);
    const double second = (mu * mu + sigma * sigma) * normalCdf(r) + mu * sigma * normalPdf(r);
    m.theoryVariance = second - m.theoryMean * m.theoryMean;
  } else {
    m.theoryZeroFraction = m.theoryMean = m.theoryVariance = kNaN;
  }
  return m;
}

std::optional<Message> validate(const DepthVarianceConfig& c) {
  if (c.inits.empty())
    return coreMessage(RELULAB_TEXT("inits must list at least one initialisation"));
  if (c.width < 1 || c.width > 2048)
    return coreMessage(RELULAB_TEXT("width must lie in [1, 2048], got %1"), c.width);
  if (c.depth < 1 || c.depth > 1000)
    return coreMessage(RELULAB_TEXT("depth must lie in [1, 1000], got %1"), c.depth);
  if (c.inputs < 0 || c.inputs > 2048)
    return coreMessage(RELULAB_TEXT("inputs must lie in [1, 2048] (0: the width)"));
  if (c.batch < 1 || c.batch > 100000)
    return coreMessage(RELULAB_TEXT("batch must lie in [1, 100000], got %1"), c.batch);
  if (c.networks < 2 || c.networks > 10'000'000)
    return coreMessage(RELULAB_TEXT("networks must lie in [2, 10000000], got %1"), c.networks);
  if (!(c.nearZero >= 0.0)) return coreMessage(RELULAB_TEXT("the near-zero threshold must be ≥ 0"));
  return std::nullopt;
}

namespace {

// Per network and layer: mean z², mean f(z)², zero fraction.
struct LayerSample {
  double pre = 0.0, post = 0.0, zeros = 0.0;
};

// Σv and Σv² of one quantity over networks: mean and its standard error
// s/√n with s² = (Σv² − n·v̄²)/(n − 1).
struct Moments {
  double s1 = 0.0, s2 = 0.0;
  void add(double v) {
    s1 += v;
    s2 += v * v;
  }
  void merge(const Moments& o) {
    s1 += o.s1;
    s2 += o.s2;
  }
  MeanEstimate estimate(std::int64_t n) const {
    MeanEstimate m;
    m.count = n;
    if (n == 0) return m;
    m.mean = s1 / static_cast<double>(n);
    if (n > 1) {
      const double var = std::max(
          0.0, (s2 - static_cast<double>(n) * m.mean * m.mean) / static_cast<double>(n - 1));
      m.standardError = std::sqrt(var / static_cast<double>(n));
    }
    return m;
  }
};

struct LayerSums {
  std::int64_t n = 0;
  Moments pre, post, zeros;
  void add(const LayerSample& v) {
    ++n;
    pre.add(v.pre);
    post.add(v.post);
    zeros.add(v.zeros);
  }
  void merge(const LayerSums& o) {
    n += o.n;
    pre.merge(o.pre);
    post.merge(o.post);
    zeros.merge(o.zeros);
  }
};

// Draws one network from rng and runs a batch through it: z = W·h by Eigen's
// GEMM (most of the time goes here and into drawing the weights).
void sampleNetwork(const DepthVarianceConfig& c, StudyInit init, Rng& rng,
                   std::vector<LayerSample>& out) {
  using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  const int n0 = c.inputs > 0 ? c.inputs : c.width;
  RowMatrix h(n0, c.batch);  // row i = input i over the batch
  for (Eigen::Index k = 0; k < h.size(); ++k) h.data()[k] = studyNormal(rng);
  RowMatrix z(c.width, c.batch), y(c.width, c.batch);
  DenseLayer layer;
  const double count = static_cast<double>(z.size());
  for (int l = 0; l < c.depth; ++l) {
    drawLayer(layer, static_cast<int>(h.rows()), c.width, init, c.bias, rng);
    const Eigen::Map<const RowMatrix> w(layer.weights.data(), c.width, h.rows());
    const Eigen::Map<const Eigen::VectorXd> b(layer.biases.data(), c.width);
    z.noalias() = w * h;
    z.colwise() += b;
    evaluate<double>(c.activation, std::span<const double>(z.data(), z.size()),
                     std::span<double>(y.data(), y.size()));
    double zeros = 0.0;
    for (Eigen::Index k = 0; k < y.size(); ++k) zeros += countsAsZero(y.data()[k], c.nearZero);
    out[l] = {z.squaredNorm() / count, y.squaredNorm() / count, zeros / count};
    h.swap(y);
    y.resize(c.width, c.batch);
  }
}

void fillTheory(const DepthVarianceConfig& c, StudyInit init, DepthVarianceSeries& s) {
  const bool homogeneous =
      positivelyHomogeneous(c.activation) && c.bias == StudyBias::Zero && init != StudyInit::Rai;
  const int n0 = c.inputs > 0 ? c.inputs : c.width;
  const double alpha = negativeSlope(c.activation);
  const double first = n0 * std::pow(studyInitStddev(init, n0, c.width), 2);
  const double gain =
      c.width * std::pow(studyInitStddev(init, c.width, c.width), 2) * (1.0 + alpha * alpha) / 2.0;
  const double alive = 1.0 - std::ldexp(1.0, -c.width);
  for (DepthVarianceLayer& layer : s.layers) {
    const int l = layer.layer;
    layer.theoryMeanSquarePre = homogeneous ? first * std::pow(gain, l - 1) : kNaN;
    const bool relu = homogeneous && c.activation.kind == ActivationKind::Relu && c.nearZero == 0.0;
    layer.theoryZeroFraction = relu ? 0.5 + 0.5 * (1.0 - std::pow(alive, l - 1)) : kNaN;
  }
}

}  // namespace

Result<DepthVarianceResult> runDepthVarianceStudy(const DepthVarianceConfig& c,
                                                  const StudyControl& control) {
  if (auto error = validate(c)) return Result<DepthVarianceResult>::failure(*error);
  struct Task {
    int series, firstNetwork, networks;
  };
  std::vector<Task> tasks;
  std::vector<double> costs;
  for (int s = 0; s < static_cast<int>(c.inits.size()); ++s)
    for (int first = 0; first < c.networks; first += kNetworkChunk) {
      const int n = std::min(kNetworkChunk, c.networks - first);
      tasks.push_back({s, first, n});
      costs.push_back(static_cast<double>(n) * c.depth * c.width * (c.width + c.batch));
    }
  // Per task and layer, sums over its networks; added up in task order below,
  // so the totals do not depend on which thread ran what.
  std::vector<std::vector<LayerSums>> sums(tasks.size());

  const auto report = runTasks(
      costs,
      [&](int t) {
        const Task& task = tasks[t];
        const StudyInit init = c.inits[task.series];
        sums[t].assign(c.depth, LayerSums{});
        std::vector<LayerSample> network(c.depth);
        for (int k = task.firstNetwork; k < task.firstNetwork + task.networks; ++k) {
          if (control.cancelled()) return false;
          // One stream per network index: He and Xavier see the same inputs
          // and the same standard normals, only scaled differently.
          Rng rng(c.seed, studyStream({kDepthTag, static_cast<std::uint64_t>(k)}));
          sampleNetwork(c, init, rng, network);
          for (int l = 0; l < c.depth; ++l) sums[t][l].add(network[l]);
        }
        return true;
      },
      control);

  DepthVarianceResult result;
  result.config = c;
  result.cancelled = report.cancelled;
  result.seconds = report.seconds;
  for (std::size_t s = 0; s < c.inits.size(); ++s) {
    std::vector<LayerSums> total(c.depth);
    for (std::size_t t = 0; t < tasks.size(); ++t)
      if (tasks[t].series == static_cast<int>(s) && !sums[t].empty())
        for (int l = 0; l < c.depth; ++l) total[l].merge(sums[t][l]);
    DepthVarianceSeries series;
    series.init = c.inits[s];
    series.networksDone = static_cast<int>(total[0].n);
    series.complete = series.networksDone == c.networks;
    for (int l = 0; l < c.depth; ++l) {
      DepthVarianceLayer layer;
      layer.layer = l + 1;
      layer.meanSquarePre = total[l].pre.estimate(total[l].n);
      layer.meanSquarePost = total[l].post.estimate(total[l].n);
      layer.zeroFraction = total[l].zeros.estimate(total[l].n);
      series.layers.push_back(layer);
    }
    fillTheory(c, series.init, series);
    result.series.push_back(std::move(series));
  }
  return result;
}

std::string depthVarianceCsv(const DepthVarianceResult& result) {
  CsvText csv({"init", "layer", "networks", "mean_square_pre", "mean_square_pre_se",
               "mean_square_post", "mean_square_post_se", "zero_fraction", "zero_fraction_se",
               "theory_mean_square_pre", "theory_zero_fraction"});
  for (const DepthVarianceSeries& s : result.series)
    for (const DepthVarianceLayer& l : s.layers) {
      csv.field(studyInitId(s.init)).field(l.layer).field(s.networksDone);
      for (const MeanEstimate* m : {&l.meanSquarePre, &l.meanSquarePost, &l.zeroFraction})
        csv.field(m->mean).field(m->standardError);
      csv.field(l.theoryMeanSquarePre).field(l.theoryZeroFraction);
      csv.endRow();
    }
  return csv.text();
}

std::string unitMomentsCsv(const UnitMoments& m) {
  CsvText csv({"quantity", "value", "se", "lo", "hi", "theory"});
  csv.field("zero_fraction").field(m.zeroFraction.estimate).field(m.zeroFraction.standardError());
  csv.field(m.zeroFraction.lower).field(m.zeroFraction.upper).field(m.theoryZeroFraction);
  csv.endRow();
  csv.field("mean").field(m.mean.mean).field(m.mean.standardError).field(m.mean.lower());
  csv.field(m.mean.upper()).field(m.theoryMean);
  csv.endRow();
  csv.field("variance").field(m.variance.mean).field(m.variance.standardError);
  csv.field(m.variance.lower()).field(m.variance.upper()).field(m.theoryVariance);
  csv.endRow();
  return csv.text();
}

}  // namespace relulab::core
