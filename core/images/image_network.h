#pragma once

// Image networks: what they are, as plain values. A network reads one grey
// image (rows × cols, pixels scaled to [0, 1]) and ends in a dense softmax
// layer of `classes` outputs with cross-entropy loss. Before it come hidden
// layers of three kinds:
//   Conv     `size` feature maps (channels), kernel × kernel (3 or 5), stride 1,
//            zero padding kernel / 2 (the map keeps its rows × cols), one bias
//            per map, then the layer's activation.
//   MaxPool  2 × 2, stride 2 (odd rows or columns: the last one is dropped);
//            no parameters, no activation.
//   Dense    `size` units over everything before it (flattened channel-major:
//            channel, row, column), then the layer's activation.
// A Dense layer may not be followed by Conv or MaxPool.
//
// A *unit* of a Conv layer is one feature map (channel): it is active on an
// image when its pre-activation is in the live region at one position or
// more, and dead when that holds for no position of any probe image — the
// same definitions as the tiny networks (core/training/diagnostics.h), with
// (image, position) pairs in place of samples for active fractions and
// sparsity. A unit of a Dense layer is one unit.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/activations/activation.h"
#include "core/base/message.h"
#include "core/model/network_spec.h"

namespace relulab::core {

enum class ImageLayerKind : int { Conv, MaxPool, Dense };
std::string_view imageLayerId(ImageLayerKind kind);  // "conv", "maxpool", "dense"
std::optional<ImageLayerKind> imageLayerFromId(std::string_view id);

inline constexpr int kMaxImageLayers = 8;
inline constexpr int kMaxImageUnits = 1024;   // Dense width
inline constexpr int kMaxImageChannels = 64;  // Conv maps

struct ImageLayerSpec {
  ImageLayerKind kind = ImageLayerKind::Dense;
  int size = 100;  // Dense: units [1, kMaxImageUnits]; Conv: maps [1, kMaxImageChannels]
  int kernel = 3;  // Conv: 3 or 5
  // Its parameter as given; PReLU: the starting a, then learned per unit (map).
  Activation activation{ActivationKind::Relu, 0.0};
  bool operator==(const ImageLayerSpec&) const = default;
};

struct ImageNetworkSpec {
  int rows = 28;
  int cols = 28;
  int classes = 10;
  std::vector<ImageLayerSpec> layers{ImageLayerSpec{}};  // hidden; the softmax layer is implied
  InitSpec weightInit{InitScheme::HeNormal, 0.0};        // fan-in of a Conv: in maps × k × k
  double biasInit = 0.0;
  bool operator==(const ImageNetworkSpec&) const = default;
};

// Empty when valid; otherwise a message naming the field ("layers[1].kernel: …").
std::optional<Message> validate(const ImageNetworkSpec& spec);

// The shape of a layer's output (channels × rows × cols; Dense: size × 1 × 1).
struct ImageShape {
  int channels = 1;
  int rows = 1;
  int cols = 1;
  int size() const { return channels * rows * cols; }
  bool operator==(const ImageShape&) const = default;
};
// shapes[0] is the input, shapes[l + 1] the output of hidden layer l, and the
// last one the softmax layer's (classes × 1 × 1). Precondition: spec is valid.
std::vector<ImageShape> imageShapes(const ImageNetworkSpec& spec);
// Units per hidden layer for diagnostics: Conv maps, Dense units, 0 for MaxPool.
int imageUnits(const ImageLayerSpec& layer);

// "conv 8@3×3 relu → pool → dense 100 relu → softmax 10", for titles and logs.
std::string describe(const ImageNetworkSpec& spec);

}  // namespace relulab::core
