#include "ui/shell/lesson_step_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "io/lesson_writer.h"
#include "ui/lessons/lesson_library.h"

namespace relulab::ui {

LessonStepDialog::LessonStepDialog(const LessonLibrary& library, const QString& userFolder,
                                   QWidget* parent)
    : QDialog(parent), folder_(userFolder) {
  setWindowTitle(tr("Save as Lesson Step"));
  auto* intro = new QLabel(
      tr("The step sets the app up as it is now: the explorer's curves when the explorer is in "
         "front, otherwise the playground's data, network and training (a new run, paused). "
         "Write what the students should do and watch; the text can be edited later in the "
         "lesson's file (Lessons → Open Lesson Folder)."),
      this);
  intro->setWordWrap(true);
  lesson_ = new QComboBox(this);
  lesson_->addItem(tr("A new lesson"), QString());
  const QString root = QDir(userFolder).canonicalPath();
  for (const io::Lesson& l : library.lessons())
    if (!root.isEmpty() && QFileInfo(l.source).canonicalPath() == root)
      lesson_->addItem(l.title.forLocale(), l.source);
  lesson_->setToolTip(tr("Your own lessons, in %1").arg(QDir::toNativeSeparators(userFolder)));
  newTitle_ = new QLineEdit(this);
  newTitle_->setPlaceholderText(tr("e.g. Why ReLUs die"));
  title_ = new QLineEdit(this);
  title_->setPlaceholderText(tr("e.g. A learning rate too large"));
  text_ = new QPlainTextEdit(this);
  text_->setPlaceholderText(tr("What to do, and what to watch."));
  text_->setTabChangesFocus(true);

  auto* form = new QFormLayout;
  form->addRow(tr("&Lesson:"), lesson_);
  form->addRow(tr("New lesson's &title:"), newTitle_);
  form->addRow(tr("&Step's title:"), title_);
  form->addRow(tr("Step's te&xt:"), text_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* column = new QVBoxLayout(this);
  column->addWidget(intro);
  column->addLayout(form, 1);
  column->addWidget(buttons);

  connect(lesson_, &QComboBox::currentIndexChanged, this, &LessonStepDialog::updateOk);
  connect(newTitle_, &QLineEdit::textChanged, this, &LessonStepDialog::updateOk);
  connect(text_, &QPlainTextEdit::textChanged, this, &LessonStepDialog::updateOk);
  updateOk();
}

void LessonStepDialog::updateOk() {
  const bool isNew = lesson_->currentData().toString().isEmpty();
  newTitle_->setEnabled(isNew);
  auto* box = findChild<QDialogButtonBox*>();
  if (box)
    box->button(QDialogButtonBox::Save)
        ->setEnabled(!stepText().isEmpty() && (!isNew || !lessonTitle().isEmpty()));
}

QString LessonStepDialog::lessonTitle() const {
  return newTitle_->text().trimmed();
}
QString LessonStepDialog::stepTitle() const {
  return title_->text().trimmed();
}
QString LessonStepDialog::stepText() const {
  return text_->toPlainText().trimmed();
}

QString LessonStepDialog::targetPath() const {
  const QString existing = lesson_->currentData().toString();
  if (!existing.isEmpty()) return existing;
  const QDir dir(folder_);
  const QString stem = io::lessonFileStem(lessonTitle());
  QString path = dir.filePath(stem + QStringLiteral(".json"));
  for (int n = 2; QFileInfo::exists(path); ++n)
    path = dir.filePath(QStringLiteral("%1-%2.json").arg(stem).arg(n));
  return path;
}

}  // namespace relulab::ui
