#include "ui/studies/studies_panel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

#include "core/studies/study_ids.h"
#include "io/core_text.h"
#include "ui/common/column_scroll_area.h"
#include "ui/common/message_look.h"
#include "ui/common/widget_png.h"
#include "ui/studies/studies_form_born_dead.h"
#include "ui/studies/studies_form_collapse.h"
#include "ui/studies/studies_form_depth.h"
#include "ui/studies/studies_form_phase.h"
#include "ui/studies/studies_text.h"
#include "ui/studies/studies_view_born_dead.h"
#include "ui/studies/studies_view_collapse.h"
#include "ui/studies/studies_view_depth.h"
#include "ui/studies/studies_view_phase.h"
#include "ui/studies/studies_worker.h"

namespace relulab::ui {

namespace {

constexpr int kProgressSteps = 1000;

// File names the save dialogs suggest, as `relulab study NAME` names them.
QString fileStem(StudyKind kind) {
  switch (kind) {
    case StudyKind::BornDead:
      return io::qstring(core::studyId(core::StudyId::BornDead));
    case StudyKind::DepthVariance:
      return io::qstring(core::studyId(core::StudyId::DepthVariance));
    case StudyKind::PhaseDiagram:
      return io::qstring(core::studyId(core::StudyId::PhaseDiagram));
    case StudyKind::Collapse:
      return io::qstring(core::studyId(core::StudyId::Collapse));
  }
  return QStringLiteral("study");
}

}  // namespace

StudiesPanel::StudiesPanel(QWidget* parent) : QWidget(parent) {
  runner_ = new StudiesRunner(this);
  forms_ = {new StudiesFormBornDead, new StudiesFormDepth, new StudiesFormPhase,
            new StudiesFormCollapse};
  views_ = {new StudiesViewBornDead, new StudiesViewDepth, new StudiesViewPhase,
            new StudiesViewCollapse};

  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(buildControls());
  split->addWidget(buildResults());
  split->setStretchFactor(0, 0);
  split->setStretchFactor(1, 1);
  split->setChildrenCollapsible(false);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(split);

  connect(runner_, &StudiesRunner::progressed, this, &StudiesPanel::showProgress);
  connect(runner_, &StudiesRunner::finished, this, &StudiesPanel::receive);
  connect(picker_, &QComboBox::currentIndexChanged, this, &StudiesPanel::studyChanged);
  connect(run_, &QPushButton::clicked, this, &StudiesPanel::run);
  connect(cancel_, &QPushButton::clicked, this, &StudiesPanel::cancel);
  connect(defaults_, &QPushButton::clicked, this, [this] {
    form(currentStudy())->restoreDefaults();
    setStatus(currentStudy(), tr("Settings back to their defaults."));
  });
  connect(saveCsv_, &QPushButton::clicked, this, &StudiesPanel::askSaveCsv);
  connect(savePng_, &QPushButton::clicked, this, &StudiesPanel::askSavePng);
  for (Status& s : statuses_) s.text = tr("Pick a study, adjust its settings, and press Run.");
  setRunning(false);
  studyChanged();
}

StudiesPanel::~StudiesPanel() = default;  // the runner cancels and waits for its thread

QWidget* StudiesPanel::buildControls() {
  picker_ = new QComboBox;
  picker_->setObjectName(QStringLiteral("studyPicker"));
  for (int k = 0; k < kStudyKindCount; ++k)
    picker_->addItem(StudiesText::studyName(static_cast<StudyKind>(k)), k);
  picker_->setToolTip(tr("Which experiment to run. Each is also a command: relulab study …"));
  description_ = new QLabel;
  description_->setWordWrap(true);
  // Only the current study's form is shown. (Not a QStackedWidget: that asks
  // hidden pages for their height too, and the tallest would set the column's.)
  formBox_ = new QWidget;
  auto* formLayout = new QVBoxLayout(formBox_);
  formLayout->setContentsMargins(0, 0, 0, 0);
  for (StudiesForm* f : forms_) formLayout->addWidget(f);

  seed_ = new QSpinBox;
  seed_->setObjectName(QStringLiteral("studySeed"));
  seed_->setRange(0, INT_MAX);
  seed_->setValue(1);
  seed_->setToolTip(
      tr("The random seed. The same seed and settings give exactly the same "
         "numbers, whatever the number of threads."));
  threads_ = new QSpinBox;
  threads_->setObjectName(QStringLiteral("studyThreads"));
  threads_->setRange(0, std::max(1, QThread::idealThreadCount()));
  threads_->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
  threads_->setToolTip(
      tr("How many CPU cores work on the study. The results do not depend on "
         "it, only the time."));
  backend_ = new QComboBox;
  backend_->setObjectName(QStringLiteral("studyBackend"));
  backend_->addItem(tr("Automatic"), static_cast<int>(gpu::Backend::Auto));
  backend_->addItem(tr("CPU"), static_cast<int>(gpu::Backend::Cpu));
  backend_->addItem(tr("GPU"), static_cast<int>(gpu::Backend::Gpu));
  backend_->setToolTip(
      tr("Where the phase diagram's training runs happen. Automatic uses the GPU only where "
         "it is faster (a hardware GPU and enough runs at once; never a software renderer); "
         "GPU insists, and says why when there is none. The other studies run on the CPU. "
         "The status line says which path ran."));
  auto* common = new QGroupBox(tr("Every study"));
  auto* commonForm = new QFormLayout(common);
  commonForm->addRow(tr("S&eed:"), seed_);
  commonForm->addRow(tr("&Threads:"), threads_);
  commonForm->addRow(tr("&Backend:"), backend_);

  run_ = new QPushButton(tr("&Run"));
  run_->setObjectName(QStringLiteral("studyRun"));
  run_->setToolTip(tr("Run the study with these settings (Ctrl+Return)."));
  run_->setShortcut(QKeySequence(tr("Ctrl+Return")));
  cancel_ = new QPushButton(tr("&Cancel"));
  cancel_->setObjectName(QStringLiteral("studyCancel"));
  cancel_->setToolTip(tr("Stop now and keep what is finished (partial results)."));
  defaults_ = new QPushButton(tr("&Defaults"));
  defaults_->setToolTip(tr("Put this study's settings back to their defaults."));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(run_);
  buttons->addWidget(cancel_);
  buttons->addStretch(1);
  buttons->addWidget(defaults_);

  progress_ = new QProgressBar;
  progress_->setObjectName(QStringLiteral("studyProgress"));
  progress_->setRange(0, kProgressSteps);
  progress_->setValue(0);
  progress_->setTextVisible(true);
  status_ = new QLabel;
  status_->setObjectName(QStringLiteral("studyStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  saveCsv_ = new QPushButton(tr("Save CS&V…"));
  saveCsv_->setToolTip(tr("Save the numbers as CSV text, the same as relulab study writes."));
  savePng_ = new QPushButton(tr("Save &PNG…"));
  savePng_->setToolTip(tr("Save the plot as a PNG image."));
  auto* saves = new QHBoxLayout;
  saves->addWidget(saveCsv_);
  saves->addWidget(savePng_);
  saves->addStretch(1);

  auto* column = new QWidget;
  auto* layout = new QVBoxLayout(column);
  auto* pick = new QFormLayout;
  pick->addRow(tr("&Study:"), picker_);
  layout->addLayout(pick);
  layout->addWidget(description_);
  layout->addWidget(formBox_);
  layout->addWidget(common);
  layout->addLayout(buttons);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addLayout(saves);
  layout->addStretch(1);

  // As wide as the study's settings need (the font's size included), plus a
  // vertical scroll bar should one be needed; the results get the rest.
  return new ColumnScrollArea(column);
}

QWidget* StudiesPanel::buildResults() {
  partial_ = new QLabel;
  partial_->setObjectName(QStringLiteral("studyPartial"));
  partial_->setWordWrap(true);
  setNoticeLook(partial_);
  partial_->hide();
  viewStack_ = new QStackedWidget;
  for (StudiesView* v : views_) viewStack_->addWidget(v);
  auto* results = new QWidget;
  auto* layout = new QVBoxLayout(results);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(partial_);
  layout->addWidget(viewStack_, 1);
  return results;
}

StudyKind StudiesPanel::currentStudy() const {
  return static_cast<StudyKind>(picker_->currentData().toInt());
}

void StudiesPanel::selectStudy(StudyKind kind) {
  picker_->setCurrentIndex(picker_->findData(static_cast<int>(kind)));
}

void StudiesPanel::studyChanged() {
  const StudyKind kind = currentStudy();
  description_->setText(StudiesText::studyDescription(kind));
  for (StudiesForm* f : forms_) f->setVisible(f == form(kind));
  viewStack_->setCurrentWidget(view(kind));
  backend_->setEnabled(!isRunning() && kind == StudyKind::PhaseDiagram);
  showOutcomeOf(kind);
  showProgressOf(kind);
  showStatusOf(kind);
}

core::Result<StudyConfig> StudiesPanel::currentConfig() const {
  core::Result<StudyConfig> config = form(currentStudy())->config();
  if (!config) return config;
  const auto seed = static_cast<std::uint64_t>(seed_->value());
  std::visit([seed](auto& c) { c.seed = seed; }, config.value());
  if (auto problem = validateStudy(*config))
    return core::Result<StudyConfig>::failure(std::move(*problem));
  return config;
}

bool StudiesPanel::run() {
  if (runner_->isRunning()) return false;
  const core::Result<StudyConfig> config = currentConfig();
  if (!config) {
    setStatus(currentStudy(), tr("Not started: %1").arg(io::coreText(config.message())), true);
    return false;
  }
  running_ = currentStudy();
  runner_->start(*config, threads_->value(),
                 static_cast<gpu::Backend>(backend_->currentData().toInt()));
  setRunning(true);
  progress_->setValue(0);
  progress_->setFormat(tr("0% — %1").arg(StudiesText::timeLeft(-1.0)));
  setStatus(running_, tr("Running “%1”…").arg(StudiesText::studyName(running_)));
  return true;
}

void StudiesPanel::cancel() {
  if (!runner_->isRunning()) return;
  runner_->cancel();
  setStatus(running_, tr("Cancelling…"));
}

bool StudiesPanel::isRunning() const {
  return runner_->isRunning();
}

void StudiesPanel::showProgress(const core::StudyProgress& p) {
  const int percent = static_cast<int>(p.fraction * 100.0);
  progress_->setValue(static_cast<int>(p.fraction * kProgressSteps));
  progress_->setFormat(tr("%1% — %2").arg(percent).arg(StudiesText::timeLeft(p.secondsLeft)));
}

void StudiesPanel::receive(const StudyOutcomePtr& outcome) {
  setRunning(false);
  const StudyKind kind = running_;
  if (!outcome->result) {
    // The settings were checked before the run, so this is rare (or the GPU
    // path was asked for and cannot run); keep the previous results on screen.
    setStatus(kind, tr("The study did not run: %1").arg(io::coreText(outcome->error)), true);
    emit studyFinished(kind);
    return;
  }
  outcomes_[static_cast<std::size_t>(kind)] = outcome;
  if (outcome->problem) {
    progress_->setFormat(tr("Stopped"));
    setStatus(kind, io::coreText(*outcome->problem), true);
  } else if (outcome->cancelled) {
    progress_->setFormat(tr("Cancelled"));
    setStatus(kind,
              tr("Cancelled after %1 s. The results shown are partial. %2")
                  .arg(QLocale().toString(outcome->seconds, 'f', 1), outcome->backend)
                  .trimmed(),
              false, outcome->backendReason);
  } else {
    progress_->setValue(kProgressSteps);
    progress_->setFormat(tr("Done"));
    setStatus(kind,
              tr("Finished in %1 s. %2")
                  .arg(QLocale().toString(outcome->seconds, 'f', outcome->seconds < 1.0 ? 2 : 1),
                       outcome->backend)
                  .trimmed(),
              false, outcome->backendReason);
  }
  if (!expectedCsv_.isEmpty() && !outcome->cancelled) {
    // A study opened from a file, run again: the same numbers, or say so.
    const bool same = QString::fromStdString(outcome->csv) == expectedCsv_;
    expectedCsv_.clear();
    setStatus(kind,
              same ? tr("Run again from the saved settings: the same results as saved.")
                   : tr("Run again from the saved settings: the results differ from the saved "
                        "ones (saved by another build of ReLU Lab?)."),
              !same);
  }
  if (kind == currentStudy()) showOutcomeOf(kind);
  emit studyFinished(kind);
}

namespace {

const char* const kStudyIds[] = {"born-dead", "depth-variance", "phase-diagram", "collapse"};

// Every input of a form, by its object name (or, for an unnamed one, its
// class and place among the form's inputs): enough to put the form back.
QList<QWidget*> inputsOf(QWidget* form) {
  QList<QWidget*> inputs;
  for (QWidget* w : form->findChildren<QWidget*>())
    if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
        qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractButton*>(w))
      if (!qobject_cast<QLineEdit*>(w) || !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
        if (!qobject_cast<QLineEdit*>(w) || !qobject_cast<QComboBox*>(w->parentWidget()))
          inputs << w;
  return inputs;
}

QString inputKey(QWidget* w, int index) {
  return w->objectName().isEmpty()
             ? QStringLiteral("%1#%2").arg(QLatin1String(w->metaObject()->className())).arg(index)
             : w->objectName();
}

QJsonValue inputValue(QWidget* w) {
  if (auto* b = qobject_cast<QDoubleSpinBox*>(w)) return b->value();
  if (auto* b = qobject_cast<QSpinBox*>(w)) return b->value();
  if (auto* b = qobject_cast<QComboBox*>(w)) return b->currentIndex();
  if (auto* b = qobject_cast<QLineEdit*>(w)) return b->text();
  if (auto* b = qobject_cast<QAbstractButton*>(w); b && b->isCheckable()) return b->isChecked();
  return {};
}

void setInputValue(QWidget* w, const QJsonValue& v) {
  if (auto* b = qobject_cast<QDoubleSpinBox*>(w); b && v.isDouble())
    b->setValue(v.toDouble());
  else if (auto* b = qobject_cast<QSpinBox*>(w); b && v.isDouble())
    b->setValue(v.toInt());
  else if (auto* b = qobject_cast<QComboBox*>(w); b && v.isDouble())
    b->setCurrentIndex(v.toInt());
  else if (auto* b = qobject_cast<QLineEdit*>(w); b && v.isString())
    b->setText(v.toString());
  else if (auto* b = qobject_cast<QAbstractButton*>(w); b && v.isBool())
    b->setChecked(v.toBool());
}

}  // namespace

QJsonObject StudiesPanel::saveStudy() const {
  const StudyKind kind = currentStudy();
  QJsonObject settings;
  const QList<QWidget*> inputs = inputsOf(form(kind));
  for (int i = 0; i < inputs.size(); ++i)
    if (const QJsonValue v = inputValue(inputs[i]); !v.isUndefined())
      settings.insert(inputKey(inputs[i], i), v);
  QJsonObject saved{{QStringLiteral("kind"), QLatin1String(kStudyIds[static_cast<int>(kind)])},
                    {QStringLiteral("seed"), seed_->value()},
                    {QStringLiteral("settings"), settings}};
  if (const StudyOutcomePtr& latest = outcome(kind); latest && latest->result) {
    saved.insert(QStringLiteral("results_csv"), QString::fromStdString(latest->csv));
    saved.insert(QStringLiteral("complete"), !latest->cancelled);
  }
  return saved;
}

bool StudiesPanel::openStudy(const QJsonObject& saved) {
  const QString id = saved.value(QStringLiteral("kind")).toString();
  int kind = -1;
  for (int k = 0; k < kStudyKindCount; ++k)
    if (id == QLatin1String(kStudyIds[k])) kind = k;
  if (kind < 0 || isRunning()) {
    setStatus(currentStudy(),
              kind < 0 ? tr("The file's study (“%1”) is not one this ReLU Lab "
                            "knows.")
                             .arg(id)
                       : tr("A study is running: the saved one was not opened."),
              true);
    return false;
  }
  selectStudy(static_cast<StudyKind>(kind));
  if (saved.value(QStringLiteral("seed")).isDouble())
    seed_->setValue(saved.value(QStringLiteral("seed")).toInt());
  const QJsonObject settings = saved.value(QStringLiteral("settings")).toObject();
  const QList<QWidget*> inputs = inputsOf(form(currentStudy()));
  for (int i = 0; i < inputs.size(); ++i)
    if (settings.contains(inputKey(inputs[i], i)))
      setInputValue(inputs[i], settings.value(inputKey(inputs[i], i)));
  const QString csv = saved.value(QStringLiteral("results_csv")).toString();
  if (csv.isEmpty() || !saved.value(QStringLiteral("complete")).toBool(true)) return true;
  expectedCsv_ = csv;
  if (!run()) expectedCsv_.clear();
  return true;
}

void StudiesPanel::showOutcomeOf(StudyKind kind) {
  const StudyOutcomePtr& outcome = outcomes_[static_cast<std::size_t>(kind)];
  const bool has = outcome && outcome->result;
  if (has)
    view(kind)->showOutcome(*outcome);
  else
    view(kind)->clear();
  partial_->setVisible(has && outcome->cancelled);
  partial_->setText(
      tr("Partial results: the study was cancelled before it finished. Rows and "
         "cells marked * hold fewer samples than asked for."));
  saveCsv_->setEnabled(has && !isRunning());
  savePng_->setEnabled(has && !isRunning());
}

void StudiesPanel::setRunning(bool running) {
  run_->setEnabled(!running);
  cancel_->setEnabled(running);
  defaults_->setEnabled(!running);
  picker_->setEnabled(!running);
  formBox_->setEnabled(!running);
  seed_->setEnabled(!running);
  threads_->setEnabled(!running);
  backend_->setEnabled(!running && currentStudy() == StudyKind::PhaseDiagram);
  const StudyOutcomePtr& outcome = outcomes_[static_cast<std::size_t>(currentStudy())];
  const bool has = outcome && outcome->result;
  saveCsv_->setEnabled(has && !running);
  savePng_->setEnabled(has && !running);
}

void StudiesPanel::setStatus(StudyKind kind, const QString& text, bool problem,
                             const QString& detail) {
  statuses_[static_cast<std::size_t>(kind)] = {text, problem, detail};
  if (kind != currentStudy()) return;
  showStatusOf(kind);
  emit statusMessage(text);
}

void StudiesPanel::showStatusOf(StudyKind kind) {
  const Status& s = statuses_[static_cast<std::size_t>(kind)];
  status_->setText(s.text);
  status_->setToolTip(s.detail);
  setWarningLook(status_, s.problem, /*bold=*/false);
}

void StudiesPanel::showProgressOf(StudyKind kind) {
  if (isRunning()) return;  // the run in progress owns the bar (the picker is locked meanwhile)
  const StudyOutcomePtr& outcome = outcomes_[static_cast<std::size_t>(kind)];
  if (!outcome || !outcome->result) {
    progress_->setValue(0);
    progress_->setFormat(QString());
    return;
  }
  progress_->setValue(outcome->cancelled || outcome->problem ? 0 : kProgressSteps);
  progress_->setFormat(outcome->problem     ? tr("Stopped")
                       : outcome->cancelled ? tr("Cancelled")
                                            : tr("Done"));
}

std::optional<core::Message> StudiesPanel::saveCsv(const QString& path) const {
  const StudyOutcomePtr& outcome = outcomes_[static_cast<std::size_t>(currentStudy())];
  if (!outcome || !outcome->result)
    return io::message(tr("Nothing to save yet: run the study first."));
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(outcome->csv.data(), static_cast<qint64>(outcome->csv.size())) !=
          static_cast<qint64>(outcome->csv.size()) ||
      !file.commit())
    return io::message(tr("Could not write %1 (%2). Check that the folder exists and is writable.")
                           .arg(path, file.errorString()));
  return std::nullopt;
}

std::optional<core::Message> StudiesPanel::savePng(const QString& path) const {
  const StudyOutcomePtr& outcome = outcomes_[static_cast<std::size_t>(currentStudy())];
  if (!outcome || !outcome->result)
    return io::message(tr("Nothing to save yet: run the study first."));
  return saveWidgetPng(view(currentStudy())->picture(), path);
}

void StudiesPanel::askSaveCsv() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save CSV"), fileStem(currentStudy()) + ".csv",
                                   tr("CSV files (*.csv);;All files (*)"));
  if (path.isEmpty()) return;
  if (const auto problem = saveCsv(path))
    setStatus(currentStudy(), io::coreText(*problem), true);
  else
    setStatus(currentStudy(), tr("Saved %1").arg(path));
}

void StudiesPanel::askSavePng() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save PNG"), fileStem(currentStudy()) + ".png", tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  if (const auto problem = savePng(path))
    setStatus(currentStudy(), io::coreText(*problem), true);
  else
    setStatus(currentStudy(), tr("Saved %1").arg(path));
}

}  // namespace relulab::ui
