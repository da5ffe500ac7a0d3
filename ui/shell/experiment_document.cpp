#include "ui/shell/experiment_document.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

#include "core/training/presets.h"
#include "io/core_text.h"
#include "io/language.h"
#include "io/points_csv.h"
#include "ui/common/dialog_fit.h"
#include "ui/common/playground_playback.h"
#include "ui/compare/compare_panel.h"
#include "ui/compare/compare_session.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_session.h"
#include "ui/playground/points_import_dialog.h"
#include "ui/studies/studies_panel.h"

namespace relulab::ui {

namespace {

const QString kRecentKey = QStringLiteral("files/recent");

QString suffixed(QString path, const QString& suffix) {
  if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
  return path;
}

QString displayName(const QString& path) {
  return QFileInfo(path).fileName();
}

}  // namespace

const QStringList& ExperimentDocument::tabIds() {
  static const QStringList ids{QStringLiteral("explorer"), QStringLiteral("playground"),
                               QStringLiteral("compare"), QStringLiteral("studies"),
                               QStringLiteral("images")};
  return ids;
}

ExperimentDocument::ExperimentDocument(QMainWindow* window, QTabWidget* tabs,
                                       PlaygroundPanel* playground, ComparePanel* compare,
                                       StudiesPanel* studies, LessonDock* lessons)
    : QObject(window),
      window_(window),
      tabs_(tabs),
      playground_(playground),
      compare_(compare),
      studies_(studies),
      lessons_(lessons) {
  createActions();
  connect(playground_->session(), &PlaygroundSession::frameArrived, this,
          &ExperimentDocument::playgroundFrame);
  connect(compare_->session(), &CompareSession::frameArrived, this,
          &ExperimentDocument::compareFrame);
  connect(studies_, &StudiesPanel::studyFinished, this, [this] {
    if (studyReopening_)
      studyReopening_ = false;
    else
      setModified(true);
  });
  // After New or Open, the run's first frame is the one just before the
  // worker says it started it (frames and notices keep their order).
  connect(playground_->session(), &PlaygroundSession::notice, this, [this](PlaygroundNotice kind) {
    if (!playgroundPending_) return;
    if (kind != PlaygroundNotice::Opened && kind != PlaygroundNotice::Loaded &&
        kind != PlaygroundNotice::Rejected)
      return;
    playgroundPending_ = false;
    playgroundFrame();
  });
  connect(compare_->session(), &CompareSession::notice, this, [this](CompareNotice kind) {
    if (!comparePending_) return;
    if (kind != CompareNotice::Opened && kind != CompareNotice::NewSetup &&
        kind != CompareNotice::Rejected)
      return;
    comparePending_ = false;
    compareFrame();
  });
  updateTitle();
}

void ExperimentDocument::createActions() {
  new_ = new QAction(tr("&New"), this);
  new_->setShortcut(QKeySequence::New);
  new_->setStatusTip(tr("Start again: the playground and compare mode at their first set-ups."));
  connect(new_, &QAction::triggered, this, [this] {
    if (confirmDiscard()) newExperiment();
  });
  open_ = new QAction(tr("&Open…"), this);
  open_->setShortcut(QKeySequence::Open);
  open_->setStatusTip(tr("Open a saved experiment and continue its runs where they stopped."));
  connect(open_, &QAction::triggered, this, &ExperimentDocument::askToOpen);
  recent_ = new QMenu(tr("Open &Recent"), window_);
  connect(recent_, &QMenu::aboutToShow, this, &ExperimentDocument::fillRecentMenu);
  fillRecentMenu();
  save_ = new QAction(tr("&Save"), this);
  save_->setShortcut(QKeySequence::Save);
  save_->setStatusTip(
      tr("Save the experiment: data, networks, weights and optimiser state, so "
         "that its runs continue exactly where they stopped."));
  connect(save_, &QAction::triggered, this, &ExperimentDocument::save);
  saveAs_ = new QAction(tr("Save &As…"), this);
  saveAs_->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));  // not every desktop binds SaveAs
  connect(saveAs_, &QAction::triggered, this, &ExperimentDocument::saveAs);

  QAction* importPointsAction = new QAction(tr("&Import Points…"), this);
  importPointsAction->setShortcut(QKeySequence(tr("Ctrl+I")));
  importPointsAction->setStatusTip(
      tr("Train the playground on your own 2-D points from a CSV file (x1, x2, label or target)."));
  connect(importPointsAction, &QAction::triggered, this, [this] { importPoints({}); });
  QAction* exportPoints = new QAction(tr("Export &Points…"), this);
  exportPoints->setStatusTip(tr("Save the playground's points as a CSV file."));
  connect(exportPoints, &QAction::triggered, this, &ExperimentDocument::askToExportPoints);
  QAction* importWeights = new QAction(tr("Import &Weights…"), this);
  importWeights->setStatusTip(
      tr("Put weights saved from a network of the same shape into the playground's network."));
  connect(importWeights, &QAction::triggered, this, &ExperimentDocument::askToImportWeights);
  QAction* exportWeights = new QAction(tr("Export W&eights…"), this);
  exportWeights->setStatusTip(tr("Save the playground network's weights alone, as JSON."));
  connect(exportWeights, &QAction::triggered, this, &ExperimentDocument::askToExportWeights);
  data_ = {importPointsAction, exportPoints, importWeights, exportWeights};
}

