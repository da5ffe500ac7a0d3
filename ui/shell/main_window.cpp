#include "ui/shell/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <type_traits>

#include "core/cpu/cpu.h"
#include "core/gpu/device.h"
#include "io/core_text.h"
#include "io/language.h"
#include "io/lesson_writer.h"
#include "ui/common/dialog_fit.h"
#include "ui/common/playground_playback.h"
#include "ui/common/widget_png.h"
#include "ui/compare/compare_panel.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/images/images_panel.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_library.h"
#include "ui/playground/playground_panel.h"
#include "ui/shell/experiment_document.h"
#include "ui/shell/help_pages.h"
#include "ui/shell/lesson_applier.h"
#include "ui/shell/lesson_step_dialog.h"
#include "ui/shell/presenter_mode.h"
#include "ui/studies/studies_panel.h"

namespace relulab::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("ReLU Lab"));
  tabs_ = new QTabWidget(this);
  tabs_->setDocumentMode(true);
  setCentralWidget(tabs_);
  // Each tab: its title, a tooltip that says what it is for, and the hint the
  // status bar shows while it is in front. Its own messages go there too.
  const auto addPanel = [this](auto* panel, const QString& title, const QString& tip,
                               const QString& hint) {
    tabs_->setTabToolTip(tabs_->addTab(panel, title), tip);
    hints_.append(hint);
    connect(panel, &std::remove_pointer_t<decltype(panel)>::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    return panel;
  };
  explorer_ = addPanel(
      new ExplorerPanel(tabs_), tr("&Explorer"),
      tr("Every activation's curve and its slopes, side by side."),
      tr("Pick activations on the left; point at the plot to read values. Ctrl+0 resets the "
         "view, Ctrl+E exports it."));
  playground_ = addPanel(
      new PlaygroundPanel(tabs_), tr("&Playground"),
      tr("Train a tiny network live: watch neurons die, sparsity climb and gradients vanish "
         "(Space plays, → steps, R resets)."),
      tr("Space plays or pauses, → steps, R resets; point at a unit or a plot for its values, "
         "double-click a plot to enlarge it."));
  compare_ = addPanel(
      new ComparePanel(tabs_), tr("&Compare"),
      tr("Two to four runs side by side on the same data and weights, one activation each, "
         "trained in step: see which converges first."),
      tr("Pick an activation per run; Space trains every run in step, → steps, R restarts."));
  studies_ = addPanel(
      new StudiesPanel(tabs_), tr("&Studies"),
      tr("Run the classic dying-ReLU experiments: how often networks are born dead, how the "
         "signal shrinks with depth, which settings kill units."),
      tr("Choose a study and its settings, then Run; long studies can be cancelled and keep "
         "what they found."));
  images_ = addPanel(
      new ImagesPanel(tabs_), tr("&Images"),
      tr("Watch ReLU work and die on real pictures: an MLP or a small CNN trained live on "
         "Fashion-MNIST (Space plays, → steps, R resets)."),
      tr("Space plays or pauses, → steps, R resets; PgUp and PgDown turn the views; click a test "
         "image for its feature maps."));
  applier_ = std::make_unique<LessonApplier>(tabs_, explorer_, playground_, images_);
  lessons_ = new LessonDock(this);
  connect(lessons_, &LessonDock::setUpRequested, this, [this](const io::LessonStep& step) {
    const QString notice = applier_->apply(step);
    restoreCurves_->setEnabled(applier_->canRestoreCurves());
    if (!notice.isEmpty()) statusBar()->showMessage(notice, 15000);
    // The step is about the tab it shows: its keys (Space, →, R) work at once,
    // wherever the keyboard was (a page the step hid hands it on to whatever
    // comes next, a dock button included, where Space would press it).
    tabs_->currentWidget()->setFocus();
  });
  addDockWidget(Qt::RightDockWidgetArea, lessons_);
  lessons_->hide();  // Ctrl+L or the Lessons menu shows it
  connect(lessons_, &LessonDock::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 5000); });
  presenter_ = new PresenterMode(this, playground_);
  // Each tab lays itself out for the projector: one large view at a time.
  connect(presenter_, &PresenterMode::activeChanged, this, [this](bool on) {
    explorer_->setPresenting(on);
    playground_->setPresenting(on);
    compare_->setPresenting(on);
    images_->setPresenting(on);
  });
  document_ = new ExperimentDocument(this, tabs_, playground_, compare_, studies_, lessons_);
  connect(document_, &ExperimentDocument::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 8000); });
  setAcceptDrops(true);
  createMenus();
  connect(tabs_, &QTabWidget::currentChanged, this,
          [this](int index) { statusBar()->showMessage(hints_.value(index)); });
  statusBar()->showMessage(hints_.value(tabs_->currentIndex()));
  // Only the tab in front sets the window's minimum size (a tab widget
  // otherwise takes its largest page's), so the Lessons dock fits beside it.
  connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::fitToCurrentTab);
  fitToCurrentTab();
  // 1280×800, or the screen where it is smaller (a 1024×768 projector).
  QSize size(1280, 800);
  if (const QScreen* where = screen()) size = size.boundedTo(where->availableGeometry().size());
  resize(size);
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToCurrentTab() {
  for (int i = 0; i < tabs_->count(); ++i) {
    // Both ways: a tab not in front sets neither the least width nor the
    // least height (Arabic text or a narrow window makes some pages tall).
    const QSizePolicy::Policy p =
        i == tabs_->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
    tabs_->widget(i)->setSizePolicy(QSizePolicy(p, p));
  }
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(document_->newAction());
  file->addAction(document_->openAction());
  file->addMenu(document_->recentMenu());
  file->addAction(document_->saveAction());
  file->addAction(document_->saveAsAction());
  file->addSeparator();
  file->addActions(document_->dataActions());
  file->addSeparator();
  file->addAction(explorer_->exportAction());
  QAction* shot = file->addAction(tr("Save &Screenshot…"), this, &MainWindow::saveScreenshot);
  shot->setShortcut(QKeySequence(tr("Ctrl+Alt+S")));
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  // Ctrl+1 … Ctrl+5: a tab from anywhere, as in a browser (the tabs' Alt
  // letters also label controls inside them).
  for (int i = 0; i < tabs_->count(); ++i) {
    QAction* go = view->addAction(tr("Go to %1").arg(tabs_->tabText(i).remove(QLatin1Char('&'))),
                                  this, [this, i] {
                                    tabs_->setCurrentIndex(i);
                                    tabs_->currentWidget()->setFocus();
                                  });
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
  }
  view->addSeparator();
  view->addActions(explorer_->viewActions());
  view->addSeparator();
  view->addMenu(makeLanguageMenu());
  view->addSeparator();
  view->addAction(presenter_->toggleAction());
  view->addMenu(presenter_->optionsMenu());

  QMenu* lessons = menuBar()->addMenu(tr("&Lessons"));
  lessons->addActions(lessons_->menuActions());
  lessons->addSeparator();
  restoreCurves_ = lessons->addAction(tr("Put Back My &Curves"), this, [this] {
    applier_->restoreCurves();
    restoreCurves_->setEnabled(false);
  });
  restoreCurves_->setStatusTip(
      tr("The explorer's curves as you had them before a lesson step set up its own."));
  restoreCurves_->setEnabled(false);
  lessons->addSeparator();
  QAction* saveStep =
      lessons->addAction(tr("Save as Lesson &Step…"), this, &MainWindow::askToSaveLessonStep);
  saveStep->setStatusTip(
      tr("Write the window's set-up as a step of a lesson of your own, with your text."));

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* start = help->addAction(tr("&Getting Started"), this, &MainWindow::showGettingStarted);
  start->setShortcut(QKeySequence::HelpContents);
  QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this,
                                  [this] { makeShortcutsDialog(this)->open(); });
  keys->setShortcut(QKeySequence(tr("Ctrl+/")));
  help->addSeparator();
  help->addAction(tr("&About ReLU Lab"), this, [this] {
    const QString licence =
        licenceText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    QMessageBox::about(this, tr("About ReLU Lab"),
                       tr("<b>ReLU Lab %1</b><p>Explore ReLU and its variants, and watch "
                          "neurons die while tiny networks train.</p><p>%2</p><p>%3</p>")
                               .arg(QApplication::applicationVersion(),
                                    cpuPathText().toHtmlEscaped(), gpuPathText().toHtmlEscaped()) +
                           QStringLiteral("<p>%1</p>").arg(licence));
  });
}

