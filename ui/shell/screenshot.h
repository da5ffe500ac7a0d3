#pragma once

#include <QString>
#include <QStringList>

#include "core/base/result.h"

namespace relulab::ui {

// Opens the main window off screen at 1280×800 and writes what it shows to
// PNG files in `folder` (created if needed). Returns the files written, or why
// it could not. Needs a QApplication (any platform, offscreen too).
core::Result<QStringList> writeScreenshots(const QString& folder);

}  // namespace relulab::ui
