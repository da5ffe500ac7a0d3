#include "core/studies/collapse.h"

#include <algorithm>
#include <cmath>

namespace relulab::core {

namespace {

constexpr std::uint64_t kCollapseStream = 0xc011;

// The 1-D regression net and its full-batch Adam trainer. Layer l holds z_l
// and a_l = f(z_l) for all P points (width × P, row-major), and f′(z_l).
//   forward   z_l = W_l a_{l−1} + b_l   (a_{−1} = x, 1 × P)
//   output    y = w_o·a_{H−1} + b_o,  ℓ = ½·mean_p (y_p − t_p)²,  δ_o = (y − t)/P
//   backward  ∂ℓ/∂W_l = δ_l a_{l−1}ᵀ,  ∂ℓ/∂b_l = Σ_p δ_l,
//             δ_{l−1} = (W_lᵀ δ_l) ⊙ f′(z_{l−1})
//   Adam      m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
//             θ ← θ − η·(m/(1 − β₁ᵗ)) / (√(v/(1 − β₂ᵗ)) + ε)
class TinyTrainer {
 public:
  TinyTrainer(const CollapseConfig& c, const Activation& activation, std::vector<double> x,
              std::vector<double> t)
      : c_(c),
        act_(activation),
        x_(std::move(x)),
        t_(std::move(t)),
        p_(static_cast<int>(x_.size())) {}

  void initialize(Rng& rng) {
    layers_.resize(c_.depth + 1);
    for (int l = 0; l <= c_.depth; ++l) {
      const int fanIn = l == 0 ? 1 : c_.width;
      drawLayer(layers_[l], fanIn, l == c_.depth ? 1 : c_.width, c_.init, c_.bias, rng);
    }
    params_.clear();
    for (const DenseLayer& l : layers_) params_.push_back(l.weights.size() + l.biases.size());
    std::size_t total = 0;
    for (std::size_t n : params_) total += n;
    m_.assign(total, 0.0);
    v_.assign(total, 0.0);
    grad_.assign(total, 0.0);
    step_ = 0;
    z_.assign(c_.depth + 1, {});
    a_.assign(c_.depth + 1, {});
    d_.assign(c_.depth, {});
  }

  // Forward over all points; returns the loss. deadLayer: some hidden layer
  // outputs exactly 0 at every point.
  double forward(bool& deadLayer) {
    deadLayer = false;
    const double* in = x_.data();
    for (int l = 0; l <= c_.depth; ++l) {
      const DenseLayer& layer = layers_[l];
      z_[l].resize(static_cast<std::size_t>(layer.width) * p_);
      layerForward(layer, in, p_, z_[l].data());
      if (l == c_.depth) break;  // linear output
      a_[l].resize(z_[l].size());
      d_[l].resize(z_[l].size());
      evaluateBoth<double>(act_, z_[l], a_[l], d_[l]);
      deadLayer =
          deadLayer || std::all_of(a_[l].begin(), a_[l].end(), [](double v) { return v == 0.0; });
      in = a_[l].data();
    }
    double loss = 0.0;
    for (int p = 0; p < p_; ++p)
      loss += 0.5 * (z_[c_.depth][p] - t_[p]) * (z_[c_.depth][p] - t_[p]);
    return loss / p_;
  }

  double outputStd() const {
    const std::vector<double>& y = z_[c_.depth];
    double mean = 0.0, sq = 0.0;
    for (double v : y) mean += v;
    mean /= p_;
    for (double v : y) sq += (v - mean) * (v - mean);
    return std::sqrt(sq / p_);
  }

  // A dead network is frozen except for the output bias; its best value makes
  // the output the target's mean (what a long run would converge to).
  void settleOutputBias() {
    double residual = 0.0;
    for (int p = 0; p < p_; ++p) residual += z_[c_.depth][p] - t_[p];
    layers_[c_.depth].biases[0] -= residual / p_;
  }

