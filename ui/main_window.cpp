#include "ui/main_window.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

#include "ui/example_table.h"
#include "ui/function_plot.h"
#include "ui/screenshot.h"

namespace relulab::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("ReLU Lab"));
  plot_ = new FunctionPlot(this);
  plot_->setToolTip(tr("ReLU: f(x) = max(0, x). Its derivative is 0 for x < 0 and 1 for x > 0."));
  table_ = new ExampleTable(this);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(plot_);
  splitter->addWidget(table_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  setCentralWidget(splitter);
  createMenus();
  statusBar()->showMessage(tr("ReLU: f(x) = max(0, x) on [−5, 5]"));
  resize(1280, 800);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* shot = file->addAction(tr("Save &Screenshot…"), this, &MainWindow::saveScreenshot);
  shot->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About ReLU Lab"), this, [this] {
    QMessageBox::about(this, tr("About ReLU Lab"),
                       tr("<b>ReLU Lab %1</b><p>Explore ReLU and its variants, and watch "
                          "neurons die while tiny networks train.</p>")
                           .arg(QApplication::applicationVersion()));
  });
}

void MainWindow::saveScreenshot() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), tr("relulab.png"),
                                                    tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  QString error;
  if (!saveWidgetPng(this, path, &error))
    QMessageBox::warning(this, tr("Screenshot not saved"), error);
  else
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

}  // namespace relulab::ui
