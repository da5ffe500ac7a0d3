#include "core/training/engine.h"

#include <cmath>

#include "core/activations/activation_kernels.h"
#include "core/model/propagator.h"
#include "core/training/batch_sampler.h"
#include "core/training/optimizer.h"

namespace relulab::core {

Trainer::Engine::Engine(const TrainConfig& c, Dataset d)
    : config(c),
      data(std::move(d)),
      classification(!isRegression(c.data.kind)),
      history(metricColumns(c.network, classification)) {}

void Trainer::Engine::record() {
  const Metrics m = measure();
  metricRow(m, classification, row_);
  for (std::size_t i = 0; i < row_.size(); ++i) {
    if (std::isfinite(row_[i])) continue;
    Divergence d;
    d.step = step;
    d.quantity = DivergedQuantity::Measurement;
    d.value = row_[i];
    d.measurement = history.columns()[i];
    divergence = d;
    return;
  }
  history.append(step, row_);
}

namespace {

// The problems restoreState() reports (marked here, in the namespace, for lupdate).
Message stateProblem(const char* part, const std::string& problem) {
  return coreMessage(RELULAB_TEXT("%1: %2"), part, problem);
}

// `values` must hold `n` numbers finite in T, or none where `wanted` is false.
template <typename T>
std::optional<Message> checkValuesIn(const char* part, const std::vector<double>& values,
                                     std::size_t n, bool wanted) {
  const std::size_t expected = wanted ? n : 0;
  if (values.size() != expected)
    return coreMessage(RELULAB_TEXT("%1: expected %2 values for this network, got %3"), part,
                       expected, values.size());
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!std::isfinite(static_cast<T>(values[i])))
      return coreMessage(RELULAB_TEXT("%1[%2]: must be a finite number"), part, i);
  return std::nullopt;
}

template <typename T>
class EngineT final : public Trainer::Engine {
 public:
  EngineT(const TrainConfig& c, Dataset d)
      : Engine(c, std::move(d)),
        net_(c.network),
        next_(net_.layout().size, T(0)),
        grad_(net_.layout().size, T(0)),
        prop_(net_.layout()),
        optimizer_(net_.layout()),
        train_(data.train, c.data.features),
        test_(data.test, c.data.features),
        diagnostics_(net_.layout()),
        grid_(net_.layout()) {
    Rng init(c.seed, 1);
    net_.initialize(init);
    sampler_ =
        BatchSampler<T>(data.train, c.data.features, c.batchSize, c.batchOrder, Rng(c.seed, 2));
    if (c.diagnostics.probe == ProbeSet::All) {
      std::vector<Point> all = data.train;
      all.insert(all.end(), data.test.begin(), data.test.end());
      all_ = SampleMatrix<T>(all, c.data.features);
    }
  }

  const ParamLayout& layout() const override { return net_.layout(); }
  const NetworkSpec& network() const override { return net_.spec(); }
  double epoch() const override { return sampler_.epochs(); }

  RunResult train(std::int64_t steps, const std::atomic<bool>* stop) override {
    RunResult result;
    if (divergence) {
      result.diverged = true;
      return result;
    }
    const std::int64_t every = config.diagnostics.every;
    for (std::int64_t i = 0; i < steps; ++i) {
      if (stop && stop->load(std::memory_order_relaxed)) {
        result.interrupted = true;
        break;
      }
      if (!stepOnce()) {
        result.diverged = true;
        break;
      }
      ++result.steps;
      if (every > 0 && step % every == 0 && history.wants(step)) {
        record();
        if (divergence) {
          result.diverged = true;
          break;
        }
      }
    }
    return result;
  }

  void applyOptimizer(const OptimizerConfig& optimizer) override {
    if (optimizer.kind != config.optimizer.kind) optimizer_.reset();
    config.optimizer = optimizer;
  }

  void applyBatchSize(int batchSize) override {
    sampler_.setBatchSize(batchSize);
    config.batchSize = batchSize;
  }

  void applyActivation(int hiddenLayer, const Activation& activation) override {
    const bool wasPrelu = net_.activation(hiddenLayer).kind == ActivationKind::Prelu;
    net_.setActivation(hiddenLayer, activation);
    config.network.hidden[static_cast<std::size_t>(hiddenLayer)].activation = activation;
    if (wasPrelu || activation.kind == ActivationKind::Prelu) {
      const auto& layer = net_.layout().layers[static_cast<std::size_t>(hiddenLayer)];
      optimizer_.clear(layer.slopes, static_cast<std::size_t>(layer.out));
    }
  }