  void backwardAndStep() {
    std::vector<double> delta(p_), next;
    for (int p = 0; p < p_; ++p) delta[p] = (z_[c_.depth][p] - t_[p]) / p_;
    std::size_t offset = grad_.size();
    for (int l = c_.depth; l >= 0; --l) {
      const DenseLayer& layer = layers_[l];
      offset -= params_[l];
      double* gw = &grad_[offset];
      double* gb = gw + layer.weights.size();
      const double* in = l == 0 ? x_.data() : a_[l - 1].data();
      for (int i = 0; i < layer.width; ++i) {
        const double* di = &delta[static_cast<std::size_t>(i) * p_];
        double sum = 0.0;
        for (int p = 0; p < p_; ++p) sum += di[p];
        gb[i] = sum;
        for (int j = 0; j < layer.fanIn; ++j) {
          const double* inj = in + static_cast<std::size_t>(j) * p_;
          double g = 0.0;
          for (int p = 0; p < p_; ++p) g += di[p] * inj[p];
          gw[static_cast<std::size_t>(i) * layer.fanIn + j] = g;
        }
      }
      if (l == 0) break;
      next.assign(static_cast<std::size_t>(layer.fanIn) * p_, 0.0);
      for (int i = 0; i < layer.width; ++i)
        for (int j = 0; j < layer.fanIn; ++j) {
          const double w = layer.weights[static_cast<std::size_t>(i) * layer.fanIn + j];
          for (int p = 0; p < p_; ++p)
            next[static_cast<std::size_t>(j) * p_ + p] +=
                w * delta[static_cast<std::size_t>(i) * p_ + p];
        }
      const std::vector<double>& d = d_[l - 1];
      for (std::size_t k = 0; k < next.size(); ++k) next[k] *= d[k];
      delta.swap(next);
    }
    adamStep();
  }

 private:
  void adamStep() {
    constexpr double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    ++step_;
    const double c1 = 1.0 - std::pow(b1, step_), c2 = 1.0 - std::pow(b2, step_);
    std::size_t k = 0;
    for (DenseLayer& layer : layers_)
      for (std::vector<double>* values : {&layer.weights, &layer.biases})
        for (double& theta : *values) {
          m_[k] = b1 * m_[k] + (1.0 - b1) * grad_[k];
          v_[k] = b2 * v_[k] + (1.0 - b2) * grad_[k] * grad_[k];
          theta -= c_.learningRate * (m_[k] / c1) / (std::sqrt(v_[k] / c2) + eps);
          ++k;
        }
  }

