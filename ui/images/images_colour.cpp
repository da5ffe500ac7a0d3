#include "ui/images/images_colour.h"

#include <algorithm>
#include <cmath>

#include "ui/common/palette.h"
#include "ui/common/playground_frame.h"

namespace relulab::ui::images {

QColor exactZero() {
  return QColor(0x2f, 0x3b, 0x4c);
}

QImage greyImage(const std::uint8_t* pixels, int rows, int cols) {
  QImage image(cols, rows, QImage::Format_Grayscale8);
  for (int r = 0; r < rows; ++r)
    std::copy_n(pixels + static_cast<std::ptrdiff_t>(r) * cols, cols, image.scanLine(r));
  return image;
}

QImage divergingImage(const float* values, int rows, int cols, float scale, bool markZeros) {
  QImage image(cols, rows, QImage::Format_RGB32);
  const double inv = scale > 0 ? 1.0 / scale : 0.0;
  const QRgb zero = exactZero().rgb();
  for (int r = 0; r < rows; ++r) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
    const float* row = values + static_cast<std::ptrdiff_t>(r) * cols;
    for (int c = 0; c < cols; ++c)
      line[c] = markZeros && row[c] == 0.0f ? zero : palette::diverging(row[c] * inv);
  }
  return image;
}

float largestMagnitude(const float* values, std::size_t n) {
  float most = 0.0f;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(values[i])) most = std::max(most, std::abs(values[i]));
  return most;
}

double activityCode(const core::ImageLayerStats& layer, int unit) {
  const auto u = static_cast<std::size_t>(unit);
  const core::NeuronState state =
      u < layer.state.size() ? layer.state[u] : core::NeuronState::Active;
  switch (state) {
    case core::NeuronState::Dead:
      return kActivityDead;
    case core::NeuronState::Inactive:
      return kActivityInactive;
    case core::NeuronState::Saturated:
      return kActivitySaturated;
    case core::NeuronState::Active:
      break;
  }
  const double active = u < layer.active.size() ? layer.active[u] : 0.0;
  return std::max(active, 1e-9);  // live somewhere: never drawn as a state
}

}  // namespace relulab::ui::images
