#pragma once

#include <QMainWindow>

class QTabWidget;

namespace relulab::ui {

class ExplorerPanel;
class PlaygroundPanel;

// The app's main window: one tab per area (Explorer first; Playground and
// Studies join later with addTab), the File/View/Help menus, a status bar.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

  QTabWidget* tabs() const { return tabs_; }
  ExplorerPanel* explorer() const { return explorer_; }
  PlaygroundPanel* playground() const { return playground_; }

 private:
  void createMenus();
  void saveScreenshot();

  QTabWidget* tabs_ = nullptr;
  ExplorerPanel* explorer_ = nullptr;
  PlaygroundPanel* playground_ = nullptr;
};

}  // namespace relulab::ui