// ---- the title and the modified mark

void ExperimentDocument::updateTitle() {
  const QString name = path_.isEmpty() ? tr("Untitled") : displayName(path_);
  window_->setWindowTitle(tr("%1[*] — ReLU Lab").arg(name));
  window_->setWindowModified(modified_);
}

void ExperimentDocument::setModified(bool modified) {
  if (modified_ == modified) return;
  modified_ = modified;
  updateTitle();
}

void ExperimentDocument::setPath(const QString& path) {
  path_ = path;
  updateTitle();
}

void ExperimentDocument::playgroundFrame() {
  const FramePtr& f = playground_->session()->latest();
  if (!f) return;
  const PlaygroundMark now{f->run, f->step, f->config, f->dataSource, f->addedPoints};
  if (playgroundPending_) return;  // New or Open: the run before may still send frames
  if (!playgroundMark_)
    playgroundMark_ = now;  // the first run, as the window starts
  else if (!(now == *playgroundMark_))
    setModified(true);
}

void ExperimentDocument::compareFrame() {
  const CompareFramePtr& f = compare_->session()->latest();
  if (!f) return;
  if (comparePending_) return;
  if (!compareMarked_) {
    compareRun_ = f->run;
    compareStep_ = f->step;
    compareMarked_ = true;
  } else if (f->run != compareRun_ || f->step != compareStep_) {
    setModified(true);
  }
}

// ---- saving

io::Experiment ExperimentDocument::capture() {
  io::Experiment e;
  e.playground = playground_->saveRun();
  e.compare = compare_->saveRuns();
  e.study = studies_->saveStudy();
  e.view.tab = tabIds().value(tabs_->currentIndex());
  if (const io::Lesson* lesson = lessons_->currentLesson(); lesson && lessons_->isVisible()) {
    e.view.lesson = lesson->id;
    e.view.lessonStep = std::max(0, lessons_->currentStep());
  }
  e.view.speed = playground_->playback()->speed();
  return e;
}

bool ExperimentDocument::saveTo(const QString& path) {
  const io::Experiment e = capture();
  if (auto problem = io::writeExperimentFile(path, e)) {
    refuse(tr("Not saved"), io::coreText(*problem) + QStringLiteral("\n\n") +
                                tr("Nothing was lost: the window keeps your work; save it "
                                   "elsewhere (File → Save As…)."));
    return false;
  }
  setPath(path);
  addRecent(path);
  // What was saved is the baseline: a later step or change marks it again.
  if (e.playground) {
    const FramePtr& f = playground_->session()->latest();
    core::TrainConfig config = e.playground->run.config;
    config.diagnostics.every = 0;
    playgroundMark_ =
        PlaygroundMark{f ? f->run : 0, e.playground->stepBase + e.playground->run.step, config,
                       e.playground->dataSource, e.playground->addedPoints};
    playgroundPending_ = false;
  }
  if (const CompareFramePtr& f = compare_->session()->latest(); f && e.compare) {
    compareRun_ = f->run;
    compareStep_ = e.compare->step;
    compareMarked_ = true;
    comparePending_ = false;
  }
  setModified(false);
  emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
  return true;
}

bool ExperimentDocument::save() {
  return path_.isEmpty() ? saveAs() : saveTo(path_);
}

bool ExperimentDocument::saveAs() {
  const QString start = path_.isEmpty() ? tr("experiment.relulab") : path_;
  QString path = QFileDialog::getSaveFileName(window_, tr("Save Experiment"), start,
                                              tr("ReLU Lab experiments (*.relulab)"));
  if (path.isEmpty()) return false;
  return saveTo(suffixed(path, QLatin1String(io::kExperimentSuffix)));
}

