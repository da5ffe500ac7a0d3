#pragma once

// The lessons side panel (a dock in the main window, Ctrl+L): a lesson
// picker, the lesson's introduction, then one step at a time — its title,
// "Step k of n", what to do and watch — with Back and Next. Showing a step
// asks for the app to be set up for it (setUpRequested, which the main window
// hands to its LessonApplier); the introduction changes nothing. Files that failed to load are
// listed at the bottom with their problems.

#include <QDockWidget>
#include <QList>

#include "ui/lessons/lesson_library.h"

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace relulab::ui {

class LessonDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit LessonDock(QWidget* parent = nullptr);

  // Reads the lessons again (bundled, then the user folder by default) and
  // shows the first one's introduction, or the one open before if it remains.
  void reload(const QStringList& folders = LessonLibrary::defaultFolders());
  const LessonLibrary& library() const { return library_; }

  // Shows a lesson's introduction; false if there is no lesson with that id.
  bool openLesson(const QString& id);
  const io::Lesson* currentLesson() const;
  // −1 is the introduction; 0 … n − 1 the steps. Showing a step applies it.
  int currentStep() const { return step_; }
  void showStep(int step);
  // Shows a step's text without setting the app up for it (an experiment
  // file reopened at that step: the window is already as it was).
  void returnToStep(int step);
  void next() { showStep(step_ + 1); }
  void back() { showStep(step_ - 1); }

  // For the main window's Lessons menu: show/hide (Ctrl+L), next and
  // previous step, set the step up again, reload, open the user folder.
  QList<QAction*> menuActions() const { return menuActions_; }

  QComboBox* lessonBox() const { return picker_; }
  QLabel* titleLabel() const { return title_; }
  QLabel* progressLabel() const { return progress_; }
  QTextBrowser* textView() const { return text_; }
  QPushButton* backButton() const { return back_; }
  QPushButton* nextButton() const { return next_; }
  QPushButton* againButton() const { return again_; }
  QLabel* problemsLabel() const { return problems_; }

 signals:
  // Before a step (not the introduction) is shown: set the app up for it.
  // Connect directly: the step's text is shown once this returns.
  void setUpRequested(const relulab::io::LessonStep& step);
  void stepShown(int step);
  void statusMessage(const QString& message);

 private:
  QString untranslatedNote(bool translated) const;
  void build();
  void createActions();
  void pickerChanged(int index);
  void refresh();
  void setTitle(const QString& title);
  void showProblems();
  void openUserFolder();

  LessonLibrary library_;
  QString lessonId_;
  int step_ = -1;
  QList<QAction*> menuActions_;
  QAction* nextAction_ = nullptr;
  QAction* backAction_ = nullptr;
  QAction* againAction_ = nullptr;

  QComboBox* picker_ = nullptr;
  QLabel* title_ = nullptr;
  QLabel* progress_ = nullptr;
  QTextBrowser* text_ = nullptr;
  QPushButton* back_ = nullptr;
  QPushButton* next_ = nullptr;
  QPushButton* again_ = nullptr;
  QLabel* problems_ = nullptr;
};

}  // namespace relulab::ui
