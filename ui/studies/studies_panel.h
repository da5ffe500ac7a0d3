#pragma once

// The Studies tab: pick one of the headless studies (born dead, variance by
// depth, dying phase diagram, collapse), edit its settings, run it in a worker
// thread with a progress bar and an estimate of the time left, cancel it and
// keep what it finished, see the results as tables and plots, and save them as
// CSV (the core's text, as `relulab study` writes it) or as a PNG of the plot.
// The GUI thread only draws; see StudiesRunner.

#include <QJsonObject>
#include <QWidget>
#include <array>

#include "ui/studies/studies_job.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace relulab::ui {

class StudiesForm;
class StudiesRunner;
class StudiesView;

class StudiesPanel : public QWidget {
  Q_OBJECT

 public:
  explicit StudiesPanel(QWidget* parent = nullptr);
  ~StudiesPanel() override;

  StudyKind currentStudy() const;
  void selectStudy(StudyKind kind);
  StudiesForm* form(StudyKind kind) const { return forms_[static_cast<std::size_t>(kind)]; }
  StudiesView* view(StudyKind kind) const { return views_[static_cast<std::size_t>(kind)]; }
  // The latest outcome of a study (null before its first run).
  const StudyOutcomePtr& outcome(StudyKind kind) const {
    return outcomes_[static_cast<std::size_t>(kind)];
  }

  // The current study's settings with the panel's seed, checked by the core,
  // or what is wrong with them.
  core::Result<StudyConfig> currentConfig() const;
  // Starts the current study (what Run does). False, with the reason in the
  // status line, when the settings are invalid or a run is going.
  bool run();
  void cancel();  // what Cancel does: the outcome follows, partial
  bool isRunning() const;

  // What the Save buttons do after their file dialogs: the current study's
  // latest outcome. Nothing on success, else a message for the user.
  std::optional<core::Message> saveCsv(const QString& path) const;
  // The study in front for an experiment file: which study, its seed, every
  // setting of its form, and its latest results (the core's CSV text).
  QJsonObject saveStudy() const;
  // Puts a saved study back: the study, its seed and settings; when results
  // were saved, runs it again (studies are deterministic for a seed) and
  // says whether the new results match the saved ones. False, with the
  // reason in the status line, when the object is not a saved study.
  bool openStudy(const QJsonObject& saved);
  std::optional<core::Message> savePng(const QString& path) const;

  QComboBox* studyPicker() const { return picker_; }
  QSpinBox* seedBox() const { return seed_; }
  QSpinBox* threadsBox() const { return threads_; }
  QComboBox* backendBox() const { return backend_; }  // Automatic, CPU, GPU
  QPushButton* runButton() const { return run_; }
  QPushButton* cancelButton() const { return cancel_; }
  QPushButton* saveCsvButton() const { return saveCsv_; }
  QPushButton* savePngButton() const { return savePng_; }
  QProgressBar* progressBar() const { return progress_; }
  QLabel* statusLabel() const { return status_; }
  QLabel* partialBanner() const { return partial_; }

 signals:
  void statusMessage(const QString& message);
  // A run ended (finished, cancelled or refused by the core) and its view shows it.
  void studyFinished(relulab::ui::StudyKind kind);

 private:
  QWidget* buildControls();
  QWidget* buildResults();
  void studyChanged();
  void showProgress(const core::StudyProgress& progress);
  void receive(const StudyOutcomePtr& outcome);
  void showOutcomeOf(StudyKind kind);
  void setRunning(bool running);
  // Each study has its own status line (what its last run or save did), so
  // switching study never shows another study's news.
  // detail: more for those who ask (the status line's tooltip).
  void setStatus(StudyKind kind, const QString& text, bool problem = false,
                 const QString& detail = {});
  void showStatusOf(StudyKind kind);
  void showProgressOf(StudyKind kind);
  void askSaveCsv();
  void askSavePng();

  StudiesRunner* runner_ = nullptr;
  StudyKind running_ = StudyKind::BornDead;
  std::array<StudiesForm*, kStudyKindCount> forms_{};
  std::array<StudiesView*, kStudyKindCount> views_{};
  std::array<StudyOutcomePtr, kStudyKindCount> outcomes_{};
  QString expectedCsv_;  // results saved in a file, to compare the rerun with
  struct Status {
    QString text;
    bool problem = false;
    QString detail;
  };
  std::array<Status, kStudyKindCount> statuses_{};

  QComboBox* picker_ = nullptr;
  QLabel* description_ = nullptr;
  QWidget* formBox_ = nullptr;
  QStackedWidget* viewStack_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QSpinBox* threads_ = nullptr;
  QComboBox* backend_ = nullptr;
  QPushButton* run_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QPushButton* defaults_ = nullptr;
  QPushButton* saveCsv_ = nullptr;
  QPushButton* savePng_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* partial_ = nullptr;
};

}  // namespace relulab::ui
