#include "core/studies/born_dead.h"

#include <algorithm>
#include <cmath>

namespace relulab::core {

namespace {

// Networks per task: small enough that progress moves and a cancel is seen
// quickly, large enough that the pool's bookkeeping is noise.
constexpr std::int64_t kSampleChunk = 500;
constexpr std::uint64_t kBornDeadStream = 0xb0d1;  // "born dead"

struct ChunkCounts {
  std::int64_t networks = 0;
  std::int64_t pointwise = 0;
  std::int64_t domain = 0;
  std::int64_t inactive = 0;
};

struct Task {
  int cell = 0;
  std::int64_t chunk = 0;
  std::int64_t networks = 0;
};

// The inputs every network is run on: column 0 is the probe x₀, the rest the
// domain's grid (x = ±a only, when homogeneity makes that exact).
std::vector<double> inputColumns(const BornDeadConfig& config, bool gridExact) {
  std::vector<double> x{config.probe};
  const double a = config.halfWidth;
  if (gridExact) {
    x.push_back(-a);
    x.push_back(a);
    return x;
  }
  const int g = config.gridPoints;
  for (int k = 0; k < g; ++k) x.push_back(-a + 2.0 * a * k / (g - 1));
  return x;
}

// Draws one network layer by layer and runs the still-alive columns through
// it. A column dies at the first hidden layer whose outputs are all exactly 0
// there; from then on its output is a constant, so it is dropped, and once
// every column is dead the deeper layers need not even be drawn.
class NetworkProbe {
 public:
  NetworkProbe(const BornDeadConfig& config, int width, int depth, std::vector<double> inputs)
      : config_(config), width_(width), depth_(depth), inputs_(std::move(inputs)) {}

  struct Outcome {
    bool pointwise = false;
    bool domain = false;
    bool inactive = false;
  };

  Outcome run(Rng& rng) {
    Outcome outcome;
    columns_.resize(inputs_.size());
    for (std::size_t c = 0; c < inputs_.size(); ++c) columns_[c] = static_cast<int>(c);
    h_ = inputs_;  // 1 × columns
    int fanIn = 1;
    for (int l = 0; l < depth_ && !columns_.empty(); ++l) {
      drawLayer(layer_, fanIn, width_, config_.init, config_.bias, rng);
      const int n = static_cast<int>(columns_.size());
      z_.resize(static_cast<std::size_t>(width_) * n);
      y_.resize(z_.size());
      layerForward(layer_, h_.data(), n, z_.data());
      evaluate<double>(config_.activation, z_, y_);
      keepAlive(n, outcome);
      fanIn = width_;
    }
    // Every grid column (all but the probe) died somewhere: constant on the grid.
    outcome.domain = std::none_of(columns_.begin(), columns_.end(), [](int c) { return c > 0; });
    return outcome;
  }

 private:
  // Marks the probe's events, then compacts y's live columns into h_.
  void keepAlive(int n, Outcome& outcome) {
    int kept = 0;
    for (int c = 0; c < n; ++c) {
      bool allZero = true;
      bool allNonPositive = true;
      for (int i = 0; i < width_; ++i) {
        const std::size_t k = static_cast<std::size_t>(i) * n + c;
        allZero = allZero && y_[k] == 0.0;
        allNonPositive = allNonPositive && z_[k] <= 0.0;
      }
      if (columns_[c] == 0) {
        outcome.inactive = outcome.inactive || allNonPositive || allZero;
        outcome.pointwise = outcome.pointwise || allZero;
      }
      if (allZero) continue;
      columns_[kept] = columns_[c];
      for (int i = 0; i < width_; ++i)
        y_[static_cast<std::size_t>(i) * n + kept] = y_[static_cast<std::size_t>(i) * n + c];
      ++kept;
    }
    columns_.resize(kept);
    // Rows of y with stride n → rows of h with stride kept.
    h_.resize(static_cast<std::size_t>(width_) * kept);
    for (int i = 0; i < width_; ++i)
      std::copy_n(&y_[static_cast<std::size_t>(i) * n], kept,
                  &h_[static_cast<std::size_t>(i) * kept]);
  }

