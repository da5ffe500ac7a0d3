#include "core/training/dataset.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "core/base/ids.h"

namespace relulab::core {

namespace {

constexpr std::array<std::string_view, kDatasetKindCount> kDatasetIds{
    "circle", "xor",          "gaussians",     "spiral",
    "moons",  "checkerboard", "regress_plane", "regress_gaussian"};
constexpr std::array<std::string_view, kFeatureCount> kFeatureIds{
    "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin_x1", "sin_x2"};

constexpr double kPi = std::numbers::pi;

double dist(double x1, double x2) {
  return std::sqrt(x1 * x1 + x2 * x2);
}

// d3.scale.linear().domain([d0, d1]).range([r0, r1]), optionally clamped.
double linearScale(double v, double d0, double d1, double r0, double r1, bool clamp = false) {
  double t = (v - d0) / (d1 - d0);
  if (clamp) t = std::clamp(t, 0.0, 1.0);
  return r0 + t * (r1 - r0);
}

// TFP classifyCircleData: half the points inside radius 2.5, half in the ring
// 3.5…5; the label comes from the noisy position, the point stays clean.
void circle(std::vector<Point>& out, int n, double noise, Rng& rng) {
  constexpr double radius = 5.0;
  const auto label = [](double x, double y) { return dist(x, y) < radius * 0.5 ? 1.0 : -1.0; };
  const auto ring = [&](double rMin, double rMax) {
    for (int i = 0; i < n / 2.0; ++i) {  // JS: i < numSamples / 2, so odd n rounds up
      const double r = rng.uniform(rMin, rMax);
      const double angle = rng.uniform(0.0, 2.0 * kPi);
      const double x = r * std::sin(angle);
      const double y = r * std::cos(angle);
      const double noiseX = rng.uniform(-radius, radius) * noise;
      const double noiseY = rng.uniform(-radius, radius) * noise;
      out.push_back({x, y, label(x + noiseX, y + noiseY)});
    }
  };
  ring(0.0, radius * 0.5);
  ring(radius * 0.7, radius);
}

// TFP classifyXORData.
void xorData(std::vector<Point>& out, int n, double noise, Rng& rng) {
  constexpr double padding = 0.3;
  for (int i = 0; i < n; ++i) {
    double x = rng.uniform(-5.0, 5.0);
    x += x > 0 ? padding : -padding;
    double y = rng.uniform(-5.0, 5.0);
    y += y > 0 ? padding : -padding;
    const double noiseX = rng.uniform(-5.0, 5.0) * noise;
    const double noiseY = rng.uniform(-5.0, 5.0) * noise;
    out.push_back({x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1.0 : -1.0});
  }
}

// TFP classifyTwoGaussData: variance grows linearly from 0.5 (noise 0) to 4 (noise 0.5).
void gaussians(std::vector<Point>& out, int n, double noise, Rng& rng) {
  const double sd = std::sqrt(linearScale(noise, 0.0, 0.5, 0.5, 4.0));
  const auto gauss = [&](double cx, double cy, double label) {
    for (int i = 0; i < n / 2.0; ++i) {  // JS: i < numSamples / 2, so odd n rounds up
      const double x = rng.normal(cx, sd);
      const double y = rng.normal(cy, sd);
      out.push_back({x, y, label});
    }
  };
  gauss(2.0, 2.0, 1.0);
  gauss(-2.0, -2.0, -1.0);
}

// TFP classifySpiralData.
void spiral(std::vector<Point>& out, int n, double noise, Rng& rng) {
  const double half = n / 2.0;  // JS division: an odd n gives ceil(n/2) points per arm
  const auto arm = [&](double deltaT, double label) {
    for (int i = 0; i < half; ++i) {
      const double r = i / half * 5.0;
      const double t = 1.75 * i / half * 2.0 * kPi + deltaT;
      const double x = r * std::sin(t) + rng.uniform(-1.0, 1.0) * noise;
      const double y = r * std::cos(t) + rng.uniform(-1.0, 1.0) * noise;
      out.push_back({x, y, label});
    }
  };
  arm(0.0, 1.0);
  arm(kPi, -1.0);
}

// scikit-learn's make_moons scaled by 2.5 and centred: upper moon (cos t, sin t)
// → +1, lower moon (1 − cos t, 0.5 − sin t) → −1, t uniform on [0, π]; Gaussian
// position noise with standard deviation 2.5·noise (make_moons' noise, scaled).
void moons(std::vector<Point>& out, int n, double noise, Rng& rng) {
  constexpr double scale = 2.5;
  const auto moon = [&](bool upper, double label) {
    for (int i = 0; i < n / 2.0; ++i) {  // JS: i < numSamples / 2, so odd n rounds up
      const double t = rng.uniform(0.0, kPi);
      double x = upper ? std::cos(t) : 1.0 - std::cos(t);
      double y = upper ? std::sin(t) : 0.5 - std::sin(t);
      x = (x - 0.5) * scale + rng.normal(0.0, 1.0) * noise * scale;
      y = (y - 0.25) * scale + rng.normal(0.0, 1.0) * noise * scale;
      out.push_back({x, y, label});
    }
  };
  moon(true, 1.0);
  moon(false, -1.0);
}

// Uniform points on [−6, 6]²; the label is the colour of the square of side 3
// under the noisy position (noise as XOR's: ±6·noise per coordinate).
void checkerboard(std::vector<Point>& out, int n, double noise, Rng& rng) {
  for (int i = 0; i < n; ++i) {
    const double x = rng.uniform(-6.0, 6.0);
    const double y = rng.uniform(-6.0, 6.0);
    const double nx = x + rng.uniform(-6.0, 6.0) * noise;
    const double ny = y + rng.uniform(-6.0, 6.0) * noise;
    const auto cell = [](double v) { return static_cast<long>(std::floor((v + 6.0) / 3.0)); };
    out.push_back({x, y, ((cell(nx) + cell(ny)) % 2 == 0) ? 1.0 : -1.0});
  }
}

// TFP regressPlane: target (x1 + x2) / 10 at the noisy position.
void plane(std::vector<Point>& out, int n, double noise, Rng& rng) {
  constexpr double radius = 6.0;
  for (int i = 0; i < n; ++i) {
    const double x = rng.uniform(-radius, radius);
    const double y = rng.uniform(-radius, radius);
    const double noiseX = rng.uniform(-radius, radius) * noise;
    const double noiseY = rng.uniform(-radius, radius) * noise;
    out.push_back({x, y, linearScale(x + noiseX + y + noiseY, -10.0, 10.0, -1.0, 1.0)});
  }
}

// TFP regressGaussian: of six bumps (centre, sign) with height falling linearly
// from 1 at the centre to 0 at distance 2, the target is the one largest in |·|.
void multiGaussian(std::vector<Point>& out, int n, double noise, Rng& rng) {
  constexpr double radius = 6.0;
  constexpr std::array<std::array<double, 3>, 6> bumps{
      {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}}};
  const auto label = [&](double x, double y) {
    double best = 0.0;
    for (const auto& [cx, cy, sign] : bumps) {
      const double v = sign * linearScale(dist(x - cx, y - cy), 0.0, 2.0, 1.0, 0.0, true);
      if (std::abs(v) > std::abs(best)) best = v;
    }
    return best;
  };
  for (int i = 0; i < n; ++i) {
    const double x = rng.uniform(-radius, radius);
    const double y = rng.uniform(-radius, radius);
    const double noiseX = rng.uniform(-radius, radius) * noise;
    const double noiseY = rng.uniform(-radius, radius) * noise;
    out.push_back({x, y, label(x + noiseX, y + noiseY)});
  }
}

}  // namespace

