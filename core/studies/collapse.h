#pragma once

// Training collapse of deep, narrow networks (Lu, Su, Karniadakis 2018,
// "Collapse of Deep and Narrow Neural Nets"; Lu, Shin, Su, Karniadakis 2019):
// train many networks of H hidden layers of width N on the 1-D target
// f(x) = |x| and count how many end as a constant function (the mean of the
// target, the best constant under squared error). The paper reports that a
// width-2, 10-layer ReLU net collapses in over 90% of runs.
//
// Self-contained trainer (the main engine, core/model/network.h, takes 2-D data
// sets and at most 10 hidden layers of width ≤ 64): full-batch Adam on
// ½·mean (y − |x|)² over `points` evenly spaced x in [−a, a], linear output.
//
// A run has COLLAPSED when, at the end, its output over the training points
// has a standard deviation ≤ tolerance × that of the target: the function is
// (numerically) flat. For ReLU a collapse is usually exact: some hidden layer
// is zero at every point, so no gradient reaches the layers before it and it
// can never recover; such a run stops early (its state cannot change, except
// the constant it outputs, which is set to the optimum: the target's mean).
// Runs of one index share their initial weights across activations (one
// stream per run), so ReLU and Leaky ReLU are compared on the same networks.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/activations/activation.h"
#include "core/base/result.h"
#include "core/studies/study_control.h"
#include "core/studies/study_network.h"

namespace relulab::core {

struct CollapseConfig {
  std::vector<Activation> activations{{ActivationKind::Relu, 0.0},
                                      {ActivationKind::LeakyRelu, 0.01}};
  int width = 2;                // N, [1, 256]
  int depth = 10;               // H hidden layers, [1, 200]
  int runs = 100;               // networks trained per activation, [1, 10^6]
  int steps = 2000;             // full-batch Adam steps, [0, 10^7]
  double learningRate = 0.003;  // (0, 10]; Adam β = (0.9, 0.999), ε = 1e−8
  StudyInit init = StudyInit::He;
  StudyBias bias = StudyBias::Zero;
  int points = 64;  // training points, evenly spaced on [−a, a], [2, 100000]
  double halfWidth = 1.7320508075688772;  // a (√3: unit-variance inputs)
  double tolerance = 0.01;                // collapse: std(output) ≤ tolerance·std(|x|), [0, 1)
  std::uint64_t seed = 1;
};
std::optional<Message> validate(const CollapseConfig& config);

struct CollapseRun {
  int activation = 0;  // index into config.activations
  int run = 0;
  bool bornFlat = false;     // already flat at initialisation (same criterion)
  bool collapsed = false;    // flat at the end
  bool stoppedDead = false;  // a hidden layer died on every point: stopped early
  int steps = 0;             // steps taken
  double finalLoss = 0.0;    // ½·mean (y − |x|)²
  double outputStd = 0.0;    // std of the output over the points at the end
};

struct CollapseRow {
  Activation activation;
  int runsDone = 0;
  bool complete = false;
  Proportion collapsed;  // the study's answer, with a 95% Wilson interval
  Proportion bornFlat;
  MeanEstimate finalLoss;
  double flatLoss = 0.0;  // the loss of the best constant: ½·Var(|x|) over the points
};

struct CollapseResult {
  CollapseConfig config;
  std::vector<CollapseRow> rows;  // one per activation
  std::vector<CollapseRun> runs;  // every finished run, activation-major
  bool cancelled = false;
  double seconds = 0.0;
};

// Blocks; see study_control.h. Fails only on an invalid config.
Result<CollapseResult> runCollapseStudy(const CollapseConfig& config,
                                        const StudyControl& control = {});

// activation,param,runs,collapsed,collapsed_lo,collapsed_hi,born_flat,…,final_loss,…,flat_loss
std::string collapseCsv(const CollapseResult& result);
// activation,param,run,born_flat,collapsed,stopped_dead,steps,final_loss,output_std
std::string collapseRunsCsv(const CollapseResult& result);

}  // namespace relulab::core