// View → Language: System, English, العربية (each name in its own language).
// The choice is saved; the window is built in one language, so it takes
// effect at the next start, which the dialog offers to do at once.
QMenu* MainWindow::makeLanguageMenu() {
  auto* menu = new QMenu(tr("&Language"), this);
  auto* group = new QActionGroup(menu);
  const QString saved = io::savedLanguage();
  const std::pair<QString, QString> choices[] = {
      {QString(), tr("&System")},
      {QStringLiteral("en"), QStringLiteral("English")},
      {QStringLiteral("ar"), QStringLiteral("العربية")},
  };
  for (const auto& [code, name] : choices) {
    QAction* a = menu->addAction(name);
    a->setCheckable(true);
    a->setChecked(code == saved);
    a->setData(code);
    group->addAction(a);
    connect(a, &QAction::triggered, this, [this, code = code, name = name] {
      if (code == io::savedLanguage()) return;
      io::saveLanguage(code);
      askToRestart(QString(name).remove(QLatin1Char('&')));
    });
  }
  return menu;
}

void MainWindow::askToRestart(const QString& language) {
  QString text = tr("ReLU Lab speaks %1 from its next start. Restart now? Nothing you have "
                    "set up is kept.")
                     .arg(language);
  if (!qEnvironmentVariableIsEmpty("RELULAB_LANG"))
    text += QLatin1Char(' ') + tr("RELULAB_LANG is set to “%1” here, which wins over this choice "
                                  "until it is unset.")
                                   .arg(qEnvironmentVariable("RELULAB_LANG"));
  auto* box = new QMessageBox(QMessageBox::Question, tr("Language"), text,
                              QMessageBox::Yes | QMessageBox::No, this);
  box->setObjectName(QStringLiteral("restartForLanguage"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->button(QMessageBox::Yes)->setText(tr("&Restart Now"));
  box->button(QMessageBox::No)->setText(tr("&Later"));
  connect(box, &QMessageBox::accepted, this, [] {
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1)))
      qApp->closeAllWindows();
  });
  box->open();
}

