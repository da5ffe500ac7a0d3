#pragma once

// "Save as Lesson Step…": which lesson the step goes into (one of the
// teacher's own, or a new one), the step's title and its text. The set-up
// itself comes from the window (LessonApplier::capture); the text can be
// edited later in the lesson's file.

#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace relulab::ui {

class LessonLibrary;

class LessonStepDialog : public QDialog {
  Q_OBJECT

 public:
  // Offers the lessons of `library` that live in `userFolder`.
  LessonStepDialog(const LessonLibrary& library, const QString& userFolder,
                   QWidget* parent = nullptr);

  // The file to add the step to: an existing lesson's, or a new one's in the
  // user folder (a name not yet taken).
  QString targetPath() const;
  QString lessonTitle() const;  // for a new lesson
  QString stepTitle() const;
  QString stepText() const;

  QComboBox* lessonBox() const { return lesson_; }
  QLineEdit* newTitleEdit() const { return newTitle_; }
  QLineEdit* stepTitleEdit() const { return title_; }
  QPlainTextEdit* textEdit() const { return text_; }

 private:
  void updateOk();

  QString folder_;
  QComboBox* lesson_ = nullptr;
  QLineEdit* newTitle_ = nullptr;
  QLineEdit* title_ = nullptr;
  QPlainTextEdit* text_ = nullptr;
};

}  // namespace relulab::ui
