#pragma once

// The playground's colours, in one place so every view agrees: TensorFlow
// Playground's orange (−1) / blue (+1) for labels, predictions and weights;
// a sequential scale for "how often is this unit active"; distinct dark
// colours for units that pass nothing (dead, inactive, saturated).

#include <QColor>
#include <QImage>

namespace relulab::ui::palette {

QColor negative();  // label −1, negative weights
QColor positive();  // label +1, positive weights
QColor neutral();   // 0

// v in [−1, 1] (clamped): orange → near-white → blue. Cheap (a table).
QRgb diverging(double v);
// Fills image (Format_RGB32, size × size) from row-major values scaled by 1/scale.
void fillDiverging(const float* values, int size, double scale, QImage& image);

// A kymograph / heatmap cell from encodeActivity's code: an active fraction
// in (0, 1] on a light-to-dark green scale, or the colour of a state.
QRgb activity(double code);
QColor dead();
QColor inactive();
QColor saturated();

// Categorical colours for one line per layer (the output layer included).
QColor layer(int index);

}  // namespace relulab::ui::palette

class QPainter;
class QWidget;

namespace relulab::ui::paint {

// The views place everything themselves: they mirror for right-to-left where
// that reads better (the network flows from the inputs on the reading side)
// and not where the picture is data (plot axes, the input plane). So their
// painters work in absolute left/right whatever the application's direction,
// and text that starts on the reading side uses leading().
void absolute(QPainter& p);
Qt::Alignment leading(const QWidget* w);  // AlignLeft, or AlignRight for right-to-left
Qt::Alignment trailing(const QWidget* w);

}  // namespace relulab::ui::paint
