#include "ui/lessons/lesson_dock.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace relulab::ui {

LessonDock::LessonDock(QWidget* parent) : QDockWidget(tr("Lessons"), parent) {
  setObjectName(QStringLiteral("lessonDock"));  // for saveState()
  build();
  createActions();
  reload();
}

void LessonDock::build() {
  auto* page = new QWidget(this);
  picker_ = new QComboBox(page);
  picker_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  picker_->setMinimumContentsLength(8);
  picker_->setToolTip(
      tr("Pick a lesson. Each one is a few short steps that set the app up and "
         "say what to watch."));
  auto* pickerLabel = new QLabel(tr("Less&on:"), page);
  pickerLabel->setBuddy(picker_);

  title_ = new QLabel(page);
  title_->setWordWrap(true);
  title_->setTextFormat(Qt::RichText);  // bold by markup, so it grows with the window's font
  progress_ = new QLabel(page);
  progress_->setTextFormat(Qt::PlainText);

  text_ = new QTextBrowser(page);
  text_->setOpenExternalLinks(true);  // the papers the numbers come from
  text_->setFrameShape(QFrame::NoFrame);

  back_ = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), page);
  next_ = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Next"), page);
  again_ = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), QString(), page);
  again_->setAccessibleName(tr("Set up again"));
  again_->setFlat(true);
  back_->setToolTip(tr("The previous step (Alt+Page Up)."));
  next_->setToolTip(tr("The next step: the app is set up for it (Alt+Page Down)."));
  again_->setToolTip(tr("Set the app up for this step again, as it was when the step began."));
  next_->setDefault(true);
  // A click leaves the keyboard where it was: Space then plays or pauses, as
  // the status bar says, instead of pressing Next again. Tab still reaches them.
  for (QPushButton* b : {back_, next_, again_}) b->setFocusPolicy(Qt::TabFocus);

  problems_ = new QLabel(page);
  problems_->setWordWrap(true);
  problems_->setTextFormat(Qt::RichText);
  problems_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  problems_->hide();

  auto* top = new QHBoxLayout;
  top->addWidget(pickerLabel);
  top->addWidget(picker_, 1);
  auto* progress = new QHBoxLayout;
  progress->addWidget(progress_, 1);
  progress->addWidget(again_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(back_);
  buttons->addStretch(1);
  buttons->addWidget(next_);
  auto* column = new QVBoxLayout(page);
  column->setContentsMargins(6, 6, 6, 6);
  column->addLayout(top);
  column->addWidget(title_);
  column->addLayout(progress);
  column->addWidget(text_, 1);
  column->addLayout(buttons);
  column->addWidget(problems_);
  setWidget(page);

  connect(picker_, &QComboBox::currentIndexChanged, this, &LessonDock::pickerChanged);
  connect(back_, &QPushButton::clicked, this, &LessonDock::back);
  connect(next_, &QPushButton::clicked, this, &LessonDock::next);
  connect(again_, &QPushButton::clicked, this, [this] { showStep(step_); });
}

void LessonDock::createActions() {
  QAction* toggle = toggleViewAction();
  toggle->setText(tr("Show &Lessons"));
  toggle->setShortcut(QKeySequence(tr("Ctrl+L")));
  toggle->setStatusTip(tr("Show or hide the guided lessons beside the app."));
  const auto add = [this](const QString& text, const QKeySequence& keys, auto slot) {
    auto* action = new QAction(text, this);
    action->setShortcut(keys);
    connect(action, &QAction::triggered, this, slot);
    return action;
  };
  nextAction_ = add(tr("&Next Step"), QKeySequence(tr("Alt+PgDown")), [this] {
    show();
    next();
  });
  backAction_ = add(tr("&Previous Step"), QKeySequence(tr("Alt+PgUp")), [this] {
    show();
    back();
  });
  againAction_ = add(tr("Set Step &Up Again"), QKeySequence(), [this] { showStep(step_); });
  QAction* reloadAction = add(tr("&Reload Lessons"), QKeySequence(), [this] { reload(); });
  reloadAction->setStatusTip(tr("Read the lesson files again, yours included."));
  QAction* folder = add(tr("Open Lessons &Folder"), QKeySequence(), [this] { openUserFolder(); });
  folder->setStatusTip(
      tr("Your own lessons go here, one JSON file each (see the README that "
         "comes with the bundled lessons)."));
  auto* separator = new QAction(this);
  separator->setSeparator(true);
  menuActions_ = {toggle, nextAction_, backAction_, againAction_, separator, reloadAction, folder};
}

