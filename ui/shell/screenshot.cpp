#include "ui/shell/screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

#include "ui/common/widget_png.h"
#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/shell/main_window.h"

namespace relulab::ui {

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
