// Loading image data sets: Fashion-MNIST where Debian installs it, or any
// pair of IDX pairs (core/images/image_trainer.h).

#include <array>
#include <filesystem>
#include <iterator>

#include "core/images/image_trainer.h"

namespace relulab::core {

namespace {

// Plain C strings: lupdate reads a std:: type in front of the marks as the
// context "std", and the UI translates these in "relulab::core".
constexpr const char* kFashionClassNames[] = {
    RELULAB_TEXT("T-shirt/top"), RELULAB_TEXT("Trouser"), RELULAB_TEXT("Pullover"),
    RELULAB_TEXT("Dress"),       RELULAB_TEXT("Coat"),    RELULAB_TEXT("Sandal"),
    RELULAB_TEXT("Shirt"),       RELULAB_TEXT("Sneaker"), RELULAB_TEXT("Bag"),
    RELULAB_TEXT("Ankle boot"),
};

std::vector<std::string> numberNames(int classes) {
  std::vector<std::string> names;
  for (int c = 0; c < classes; ++c) names.push_back(std::to_string(c));
  return names;
}

}  // namespace

std::span<const std::string_view> fashionMnistClassNames() {
  static const auto names = [] {
    std::array<std::string_view, std::size(kFashionClassNames)> views;
    for (std::size_t i = 0; i < views.size(); ++i) views[i] = kFashionClassNames[i];
    return views;
  }();
  return names;
}

Result<ImageData> loadImageData(const ImageFiles& train, const ImageFiles& test) {
  auto trainSet = readImageSet(train.images, train.labels);
  if (!trainSet) return Result<ImageData>::failure(trainSet.message());
  auto testSet = readImageSet(test.images, test.labels);
  if (!testSet) return Result<ImageData>::failure(testSet.message());
  const IdxImages& a = trainSet->images;
  const IdxImages& b = testSet->images;
  if (a.rows != b.rows || a.cols != b.cols)
    return Result<ImageData>::failure(coreMessage(
        RELULAB_TEXT("%1: the test images are %2 × %3 pixels, but the training images (%4) are "
                     "%5 × %6; both sets must have one size"),
        test.images, b.rows, b.cols, train.images, a.rows, a.cols));
  if (a.count < 1)
    return Result<ImageData>::failure(
        coreMessage(RELULAB_TEXT("%1: holds no images to train on"), train.images));
  ImageData data;
  const int classes = std::max(trainSet->classes, testSet->classes);
  data.train = std::make_shared<const ImageSet>(std::move(trainSet).value());
  data.test = std::make_shared<const ImageSet>(std::move(testSet).value());
  data.source = train.images;
  data.classNames = numberNames(classes);
  return data;
}

Result<ImageData> loadFashionMnist(const std::string& folder) {
  const ImageFiles train = fashionMnistTrainFiles(folder);
  const ImageFiles test = fashionMnistTestFiles(folder);
  for (const std::string* path : {&train.images, &train.labels, &test.images, &test.labels}) {
    std::error_code error;
    if (!std::filesystem::exists(*path, error))
      return Result<ImageData>::failure(coreMessage(
          RELULAB_TEXT("Fashion-MNIST is not in %1 (%2 is missing). Install it with \"sudo apt "
                       "install dataset-fashion-mnist\", or choose any IDX files of images and "
                       "labels instead."),
          folder, *path));
  }
  auto data = loadImageData(train, test);
  if (!data) return data;
  ImageData d = std::move(data).value();
  d.source = "Fashion-MNIST";
  d.classNames.assign(kFashionClassNames, kFashionClassNames + 10);
  return d;
}

}  // namespace relulab::core