std::string_view datasetId(DatasetKind kind) {
  return kDatasetIds.at(static_cast<int>(kind));
}

std::optional<DatasetKind> datasetFromId(std::string_view id) {
  return fromId<DatasetKind>(kDatasetIds, id);
}

std::string datasetIdList() {
  return joinIds(kDatasetIds);
}

bool isRegression(DatasetKind kind) {
  return kind == DatasetKind::RegressPlane || kind == DatasetKind::RegressGaussian;
}

std::string_view featureId(Feature f) {
  return kFeatureIds.at(static_cast<int>(f));
}

std::optional<Feature> featureFromId(std::string_view id) {
  return fromId<Feature>(kFeatureIds, id);
}

std::string featureIdList() {
  return joinIds(kFeatureIds);
}

int FeatureSet::count() const {
  int n = 0;
  for (int i = 0; i < kFeatureCount; ++i) n += has(static_cast<Feature>(i)) ? 1 : 0;
  return n;
}

void FeatureSet::compute(double x1, double x2, double* out) const {
  const std::array<double, kFeatureCount> all{x1,      x2,           x1 * x1,     x2 * x2,
                                              x1 * x2, std::sin(x1), std::sin(x2)};
  for (int i = 0; i < kFeatureCount; ++i)
    if (has(static_cast<Feature>(i))) *out++ = all[i];
}

std::optional<Message> validate(const DatasetSpec& spec) {
  const int kind = static_cast<int>(spec.kind);
  if (kind < 0 || kind >= kDatasetKindCount)
    return coreMessage(RELULAB_TEXT("data.kind: unknown data set"));
  if (spec.points < kMinDatasetPoints || spec.points > kMaxDatasetPoints)
    return coreMessage(RELULAB_TEXT("data.points: must be an integer in [10, 100000], got %1"),
                       spec.points);
  if (!(spec.noise >= 0.0 && spec.noise <= 0.5))
    return coreMessage(
        RELULAB_TEXT("data.noise: must be in [0, 0.5] (TensorFlow Playground's 0…50 %), got %1"),
        std::to_string(spec.noise));
  if (!(spec.trainFraction >= 0.1 && spec.trainFraction <= 0.9))
    return coreMessage(RELULAB_TEXT("data.train_fraction: must be in [0.1, 0.9], got %1"),
                       std::to_string(spec.trainFraction));
  if (spec.features.count() == 0 || (spec.features.bits >> kFeatureCount) != 0)
    return coreMessage(RELULAB_TEXT(
        "data.features: choose at least one of x1, x2, x1^2, x2^2, x1*x2, sin_x1, sin_x2"));
  return std::nullopt;
}

