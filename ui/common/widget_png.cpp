#include "ui/common/widget_png.h"

#include <QObject>
#include <QPixmap>
#include <QWidget>

namespace relulab::ui {

bool saveWidgetPng(QWidget* widget, const QString& path, QString* error) {
  const QPixmap pixmap = widget->grab();
  if (pixmap.isNull()) {
    *error = QObject::tr("Could not render the window to an image.");
    return false;
  }
  if (!pixmap.save(path, "PNG")) {
    *error =
        QObject::tr("Could not write %1: check that the folder exists and is writable.").arg(path);
    return false;
  }
  return true;
}

}  // namespace relulab::ui
