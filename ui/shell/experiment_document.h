#pragma once

// The window's experiment as a document (File menu): New, Open, Open Recent,
// Save, Save As; the user's points in and out as CSV, a network's weights in
// and out; the title with the file's name and a * while something changed;
// the question before unsaved work would be lost. Files are experiment files
// (io/experiment_file.h): the playground's run and compare mode's runs, each
// able to continue exactly where it stopped, and what the window showed.
//
// Nothing is lost: a file that cannot be read says what and where, and the
// window keeps what it had; a save writes a new file whole or not at all.
// Thread: GUI only.

#include <QObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

#include "core/training/train_config.h"
#include "io/experiment_file.h"

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace relulab::ui {

class ComparePanel;
class LessonDock;
class PlaygroundPanel;
class StudiesPanel;

class ExperimentDocument : public QObject {
  Q_OBJECT

 public:
  static constexpr int kRecentFiles = 8;
  // "explorer", "playground", "compare", "studies", "images": the tabs in order.
  static const QStringList& tabIds();

  ExperimentDocument(QMainWindow* window, QTabWidget* tabs, PlaygroundPanel* playground,
                     ComparePanel* compare, StudiesPanel* studies, LessonDock* lessons);

  const QString& filePath() const { return path_; }  // empty: not saved yet
  bool isModified() const { return modified_; }

  // What the window holds now, as a file would (waits for the workers).
  io::Experiment capture();
  // Opens an experiment (.relulab, or a training set-up .json) or imports
  // points (.csv). False, with a message box that names the file, the place
  // and the problem, when it cannot: then nothing changes.
  bool open(const QString& path);
  bool saveTo(const QString& path);
  bool save();    // to the file it came from, else as save As does
  bool saveAs();  // asks where
  void newExperiment();
  // Before work would be lost: Save, Discard or Cancel when modified. True:
  // go on (saved, discarded or nothing to lose).
  bool confirmDiscard();

  // The CSV import, with its preview; path empty: ask for a file.
  bool importPoints(const QString& path = {});
  bool exportPoints(const QString& path);
  bool importWeights(const QString& path);
  bool exportWeights(const QString& path);

  // Most recent first, those that still exist.
  static QStringList recentFiles();
  static void clearRecentFiles();

  // New, Open…, Open Recent, Save, Save As…, then the points and weights.
  QAction* newAction() const { return new_; }
  QAction* openAction() const { return open_; }
  QAction* saveAction() const { return save_; }
  QAction* saveAsAction() const { return saveAs_; }
  QMenu* recentMenu() const { return recent_; }
  QList<QAction*> dataActions() const { return data_; }

  // Asks where (a file dialog), then does it; for the menus.
  void askToOpen();
  void askToExportPoints();
  void askToImportWeights();
  void askToExportWeights();

 signals:
  void statusMessage(const QString& message);

 private:
  void createActions();
  void fillRecentMenu();
  void addRecent(const QString& path);
  void setPath(const QString& path);
  void setModified(bool modified);
  void updateTitle();
  void playgroundFrame();
  void compareFrame();
  void refuse(const QString& title, const QString& problem);

  QMainWindow* window_;
  QTabWidget* tabs_;
  PlaygroundPanel* playground_;
  ComparePanel* compare_;
  StudiesPanel* studies_;
  LessonDock* lessons_;
  bool studyReopening_ = false;  // a study opened from a file runs again: not a change
  QString path_;
  bool modified_ = false;

  // What was saved or opened; a frame that differs marks the document
  // modified. Pending: after New or Open, until the worker says the new run
  // started (frames of the run before may still be on their way).
  struct PlaygroundMark {
    std::uint64_t run = 0;
    std::int64_t step = 0;
    core::TrainConfig config;
    QString source;
    int added = 0;
    bool operator==(const PlaygroundMark&) const = default;
  };
  std::optional<PlaygroundMark> playgroundMark_;  // none: the next frame sets it
  bool playgroundPending_ = false;                // until the worker says the new run started
  std::uint64_t compareRun_ = 0;
  std::int64_t compareStep_ = 0;
  bool compareMarked_ = false;
  bool comparePending_ = false;

  QAction* new_ = nullptr;
  QAction* open_ = nullptr;
  QAction* save_ = nullptr;
  QAction* saveAs_ = nullptr;
  QMenu* recent_ = nullptr;
  QList<QAction*> data_;
};

}  // namespace relulab::ui