  const BornDeadConfig& config_;
  int width_;
  int depth_;
  std::vector<double> inputs_;
  DenseLayer layer_;
  std::vector<int> columns_;  // which inputs are still alive (0 is the probe)
  std::vector<double> h_, z_, y_;
};

std::optional<Message> checkList(const std::vector<int>& values, const char* name, int lo, int hi) {
  if (values.empty()) return coreMessage(RELULAB_TEXT("%1 must list at least one value"), name);
  for (int v : values)
    if (v < lo || v > hi)
      return coreMessage(RELULAB_TEXT("%1 must lie in [%2, %3], got %4"), name, lo, hi, v);
  return std::nullopt;
}

}  // namespace

std::optional<Message> validate(const BornDeadConfig& config) {
  if (auto e = checkList(config.widths, "widths", 1, 4096)) return e;
  if (auto e = checkList(config.depths, "depths", 1, 10000)) return e;
  if (config.samples < 1 || config.samples > 1'000'000'000)
    return coreMessage(RELULAB_TEXT("samples must lie in [1, 1000000000], got %1"), config.samples);
  if (!(config.halfWidth > 0.0) || !std::isfinite(config.halfWidth))
    return coreMessage(
        RELULAB_TEXT("the half-width a of the domain [-a, a] must be a positive number"));
  if (config.probe == 0.0 || !std::isfinite(config.probe))
    return coreMessage(
        RELULAB_TEXT("the probe input x0 must be a nonzero number (at x = 0 a network without "
                     "biases is trivially zero)"));
  if (config.gridPoints < 2 || config.gridPoints > 100001)
    return coreMessage(RELULAB_TEXT("grid points must lie in [2, 100001], got %1"),
                       config.gridPoints);
  return std::nullopt;
}

double bornDeadTheory(int width, int depth) {
  // log(1 − 2^−N) by log1p keeps the tiny rates of wide layers exact.
  return -std::expm1(depth * std::log1p(-std::ldexp(1.0, -width)));
}

Result<BornDeadResult> runBornDeadStudy(const BornDeadConfig& config, const StudyControl& control) {
  if (auto error = validate(config)) return Result<BornDeadResult>::failure(*error);
  BornDeadResult result;
  result.config = config;
  result.gridExact = config.bias == StudyBias::Zero && config.init != StudyInit::Rai &&
                     positivelyHomogeneous(config.activation);
  const std::vector<double> inputs = inputColumns(config, result.gridExact);

  std::vector<Task> tasks;
  std::vector<double> costs;
  for (int w : config.widths)
    for (int d : config.depths) {
      const int cell = static_cast<int>(result.cells.size());
      BornDeadCell c;
      c.width = w;
      c.depth = d;
      c.theory = bornDeadTheory(w, d);
      result.cells.push_back(c);
      for (std::int64_t first = 0, k = 0; first < config.samples; first += kSampleChunk, ++k) {
        const std::int64_t n = std::min(kSampleChunk, config.samples - first);
        tasks.push_back({cell, k, n});
        // Cost ∝ parameters drawn + multiply-adds, per network.
        costs.push_back(static_cast<double>(n) * d * w * (w + static_cast<double>(inputs.size())));
      }
    }

  std::vector<ChunkCounts> counts(tasks.size());
  auto runTask = [&](int t) {
    const Task& task = tasks[t];
    const BornDeadCell& cell = result.cells[task.cell];
    Rng rng(config.seed, studyStream({kBornDeadStream, static_cast<std::uint64_t>(cell.width),
                                      static_cast<std::uint64_t>(cell.depth),
                                      static_cast<std::uint64_t>(task.chunk)}));
    NetworkProbe probe(config, cell.width, cell.depth, inputs);
    ChunkCounts& out = counts[t];
    for (std::int64_t s = 0; s < task.networks; ++s) {
      if (control.cancelled()) return false;
      const auto outcome = probe.run(rng);
      ++out.networks;
      out.pointwise += outcome.pointwise;
      out.domain += outcome.domain;
      out.inactive += outcome.inactive;
    }
    return true;
  };
  const TaskRunReport report = runTasks(costs, runTask, control);

  // Sum the chunks in task order (integers: the order could not matter anyway).
  std::vector<ChunkCounts> totals(result.cells.size());
  std::vector<int> chunksDone(result.cells.size(), 0), chunks(result.cells.size(), 0);
  for (std::size_t t = 0; t < tasks.size(); ++t) {
    ChunkCounts& sum = totals[tasks[t].cell];
    sum.networks += counts[t].networks;
    sum.pointwise += counts[t].pointwise;
    sum.domain += counts[t].domain;
    sum.inactive += counts[t].inactive;
    ++chunks[tasks[t].cell];
    chunksDone[tasks[t].cell] += report.done[t];
  }
  for (std::size_t c = 0; c < result.cells.size(); ++c) {
    BornDeadCell& cell = result.cells[c];
    cell.complete = chunksDone[c] == chunks[c];
    cell.pointwise = wilson(totals[c].pointwise, totals[c].networks);
    cell.domain = wilson(totals[c].domain, totals[c].networks);
    cell.inactive = wilson(totals[c].inactive, totals[c].networks);
    result.cellsDone += cell.complete;
  }
  result.cancelled = report.cancelled;
  result.seconds = report.seconds;
  return result;
}

std::string bornDeadCsv(const BornDeadResult& result) {
  CsvText csv({"width", "depth", "samples", "pointwise", "pointwise_lo", "pointwise_hi", "domain",
               "domain_lo", "domain_hi", "inactive", "inactive_lo", "inactive_hi", "theory",
               "complete"});
  for (const BornDeadCell& c : result.cells) {
    csv.field(c.width).field(c.depth).field(c.pointwise.trials);
    for (const Proportion* p : {&c.pointwise, &c.domain, &c.inactive})
      csv.field(p->estimate).field(p->lower).field(p->upper);
    csv.field(c.theory).field(c.complete ? 1 : 0);
    csv.endRow();
  }
  return csv.text();
}

}  // namespace relulab::core
