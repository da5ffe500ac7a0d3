#include "core/images/idx.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <memory>
#include <type_traits>

namespace relulab::core {

namespace {

// The messages of the IDX reader (marked here, in the namespace, for lupdate).
Message cannotOpen(const std::string& path) {
  return coreMessage(RELULAB_TEXT("%1: cannot be opened (is the file there, and readable?)"), path);
}
Message notIdx(const std::string& path) {
  return coreMessage(
      RELULAB_TEXT("%1: not an IDX file of bytes (its first four bytes are not 0, 0, 8, "
                   "and a dimension count)"),
      path);
}
Message wrongDimensions(const std::string& path, int wanted, int got) {
  if (wanted == 3)
    return coreMessage(
        RELULAB_TEXT("%1: expected images, 3 dimensions (images × rows × columns), found %2"), path,
        got);
  return coreMessage(RELULAB_TEXT("%1: expected labels, 1 dimension, found %2"), path, got);
}
Message tooLarge(const std::string& path) {
  return coreMessage(RELULAB_TEXT("%1: its sizes are too large to be images or labels"), path);
}
Message cutShort(const std::string& path, long long expected, long long found) {
  return coreMessage(RELULAB_TEXT("%1: cut short: %2 bytes of data expected, %3 found"), path,
                     std::to_string(expected), std::to_string(found));
}
Message countsDiffer(const std::string& images, long long imageCount, const std::string& labels,
                     long long labelCount) {
  return coreMessage(RELULAB_TEXT("%1 holds %2 images but %3 holds %4 labels"), images,
                     std::to_string(imageCount), labels, std::to_string(labelCount));
}

struct GzClose {
  void operator()(gzFile f) const { gzclose(f); }
};
using GzHandle = std::unique_ptr<std::remove_pointer_t<gzFile>, GzClose>;

// Reads up to `size` bytes; returns how many arrived (short at the end of the file).
long long readUpTo(gzFile file, std::uint8_t* out, long long size) {
  long long done = 0;
  while (done < size) {
    const auto chunk = static_cast<unsigned>(std::min<long long>(size - done, 1 << 30));
    const int got = gzread(file, out + done, chunk);
    if (got <= 0) break;
    done += got;
  }
  return done;
}

// Reads `size` bytes into `out`, growing it as the data arrive (chunks from
// 64 KiB, doubling), so that a header claiming more than the file holds costs
// no more memory or time than the file itself. Returns how many arrived.
long long readGrowing(gzFile file, std::vector<std::uint8_t>& out, long long size) {
  out.clear();
  long long chunk = 1 << 16;
  while (static_cast<long long>(out.size()) < size) {
    const std::size_t at = out.size();
    const long long want = std::min(size - static_cast<long long>(at), chunk);
    out.resize(at + static_cast<std::size_t>(want));
    const long long got = readUpTo(file, out.data() + at, want);
    out.resize(at + static_cast<std::size_t>(got));
    if (got < want) break;
    chunk = std::min<long long>(chunk * 2, 1 << 26);
  }
  return static_cast<long long>(out.size());
}

// The header, then the data: dims as read, bytes filled.
Result<std::vector<int>> readHeader(gzFile file, const std::string& path, int dimensions) {
  std::array<std::uint8_t, 4> magic{};
  if (readUpTo(file, magic.data(), 4) != 4 || magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08)
    return Result<std::vector<int>>::failure(notIdx(path));
  if (magic[3] != dimensions)
    return Result<std::vector<int>>::failure(wrongDimensions(path, dimensions, magic[3]));
  std::vector<int> dims;
  for (int d = 0; d < dimensions; ++d) {
    std::array<std::uint8_t, 4> b{};
    if (readUpTo(file, b.data(), 4) != 4)
      return Result<std::vector<int>>::failure(cutShort(path, 4, 0));
    const std::uint32_t n = (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) |
                            (std::uint32_t{b[2]} << 8) | std::uint32_t{b[3]};
    if (n > (1u << 24)) return Result<std::vector<int>>::failure(tooLarge(path));
    dims.push_back(static_cast<int>(n));
  }
  return dims;
}

GzHandle open(const std::string& path) {
  return GzHandle(gzopen(path.c_str(), "rb"));
}

}  // namespace

Result<IdxImages> readIdxImages(const std::string& path) {
  using R = Result<IdxImages>;
  GzHandle file = open(path);
  if (!file) return R::failure(cannotOpen(path));
  auto dims = readHeader(file.get(), path, 3);
  if (!dims) return R::failure(dims.message());
  IdxImages images;
  images.count = dims.value()[0];
  images.rows = dims.value()[1];
  images.cols = dims.value()[2];
  // Each dimension is below 2^24, so two of them multiply safely in 64 bits;
  // the third is checked by division before it is multiplied in.
  constexpr long long kMaxBytes = 1LL << 32;
  const long long plane = 1LL * images.rows * images.cols;
  if (plane > 0 && images.count > kMaxBytes / plane) return R::failure(tooLarge(path));
  const long long size = plane * images.count;
  const long long got = readGrowing(file.get(), images.pixels, size);
  if (got != size) return R::failure(cutShort(path, size, got));
  return images;
}

Result<std::vector<std::uint8_t>> readIdxLabels(const std::string& path) {
  using R = Result<std::vector<std::uint8_t>>;
  GzHandle file = open(path);
  if (!file) return R::failure(cannotOpen(path));
  auto dims = readHeader(file.get(), path, 1);
  if (!dims) return R::failure(dims.message());
  std::vector<std::uint8_t> labels;
  const long long size = dims.value()[0];
  const long long got = readGrowing(file.get(), labels, size);
  if (got != size) return R::failure(cutShort(path, size, got));
  return labels;
}

Result<ImageSet> readImageSet(const std::string& imagesPath, const std::string& labelsPath) {
  using R = Result<ImageSet>;
  auto images = readIdxImages(imagesPath);
  if (!images) return R::failure(images.message());
  auto labels = readIdxLabels(labelsPath);
  if (!labels) return R::failure(labels.message());
  if (static_cast<std::size_t>(images->count) != labels->size())
    return R::failure(countsDiffer(imagesPath, images->count, labelsPath,
                                   static_cast<long long>(labels->size())));
  ImageSet set;
  set.images = std::move(images).value();
  set.labels = std::move(labels).value();
  for (const std::uint8_t l : set.labels) set.classes = std::max(set.classes, l + 1);
  return set;
}

ImageFiles fashionMnistTrainFiles(const std::string& folder) {
  return {folder + "/train-images-idx3-ubyte.gz", folder + "/train-labels-idx1-ubyte.gz"};
}

ImageFiles fashionMnistTestFiles(const std::string& folder) {
  return {folder + "/t10k-images-idx3-ubyte.gz", folder + "/t10k-labels-idx1-ubyte.gz"};
}

}  // namespace relulab::core