bool ExperimentDocument::confirmDiscard() {
  if (!modified_) return true;
  QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                  tr("“%1” has changes that are not saved. Save them first?")
                      .arg(path_.isEmpty() ? tr("Untitled") : displayName(path_)),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window_);
  box.setObjectName(QStringLiteral("unsavedChanges"));
  fitDialogToWindow(&box, window_);
  box.setInformativeText(tr("Discarding loses the runs' progress since the last save."));
  box.setDefaultButton(QMessageBox::Save);
  box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
  switch (box.exec()) {
    case QMessageBox::Save:
      return save();
    case QMessageBox::Discard:
      return true;
    default:
      return false;
  }
}

// ---- opening

void ExperimentDocument::refuse(const QString& title, const QString& problem) {
  QMessageBox box(QMessageBox::Warning, title, problem, QMessageBox::Ok, window_);
  box.setObjectName(QStringLiteral("fileProblem"));
  box.setTextInteractionFlags(Qt::TextSelectableByMouse);
  fitDialogToWindow(&box, window_);
  box.exec();
}

void ExperimentDocument::askToOpen() {
  if (!confirmDiscard()) return;
  const QString path = QFileDialog::getOpenFileName(
      window_, tr("Open Experiment"), QFileInfo(path_).absolutePath(),
      tr("ReLU Lab experiments (*.relulab);;Training set-ups (*.json);;Points (*.csv);;All files "
         "(*)"));
  if (!path.isEmpty()) open(path);
}

bool ExperimentDocument::open(const QString& path) {
  if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
    return importPoints(path);
  const auto read = io::readExperimentFile(path);
  if (!read) {
    refuse(tr("Cannot open %1").arg(displayName(path)),
           io::coreText(read.message()) + QStringLiteral("\n\n") +
               tr("Nothing was changed: the window keeps what it had."));
    return false;
  }
  const io::Experiment& e = read.value();
  if (e.playground || e.playgroundConfig) {
    playgroundPending_ = true;
    playgroundMark_.reset();
    if (e.playground)
      playground_->openRun(*e.playground);
    else
      playground_->loadConfig(*e.playgroundConfig);
  }
  if (e.compare) {
    comparePending_ = true;
    compareMarked_ = false;
    compare_->openRuns(*e.compare);
  }
  if (!e.study.isEmpty()) {
    studyReopening_ = studies_->openStudy(e.study) && studies_->isRunning();
  }
  if (e.view.speed >= 0) {
    const auto& speeds = PlaygroundPlayback::kSpeeds;
    const auto at = std::find(speeds.begin(), speeds.end(), e.view.speed);
    if (at != speeds.end())
      playground_->playback()->setSpeedIndex(static_cast<int>(at - speeds.begin()));
  }
  if (const int tab = tabIds().indexOf(e.view.tab); tab >= 0) tabs_->setCurrentIndex(tab);
  if (!e.view.lesson.isEmpty() && lessons_->openLesson(e.view.lesson)) {
    lessons_->show();
    lessons_->returnToStep(e.view.lessonStep);
  }
  // A set-up alone (version 0) is not this file's: saving asks where.
  setPath(e.playground || e.compare ? path : QString());
  if (!path_.isEmpty()) addRecent(path);
  setModified(false);
  emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
  return true;
}

void ExperimentDocument::newExperiment() {
  playgroundPending_ = true;
  playgroundMark_.reset();
  comparePending_ = true;
  compareMarked_ = false;
  playground_->loadConfig(*core::preset("tfp-relu"));
  compare_->loadConfig(*core::preset("tfp-default"));
  setPath(QString());
  setModified(false);
}

// ---- recent files

QStringList ExperimentDocument::recentFiles() {
  QStringList kept;
  for (const QString& path : io::appSettings().value(kRecentKey).toStringList())
    if (QFileInfo::exists(path)) kept << path;
  return kept;
}

void ExperimentDocument::clearRecentFiles() {
  io::appSettings().remove(kRecentKey);
}

void ExperimentDocument::addRecent(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList list = io::appSettings().value(kRecentKey).toStringList();
  list.removeAll(absolute);
  list.prepend(absolute);
  while (list.size() > kRecentFiles) list.removeLast();
  io::appSettings().setValue(kRecentKey, list);
}