void MainWindow::showGettingStarted() {
  auto* box = new QMessageBox(QMessageBox::Information, tr("Getting Started"), gettingStartedText(),
                              QMessageBox::Close, this);
  box->setObjectName(QStringLiteral("gettingStarted"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  QPushButton* first = box->addButton(tr("Start the &First Lesson"), QMessageBox::AcceptRole);
  connect(first, &QPushButton::clicked, this, [this] {
    lessons_->show();
    if (!lessons_->library().lessons().empty())
      lessons_->openLesson(lessons_->library().lessons().front().id);
  });
  box->open();
}

QString MainWindow::cpuPathText() {
  return tr("CPU path: %1 (the best of: %2; RELULAB_CPU picks another).")
      .arg(QString::fromStdString(core::cpu::pathName(core::cpu::activePath())), [] {
        QStringList names;
        for (core::cpu::CpuPath p : core::cpu::availablePaths())
          names << QString::fromStdString(core::cpu::pathName(p));
        return names.join(QStringLiteral(", "));
      }());
}

void MainWindow::warnAboutCpuPath(const core::Message& message) {
  auto* box = new QMessageBox(
      QMessageBox::Warning, tr("CPU path"),
      tr("%1\n\nReLU Lab runs on the best path this CPU has, %2, instead. To choose another, "
         "quit, and set RELULAB_CPU to one of the valid paths (or unset it).")
          .arg(io::coreText(message),
               QString::fromStdString(core::cpu::pathName(core::cpu::activePath()))),
      QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

// The GPU path's state in a sentence. The first call probes EGL (tens of
// milliseconds), so it is asked for only when the About box opens.
QString MainWindow::gpuPathText() {
  const gpu::Availability a = gpu::availability();
  if (!a.available)
    return tr("GPU path: not available (%1). Everything runs on the CPU path.")
        .arg(io::coreText(a.reason));
  return tr("GPU path: %1, OpenGL %2%3. The playground always trains on the CPU (one tiny "
            "network is faster there); the phase-diagram study can use the GPU.")
      .arg(QString::fromStdString(a.info.renderer), QString::fromStdString(a.info.version),
           a.info.software ? tr(" (software: the shaders run on the CPU)") : QString());
}

bool MainWindow::openFile(const QString& path) {
  return document_->confirmDiscard() && document_->open(path);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!document_->confirmDiscard()) {
    event->ignore();
    return;
  }
  if (persistSettings_) {
    // Presenter mode's full screen is not the window's own size: leave it first.
    if (presenter_->isActive()) presenter_->setActive(false);
    saveSettings();
  }
  event->accept();
}

namespace {

// The first local file of a drag, if ReLU Lab can open it.
QString droppedFile(const QMimeData* mime) {
  if (!mime || !mime->hasUrls()) return {};
  for (const QUrl& url : mime->urls()) {
    if (!url.isLocalFile()) continue;
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    if (suffix == QLatin1String("relulab") || suffix == QLatin1String("json") ||
        suffix == QLatin1String("csv"))
      return url.toLocalFile();
  }
  return {};
}

}  // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (!droppedFile(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QString path = droppedFile(event->mimeData());
  if (path.isEmpty()) return;
  event->acceptProposedAction();
  // After the drop has finished: the file may ask questions (unsaved work, a preview).
  QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

void MainWindow::restoreSettings() {
  persistSettings_ = true;
  QSettings s = io::appSettings();
  if (const QByteArray geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
      !geometry.isEmpty())
    restoreGeometry(geometry);
  if (const QByteArray state = s.value(QStringLiteral("window/state")).toByteArray();
      !state.isEmpty())
    restoreState(state);
  const QString tabId = s.value(QStringLiteral("window/tab")).toString();
  const int tab = ExperimentDocument::tabIds().indexOf(tabId);
  if (tab >= 0) tabs_->setCurrentIndex(tab);
  const std::pair<PresenterMode::Panel, QString> panels[] = {
      {PresenterMode::Panel::Data, QStringLiteral("presenter/hide_data")},
      {PresenterMode::Panel::Network, QStringLiteral("presenter/hide_network")},
      {PresenterMode::Panel::Training, QStringLiteral("presenter/hide_training")}};
  for (const auto& [panel, key] : panels)
    if (s.contains(key)) presenter_->setHidden(panel, s.value(key).toBool());
  bool ok = false;
  const int speed = s.value(QStringLiteral("playground/speed")).toInt(&ok);
  const auto& speeds = PlaygroundPlayback::kSpeeds;
  if (const auto at = std::find(speeds.begin(), speeds.end(), speed); ok && at != speeds.end())
    playground_->playback()->setSpeedIndex(static_cast<int>(at - speeds.begin()));
}

void MainWindow::saveSettings() const {
  QSettings s = io::appSettings();
  s.setValue(QStringLiteral("window/geometry"), saveGeometry());
  s.setValue(QStringLiteral("window/state"), saveState());
  s.setValue(QStringLiteral("window/tab"),
             ExperimentDocument::tabIds().value(tabs_->currentIndex()));
  s.setValue(QStringLiteral("presenter/hide_data"),
             presenter_->isHidden(PresenterMode::Panel::Data));
  s.setValue(QStringLiteral("presenter/hide_network"),
             presenter_->isHidden(PresenterMode::Panel::Network));
  s.setValue(QStringLiteral("presenter/hide_training"),
             presenter_->isHidden(PresenterMode::Panel::Training));
  s.setValue(QStringLiteral("playground/speed"), playground_->playback()->speed());
}

void MainWindow::askToSaveLessonStep() {
  LessonStepDialog dialog(lessons_->library(), LessonLibrary::userFolder(), this);
  fitDialogToWindow(&dialog, this);
  if (dialog.exec() != QDialog::Accepted) return;
  saveLessonStep(dialog.targetPath(), dialog.lessonTitle(), dialog.stepTitle(), dialog.stepText());
}

bool MainWindow::saveLessonStep(const QString& path, const QString& lessonTitle,
                                const QString& stepTitle, const QString& text) {
  io::LessonStep step = applier_->capture();
  step.title.fallback = stepTitle;
  step.text.fallback = text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
  QDir().mkpath(QFileInfo(path).absolutePath());
  if (auto problem = io::appendLessonStep(path, lessonTitle, step)) {
    QMessageBox box(QMessageBox::Warning, tr("Lesson step not saved"), io::coreText(*problem),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("fileProblem"));
    box.exec();
    return false;
  }
  lessons_->reload();
  const QString id = QFileInfo(path).completeBaseName();
  const io::Lesson* lesson = lessons_->library().find(id);
  if (lesson && lesson->source == path) {
    lessons_->openLesson(id);
    lessons_->show();
  }
  statusBar()->showMessage(
      tr("Saved as step %1 of %2 (%3); edit its text there.")
          .arg(lesson ? static_cast<int>(lesson->steps.size()) : 0)
          .arg(lesson ? lesson->title.forLocale() : lessonTitle, QDir::toNativeSeparators(path)),
      15000);
  return true;
}

void MainWindow::saveScreenshot() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), tr("relulab.png"),
                                                    tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  if (const auto problem = saveWidgetPng(this, path))
    QMessageBox::warning(this, tr("Screenshot not saved"), io::coreText(*problem));
  else
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

}  // namespace relulab::ui
