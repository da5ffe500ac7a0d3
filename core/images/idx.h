#pragma once

// IDX files, the format of MNIST and Fashion-MNIST (LeCun et al.): a magic
// number 0x0000 0x08 <dims>, then each dimension as a big-endian 32-bit
// count, then the unsigned bytes. Read whole, gzip-compressed (".gz", as
// Debian's dataset-fashion-mnist installs them) or not: zlib reads both.
//
// Every problem comes back as a message that names the file and says what
// is wrong: missing, not IDX (wrong magic), the wrong kind (labels given for
// images), a count too large, cut short, or labels that do not match the
// images in number.

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace relulab::core {

struct IdxImages {
  int count = 0;
  int rows = 0;
  int cols = 0;
  std::vector<std::uint8_t> pixels;  // count × rows × cols, row-major, 0 (black) … 255
};

// A set of labelled images: images.count == labels.size(), every label < classes.
struct ImageSet {
  IdxImages images;
  std::vector<std::uint8_t> labels;
  int classes = 0;  // largest label + 1
};

Result<IdxImages> readIdxImages(const std::string& path);
Result<std::vector<std::uint8_t>> readIdxLabels(const std::string& path);
Result<ImageSet> readImageSet(const std::string& imagesPath, const std::string& labelsPath);

// Where Debian's dataset-fashion-mnist puts Fashion-MNIST, and its files.
inline constexpr const char* kFashionMnistFolder = "/usr/share/datasets/fashion-mnist";
struct ImageFiles {
  std::string images, labels;
};
ImageFiles fashionMnistTrainFiles(const std::string& folder = kFashionMnistFolder);
ImageFiles fashionMnistTestFiles(const std::string& folder = kFashionMnistFolder);

}  // namespace relulab::core
