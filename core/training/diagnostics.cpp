#include "core/training/diagnostics.h"

#include <algorithm>
#include <cmath>

namespace relulab::core {

GateKind gateKind(ActivationKind kind) {
  switch (kind) {
    case ActivationKind::Relu:
    case ActivationKind::Relu6:
    case ActivationKind::Hardtanh:
    case ActivationKind::Hardsigmoid:
    case ActivationKind::Hardswish:
      return GateKind::HardGate;
    case ActivationKind::Sigmoid:
    case ActivationKind::Tanh:
    case ActivationKind::Softsign:
      return GateKind::SmoothGate;
    default:
      return GateKind::LeakyGate;
  }
}

bool hasHardZero(ActivationKind kind) {
  return kind == ActivationKind::Relu || kind == ActivationKind::Relu6 ||
         kind == ActivationKind::Hardswish || kind == ActivationKind::Hardsigmoid;
}

int Metrics::deadUnits() const {
  int n = 0;
  for (const LayerStats& l : layers) n += l.dead;
  return n;
}

bool Metrics::finite() const {
  const auto ok = [](double v) { return std::isfinite(v); };
  if (!ok(trainLoss) || !ok(testLoss) || !ok(outputGradientNorm) || !ok(outputWeightNorm))
    return false;
  for (const LayerStats& l : layers) {
    if (!ok(l.sparsity) || !ok(l.gradientNorm) || !ok(l.weightNorm) || !ok(l.preActivationMean) ||
        !ok(l.preActivationStd))
      return false;
    for (const NeuronStats& n : l.neurons)
      if (!ok(n.meanActivation) || !ok(n.meanAbsGradient)) return false;
  }
  return true;
}

template <typename T>
Diagnostics<T>::Diagnostics(const ParamLayout& layout) : prop_(layout), grad_(layout.size, T(0)) {}

namespace {

// Running sums for one hidden layer over the probe set.
struct LayerSums {
  std::vector<std::int64_t> live, saturated;
  std::vector<double> sumActivation, sumAbsDelta;
  std::int64_t zeros = 0;
  bool shiftSet = false;
  double shift =
      0.0;  // pre-activation sums are taken about this (the first z) to avoid cancellation
  double sumZ = 0.0, sumZ2 = 0.0;
};

}  // namespace

template <typename T>
Metrics Diagnostics<T>::measure(const Network<T>& net, const SampleMatrix<T>& train,
                                const SampleMatrix<T>& test, const SampleMatrix<T>& probe,
                                const DiagnosticsConfig& config, bool classification) {
  constexpr int kL = kLanes<T>;
  const ParamLayout& layout = net.layout();
  const int hidden = net.hiddenCount();
  const OutputKind head = net.spec().output;
  const T saturation = static_cast<T>(config.saturationThreshold);
  const T nearZero = static_cast<T>(config.nearZeroThreshold);

  std::vector<LayerSums> sums(static_cast<std::size_t>(hidden));
  for (int l = 0; l < hidden; ++l) {
    const int width = net.spec().hidden[static_cast<std::size_t>(l)].width;
    LayerSums& s = sums[static_cast<std::size_t>(l)];
    s.live.assign(static_cast<std::size_t>(width), 0);
    s.saturated.assign(static_cast<std::size_t>(width), 0);
    s.sumActivation.assign(static_cast<std::size_t>(width), 0.0);
    s.sumAbsDelta.assign(static_cast<std::size_t>(width), 0.0);
  }

  // One pass over the probe set: forward, per-sample output δ, backward.
  const SampleBlock<T> block = probe.block();
  double probeLoss = 0.0;
  int probeCorrect = 0;
  T loss[kL];
  prop_.clearGradient();
  for (int c = 0; c < block.count; c += kL) {
    const int valid = std::min(kL, block.count - c);
    prop_.forwardChunk(net, block.x + c, block.stride, true);
    prop_.outputDelta(head, block.targets + c, valid, loss);
    for (int s = 0; s < valid; ++s) {
      probeLoss += static_cast<double>(loss[s]);
      probeCorrect += (prop_.prediction(head, s) >= T(0)) == (block.targets[c + s] > T(0)) ? 1 : 0;
    }
    prop_.backwardChunk(net, block.x + c, block.stride);
    for (int l = 0; l < hidden; ++l) {
      LayerSums& sum = sums[static_cast<std::size_t>(l)];
      const Activation& act = net.activation(l);
      const GateKind gate = gateKind(act.kind);
      const bool hardZero = hasHardZero(act.kind);
      const int width = static_cast<int>(sum.live.size());
      if (!sum.shiftSet && valid > 0) {
        sum.shift = static_cast<double>(prop_.z(l, 0)[0]);
        sum.shiftSet = true;
      }
      for (int j = 0; j < width; ++j) {
        const T* z = prop_.z(l, j);
        const T* a = prop_.a(l, j);
        const T* d = prop_.d(l, j);
        const T* delta = prop_.delta(l, j);
        std::int64_t live = 0, saturated = 0, zeros = 0;
        double sumA = 0.0, sumDelta = 0.0, sumZ = 0.0, sumZ2 = 0.0;
        for (int s = 0; s < valid; ++s) {
          switch (gate) {
            case GateKind::HardGate:
              live += d[s] != T(0) ? 1 : 0;
              break;
            case GateKind::LeakyGate:
              live += z[s] > T(0) ? 1 : 0;
              break;
            case GateKind::SmoothGate:
              live += std::fabs(d[s]) > saturation ? 1 : 0;
              break;
          }
          saturated += std::fabs(d[s]) <= saturation ? 1 : 0;
          zeros += (hardZero ? a[s] == T(0) : std::fabs(a[s]) <= nearZero) ? 1 : 0;
          sumA += static_cast<double>(a[s]);
          sumDelta += std::fabs(static_cast<double>(delta[s]));
          const double centred = static_cast<double>(z[s]) - sum.shift;
          sumZ += centred;
          sumZ2 += centred * centred;
        }
        sum.live[static_cast<std::size_t>(j)] += live;
        sum.saturated[static_cast<std::size_t>(j)] += saturated;
        sum.sumActivation[static_cast<std::size_t>(j)] += sumA;
        sum.sumAbsDelta[static_cast<std::size_t>(j)] += sumDelta;
        sum.zeros += zeros;
        sum.sumZ += sumZ;
        sum.sumZ2 += sumZ2;
      }
    }
  }
  const double n = std::max(1, block.count);
  prop_.reduceGradient(static_cast<T>(1.0 / n), grad_.data());

  Metrics m;
  m.probe = config.probe;
  m.probeSize = block.count;
  m.saturationThreshold = config.saturationThreshold;
  m.nearZeroThreshold = config.nearZeroThreshold;

  const auto norm = [](const T* v, std::size_t count) {
    double s = 0.0;
    for (std::size_t i = 0; i < count; ++i)
      s += static_cast<double>(v[i]) * static_cast<double>(v[i]);
    return std::sqrt(s);
  };
  const T* params = net.parameters().data();
  for (int l = 0; l < hidden; ++l) {
    const auto& ly = layout.layers[static_cast<std::size_t>(l)];
    const LayerSums& sum = sums[static_cast<std::size_t>(l)];
    LayerStats stats;
    stats.activation = net.activation(l);
    const GateKind gate = gateKind(stats.activation.kind);
    const std::size_t weights = static_cast<std::size_t>(ly.in) * static_cast<std::size_t>(ly.out);
    stats.gradientNorm = norm(grad_.data() + ly.weights, weights);
    stats.weightNorm = norm(params + ly.weights, weights);
    const double values = n * ly.out;
    stats.sparsity = static_cast<double>(sum.zeros) / values;
    const double meanCentred = sum.sumZ / values;
    stats.preActivationMean = sum.shift + meanCentred;
    stats.preActivationStd =
        std::sqrt(std::max(0.0, sum.sumZ2 / values - meanCentred * meanCentred));
    for (int j = 0; j < ly.out; ++j) {
      const auto js = static_cast<std::size_t>(j);
      NeuronStats ns;
      ns.activeFraction = static_cast<double>(sum.live[js]) / n;
      ns.saturatedFraction = static_cast<double>(sum.saturated[js]) / n;
      ns.meanActivation = sum.sumActivation[js] / n;
      ns.meanAbsGradient = sum.sumAbsDelta[js] / n;
      if (sum.live[js] == 0 && block.count > 0) {
        switch (gate) {
          case GateKind::HardGate:
            ns.state = NeuronState::Dead;
            ++stats.dead;
            break;
          case GateKind::LeakyGate:
            ns.state = NeuronState::Inactive;
            ++stats.inactive;
            break;
          case GateKind::SmoothGate:
            ns.state = NeuronState::Saturated;
            ++stats.saturated;
            break;
        }
      }
      stats.neurons.push_back(ns);
    }
    m.layers.push_back(std::move(stats));
  }
  const auto& out = layout.layers.back();
  m.outputGradientNorm = norm(grad_.data() + out.weights, static_cast<std::size_t>(out.in));
  m.outputWeightNorm = norm(params + out.weights, static_cast<std::size_t>(out.in));

  // Losses and accuracies; the probe pass already covers the training set
  // when that is the probe.
  const auto fill = [&](const SampleMatrix<T>& set, double& lossOut, std::optional<double>& acc) {
    double total = 0.0;
    int correct = 0;
    if (&set == &probe) {
      total = probeLoss;
      correct = probeCorrect;
    } else {
      const auto totals = prop_.evaluate(net, set.block());
      total = totals.loss;
      correct = totals.correct;
    }
    const double count = std::max(1, set.size());
    lossOut = set.size() > 0 ? total / count : 0.0;
    if (classification) acc = set.size() > 0 ? correct / count : 0.0;
  };
  fill(train, m.trainLoss, m.trainAccuracy);
  fill(test, m.testLoss, m.testAccuracy);
  return m;
}

template class Diagnostics<float>;
template class Diagnostics<double>;

}  // namespace relulab::core

