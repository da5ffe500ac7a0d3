#include "ui/main_window.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

#include "ui/compare_panel.h"
#include "ui/explorer_panel.h"
#include "ui/lesson_dock.h"
#include "ui/playground_panel.h"
#include "ui/presenter_mode.h"
#include "ui/screenshot.h"
#include "ui/studies_panel.h"

namespace relulab::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("ReLU Lab"));
  tabs_ = new QTabWidget(this);
  tabs_->setDocumentMode(true);
  explorer_ = new ExplorerPanel(tabs_);
  tabs_->addTab(explorer_, tr("&Explorer"));
  tabs_->setTabToolTip(0, tr("Every activation's curve and its slopes, side by side."));
  setCentralWidget(tabs_);
  connect(explorer_, &ExplorerPanel::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 5000); });
  playground_ = new PlaygroundPanel(tabs_);
  tabs_->addTab(playground_, tr("&Playground"));
  tabs_->setTabToolTip(tabs_->indexOf(playground_),
                       tr("Train a tiny network live: watch neurons die, sparsity climb and "
                          "gradients vanish (Space plays, → steps, R resets)."));
  connect(playground_, &PlaygroundPanel::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 5000); });
  compare_ = new ComparePanel(tabs_);
  tabs_->addTab(compare_, tr("&Compare"));
  tabs_->setTabToolTip(tabs_->indexOf(compare_),
                       tr("Two to four runs side by side on the same data and weights, one "
                          "activation each, trained in step: see which converges first."));
  connect(compare_, &ComparePanel::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 5000); });
  studies_ = new StudiesPanel(tabs_);
  tabs_->addTab(studies_, tr("&Studies"));
  tabs_->setTabToolTip(tabs_->indexOf(studies_),
                       tr("Run the classic dying-ReLU experiments: how often networks are born "
                          "dead, how the signal shrinks with depth, which settings kill units."));
  connect(studies_, &StudiesPanel::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 5000); });
  lessons_ = new LessonDock(tabs_, explorer_, playground_, this);
  addDockWidget(Qt::RightDockWidgetArea, lessons_);
  lessons_->hide();  // Ctrl+L or the Lessons menu shows it
  connect(lessons_, &LessonDock::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 5000); });
  presenter_ = new PresenterMode(this, playground_);
  createMenus();
  statusBar()->showMessage(
      tr("Pick activations on the left; point at the plot to read values. Ctrl+0 resets the "
         "view, Ctrl+E exports it."));
  // Only the tab in front sets the window's minimum width (a tab widget
  // otherwise takes its widest page's), so the Lessons dock fits beside it.
  connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::fitToCurrentTab);
  fitToCurrentTab();
  resize(1280, 800);
}

void MainWindow::fitToCurrentTab() {
  for (int i = 0; i < tabs_->count(); ++i) {
    QSizePolicy policy = tabs_->widget(i)->sizePolicy();
    policy.setHorizontalPolicy(i == tabs_->currentIndex() ? QSizePolicy::Preferred
                                                          : QSizePolicy::Ignored);
    tabs_->widget(i)->setSizePolicy(policy);
  }
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(explorer_->exportAction());
  QAction* shot = file->addAction(tr("Save &Screenshot…"), this, &MainWindow::saveScreenshot);
  shot->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addActions(explorer_->viewActions());
  view->addSeparator();
  view->addAction(presenter_->toggleAction());
  view->addMenu(presenter_->optionsMenu());

  QMenu* lessons = menuBar()->addMenu(tr("&Lessons"));
  lessons->addActions(lessons_->menuActions());

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
