#include "core/studies/study_network.h"

#include <array>
#include <cmath>
#include <stdexcept>

#include "core/base/ids.h"

namespace relulab::core {

namespace {

constexpr std::array<std::string_view, kStudyInitCount> kInitIds{"normal", "he", "xavier", "lecun",
                                                                 "rai"};
// σ of RAI's symmetric part when the asymmetric law is Beta(2, 1), the value
// Lu et al. give for that pair (their Section 5 designs σ from P's moments).
constexpr double kRaiSigma = 0.6007;

// The ziggurat's block edges X[0…128] and ratios X[i+1]/X[i], computed once.
struct Ziggurat {
  static constexpr int kBlocks = 128;
  static constexpr double kR = 3.442619855899;       // right edge of the base block
  static constexpr double kV = 9.91256303526217e-3;  // area of every block
  double x[kBlocks + 1];
  double ratio[kBlocks];
  Ziggurat() {
    // Block i spans [0, X[i]] between heights f(X[i]) and f(X[i+1]),
    // f(x) = exp(−x²/2); equal areas V give X[i] = f⁻¹(V/X[i−1] + f(X[i−1])).
    // X[0] = V/f(R) is the base block's width counting the tail beyond R.
    double f = std::exp(-0.5 * kR * kR);
    x[0] = kV / f;
    x[1] = kR;
    x[kBlocks] = 0.0;
    for (int i = 2; i < kBlocks; ++i) {
      x[i] = std::sqrt(-2.0 * std::log(kV / x[i - 1] + f));
      f = std::exp(-0.5 * x[i] * x[i]);
    }
    for (int i = 0; i < kBlocks; ++i) ratio[i] = x[i + 1] / x[i];
  }
};

const Ziggurat& ziggurat() {
  static const Ziggurat table;  // thread-safe initialisation
  return table;
}

// Marsaglia's tail beyond R: x = −ln(U₁)/R, y = −ln(U₂), accept when 2y > x²;
// the variate is R + x (uniforms in (0, 1] so the logs stay finite).
double normalTail(Rng& rng, bool negative) {
  double x = 0.0, y = 0.0;
  do {
    x = std::log(1.0 - rng.uniform01()) / Ziggurat::kR;
    y = std::log(1.0 - rng.uniform01());
  } while (-2.0 * y < x * x);
  return negative ? x - Ziggurat::kR : Ziggurat::kR - x;
}

}  // namespace

double studyNormal(Rng& rng) {
  const Ziggurat& z = ziggurat();
  for (;;) {
    const std::uint64_t bits = rng.nextU64();
    const int i = static_cast<int>(bits & 0x7F);
    const double u = 2.0 * (static_cast<double>(bits >> 11) * 0x1.0p-53) - 1.0;
    if (std::abs(u) < z.ratio[i]) return u * z.x[i];  // inside the block's rectangle
    if (i == 0) return normalTail(rng, u < 0.0);
    // The wedge between the rectangle and the curve: accept with the density's
    // height, linearly interpolated between the block's top and bottom.
    const double x = u * z.x[i];
    const double f0 = std::exp(-0.5 * (z.x[i] * z.x[i] - x * x));
    const double f1 = std::exp(-0.5 * (z.x[i + 1] * z.x[i + 1] - x * x));
    if (f1 + rng.uniform01() * (f0 - f1) < 1.0) return x;
  }
}

std::string_view studyInitId(StudyInit init) {
  return kInitIds.at(static_cast<int>(init));
}

std::optional<StudyInit> studyInitFromId(std::string_view id) {
  if (id == "symmetric") return StudyInit::Normal;
  return fromId<StudyInit>(kInitIds, id);
}

std::string studyInitIdList() {
  return joinIds(kInitIds);
}

std::string_view studyBiasId(StudyBias bias) {
  return bias == StudyBias::Zero ? "zero" : "random";
}

std::optional<StudyBias> studyBiasFromId(std::string_view id) {
  if (id == "zero") return StudyBias::Zero;
  if (id == "random") return StudyBias::Random;
  return std::nullopt;
}

double studyInitStddev(StudyInit init, int fanIn, int fanOut) {
  switch (init) {
    case StudyInit::Normal:
      return 1.0;
    case StudyInit::He:
      return std::sqrt(2.0 / fanIn);
    case StudyInit::Xavier:
      return std::sqrt(2.0 / (fanIn + fanOut));
    case StudyInit::Lecun:
      return std::sqrt(1.0 / fanIn);
    case StudyInit::Rai:
      return kRaiSigma / std::sqrt(static_cast<double>(fanIn));
  }
  throw std::logic_error("studyInitStddev: unknown init");
}

void drawLayer(DenseLayer& layer, int fanIn, int width, StudyInit init, StudyBias bias, Rng& rng) {
  if (fanIn < 1 || width < 1) throw std::invalid_argument("drawLayer: empty layer");
  layer.fanIn = fanIn;
  layer.width = width;
  layer.weights.resize(static_cast<std::size_t>(fanIn) * width);
  layer.biases.resize(width);
  const double sd = studyInitStddev(init, fanIn, width);
  if (init == StudyInit::Rai) {
    for (int i = 0; i < width; ++i) {
      double* w = &layer.weights[static_cast<std::size_t>(i) * fanIn];
      for (int j = 0; j < fanIn; ++j) w[j] = sd * studyNormal(rng);
      layer.biases[i] = sd * studyNormal(rng);
      // The one asymmetric entry: index fanIn stands for the bias.
      const auto k = static_cast<int>(rng.below(static_cast<std::uint64_t>(fanIn) + 1));
      const double positive = std::sqrt(rng.uniform01());  // Beta(2, 1): P(t ≤ s) = s²
      (k == fanIn ? layer.biases[i] : w[k]) = positive;
    }
    return;
  }
  for (double& w : layer.weights) w = sd * studyNormal(rng);
  for (double& b : layer.biases) b = bias == StudyBias::Zero ? 0.0 : sd * studyNormal(rng);
}

void layerForward(const DenseLayer& layer, const double* h, int columns, double* z) {
  // Row i of z is b_i + Σ_j W_ij·(row j of h); the inner loop runs along a
  // row of samples, which the compiler vectorises.
  for (int i = 0; i < layer.width; ++i) {
    double* zi = z + static_cast<std::size_t>(i) * columns;
    const double bi = layer.biases[i];
    for (int c = 0; c < columns; ++c) zi[c] = bi;
    const double* wi = &layer.weights[static_cast<std::size_t>(i) * layer.fanIn];
    for (int j = 0; j < layer.fanIn; ++j) {
      const double w = wi[j];
      const double* hj = h + static_cast<std::size_t>(j) * columns;
      for (int c = 0; c < columns; ++c) zi[c] += w * hj[c];
    }
  }
}

bool positivelyHomogeneous(const Activation& activation) {
  switch (activation.kind) {
    case ActivationKind::Relu:
    case ActivationKind::LeakyRelu:
    case ActivationKind::Prelu:
      return true;
    default:
      return false;
  }
}

}  // namespace relulab::core
