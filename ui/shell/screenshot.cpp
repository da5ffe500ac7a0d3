#include "ui/shell/screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

#include "io/core_text.h"
#include "ui/common/widget_png.h"
#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/shell/main_window.h"

namespace relulab::ui {

core::Result<QStringList> writeScreenshots(const QString& folder) {
  using R = core::Result<QStringList>;
  if (!QDir().mkpath(folder))
    return R::failure(io::message(QObject::tr("Could not create the folder %1.").arg(folder)));
  MainWindow window;
  window.resize(1280, 800);
  window.show();
  const QDir dir(folder);
  QStringList written;
  const QString windowPng = dir.filePath(QStringLiteral("main-window.png"));
  if (auto problem = saveWidgetPng(&window, windowPng)) return R::failure(*problem);
  written << windowPng;
  const QString plotPng = dir.filePath(QStringLiteral("relu-plot.png"));
  if (auto problem = saveWidgetPng(window.explorer()->curvePlot(), plotPng))
    return R::failure(*problem);
  written << plotPng;
  return written;
}

}  // namespace relulab::ui