  Metrics measure() override {
    const SampleMatrix<T>& probe = config.diagnostics.probe == ProbeSet::Train  ? train_
                                   : config.diagnostics.probe == ProbeSet::Test ? test_
                                                                                : all_;
    Metrics m =
        diagnostics_.measure(net_, train_, test_, probe, config.diagnostics, classification);
    m.step = step;
    m.epoch = epoch();
    return m;
  }

  void grid(const GridSpec& spec, DecisionGrid& out) override {
    grid_.evaluate(net_, config.data.features, spec, out);
  }

  std::vector<double> parameters() const override {
    const auto p = net_.parameters();
    return {p.begin(), p.end()};
  }

  void setParameters(std::span<const double> values) override {
    auto p = net_.parameters();
    for (std::size_t i = 0; i < p.size(); ++i) p[i] = static_cast<T>(values[i]);
  }

  void saveState(TrainerState& s) const override {
    s.parameters = parameters();
    const OptimizerKind kind = config.optimizer.kind;
    const typename Optimizer<T>::State o =
        optimizer_.state(kind != OptimizerKind::Sgd, kind == OptimizerKind::Adam);
    s.first = o.first;
    s.second = o.second;
    s.optimizerSteps = o.steps;
    const typename BatchSampler<T>::State b = sampler_.state();
    s.batchRng = b.rng;
    s.permutations = b.permutations;
    s.batchOffset = b.offset;
    s.samplesServed = b.served;
  }

  std::optional<Message> restoreState(const TrainerState& s) override {
    const std::size_t n = net_.layout().size;
    const auto checkValues = checkValuesIn<T>;
    if (auto problem = checkValues("parameters", s.parameters, n, true)) return problem;
    const OptimizerKind kind = config.optimizer.kind;
    if (auto problem = checkValues("optimizer.first", s.first, n, kind != OptimizerKind::Sgd))
      return problem;
    if (auto problem = checkValues("optimizer.second", s.second, n, kind == OptimizerKind::Adam))
      return problem;
    if (s.optimizerSteps < 0) return stateProblem("optimizer.steps", "must be ≥ 0");
    typename BatchSampler<T>::State b;
    b.rng = s.batchRng;
    b.permutations = s.permutations;
    b.offset = s.batchOffset;
    b.served = s.samplesServed;
    if (auto problem = sampler_.check(b)) return stateProblem("batches", *problem);
    setParameters(s.parameters);
    optimizer_.restore({s.first, s.second, s.optimizerSteps});
    sampler_.restore(b);
    return std::nullopt;
  }

 private:
  // One update: gradient on the next batch, checks, out-of-place update,
  // checks, commit. Returns false (changing nothing) when something is not finite.
  bool stepOnce() {
    const SampleBlock<T> batch = sampler_.current();
    const T loss = prop_.lossAndGradient(net_, batch, grad_.data());
    const std::size_t n = grad_.size();
    if (!std::isfinite(loss)) return fail(DivergedQuantity::Loss, 0, static_cast<double>(loss));
    if (!kernels::allFinite(grad_.data(), n)) return failAt(DivergedQuantity::Gradient, grad_);
    optimizer_.update(config.optimizer, net_.parameters().data(), grad_.data(), next_.data());
    if (!kernels::allFinite(next_.data(), n)) return failAt(DivergedQuantity::Parameter, next_);
    net_.storage().swap(next_);
    optimizer_.commit();
    sampler_.advance();
    ++step;
    return true;
  }

  bool failAt(DivergedQuantity quantity, const std::vector<T>& values) {
    std::size_t i = 0;
    while (i < values.size() && std::isfinite(values[i])) ++i;
    return fail(quantity, i, static_cast<double>(values[i]));
  }

  bool fail(DivergedQuantity quantity, std::size_t index, double value) {
    Divergence d;
    d.step = step + 1;
    d.quantity = quantity;
    d.value = value;
    if (quantity != DivergedQuantity::Loss) {
      const ParamLayout::Location where = net_.layout().locate(index);
      d.parameterKind = where.kind;
      d.layer = where.layer + 1;
      d.neuron = where.neuron + 1;
      d.input = where.input + 1;
    }
    divergence = d;
    return false;
  }

  Network<T> net_;
  std::vector<T> next_;  // the update is written here, then swapped in
  std::vector<T> grad_;
  Propagator<T> prop_;
  Optimizer<T> optimizer_;
  BatchSampler<T> sampler_;
  SampleMatrix<T> train_, test_, all_;
  Diagnostics<T> diagnostics_;
  GridEvaluator<T> grid_;
};

}  // namespace

std::unique_ptr<Trainer::Engine> makeEngine(const TrainConfig& config, Dataset data) {
  if (config.precision == Precision::Float64)
    return std::make_unique<EngineT<double>>(config, std::move(data));
  return std::make_unique<EngineT<float>>(config, std::move(data));
}

}  // namespace relulab::core
