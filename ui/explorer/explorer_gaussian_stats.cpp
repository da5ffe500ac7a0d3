#include "ui/explorer/explorer_gaussian_stats.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/base/random.h"
#include "ui/explorer/explorer_sampling.h"

namespace relulab::ui {

namespace {

constexpr double kTail = 12.0;  // in standard deviations; beyond, the mass is < 1e-32

double normalPdf(double t) {
  return std::exp(-0.5 * t * t) / std::sqrt(2.0 * std::numbers::pi);
}

// Breakpoints in t = (x − μ)/σ: the tails and the kinks between them.
std::vector<double> breakpoints(const core::Activation& activation, double mu, double sigma) {
  std::vector<double> t{-kTail, kTail};
  for (double k : kinkPositions(activation)) {
    const double tk = (k - mu) / sigma;
    if (tk > -kTail && tk < kTail) t.push_back(tk);
  }
  std::sort(t.begin(), t.end());
  return t;
}

// f is exactly zero on the whole interval (checked at nine points inside):
// true for ReLU below 0, Hardsigmoid below −3, … — never for a smooth function.
bool zeroOn(const core::Activation& a, double mu, double sigma, double t0, double t1) {
  for (int i = 1; i <= 9; ++i)
    if (core::value(a, mu + sigma * (t0 + (t1 - t0) * i / 10.0)) != 0.0) return false;
  return true;
}

}  // namespace

double normalCdf(double z) {
  return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

OutputMoments exactMoments(const core::Activation& activation, double mu, double sigma) {
  const std::vector<double> t = breakpoints(activation, mu, sigma);
  double zero = 0.0;
  double m1 = 0.0;
  double m2 = 0.0;
  for (size_t s = 0; s + 1 < t.size(); ++s) {
    const double t0 = t[s];
    const double t1 = t[s + 1];
    if (zeroOn(activation, mu, sigma, t0, t1)) {
      zero += normalCdf(t1) - normalCdf(t0);
      continue;
    }
    // Simpson on a smooth piece; 2·n panels in proportion to its length.
    const int n = std::max(8, static_cast<int>(std::ceil((t1 - t0) * 200.0)));
    const double h = (t1 - t0) / (2 * n);
    for (int i = 0; i <= 2 * n; ++i) {
      const double ti = t0 + i * h;
      const double w = (i == 0 || i == 2 * n) ? 1.0 : (i % 2 == 1 ? 4.0 : 2.0);
      const double f = core::value(activation, mu + sigma * ti);
      const double p = w * normalPdf(ti) * h / 3.0;
      m1 += p * f;
      m2 += p * f * f;
    }
  }
  return {zero, m1, std::max(0.0, m2 - m1 * m1), m2};
}

GaussianSampler::GaussianSampler(int samples, std::uint64_t seed) {
  core::Rng rng(seed);
  z_.resize(static_cast<size_t>(std::max(samples, 1)));
  for (double& z : z_) z = rng.normal();
}

GaussianOutput GaussianSampler::run(const core::Activation& activation, double mu, double sigma,
                                    int bins) const {
  GaussianOutput out;
  out.mu = mu;
  out.sigma = sigma;
  out.samples = static_cast<int>(z_.size());
  std::vector<double> x(z_.size());
  std::vector<double> y(z_.size());
  for (size_t i = 0; i < z_.size(); ++i) x[i] = mu + sigma * z_[i];
  core::evaluate<double>(activation, x, y);

  double zeros = 0.0;
  double m1 = 0.0;
  double m2 = 0.0;
  std::vector<double> nonZero;
  nonZero.reserve(y.size());
  for (double v : y) {
    m1 += v;
    m2 += v * v;
    if (v == 0.0)
      zeros += 1.0;
    else
      nonZero.push_back(v);
  }
  const double n = static_cast<double>(y.size());
  out.sampled = {zeros / n, m1 / n, std::max(0.0, m2 / n - (m1 / n) * (m1 / n)), m2 / n};
  out.exact = exactMoments(activation, mu, sigma);

  // Bin range: the central 99.8% of the non-zero outputs, widened to reach 0
  // when there are zeros, so the point mass sits on the axis.
  out.density.assign(static_cast<size_t>(std::max(bins, 1)), 0.0);
  if (nonZero.empty()) {
    out.lo = -1.0;
    out.hi = 1.0;
    return out;
  }
  const auto quantile = [&](double q) {
    const auto k = static_cast<std::ptrdiff_t>(q * static_cast<double>(nonZero.size() - 1));
    std::nth_element(nonZero.begin(), nonZero.begin() + k, nonZero.end());
    return nonZero[static_cast<size_t>(k)];
  };
  out.lo = quantile(0.001);
  out.hi = quantile(0.999);
  if (zeros > 0.0) {
    out.lo = std::min(out.lo, 0.0);
    out.hi = std::max(out.hi, 0.0);
  }
  if (!(out.hi > out.lo)) {
    out.lo -= 0.5;
    out.hi += 0.5;
  }
  const double width = (out.hi - out.lo) / static_cast<double>(out.density.size());
  for (double v : nonZero) {
    if (v < out.lo || v > out.hi) continue;
    const auto bin = std::min(static_cast<size_t>((v - out.lo) / width), out.density.size() - 1);
    out.density[bin] += 1.0;
  }
  for (double& d : out.density) d /= n * width;
  return out;
}

}  // namespace relulab::ui