namespace relulab::core {

std::vector<std::string> metricColumns(const NetworkSpec& spec, bool classification) {
  std::vector<std::string> c{"epoch", "train_loss", "test_loss"};
  if (classification) {
    c.emplace_back("train_accuracy");
    c.emplace_back("test_accuracy");
  }
  const int hidden = static_cast<int>(spec.hidden.size());
  for (int l = 1; l <= hidden; ++l) {
    std::string p = "l";
    p += std::to_string(l);
    p += '_';
    for (const char* name : {"dead", "inactive", "saturated", "sparsity", "grad_norm",
                             "weight_norm", "z_mean", "z_std"})
      c.push_back(p + name);
  }
  c.emplace_back("output_grad_norm");
  c.emplace_back("output_weight_norm");
  for (int l = 1; l <= hidden; ++l)
    for (int j = 1; j <= spec.hidden[static_cast<std::size_t>(l - 1)].width; ++j) {
      std::string p = "l";  // built piecewise: GCC 12's -Wrestrict misfires on chained +
      p += std::to_string(l);
      p += 'n';
      p += std::to_string(j);
      p += '_';
      for (const char* name : {"active", "saturated", "mean_act", "mean_abs_grad"})
        c.push_back(p + name);
    }
  return c;
}

void metricRow(const Metrics& m, bool classification, std::vector<double>& out) {
  out.clear();
  out.push_back(m.epoch);
  out.push_back(m.trainLoss);
  out.push_back(m.testLoss);
  if (classification) {
    out.push_back(m.trainAccuracy.value_or(0.0));
    out.push_back(m.testAccuracy.value_or(0.0));
  }
  for (const LayerStats& l : m.layers) {
    out.insert(out.end(), {static_cast<double>(l.dead), static_cast<double>(l.inactive),
                           static_cast<double>(l.saturated), l.sparsity, l.gradientNorm,
                           l.weightNorm, l.preActivationMean, l.preActivationStd});
  }
  out.push_back(m.outputGradientNorm);
  out.push_back(m.outputWeightNorm);
  for (const LayerStats& l : m.layers)
    for (const NeuronStats& n : l.neurons)
      out.insert(out.end(),
                 {n.activeFraction, n.saturatedFraction, n.meanActivation, n.meanAbsGradient});
}

}  // namespace relulab::core
