#pragma once

// The Images tab's pictures, coloured in the worker thread: grey test images,
// weight tiles and feature maps on the playground's diverging scale (orange
// negative, near-white 0, blue positive) — except that an exact 0, the value
// ReLU gives everything it switches off, has a colour of its own (dark
// slate), so a map's silenced positions show at a glance.

#include <QColor>
#include <QImage>
#include <cstdint>

#include "core/images/image_trainer.h"

namespace relulab::ui::images {

QColor exactZero();

// pixels: rows × cols bytes, 0 black … 255 white, as IDX stores them
// (Fashion-MNIST: the garment light on a black ground).
QImage greyImage(const std::uint8_t* pixels, int rows, int cols);
// values: rows × cols, row-major, on the diverging scale ±scale; exact zeros
// in exactZero() when markZeros.
QImage divergingImage(const float* values, int rows, int cols, float scale, bool markZeros);
// The largest |value| of n values (0 when all are 0 or there are none).
float largestMagnitude(const float* values, std::size_t n);

// A unit's activity code for the kymograph and heatmap (as the playground's
// encodeActivity): its active fraction in (0, 1], or kActivityDead,
// kActivityInactive, kActivitySaturated when it is live on no probe image.
double activityCode(const core::ImageLayerStats& layer, int unit);

}  // namespace relulab::ui::images
