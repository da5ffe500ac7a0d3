#pragma once

// One curve of the activation explorer: an activation with its parameter, the
// colour it is drawn in, and whether it is shown. Plain values; the explorer's
// panels all read the same std::vector<ExplorerCurve>.

#include <QColor>
#include <QString>
#include <vector>

#include "core/activations/activation.h"
#include "io/lesson.h"

class QValueAxis;

namespace relulab::ui {

struct ExplorerCurve {
  core::Activation activation;
  QColor colour;
  bool visible = true;
};

// At most this many curves are overlaid (each gets its own palette colour).
inline constexpr int kMaxExplorerCurves = io::kMaxExplorerCurves;

// Six colours that stay distinct for colour-blind viewers (Okabe–Ito).
QColor explorerColour(int index);

// "Leaky ReLU (negative slope 0.01)": the translated name, plus the parameter
// where the activation has one. Plain text.
QString curveLabel(const core::Activation& activation);

// A number as shown in labels and tables: localized, up to `significantDigits`
// significant digits. In a right-to-left layout it starts with a left-to-right
// mark, so that "−2" is not shown as "2−".
QString formatNumber(double value, int significantDigits = 4);

// Sets an axis to [lo, hi] with about `ticks` round steps (1, 2 or 5 × 10ᵏ),
// anchored at 0, so labels stay short at any zoom.
void setRoundAxisRange(QValueAxis* axis, double lo, double hi, int ticks);

// Rich text (as the core's formulas and symbols are) reduced to plain text.
QString plainText(const QString& richText);

}  // namespace relulab::ui
