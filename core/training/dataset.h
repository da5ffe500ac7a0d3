#pragma once

// Seeded 2-D data sets: TensorFlow Playground's four classification sets and
// two regression sets (same generators, same constants), plus moons and a
// checkerboard. Inputs lie in the square [−6, 6]² (at noise 0; the Gaussians
// and moons spread further with noise, as TFP's Gaussians do); classification
// labels are ±1; regression targets lie in [−1, 1] for the bumps and in
// [−1.2, 1.2] for the plane (TFP's (x1 + x2)/10 over the square).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/message.h"
#include "core/base/random.h"

namespace relulab::core {

enum class DatasetKind : int {
  Circle,           // TFP: inside radius 2.5 → +1, ring 3.5…5 → −1
  Xor,              // TFP: sign(x1·x2), points padded 0.3 away from the axes
  Gaussians,        // TFP: two Gaussians at (2, 2) → +1 and (−2, −2) → −1
  Spiral,           // TFP: two interleaved spirals, 1.75 turns, radius 5
  Moons,            // two interleaved half circles (scikit-learn's make_moons, ×2.5)
  Checkerboard,     // 4 × 4 squares of side 3 over [−6, 6]², alternating ±1
  RegressPlane,     // TFP: target (x1 + x2) / 10, in [−1.2, 1.2]
  RegressGaussian,  // TFP: six signed bumps, target in [−1, 1]
};
inline constexpr int kDatasetKindCount = 8;

std::string_view datasetId(DatasetKind kind);  // "circle", "xor", …, "regress_gaussian"
std::optional<DatasetKind> datasetFromId(std::string_view id);
std::string datasetIdList();  // "circle, xor, …" for messages
bool isRegression(DatasetKind kind);

// The inputs a network sees, computed from a point (x1, x2) — TensorFlow
// Playground's "features": x1, x2, x1², x2², x1·x2, sin x1, sin x2. Inputs are
// ordered as in this enum.
enum class Feature : int { X1, X2, X1Squared, X2Squared, X1X2, SinX1, SinX2 };
inline constexpr int kFeatureCount = 7;
std::string_view featureId(Feature f);  // "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin_x1", "sin_x2"
std::optional<Feature> featureFromId(std::string_view id);
std::string featureIdList();  // "x1, x2, …" for messages

struct FeatureSet {
  unsigned bits = 0b11;  // x1 and x2
  bool has(Feature f) const { return (bits >> static_cast<int>(f)) & 1U; }
  void set(Feature f, bool on = true) {
    const unsigned m = 1U << static_cast<int>(f);
    bits = on ? (bits | m) : (bits & ~m);
  }
  int count() const;  // number of inputs
  // The chosen features of (x1, x2), in enum order; writes count() values.
  void compute(double x1, double x2, double* out) const;
  bool operator==(const FeatureSet&) const = default;
};

// The number of points a data set may hold (validate(DatasetSpec)).
inline constexpr int kMinDatasetPoints = 10;
inline constexpr int kMaxDatasetPoints = 100000;

struct DatasetSpec {
  DatasetKind kind = DatasetKind::Circle;
  int points = 500;            // total, before the split; [10, 100000]
  double noise = 0.0;          // [0, 0.5]: TFP's noise slider / 100
  double trainFraction = 0.5;  // [0.1, 0.9]: TFP's "ratio of training to test data" / 100
  FeatureSet features;         // at least one
  bool operator==(const DatasetSpec&) const = default;
};

// Empty when valid; otherwise a message that names the field ("data.points …").
std::optional<Message> validate(const DatasetSpec& spec);

struct Point {
  double x1 = 0.0;
  double x2 = 0.0;
  double label = 0.0;  // ±1 (classification) or the regression target
};

struct Dataset {
  DatasetSpec spec;
  std::vector<Point> train;  // in TFP's order: generated, shuffled once, then split
  std::vector<Point> test;
};

// Generates the points as TensorFlow Playground does (generator, then one
// shuffle of the whole set, then the first floor(points·trainFraction) are the
// training set), drawing from stream 0 of `seed`.
// Precondition: validate(spec) is empty (throws std::invalid_argument otherwise).
Dataset makeDataset(const DatasetSpec& spec, std::uint64_t seed);

// The raw generator: `count` points in generation order (not shuffled).
std::vector<Point> generatePoints(DatasetKind kind, int count, double noise, Rng& rng);

// Points from elsewhere (a CSV file) as a data set, split as makeDataset
// splits generated ones: one shuffle drawn from stream 0 of `seed`, then the
// first floor(n·trainFraction) are the training set. Whatever the fraction,
// when n ≥ 2 each of the two sets keeps at least one point (the split is
// clamped to [1, n − 1]). The result's spec is `spec` with points = n; its
// kind is the caller's to choose (isRegression(kind) should match the labels).
// The spec is not validated: n may lie outside [kMinDatasetPoints,
// kMaxDatasetPoints].
Dataset splitPoints(std::vector<Point> points, const DatasetSpec& spec, std::uint64_t seed);

// The half-width of the square the playground shows, [−6, 6]².
inline constexpr double kSquareHalfWidth = 6.0;

// Whether every point lies in the square [−6, 6]² and, for regression, every
// target in [−1, 1]. Classification labels are not looked at.
bool fitsSquare(const std::vector<Point>& points, bool regression);

// Moves and scales the points, keeping their shape, so that their bounding
// box is centred on the origin and its longer side spans [−6, 6] (x1 and x2
// are scaled by the same factor); for regression, the targets are mapped
// linearly from [min, max] onto [−1, 1]. A side (or a target range) of zero
// length is only centred. Classification labels stay as they are.
void fitToSquare(std::vector<Point>& points, bool regression);

}  // namespace relulab::core
