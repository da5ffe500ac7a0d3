#pragma once

#include <QString>
#include <QStringList>

namespace relulab::ui {

// Opens the main window off screen at 1280×800 and writes what it shows to
// PNG files in `folder` (created if needed). Returns the files written, or an
// empty list with *error set. Needs a QApplication (any platform, offscreen too).
QStringList writeScreenshots(const QString& folder, QString* error);

}  // namespace relulab::ui
