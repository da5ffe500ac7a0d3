#pragma once

// Sampling an activation for the explorer's plot and its CSV export: a uniform
// grid over the visible range with the exact kink positions inserted, so kinks
// stay sharp at any zoom, and f′ (and f″) cut into pieces at the kinks, so a
// jump in the slope is drawn as a jump, not as a steep line.

#include <QList>
#include <QPointF>
#include <vector>

#include "core/activations/activation.h"

namespace relulab::ui {

// Where the activation is not differentiable, read from the descriptor's
// `kinks` text ("x = 0", "x = −3 and x = 3"), sorted; empty for smooth ones.
std::vector<double> kinkPositions(const core::Activation& activation);

// The grid: `samples` evenly spaced points on [xMin, xMax] (both included) plus
// every kink strictly inside, sorted, without duplicates. Requires xMin < xMax.
std::vector<double> sampleGrid(double xMin, double xMax, int samples,
                               const std::vector<double>& kinks);

// One-sided limits of f′ at a kink x0 and the value the library uses there.
struct KinkSlopes {
  double x = 0.0;
  double value = 0.0;  // f(x0)
  double left = 0.0;   // lim f′ from below
  double right = 0.0;  // lim f′ from above
  double used = 0.0;   // f′(x0) as the library computes it (a convention)
  bool jumps() const;  // left and right limits differ
};
KinkSlopes kinkSlopes(const core::Activation& activation, double x0);

struct CurveSamples {
  // f on sampleGrid() with each kink k replaced by its closest neighbours
  // k⁻ and k⁺ (one ulp away): continuous, one piece.
  QList<QPointF> value;
  // f′ and f″ in kinkPositions().size() + 1 pieces, the i-th between kink i−1
  // and kink i; a piece outside [xMin, xMax] is empty. f′ is sampled at the
  // same x as f, so its pieces end in the one-sided limits; f″ keeps clear of
  // the kinks by its difference step. Every point is the library's own value
  // at its x; the value at a kink itself (a convention) is drawn as a dot.
  std::vector<QList<QPointF>> derivative;
  std::vector<QList<QPointF>> second;  // empty unless asked for
  double yMin = 0.0;                   // extent of everything sampled
  double yMax = 0.0;
};

CurveSamples sampleCurve(const core::Activation& activation, double xMin, double xMax, int samples,
                         bool withDerivative, bool withSecond);

}  // namespace relulab::ui
