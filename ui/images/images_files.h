#pragma once

// Which of four chosen IDX files is which, by their names as MNIST and
// Fashion-MNIST ship them: "train" or "t10k"/"test", and "images"/"idx3" or
// "labels"/"idx1" ("train-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte").

#include <QStringList>
#include <optional>
#include <utility>

#include "core/images/idx.h"

namespace relulab::ui {

struct IdxChoice {
  core::ImageFiles train, test;
};

// Empty unless the four names tell the four roles apart, one file each.
std::optional<IdxChoice> assignIdxFiles(const QStringList& paths);

}  // namespace relulab::ui