void LessonDock::reload(const QStringList& folders) {
  library_.load(folders);
  const QString keep = lessonId_;
  {
    const QSignalBlocker block(picker_);
    picker_->clear();
    for (const io::Lesson& lesson : library_.lessons()) {
      picker_->addItem(lesson.title.forLocale(), lesson.id);
      picker_->setItemData(picker_->count() - 1, lesson.summary.forLocale(), Qt::ToolTipRole);
    }
  }
  showProblems();
  if (!openLesson(keep) && !library_.lessons().empty())
    openLesson(library_.lessons().front().id);
  else if (library_.lessons().empty()) {
    lessonId_.clear();
    step_ = -1;
    refresh();
  }
  emit statusMessage(
      tr("%n lesson(s) ready.", nullptr, static_cast<int>(library_.lessons().size())));
}

void LessonDock::showProblems() {
  const QStringList& problems = library_.problems();
  problems_->setVisible(!problems.isEmpty());
  if (problems.isEmpty()) return;
  QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                     .arg(tr("%n lesson file(s) could not be loaded:", nullptr,
                             static_cast<int>(problems.size())));
  for (const QString& p : problems) html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
  problems_->setText(html + QStringLiteral("</ul>"));
  emit statusMessage(problems.first());
}

bool LessonDock::openLesson(const QString& id) {
  if (id.isEmpty() || !library_.find(id)) return false;
  lessonId_ = id;
  step_ = -1;
  {
    const QSignalBlocker block(picker_);
    picker_->setCurrentIndex(picker_->findData(id));
  }
  refresh();
  emit stepShown(step_);
  return true;
}

const io::Lesson* LessonDock::currentLesson() const {
  return library_.find(lessonId_);
}

void LessonDock::pickerChanged(int index) {
  if (index >= 0) openLesson(picker_->itemData(index).toString());
}

void LessonDock::showStep(int step) {
  const io::Lesson* lesson = currentLesson();
  if (!lesson || step < -1 || step >= static_cast<int>(lesson->steps.size())) return;
  step_ = step;
  if (step >= 0) emit setUpRequested(lesson->steps[static_cast<size_t>(step)]);
  refresh();
  emit stepShown(step_);
}

void LessonDock::returnToStep(int step) {
  const io::Lesson* lesson = currentLesson();
  if (!lesson || step < -1 || step >= static_cast<int>(lesson->steps.size())) return;
  step_ = step;
  refresh();
  emit stepShown(step_);
}

void LessonDock::setTitle(const QString& title) {
  title_->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
}

void LessonDock::refresh() {
  const io::Lesson* lesson = currentLesson();
  const int count = lesson ? static_cast<int>(lesson->steps.size()) : 0;
  back_->setEnabled(lesson && step_ >= 0);
  next_->setEnabled(lesson && step_ + 1 < count);
  next_->setText(step_ < 0 ? tr("&Start") : tr("&Next"));
  again_->setEnabled(lesson && step_ >= 0);
  backAction_->setEnabled(back_->isEnabled());
  nextAction_->setEnabled(next_->isEnabled());
  againAction_->setEnabled(again_->isEnabled());
  if (!lesson) {
    setTitle(tr("No lessons"));
    progress_->clear();
    text_->setHtml(tr("<p>No lesson could be loaded. Lessons are JSON files in %1.</p>")
                       .arg(QDir::toNativeSeparators(LessonLibrary::userFolder()).toHtmlEscaped()));
    return;
  }
  if (step_ < 0) {
    setTitle(lesson->title.forLocale());
    progress_->setText(tr("%n step(s)", nullptr, count));
    QString html =
        untranslatedNote(lesson->title.translatedFor() && lesson->summary.translatedFor()) +
        QStringLiteral("<p>%1</p><ol>").arg(lesson->summary.forLocale());
    for (int i = 0; i < count; ++i) {
      const QString name = lesson->steps[static_cast<size_t>(i)].title.forLocale();
      html += QStringLiteral("<li>%1</li>").arg(name.isEmpty() ? tr("Step %1").arg(i + 1) : name);
    }
    html += QStringLiteral("</ol><p>%1</p>")
                .arg(tr("Press <b>Start</b>: each step sets the app up for you, then says what "
                        "to watch. You can change anything yourself in between."));
    text_->setHtml(html);
    return;
  }
  const io::LessonStep& step = lesson->steps[static_cast<size_t>(step_)];
  const QString name = step.title.forLocale();
  setTitle(name.isEmpty() ? lesson->title.forLocale() : name);
  progress_->setText(tr("Step %1 of %2").arg(step_ + 1).arg(count));
  text_->setHtml(untranslatedNote(step.text.translatedFor()) + step.text.forLocale());
}

// Said where a lesson has no text in the window's language, so a missing
// translation is never mistaken for the app not speaking it.
QString LessonDock::untranslatedNote(bool translated) const {
  if (translated) return {};
  return QStringLiteral("<p><i>%1</i></p>")
      .arg(tr("This lesson has no text in your language yet; it is shown in English."));
}

void LessonDock::openUserFolder() {
  const QString folder = LessonLibrary::userFolder();
  if (!QDir().mkpath(folder) || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
    emit statusMessage(tr("Could not open %1; put your lesson files there.")
                           .arg(QDir::toNativeSeparators(folder)));
}

}  // namespace relulab::ui
