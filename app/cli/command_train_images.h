#pragma once

// relulab train --preset fashion-… : the image networks' side of `relulab
// train` (app/cli/command_train_images.cpp). runTrain hands the arguments over
// when the preset is an image preset.

#include <QStringList>
#include <QTextStream>

namespace relulab::app {

// True when `arguments` name an image preset (--preset NAME or --preset=NAME).
bool namesImagePreset(const QStringList& arguments);
int runTrainImages(const QStringList& arguments, QTextStream& out, QTextStream& err);

}  // namespace relulab::app
