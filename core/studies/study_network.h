#pragma once

// The plain fully connected networks the studies draw by the thousand. Unlike
// core::NetworkSpec (at most 10 hidden layers of width ≤ 64, 2-D data) these
// may be 50 layers deep or 1 input wide, and they are only ever drawn and run
// forward (the collapse study trains its own, see study_collapse.h).
//
// Every hidden layer has the same width and activation; weights are stored
// row-major (width × fanIn), samples run as columns.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/activations/activation.h"
#include "core/base/random.h"

namespace relulab::core {

// A standard normal variate from the project's generator by Marsaglia and
// Tsang's ziggurat in Doornik's form (ZIGNOR, 2005: 128 blocks, R =
// 3.442619855899, V = 9.91256303526217e−3): one 64-bit draw gives the block
// (low 7 bits) and a uniform u ∈ [−1, 1) (top 53 bits); when |u| < X[i+1]/X[i]
// (≈ 99% of draws) the answer is u·X[i], with no log or exp at all. The rest
// go through the wedge or the tail test, which keep the law exactly normal.
// About 8× faster than Rng::normal's polar method, which matters when a study
// draws 10⁸ weights. Same arithmetic on every standard library, like Rng.
double studyNormal(Rng& rng);

// How weights start (fan_in = the layer's inputs, fan_out = its width):
//   Normal  N(0, 1): Lu et al.'s "symmetric" case; any symmetric law gives
//           the same born-dead probability at zero bias, only the scale differs
//   He      N(0, 2/fan_in)               (He et al. 2015)
//   Xavier  N(0, 2/(fan_in + fan_out))   (Glorot & Bengio 2010; 1/n when square)
//   Lecun   N(0, 1/fan_in)
//   Rai     Lu et al.'s randomized asymmetric initialisation: per neuron the
//           vector V = (w, b) of fan_in + 1 entries is drawn N(0, σ²/fan_in),
//           σ = 0.6007, then ONE entry chosen uniformly is redrawn from
//           Beta(2, 1) (density 2t on [0, 1]; t = √U), so every neuron has one
//           positive parameter. It draws the bias itself (bias option ignored).
enum class StudyInit : int { Normal, He, Xavier, Lecun, Rai };
inline constexpr int kStudyInitCount = 5;
std::string_view studyInitId(StudyInit init);  // "normal", "he", "xavier", "lecun", "rai"
std::optional<StudyInit> studyInitFromId(std::string_view id);  // also "symmetric" for Normal
std::string studyInitIdList();

// Zero, or Random: each bias drawn from the same symmetric law as that
// layer's weights (N(0, σ_w²)), the paper's "symmetric weights and biases".
enum class StudyBias : int { Zero, Random };
std::string_view studyBiasId(StudyBias bias);  // "zero", "random"
std::optional<StudyBias> studyBiasFromId(std::string_view id);

// The weights' standard deviation under init (Normal/He/Xavier/Lecun).
double studyInitStddev(StudyInit init, int fanIn, int fanOut);

struct DenseLayer {
  int fanIn = 0;
  int width = 0;
  std::vector<double> weights;  // width × fanIn, row-major: weights[i·fanIn + j]
  std::vector<double> biases;   // width
};

// Draws one layer from rng, weights row by row then biases (Rai: neuron by
// neuron). Reuses the layer's storage.
void drawLayer(DenseLayer& layer, int fanIn, int width, StudyInit init, StudyBias bias, Rng& rng);

// z = W·h + b for `columns` samples: h is fanIn × columns, z is width ×
// columns, both row-major with a row stride of `columns`.
void layerForward(const DenseLayer& layer, const double* h, int columns, double* z);

// True for activations with f(t·z) = t·f(z) for t ≥ 0 (ReLU, Leaky ReLU,
// PReLU): with zero biases the whole network is then positively homogeneous,
// f(t·x) = t·f(x), so what holds at x = ±a holds on all of [−a, a] \ {0}.
bool positivelyHomogeneous(const Activation& activation);

}  // namespace relulab::core
