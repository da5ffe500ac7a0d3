#pragma once

// Born-dead probability (Lu, Shin, Su, Karniadakis 2019, "Dying ReLU and
// Initialization"). A network is dead when it computes a constant function of
// its input, born dead when that already holds at initialisation. Monte Carlo
// over many freshly drawn networks of H hidden layers of width N, one input
// x ∈ [−a, a], per (width, depth) cell.
//
// Two probabilities per cell:
//   pointwise  some hidden layer outputs all zeros at the probe input x₀ ≠ 0
//              (then every later layer sees a constant, so the output is a
//              constant near x₀). Exact value with symmetric weights and zero
//              bias: each layer is all-zero with probability 2^−N independently
//              of the layers before it while they are alive (every z is a
//              symmetric variable given a nonzero input), so
//                P = 1 − (1 − 2^−N)^H.
//   domain     the network is constant on all of [−a, a]: at every point of a
//              grid of the interval some hidden layer is all zero. That is
//              exactly "constant on the grid": where layer l is all zero the
//              output equals a constant C_l, and the network is continuous, so
//              the C_l of neighbouring points agree. With zero biases and a
//              positively homogeneous activation (ReLU, Leaky ReLU, PReLU) the
//              network satisfies f(t·x) = t·f(x), t ≥ 0, so the two points
//              x = ±a decide it exactly (gridExact); otherwise the grid can miss
//              a unit that is alive only between two grid points.
// And, for the Leaky ReLU contrast, `inactive`: some hidden layer has every
// pre-activation z ≤ 0 at x₀. For ReLU it is the pointwise probability; a Leaky
// ReLU network goes inactive just as often but stays alive (never constant).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/activations/activation.h"
#include "core/base/result.h"
#include "core/studies/study_control.h"
#include "core/studies/study_network.h"

namespace relulab::core {

struct BornDeadConfig {
  std::vector<int> widths{2, 3, 4, 5, 10};  // N, each in [1, 4096]
  std::vector<int> depths{10, 20, 50};      // H hidden layers, each in [1, 10000]
  std::int64_t samples = 10000;             // networks per cell, [1, 10^9]
  Activation activation{ActivationKind::Relu, 0.0};
  StudyInit init = StudyInit::Normal;
  StudyBias bias = StudyBias::Zero;
  double halfWidth = 1.7320508075688772;  // a: the domain is [−a, a] (√3: unit variance)
  double probe = 1.0;                     // x₀ for the pointwise probability, ≠ 0
  int gridPoints = 101;                   // evenly spaced points on [−a, a], [2, 100001]
  std::uint64_t seed = 1;
};

// Empty when valid; otherwise a message naming the option ("samples must …").
std::optional<Message> validate(const BornDeadConfig& config);

struct BornDeadCell {
  int width = 0;
  int depth = 0;
  bool complete = false;  // false: cancelled part-way (the counts are what was drawn)
  Proportion pointwise;   // some hidden layer all zero at x₀
  Proportion domain;      // constant on [−a, a]
  Proportion inactive;    // some hidden layer with every z ≤ 0 at x₀
  double theory = 0.0;    // 1 − (1 − 2^−N)^H: exact for pointwise when the weights are
                          // symmetric and the biases zero (reference otherwise)
};

struct BornDeadResult {
  BornDeadConfig config;
  std::vector<BornDeadCell> cells;  // width-major: widths[0]×depths…, widths[1]×depths…
  bool gridExact = false;           // domain decided exactly from x = ±a (see above)
  bool cancelled = false;
  int cellsDone = 0;
  double seconds = 0.0;
};

// 1 − (1 − 2^−N)^H, computed as −expm1(H·log1p(−2^−N)) so that it keeps its
// digits when the probability is tiny (N = 30).
double bornDeadTheory(int width, int depth);

// Runs the study; blocks (see study_control.h for threads, progress, cancel).
// Fails only on an invalid config. Each cell's networks come in chunks drawn
// from Rng(seed, stream of (width, depth, chunk)), so a cell's numbers depend
// neither on the thread count nor on which other cells run.
Result<BornDeadResult> runBornDeadStudy(const BornDeadConfig& config,
                                        const StudyControl& control = {});

// width,depth,samples,pointwise,pointwise_lo,pointwise_hi,domain,…,theory,complete
std::string bornDeadCsv(const BornDeadResult& result);

}  // namespace relulab::core
