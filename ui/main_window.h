#pragma once

#include <QMainWindow>

class QTabWidget;

namespace relulab::ui {

class ComparePanel;
class ExplorerPanel;
class LessonDock;
class PresenterMode;
class PlaygroundPanel;
class StudiesPanel;

// The app's main window: one tab per area (Explorer first; Playground and
// Studies join later with addTab), the File/View/Help menus, a status bar.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

  QTabWidget* tabs() const { return tabs_; }
  ExplorerPanel* explorer() const { return explorer_; }
  PlaygroundPanel* playground() const { return playground_; }
  ComparePanel* compare() const { return compare_; }       // 2–4 runs in lockstep
  LessonDock* lessons() const { return lessons_; }         // the Lessons dock (Ctrl+L)
  PresenterMode* presenter() const { return presenter_; }  // F11
  StudiesPanel* studies() const { return studies_; }

 private:
  void createMenus();
  void saveScreenshot();
  void fitToCurrentTab();

  QTabWidget* tabs_ = nullptr;
  ExplorerPanel* explorer_ = nullptr;
  PlaygroundPanel* playground_ = nullptr;
  ComparePanel* compare_ = nullptr;
  LessonDock* lessons_ = nullptr;
  PresenterMode* presenter_ = nullptr;
  StudiesPanel* studies_ = nullptr;
};

}  // namespace relulab::ui
