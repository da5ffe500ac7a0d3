#include "ui/common/palette.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QPainter>
#include <QWidget>

#include "ui/common/playground_frame.h"

namespace relulab::ui::palette {

namespace {

QRgb mix(QColor a, QColor b, double t) {
  const auto lerp = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
  return qRgb(lerp(a.red(), b.red()), lerp(a.green(), b.green()), lerp(a.blue(), b.blue()));
}

// 257 entries over [−1, 1]; built once (thread-safe static initialisation).
const std::array<QRgb, 257>& divergingTable() {
  static const std::array<QRgb, 257> table = [] {
    std::array<QRgb, 257> t{};
    for (int i = 0; i <= 256; ++i) {
      const double v = i / 128.0 - 1.0;
      t[static_cast<std::size_t>(i)] =
          v < 0 ? mix(neutral(), negative(), -v) : mix(neutral(), positive(), v);
    }
    return t;
  }();
  return table;
}

}  // namespace

QColor negative() {
  return QColor(0xf5, 0x93, 0x22);
}
QColor positive() {
  return QColor(0x08, 0x77, 0xbd);
}
QColor neutral() {
  return QColor(0xf4, 0xf4, 0xf2);
}

QRgb diverging(double v) {
  if (!(v == v)) v = 0.0;  // NaN
  const int i = static_cast<int>(std::lround((std::clamp(v, -1.0, 1.0) + 1.0) * 128.0));
  return divergingTable()[static_cast<std::size_t>(i)];
}

void fillDiverging(const float* values, int size, double scale, QImage& image) {
  if (image.size() != QSize(size, size) || image.format() != QImage::Format_RGB32)
    image = QImage(size, size, QImage::Format_RGB32);
  const double inv = scale > 0 ? 1.0 / scale : 0.0;
  const auto& table = divergingTable();
  for (int r = 0; r < size; ++r) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
    const float* row = values + static_cast<std::ptrdiff_t>(r) * size;
    for (int c = 0; c < size; ++c) {
      double v = static_cast<double>(row[c]) * inv;
      if (!(v == v)) v = 0.0;
      const int i = static_cast<int>((std::clamp(v, -1.0, 1.0) + 1.0) * 128.0 + 0.5);
      line[c] = table[static_cast<std::size_t>(i)];
    }
  }
}

QRgb activity(double code) {
  if (code == kActivityDead) return dead().rgb();
  if (code == kActivityInactive) return inactive().rgb();
  if (code == kActivitySaturated) return saturated().rgb();
  // Pale yellow (rarely active) → green → dark teal (always active).
  static const QColor low(0xf7, 0xfc, 0xb9), mid(0x78, 0xc6, 0x79), high(0x00, 0x5a, 0x5b);
  const double t = std::clamp(code, 0.0, 1.0);
  return t < 0.5 ? mix(low, mid, t * 2.0) : mix(mid, high, (t - 0.5) * 2.0);
}

QColor dead() {
  return QColor(0x1e, 0x1e, 0x1e);
}
QColor inactive() {
  return QColor(0x7b, 0x3f, 0x9e);
}
QColor saturated() {
  return QColor(0xa6, 0x56, 0x28);
}

QColor layer(int index) {
  static const std::array<QColor, 10> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                              QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                              QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                              QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                              QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
  return colours[static_cast<std::size_t>(std::max(0, index)) % colours.size()];
}

}  // namespace relulab::ui::palette

namespace relulab::ui::paint {

void absolute(QPainter& p) {
  p.setLayoutDirection(Qt::LeftToRight);
}

Qt::Alignment leading(const QWidget* w) {
  return w->layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
}

Qt::Alignment trailing(const QWidget* w) {
  return w->layoutDirection() == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight;
}

}  // namespace relulab::ui::paint
