#pragma once

// Variance and sparsity by depth (He, Zhang, Ren, Sun 2015, "Delving Deep
// into Rectifiers"), and the one-unit moments the argument starts from.
//
// A layer computes z_l = W_l·x_{l−1} + b_l, x_l = f(z_l). With zero-mean
// weights of variance Var[w], zero biases and n inputs per unit,
//   E[z_l²] = n·Var[w]·E[x_{l−1}²],
// and for ReLU, z_l is symmetric given x_{l−1}, so E[x_l²] = E[z_l²]/2 exactly:
//   E[z_l²] = (n·Var[w]/2)^(l−1)·E[z_1²].
// He init (Var[w] = 2/n) keeps the mean square from layer to layer; Xavier
// and LeCun (1/n for square layers) halve it at every layer. The expected
// fraction of exact zeros in layer l of width N, zero bias, is
//   ½ + ½·[1 − (1 − 2^−N)^(l−1)]
// (a unit is zero when its layer input died, else with probability ½).
//
// Monte Carlo over networks: each draws its weights, then runs a batch of
// inputs x ~ N(0, I); the per-network averages over units and inputs are the
// replicates, so a standard error is between networks (narrow nets are
// heavy-tailed: their mean square is a product of many noisy factors).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/activations/activation.h"
#include "core/base/result.h"
#include "core/studies/study_control.h"
#include "core/studies/study_network.h"

namespace relulab::core {

// ---- One unit: y = f(z), z ~ N(μ, σ²) ------------------------------------
// For ReLU: P(y = 0) = Φ(−μ/σ); at μ = 0, σ = 1: P(0) = ½, E[y] = 1/√(2π),
// Var[y] = ½ − 1/(2π).
struct UnitMomentsConfig {
  Activation activation{ActivationKind::Relu, 0.0};
  double mean = 0.0;                 // μ
  double stddev = 1.0;               // σ > 0
  std::int64_t samples = 1'000'000;  // [2, 10^9]
  double nearZero = 0.0;             // y counts as zero when |y| ≤ this (0: exact zeros)
  std::uint64_t seed = 1;
};
std::optional<Message> validate(const UnitMomentsConfig& config);

struct UnitMoments {
  Proportion zeroFraction;  // P(|y| ≤ nearZero)
  MeanEstimate mean;        // E[y], standard error s/√n
  MeanEstimate variance;    // Var[y], standard error √((m₄ − s⁴)/n)
  // ReLU's exact values for N(μ, σ²) (NaN for other activations):
  //   P(0) = Φ(−μ/σ), E[y] = μΦ(μ/σ) + σφ(μ/σ),
  //   E[y²] = (μ² + σ²)Φ(μ/σ) + μσφ(μ/σ).
  double theoryZeroFraction = 0.0;
  double theoryMean = 0.0;
  double theoryVariance = 0.0;
  bool complete = false;
};
Result<UnitMoments> runUnitMoments(const UnitMomentsConfig& config,
                                   const StudyControl& control = {});

// ---- A deep network, layer by layer ---------------------------------------
struct DepthVarianceConfig {
  Activation activation{ActivationKind::Relu, 0.0};
  std::vector<StudyInit> inits{StudyInit::He, StudyInit::Xavier, StudyInit::Lecun};
  int width = 64;      // every hidden layer, [1, 2048]
  int depth = 30;      // hidden layers, [1, 1000]
  int inputs = 0;      // input dimension; 0 means = width
  int batch = 64;      // inputs x ~ N(0, I) per network, [1, 100000]
  int networks = 200;  // independent networks per init, [2, 10^7]
  StudyBias bias = StudyBias::Zero;
  double nearZero = 0.0;  // an output counts as zero when |f(z)| ≤ this (0: exact zeros)
  std::uint64_t seed = 1;
};
std::optional<Message> validate(const DepthVarianceConfig& config);

struct DepthVarianceLayer {
  int layer = 0;                // 1 … depth
  MeanEstimate meanSquarePre;   // E[z_l²] over units and inputs, between-network error
  MeanEstimate meanSquarePost;  // E[x_l²] = E[f(z_l)²]
  MeanEstimate zeroFraction;    // fraction of outputs counted as zero
  // Exact expectations for ReLU / Leaky ReLU / PReLU with zero bias (NaN otherwise):
  // E[z_l²] = (n·Var[w]·(1 + α²)/2)^(l−1)·n₀·Var[w₁], α the negative slope (0 for ReLU).
  double theoryMeanSquarePre = 0.0;
  double theoryZeroFraction = 0.0;  // ReLU only: ½ + ½·[1 − (1 − 2^−N)^(l−1)]
};

struct DepthVarianceSeries {
  StudyInit init = StudyInit::He;
  int networksDone = 0;
  bool complete = false;
  std::vector<DepthVarianceLayer> layers;  // depth entries
};

struct DepthVarianceResult {
  DepthVarianceConfig config;
  std::vector<DepthVarianceSeries> series;  // one per init, in config order
  bool cancelled = false;
  double seconds = 0.0;
};

Result<DepthVarianceResult> runDepthVarianceStudy(const DepthVarianceConfig& config,
                                                  const StudyControl& control = {});

// init,layer,networks,mean_square_pre,…_se,mean_square_post,…_se,zero_fraction,…_se,
// theory_mean_square_pre,theory_zero_fraction
std::string depthVarianceCsv(const DepthVarianceResult& result);
// quantity,value,se,lo,hi,theory  (zero_fraction, mean, variance)
std::string unitMomentsCsv(const UnitMoments& moments);

}  // namespace relulab::core