void ExperimentDocument::fillRecentMenu() {
  recent_->clear();
  const QStringList files = recentFiles();
  for (int i = 0; i < files.size(); ++i) {
    // "&1 run.relulab": a digit to pick it from the keyboard.
    QAction* a = recent_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
        displayName(files[i]).replace(QLatin1Char('&'), QStringLiteral("&&"))));
    a->setStatusTip(QDir::toNativeSeparators(files[i]));
    a->setToolTip(QDir::toNativeSeparators(files[i]));
    connect(a, &QAction::triggered, this, [this, path = files[i]] {
      if (confirmDiscard()) open(path);
    });
  }
  if (files.isEmpty()) recent_->addAction(tr("No recent files"))->setEnabled(false);
  recent_->addSeparator();
  QAction* clear = recent_->addAction(tr("&Clear the List"), this, [this] {
    clearRecentFiles();
    fillRecentMenu();
  });
  clear->setEnabled(!files.isEmpty());
}

// ---- points and weights

bool ExperimentDocument::importPoints(const QString& given) {
  QString path = given;
  if (path.isEmpty())
    path = QFileDialog::getOpenFileName(window_, tr("Import Points"), QString(),
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
  if (path.isEmpty()) return false;
  PointsImportDialog dialog(path, window_);
  fitDialogToWindow(&dialog, window_);
  if (dialog.exec() != QDialog::Accepted || dialog.points().empty()) return false;
  playground_->importPoints(dialog.points(), dialog.regression(), displayName(path));
  tabs_->setCurrentWidget(playground_);
  setModified(true);
  return true;
}

void ExperimentDocument::askToExportPoints() {
  const QString path = QFileDialog::getSaveFileName(window_, tr("Export Points"), tr("points.csv"),
                                                    tr("CSV files (*.csv)"));
  if (!path.isEmpty()) exportPoints(suffixed(path, QStringLiteral("csv")));
}

bool ExperimentDocument::exportPoints(const QString& path) {
  const FramePtr& f = playground_->session()->latest();
  if (!f || !f->data) return false;
  std::vector<core::Point> all = f->data->train;
  all.insert(all.end(), f->data->test.begin(), f->data->test.end());
  if (auto problem = io::writeFileAtomically(path, io::writePointsCsv(all, !f->classification()))) {
    refuse(tr("Not exported"), io::coreText(*problem));
    return false;
  }
  emit statusMessage(tr("Exported %n point(s) to %1", nullptr, static_cast<int>(all.size()))
                         .arg(QDir::toNativeSeparators(path)));
  return true;
}

void ExperimentDocument::askToExportWeights() {
  const QString path = QFileDialog::getSaveFileName(window_, tr("Export Weights"),
                                                    tr("weights.json"), tr("JSON files (*.json)"));
  if (!path.isEmpty()) exportWeights(suffixed(path, QStringLiteral("json")));
}

bool ExperimentDocument::exportWeights(const QString& path) {
  const FramePtr& f = playground_->session()->latest();
  if (!f) return false;
  core::NetworkSpec network = f->config.network;
  if (auto problem = io::writeFileAtomically(path, io::writeWeights(network, f->parameters))) {
    refuse(tr("Not exported"), io::coreText(*problem));
    return false;
  }
  emit statusMessage(tr("Exported the weights to %1").arg(QDir::toNativeSeparators(path)));
  return true;
}

void ExperimentDocument::askToImportWeights() {
  const QString path = QFileDialog::getOpenFileName(window_, tr("Import Weights"), QString(),
                                                    tr("JSON files (*.json);;All files (*)"));
  if (!path.isEmpty()) importWeights(path);
}

bool ExperimentDocument::importWeights(const QString& path) {
  const auto read = io::readWeightsFile(path);
  const auto nothingChanged = [] {
    return QStringLiteral("\n\n") + tr("Nothing was changed: the network keeps its weights.");
  };
  if (!read) {
    refuse(tr("Cannot import %1").arg(displayName(path)),
           io::coreText(read.message()) + nothingChanged());
    return false;
  }
  auto run = playground_->saveRun();
  if (!run) return false;
  const core::NetworkSpec& mine = run->run.config.network;
  const core::ParamLayout theirs(read->network), ours(mine);
  bool same = theirs.layers.size() == ours.layers.size();
  for (std::size_t l = 0; same && l < ours.layers.size(); ++l)
    same = theirs.layers[l].in == ours.layers[l].in && theirs.layers[l].out == ours.layers[l].out;
  if (!same) {
    refuse(tr("Cannot import %1").arg(displayName(path)),
           tr("These weights are for a network of another shape: the playground's network must "
              "have the same inputs and the same layer widths.") +
               nothingChanged());
    return false;
  }
  // The weights go into the run as it is (its data, optimiser and step stay).
  run->run.parameters = read->parameters;
  playground_->openRun(*run);
  setModified(true);
  emit statusMessage(tr("Imported the weights from %1").arg(QDir::toNativeSeparators(path)));
  return true;
}

}  // namespace relulab::ui
