#include "ui/screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

#include "ui/explorer_curve_plot.h"
#include "ui/explorer_panel.h"
#include "ui/main_window.h"

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

QStringList writeScreenshots(const QString& folder, QString* error) {
  if (!QDir().mkpath(folder)) {
    *error = QObject::tr("Could not create the folder %1.").arg(folder);
    return {};
  }
  MainWindow window;
  window.resize(1280, 800);
  window.show();
  const QDir dir(folder);
  QStringList written;
  const QString windowPng = dir.filePath(QStringLiteral("main-window.png"));
  if (!saveWidgetPng(&window, windowPng, error)) return {};
  written << windowPng;
  const QString plotPng = dir.filePath(QStringLiteral("relu-plot.png"));
  if (!saveWidgetPng(window.explorer()->curvePlot(), plotPng, error)) return {};
  written << plotPng;
  return written;
}

}  // namespace relulab::ui
