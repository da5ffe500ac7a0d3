#include "ui/explorer/explorer_sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <regex>
#include <span>
#include <string>

namespace relulab::ui {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// f″ is a central difference of f′ with step h = ∛ε·max(1, |x|) ≈ 6.1e−6·max(1, |x|)
// (core::secondDerivative); within h of a kink it straddles the jump and means nothing.
double secondGuard(double x0) {
  return 2e-5 * std::max(1.0, std::abs(x0));
}

// The descriptor's text with "−" (U+2212, UTF-8 E2 88 92) as an ASCII '-'.
std::string asciiMinus(std::string_view text) {
  constexpr std::string_view kMinus = "\xE2\x88\x92";
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, kMinus.size()) == kMinus) {
      out.push_back('-');
      i += kMinus.size() - 1;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// The grid with each kink k replaced by its two closest neighbours, k⁻ and k⁺
// (those inside [xMin, xMax]): f′ there is the one-sided limit, and f and f′
// are sampled at the same points.
std::vector<double> oneSidedGrid(const std::vector<double>& grid, const std::vector<double>& kinks,
                                 double xMin, double xMax) {
  std::vector<double> xs;
  xs.reserve(grid.size() + kinks.size());
  for (double x : grid)
    if (!std::binary_search(kinks.begin(), kinks.end(), x)) xs.push_back(x);
  for (double k : kinks) {
    const double below = std::nextafter(k, -kInf);
    const double above = std::nextafter(k, kInf);
    if (below >= xMin && below <= xMax) xs.push_back(below);
    if (above >= xMin && above <= xMax) xs.push_back(above);
  }
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  return xs;
}

bool secondDerivativeMeaningful(double x, const std::vector<double>& kinks) {
  for (double k : kinks)
    if (std::abs(x - k) < secondGuard(k)) return false;
  return true;
}

// Extends [yMin, yMax] by the finite values among `ys`.
void extend(std::span<const double> ys, double& yMin, double& yMax) {
  for (double y : ys) {
    if (!std::isfinite(y)) continue;
    yMin = std::min(yMin, y);
    yMax = std::max(yMax, y);
  }
}

QList<QPointF> toPoints(const std::vector<double>& xs, const std::vector<double>& ys) {
  QList<QPointF> points;
  points.reserve(static_cast<qsizetype>(xs.size()));
  for (size_t i = 0; i < xs.size(); ++i) points.append(QPointF(xs[i], ys[i]));
  return points;
}

}  // namespace

bool KinkSlopes::jumps() const {
  return std::abs(left - right) > 1e-9 * std::max(1.0, std::abs(left) + std::abs(right));
}

std::vector<double> kinkPositions(const core::Activation& activation) {
  static const std::regex kPattern(R"(x\s*=\s*(-?[0-9]+(?:\.[0-9]+)?))");
  const std::string text = asciiMinus(core::activationInfo(activation.kind).kinks);
  std::vector<double> kinks;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kPattern);
       it != std::sregex_iterator(); ++it)
    kinks.push_back(std::stod((*it)[1].str()));
  std::sort(kinks.begin(), kinks.end());
  kinks.erase(std::unique(kinks.begin(), kinks.end()), kinks.end());
  return kinks;
}

std::vector<double> sampleGrid(double xMin, double xMax, int samples,
                               const std::vector<double>& kinks) {
  const int n = std::max(samples, 2);
  std::vector<double> grid;
  grid.reserve(static_cast<size_t>(n) + kinks.size());
  for (int i = 0; i < n; ++i) grid.push_back(xMin + (xMax - xMin) * i / (n - 1));
  grid.back() = xMax;  // exact, whatever the rounding
  for (double k : kinks)
    if (k > xMin && k < xMax) grid.push_back(k);
  std::sort(grid.begin(), grid.end());
  grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
  return grid;
}

KinkSlopes kinkSlopes(const core::Activation& activation, double x0) {
  KinkSlopes k;
  k.x = x0;
  k.value = core::value(activation, x0);
  k.left = core::derivative(activation, std::nextafter(x0, -kInf));
  k.right = core::derivative(activation, std::nextafter(x0, kInf));
  k.used = core::derivative(activation, x0);
  return k;
}

CurveSamples sampleCurve(const core::Activation& activation, double xMin, double xMax, int samples,
                         bool withDerivative, bool withSecond) {
  CurveSamples out;
  const std::vector<double> kinks = kinkPositions(activation);
  const std::vector<double> grid = sampleGrid(xMin, xMax, samples, kinks);
  const std::vector<double> xs = oneSidedGrid(grid, kinks, xMin, xMax);
  std::vector<double> ys(xs.size());
  std::vector<double> dys(withDerivative ? xs.size() : 0);
  core::evaluateBoth<double>(activation, xs, ys, dys);
  out.value = toPoints(xs, ys);
  double yMin = kInf;
  double yMax = -kInf;
  extend(ys, yMin, yMax);
  extend(dys, yMin, yMax);

  const size_t pieces = kinks.size() + 1;
  if (withDerivative) out.derivative.resize(pieces);
  if (withSecond) out.second.resize(pieces);
  for (size_t j = 0; j < xs.size(); ++j) {
    // xs never equals a kink, so the piece is the number of kinks below x.
    const auto piece =
        static_cast<size_t>(std::lower_bound(kinks.begin(), kinks.end(), xs[j]) - kinks.begin());
    if (withDerivative) out.derivative[piece].append(QPointF(xs[j], dys[j]));
    if (withSecond && secondDerivativeMeaningful(xs[j], kinks)) {
      const double d2 = core::secondDerivative(activation, xs[j]);
      extend(std::span<const double>(&d2, 1), yMin, yMax);
      out.second[piece].append(QPointF(xs[j], d2));
    }
  }
  out.yMin = std::isfinite(yMin) ? yMin : 0.0;
  out.yMax = std::isfinite(yMax) ? yMax : 1.0;
  return out;
}

}  // namespace relulab::ui
