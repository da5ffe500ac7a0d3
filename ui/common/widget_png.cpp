#include "ui/common/widget_png.h"

#include <QObject>
#include <QPixmap>
#include <QWidget>

#include "io/core_text.h"

namespace relulab::ui {

std::optional<core::Message> saveWidgetPng(QWidget* widget, const QString& path) {
  const QPixmap pixmap = widget->grab();
  if (pixmap.isNull()) return io::message(QObject::tr("Could not render the window to an image."));
  if (!pixmap.save(path, "PNG"))
    return io::message(
        QObject::tr("Could not write %1: check that the folder exists and is writable.").arg(path));
  return std::nullopt;
}

}  // namespace relulab::ui
