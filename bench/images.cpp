// bench/images: training throughput of the image-network engine against
// PyTorch 1.13 CPU on the same networks, measured in the same run.
//
// For the presets fashion-mlp (784-[100]-10), fashion-mlp-256 and fashion-cnn:
// images/s over --steps mini-batches of 64 (Adam, one thread, the best of
// --repeats runs, after a warm-up), in our engine and in PyTorch
// (bench/images_torch.py: the same layers and optimiser, pixels converted
// per batch, torch.set_num_threads(1)), and the ratio. Then one epoch of
// fashion-mlp (60,000 images) timed whole.
// Targets: fashion-mlp ≥ 5× PyTorch, fashion-cnn ≥ 2× PyTorch; the MLP epoch
// < 1.5 s on one core.
//
// Wall-clock rates are what a user sees; rates per CPU-second of this thread
// (CLOCK_THREAD_CPUTIME_ID) are printed too, because a shared machine can
// give the benchmark only part of a core. Ratios use the wall clock.
//
// --full: trains fashion-mlp-256 and fashion-cnn for 10 epochs on all 60,000
// training images and prints, per epoch, its time and the accuracy on all
// 10,000 test images (Fashion-MNIST must be installed).
//
// Usage: images [--steps 300] [--repeats 3] [--no-torch] [--full] [--epochs 10]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include "core/base/random.h"
#include "core/images/image_trainer.h"

using namespace relulab::core;
using Clock = std::chrono::steady_clock;

namespace {

double threadSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// 60,000 random 28 × 28 images when Fashion-MNIST is not installed: the
// arithmetic, and so the speed, is the same.
ImageData randomData() {
  const auto make = [](int count, Rng& rng) {
    ImageSet s;
    s.images.count = count;
    s.images.rows = 28;
    s.images.cols = 28;
    s.classes = 10;
    s.images.pixels.resize(static_cast<std::size_t>(count) * 784);
    for (auto& p : s.images.pixels) p = static_cast<std::uint8_t>(rng.below(256));
    for (int i = 0; i < count; ++i) s.labels.push_back(static_cast<std::uint8_t>(rng.below(10)));
    return s;
  };
  Rng rng(1);
  ImageData d;
  d.train = std::make_shared<const ImageSet>(make(60000, rng));
  d.test = std::make_shared<const ImageSet>(make(1000, rng));
  d.source = "random";
  return d;
}

// The hidden layers as bench/images_torch.py reads them.
std::string torchNet(const ImageNetworkSpec& spec) {
  std::string net;
  for (const ImageLayerSpec& l : spec.layers) {
    if (!net.empty()) net += ',';
    switch (l.kind) {
      case ImageLayerKind::Conv:
        net += "conv:" + std::to_string(l.size) + ':' + std::to_string(l.kernel);
        break;
      case ImageLayerKind::MaxPool:
        net += "pool";
        break;
      case ImageLayerKind::Dense:
        net += "dense:" + std::to_string(l.size);
        break;
    }
  }
  return net;
}

// PyTorch's images/s, or 0 when no python3 with torch is found; the BLAS it
// loaded into *blas when given.
double torchRate(const ImageTrainConfig& c, int steps, int repeats, std::string* blas = nullptr) {
  std::string pythons[3];
  int n = 0;
  if (const char* chosen = std::getenv("RELULAB_PYTHON")) pythons[n++] = chosen;
  pythons[n++] = "/usr/bin/python3";
  pythons[n++] = "python3";
  for (int i = 0; i < n; ++i) {
    const std::string command = pythons[i] + " " RELULAB_TORCH_SCRIPT " --threads 1 --net " +
                                torchNet(c.network) + " --batch " + std::to_string(c.batchSize) +
                                " --steps " + std::to_string(steps) + " --repeats " +
                                std::to_string(repeats) + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) continue;
    double rate = 0.0;
    char line[256];
    while (std::fgets(line, sizeof line, pipe)) {
      std::sscanf(line, "images_per_s,%lf", &rate);
      if (blas && !std::strncmp(line, "blas,", 5))
        *blas = std::string(line + 5, std::strcspn(line + 5, "\n"));
    }
    if (pclose(pipe) == 0 && rate > 0.0) return rate;
  }
  return 0.0;
}

struct Rate {
  double wall = 0.0;  // images/s
  double cpu = 0.0;   // images per CPU-second of this thread
};

Rate engineRate(const ImageTrainConfig& c, const ImageData& data, int steps, int repeats) {
  auto t = ImageTrainer::create(c, data);
  if (!t) {
    std::fprintf(stderr, "%s\n", t.error().c_str());
    std::exit(1);
  }
  t.value().train(20);  // warm up: buffers, caches, Adam's first steps
  Rate best;
  for (int r = 0; r < repeats; ++r) {
    const auto start = Clock::now();
    const double cpu0 = threadSeconds();
    t.value().train(steps);
    const double cpu = threadSeconds() - cpu0;
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    const double images = static_cast<double>(steps) * c.batchSize;
    if (images / wall > best.wall) best = Rate{images / wall, images / cpu};
  }
  return best;
}

