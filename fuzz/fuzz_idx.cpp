// IDX files (MNIST, Fashion-MNIST; gzip-compressed or not): any bytes read
// either as a message or as images or labels whose sizes agree with their
// header. The reader takes a path, so each input goes through a file.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/images/idx.h"

using namespace relulab;

namespace {
const std::string& scratchPath() {
  static const std::string path = "/tmp/relulab-fuzz-idx-" + std::to_string(::getpid());
  return path;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = scratchPath();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  if (size > 0) std::fwrite(data, 1, size, f);
  std::fclose(f);
  if (auto images = core::readIdxImages(path)) {
    const auto& im = *images;
    if (im.pixels.size() != static_cast<std::size_t>(im.count) * im.rows * im.cols)
      __builtin_trap();
  }
  if (auto labels = core::readIdxLabels(path)) (void)labels->size();
  // The same file as both halves of a set: the counts must be told apart.
  (void)core::readImageSet(path, path);
  return 0;
}
