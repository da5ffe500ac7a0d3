#pragma once

// What an activation does to a Gaussian input x ~ N(μ, σ²): the distribution
// of f(x) as a histogram of seeded samples, and its mean, variance, second
// moment and fraction of exact zeros, both from the samples and exactly (by
// quadrature). Qt-free; cheap enough for the GUI thread (100k samples: a few ms).

#include <cstdint>
#include <vector>

#include "core/activations/activation.h"

namespace relulab::ui {

struct OutputMoments {
  double zeroFraction = 0.0;  // P(f(x) = 0 exactly)
  double mean = 0.0;          // E[f(x)]
  double variance = 0.0;      // Var[f(x)]
  double secondMoment = 0.0;  // E[f(x)²]
};

struct GaussianOutput {
  double mu = 0.0;
  double sigma = 1.0;
  int samples = 0;
  OutputMoments sampled;  // over the samples
  OutputMoments exact;    // by quadrature (exact up to ~1e-9)
  // Histogram of the non-zero outputs on [lo, hi]: density[i] is the share of
  // all samples in bin i divided by the bin width, so the bars' area is the
  // share of non-zero outputs (the exact zeros are a point mass, reported as
  // zeroFraction).
  double lo = 0.0;
  double hi = 1.0;
  std::vector<double> density;
};

// Φ, the standard normal distribution function.
double normalCdf(double z);

// Draws its standard normal samples once (core::Rng, seeded), then maps them
// to any (μ, σ): the histogram changes smoothly as the sliders move.
class GaussianSampler {
 public:
  explicit GaussianSampler(int samples = 100000, std::uint64_t seed = 2015);

  // sigma must be > 0; bins > 0.
  GaussianOutput run(const core::Activation& activation, double mu, double sigma,
                     int bins = 60) const;

 private:
  std::vector<double> z_;
};

// E and P under x ~ N(μ, σ²) by Simpson's rule between the kinks, and the
// zero fraction as the Gaussian mass of the intervals where f is exactly 0.
OutputMoments exactMoments(const core::Activation& activation, double mu, double sigma);

}  // namespace relulab::ui