int full(const ImageData& data, int epochs) {
  for (const char* name : {"fashion-mlp-256", "fashion-cnn"}) {
    ImageTrainConfig c = *imagePreset(name);
    c.recordEvery = 0;
    auto t = ImageTrainer::create(c, data);
    if (!t) {
      std::fprintf(stderr, "%s\n", t.error().c_str());
      return 1;
    }
    std::printf("\n%s: %s, %d epochs of %d images, test on %d\n", name, describe(c.network).c_str(),
                epochs, t.value().trainCount(), t.value().testCount());
    std::printf("%5s %10s %10s %10s %10s\n", "epoch", "seconds", "cpu_s", "train_acc", "test_acc");
    double best = 0.0;
    for (int e = 1; e <= epochs; ++e) {
      const auto start = Clock::now();
      const double cpu0 = threadSeconds();
      t.value().trainEpochs(1);
      const double cpu = threadSeconds() - cpu0;
      const double wall = std::chrono::duration<double>(Clock::now() - start).count();
      const ImageMetrics m = t.value().measure(true);
      t.value().record();  // restart the running training figures
      best = std::max(best, m.testAccuracy);
      std::printf("%5d %10.2f %10.2f %10.4f %10.4f\n", e, wall, cpu, m.trainAccuracy,
                  m.testAccuracy);
    }
    std::printf("%s: final test accuracy %.4f (best epoch %.4f)\n", name,
                t.value().measure(true).testAccuracy, best);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int steps = 300;
  int repeats = 3;
  int epochs = 10;
  bool withTorch = true;
  bool fullRun = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--steps") && i + 1 < argc) {
      steps = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--repeats") && i + 1 < argc) {
      repeats = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--epochs") && i + 1 < argc) {
      epochs = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--no-torch")) {
      withTorch = false;
    } else if (!std::strcmp(argv[i], "--full")) {
      fullRun = true;
    } else {
      std::fprintf(stderr,
                   "usage: %s [--steps 300] [--repeats 3] [--no-torch] [--full] [--epochs 10]\n",
                   argv[0]);
      return 2;
    }
  }
  auto loaded = loadFashionMnist();
  if (fullRun) {
    if (!loaded) {
      std::fprintf(stderr, "%s\n", loaded.error().c_str());
      return 2;
    }
    return full(*loaded, epochs);
  }
  const ImageData data = loaded ? *loaded : randomData();
  std::printf("# data: %s; batch 64, Adam, one thread, best of %d runs of %d steps\n",
              data.source.c_str(), repeats, steps);
  std::printf("%-16s %12s %12s %12s %8s %7s  %s\n", "preset", "images/s", "images/cpu-s",
              "torch img/s", "ratio", "target", "network");
  for (const char* name : {"fashion-mlp", "fashion-mlp-256", "fashion-cnn"}) {
    ImageTrainConfig c = *imagePreset(name);
    c.recordEvery = 0;
    const bool cnn = !std::strcmp(name, "fashion-cnn");
    const int presetSteps = cnn ? std::max(1, steps / 4) : steps;
    const Rate ours = engineRate(c, data, presetSteps, repeats);
    const double torch = withTorch ? torchRate(c, presetSteps, repeats) : 0.0;
    const char* target = !std::strcmp(name, "fashion-mlp") ? "≥ 5×" : (cnn ? "≥ 2×" : "");
    if (torch > 0.0)
      std::printf("%-16s %12.0f %12.0f %12.0f %7.2f× %7s  %s\n", name, ours.wall, ours.cpu, torch,
                  ours.wall / torch, target, describe(c.network).c_str());
    else
      std::printf("%-16s %12.0f %12.0f %12s %8s %7s  %s\n", name, ours.wall, ours.cpu, "-", "-",
                  target, describe(c.network).c_str());
  }
  std::string blas;
  if (withTorch && torchRate(*imagePreset("fashion-mlp"), 1, 1, &blas) == 0.0)
    std::printf("# PyTorch not found: apt-get install python3-torch, or set RELULAB_PYTHON\n");
  else if (withTorch)
    std::printf("# PyTorch's BLAS: %s%s\n", blas.c_str(),
                blas.find("/blas/libblas.so") != std::string::npos
                    ? " (the reference BLAS: PyTorch's dense layers run several times slower "
                      "than with OpenBLAS)"
                    : " (one thread)");

  // One whole epoch of the MLP.
  ImageTrainConfig c = *imagePreset("fashion-mlp");
  c.recordEvery = 0;
  auto t = ImageTrainer::create(c, data);
  t.value().train(10);
  const auto start = Clock::now();
  const double cpu0 = threadSeconds();
  t.value().trainEpochs(1);
  const double cpu = threadSeconds() - cpu0;
  const double wall = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("fashion-mlp, one epoch of %d images: %.2f s (%.2f s CPU); target < 1.5 s\n",
              t.value().trainCount(), wall, cpu);
  return 0;
}