std::vector<Point> generatePoints(DatasetKind kind, int count, double noise, Rng& rng) {
  std::vector<Point> points;
  points.reserve(static_cast<std::size_t>(count));
  switch (kind) {
    case DatasetKind::Circle:
      circle(points, count, noise, rng);
      break;
    case DatasetKind::Xor:
      xorData(points, count, noise, rng);
      break;
    case DatasetKind::Gaussians:
      gaussians(points, count, noise, rng);
      break;
    case DatasetKind::Spiral:
      spiral(points, count, noise, rng);
      break;
    case DatasetKind::Moons:
      moons(points, count, noise, rng);
      break;
    case DatasetKind::Checkerboard:
      checkerboard(points, count, noise, rng);
      break;
    case DatasetKind::RegressPlane:
      plane(points, count, noise, rng);
      break;
    case DatasetKind::RegressGaussian:
      multiGaussian(points, count, noise, rng);
      break;
  }
  return points;
}

namespace {

// TFP: splitIndex = Math.floor(data.length * percTrainData / 100).
std::size_t splitIndex(std::size_t n, double trainFraction) {
  return static_cast<std::size_t>(std::floor(static_cast<double>(n) * trainFraction));
}

Dataset split(std::vector<Point>& points, const DatasetSpec& spec, std::size_t at) {
  Dataset data;
  data.spec = spec;
  data.train.assign(points.begin(), points.begin() + static_cast<std::ptrdiff_t>(at));
  data.test.assign(points.begin() + static_cast<std::ptrdiff_t>(at), points.end());
  return data;
}

// The bounding interval of one coordinate. Halves first, so that neither
// overflows for finite ends.
struct Span {
  double lo = 0.0;
  double hi = 0.0;
  double mid() const { return lo / 2.0 + hi / 2.0; }
  double halfWidth() const { return hi / 2.0 - lo / 2.0; }
};

template <typename Get>
Span spanOf(const std::vector<Point>& points, Get get) {
  Span s{get(points.front()), get(points.front())};
  for (const Point& p : points) {
    s.lo = std::min(s.lo, get(p));
    s.hi = std::max(s.hi, get(p));
  }
  return s;
}

}  // namespace

Dataset makeDataset(const DatasetSpec& spec, std::uint64_t seed) {
  if (const auto problem = validate(spec)) throw std::invalid_argument(problem->english());
  Rng rng(seed, 0);
  std::vector<Point> points = generatePoints(spec.kind, spec.points, spec.noise, rng);
  rng.shuffle(points);
  return split(points, spec, splitIndex(points.size(), spec.trainFraction));
}

Dataset splitPoints(std::vector<Point> points, const DatasetSpec& spec, std::uint64_t seed) {
  Rng rng(seed, 0);
  rng.shuffle(points);
  std::size_t at = splitIndex(points.size(), spec.trainFraction);
  if (points.size() >= 2) at = std::clamp<std::size_t>(at, 1, points.size() - 1);
  at = std::min(at, points.size());
  DatasetSpec kept = spec;
  kept.points = static_cast<int>(points.size());
  return split(points, kept, at);
}

bool fitsSquare(const std::vector<Point>& points, bool regression) {
  return std::all_of(points.begin(), points.end(), [&](const Point& p) {
    return std::abs(p.x1) <= kSquareHalfWidth && std::abs(p.x2) <= kSquareHalfWidth &&
           (!regression || std::abs(p.label) <= 1.0);
  });
}

void fitToSquare(std::vector<Point>& points, bool regression) {
  if (points.empty()) return;
  const Span x1 = spanOf(points, [](const Point& p) { return p.x1; });
  const Span x2 = spanOf(points, [](const Point& p) { return p.x2; });
  const double half = std::max(x1.halfWidth(), x2.halfWidth());
  const double scale =
      half > 0.0 && std::isfinite(kSquareHalfWidth / half) ? kSquareHalfWidth / half : 1.0;
  const Span y = spanOf(points, [](const Point& p) { return p.label; });
  const double yScale =
      y.halfWidth() > 0.0 && std::isfinite(1.0 / y.halfWidth()) ? 1.0 / y.halfWidth() : 1.0;
  for (Point& p : points) {
    // Each coordinate about its own centre: (v − mid)·scale, so the box's
    // longer side runs from −6 to 6 and the shorter one sits centred.
    p.x1 = std::clamp((p.x1 - x1.mid()) * scale, -kSquareHalfWidth, kSquareHalfWidth);
    p.x2 = std::clamp((p.x2 - x2.mid()) * scale, -kSquareHalfWidth, kSquareHalfWidth);
    if (regression) p.label = std::clamp((p.label - y.mid()) * yScale, -1.0, 1.0);
  }
}

}  // namespace relulab::core
