#pragma once

#include <QMainWindow>
#include <QStringList>
#include <memory>

#include "core/base/message.h"

class QAction;
class QMenu;
class QTabWidget;

namespace relulab::ui {

class ComparePanel;
class ExperimentDocument;
class ExplorerPanel;
class ImagesPanel;
class LessonApplier;
class LessonDock;
class PresenterMode;
class PlaygroundPanel;
class StudiesPanel;

// The app's main window: one tab per area (Explorer, Playground, Compare,
// Studies, Images), the Lessons dock, presenter mode, the menus, and a status bar
// whose hint follows the tab in front.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  QTabWidget* tabs() const { return tabs_; }
  ExplorerPanel* explorer() const { return explorer_; }
  PlaygroundPanel* playground() const { return playground_; }
  ComparePanel* compare() const { return compare_; }  // 2–4 runs in lockstep
  LessonDock* lessons() const { return lessons_; }    // the Lessons dock (Ctrl+L)
  QAction* restoreCurvesAction() const { return restoreCurves_; }
  PresenterMode* presenter() const { return presenter_; }  // F11
  StudiesPanel* studies() const { return studies_; }
  ImagesPanel* images() const { return images_; }             // networks on Fashion-MNIST
  ExperimentDocument* document() const { return document_; }  // the File menu's experiment
  // Opens an experiment, a set-up or points (asking first when work would be lost).
  bool openFile(const QString& path);
  // Puts back what the last session left (size and place, docks, tab,
  // presenter options, playback speed) and saves it again when the window
  // closes. Off until called, so that tests leave the user's settings alone.
  void restoreSettings();
  // Adds the window's set-up as a step (LessonApplier::capture) with this
  // text to the lesson file at `path` (a new lesson titled `lessonTitle` if
  // there is none), then reloads the lessons and shows it. False, with a
  // message box, when it cannot.
  bool saveLessonStep(const QString& path, const QString& lessonTitle, const QString& stepTitle,
                      const QString& text);
  // The GPU path in a sentence for Help → About: its renderer, or why there
  // is none. The first call probes EGL (tens of milliseconds).
  static QString gpuPathText();
  // The CPU path in a sentence for Help → About (core/cpu/cpu.h).
  static QString cpuPathText();
  // RELULAB_CPU asked for a path that cannot run: says so (a warning that
  // names the valid ones) and that the best path runs instead.
  void warnAboutCpuPath(const core::Message& message);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createMenus();
  void saveSettings() const;
  void askToSaveLessonStep();
  void saveScreenshot();
  void showGettingStarted();
  QMenu* makeLanguageMenu();
  void askToRestart(const QString& language);
  void fitToCurrentTab();

  QTabWidget* tabs_ = nullptr;
  QStringList hints_;  // the status bar's hint for each tab
  ExplorerPanel* explorer_ = nullptr;
  PlaygroundPanel* playground_ = nullptr;
  ComparePanel* compare_ = nullptr;
  LessonDock* lessons_ = nullptr;
  std::unique_ptr<LessonApplier> applier_;  // sets the tabs up for a lesson step
  PresenterMode* presenter_ = nullptr;
  QAction* restoreCurves_ = nullptr;  // Lessons → Put Back My Curves
  StudiesPanel* studies_ = nullptr;
  ImagesPanel* images_ = nullptr;
  ExperimentDocument* document_ = nullptr;
  bool persistSettings_ = false;
};

}  // namespace relulab::ui