  const CollapseConfig& c_;
  Activation act_;
  std::vector<double> x_, t_;
  int p_;
  std::vector<DenseLayer> layers_;
  std::vector<std::size_t> params_;  // per layer: weights then biases, in grad_/m_/v_
  std::vector<double> m_, v_, grad_;
  int step_ = 0;
  std::vector<std::vector<double>> z_, a_, d_;
};

double populationStd(const std::vector<double>& v) {
  double mean = 0.0, sq = 0.0;
  for (double x : v) mean += x;
  mean /= static_cast<double>(v.size());
  for (double x : v) sq += (x - mean) * (x - mean);
  return std::sqrt(sq / static_cast<double>(v.size()));
}

}  // namespace

std::optional<Message> validate(const CollapseConfig& c) {
  if (c.activations.empty()) return coreMessage(RELULAB_TEXT("list at least one activation"));
  if (c.width < 1 || c.width > 256)
    return coreMessage(RELULAB_TEXT("width must lie in [1, 256], got %1"), c.width);
  if (c.depth < 1 || c.depth > 200)
    return coreMessage(RELULAB_TEXT("depth must lie in [1, 200], got %1"), c.depth);
  if (c.runs < 1 || c.runs > 1'000'000)
    return coreMessage(RELULAB_TEXT("runs must lie in [1, 1000000], got %1"), c.runs);
  if (c.steps < 0 || c.steps > 10'000'000)
    return coreMessage(RELULAB_TEXT("steps must lie in [0, 10000000], got %1"), c.steps);
  if (!(c.learningRate > 0.0 && c.learningRate <= 10.0))
    return coreMessage(RELULAB_TEXT("the learning rate must lie in (0, 10]"));
  if (c.points < 2 || c.points > 100000)
    return coreMessage(RELULAB_TEXT("points must lie in [2, 100000], got %1"), c.points);
  if (!(c.halfWidth > 0.0) || !std::isfinite(c.halfWidth))
    return coreMessage(
        RELULAB_TEXT("the half-width a of the domain [-a, a] must be a positive number"));
  if (!(c.tolerance >= 0.0 && c.tolerance < 1.0))
    return coreMessage(RELULAB_TEXT("the tolerance must lie in [0, 1)"));
  return std::nullopt;
}

Result<CollapseResult> runCollapseStudy(const CollapseConfig& c, const StudyControl& control) {
  if (auto error = validate(c)) return Result<CollapseResult>::failure(*error);
  std::vector<double> x(c.points), t(c.points);
  for (int p = 0; p < c.points; ++p) {
    x[p] = -c.halfWidth + 2.0 * c.halfWidth * p / (c.points - 1);
    t[p] = std::abs(x[p]);
  }
  const double targetStd = populationStd(t);
  const int count = static_cast<int>(c.activations.size()) * c.runs;
  std::vector<double> costs(count, static_cast<double>(c.steps + 1) * c.depth * c.width * c.width);
  std::vector<CollapseRun> runs(count);

  auto task = [&](int k) {
    CollapseRun& r = runs[k];
    r.activation = k / c.runs;
    r.run = k % c.runs;
    Rng rng(c.seed, studyStream({kCollapseStream, static_cast<std::uint64_t>(r.run)}));
    TinyTrainer trainer(c, c.activations[r.activation], x, t);
    trainer.initialize(rng);
    bool dead = false;
    double loss = trainer.forward(dead);
    r.bornFlat = trainer.outputStd() <= c.tolerance * targetStd;
    for (; r.steps < c.steps && !dead; ++r.steps) {
      if (control.cancelled()) return false;
      trainer.backwardAndStep();
      loss = trainer.forward(dead);
    }
    if (dead) {
      r.stoppedDead = true;
      trainer.settleOutputBias();
      loss = trainer.forward(dead);
    }
    r.finalLoss = loss;
    r.outputStd = trainer.outputStd();
    r.collapsed = r.outputStd <= c.tolerance * targetStd;
    return true;
  };
  const TaskRunReport report = runTasks(costs, task, control);

  CollapseResult result;
  result.config = c;
  result.cancelled = report.cancelled;
  result.seconds = report.seconds;
  for (std::size_t a = 0; a < c.activations.size(); ++a) {
    CollapseRow row;
    row.activation = c.activations[a];
    row.flatLoss = 0.5 * targetStd * targetStd;
    std::int64_t collapsed = 0, bornFlat = 0;
    std::vector<double> losses;
    for (int r = 0; r < c.runs; ++r) {
      const int k = static_cast<int>(a) * c.runs + r;
      if (!report.done[k]) continue;
      result.runs.push_back(runs[k]);
      collapsed += runs[k].collapsed;
      bornFlat += runs[k].bornFlat;
      losses.push_back(runs[k].finalLoss);
    }
    row.runsDone = static_cast<int>(losses.size());
    row.complete = row.runsDone == c.runs;
    row.collapsed = wilson(collapsed, row.runsDone);
    row.bornFlat = wilson(bornFlat, row.runsDone);
    row.finalLoss = meanEstimate(losses);
    result.rows.push_back(row);
  }
  return result;
}

std::string collapseCsv(const CollapseResult& result) {
  CsvText csv({"activation", "param", "runs", "collapsed", "collapsed_lo", "collapsed_hi",
               "born_flat", "born_flat_lo", "born_flat_hi", "final_loss", "final_loss_se",
               "flat_loss", "complete"});
  for (const CollapseRow& r : result.rows) {
    csv.field(activationInfo(r.activation.kind).id).field(r.activation.param).field(r.runsDone);
    for (const Proportion* p : {&r.collapsed, &r.bornFlat})
      csv.field(p->estimate).field(p->lower).field(p->upper);
    csv.field(r.finalLoss.mean).field(r.finalLoss.standardError).field(r.flatLoss);
    csv.field(r.complete ? 1 : 0);
    csv.endRow();
  }
  return csv.text();
}

std::string collapseRunsCsv(const CollapseResult& result) {
  CsvText csv({"activation", "param", "run", "born_flat", "collapsed", "stopped_dead", "steps",
               "final_loss", "output_std"});
  for (const CollapseRun& r : result.runs) {
    const Activation& a = result.config.activations[r.activation];
    csv.field(activationInfo(a.kind).id).field(a.param).field(r.run);
    csv.field(r.bornFlat ? 1 : 0).field(r.collapsed ? 1 : 0).field(r.stoppedDead ? 1 : 0);
    csv.field(r.steps).field(r.finalLoss).field(r.outputStd);
    csv.endRow();
  }
  return csv.text();
}

}  // namespace relulab::core
