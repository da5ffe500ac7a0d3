#pragma once

// Compare mode (the main window's "Compare" tab): 2–4 runs side by side on
// the same data from the same seed, differing only in their hidden
// activation, trained in lockstep — ReLU's faster convergence shown, not
// told. The transport bar and the shared settings on top; one column per run
// (activation, decision heatmap, readout); below, the runs' training loss in
// one plot and the steps each took to reach a target. Training runs in a
// worker thread (CompareSession); a ≤ 60 Hz timer hands the newest frame to
// the views, so the GUI thread only draws.

#include <optional>
#include <vector>

#include "core/activations/activation.h"
#include "core/training/train_config.h"
#include "io/experiment_file.h"
#include "ui/common/live_panel.h"
#include "ui/compare/compare_frame.h"

class QLabel;
class QSplitter;
class QTabWidget;

namespace relulab::ui {

class CompareColumn;
class CompareOptions;
class CompareSession;
class CompareSummary;
class PlaygroundPlayback;
class PlaygroundPlot;

class ComparePanel : public LivePanel {
  Q_OBJECT

 public:
  // Starts with the preset "tfp-default" and four runs: ReLU, Leaky ReLU, tanh, sigmoid.
  explicit ComparePanel(QWidget* parent = nullptr);
  ~ComparePanel() override;

  // A new shared config (each run keeps its activation); every run restarts.
  void loadConfig(const core::TrainConfig& config) override;
  void setRunCount(int count);
  void setActivation(int run, core::ActivationKind kind);
  CompareSetup requestedSetup() const;
  // Every run's state, to save it (waits for the worker, milliseconds).
  std::optional<io::CompareRuns> saveRuns();
  // Continues saved runs, paused, with the controls showing their set-up.
  void openRuns(const io::CompareRuns& runs);

  CompareSession* session() const { return session_; }
  const CompareFramePtr& shownFrame() const { return shown_; }  // what the views show now
  PlaygroundPlayback* playback() const { return playback_; }
  CompareOptions* options() const { return options_; }
  CompareColumn* column(int run) const { return columns_.at(static_cast<std::size_t>(run)); }
  PlaygroundPlot* lossPlot() const { return plot_; }
  CompareSummary* summary() const { return summary_; }
  QString message() const;
  bool messageIsWarning() const { return warning_; }

 signals:
  void statusMessage(const QString& message);  // warnings, for the window's status bar

 protected:
 public:
  // Presenter mode's layout: the loss plot and each run on a page of its own
  // (PgUp/PgDown turn them), large enough for the back of the room.
  void setPresenting(bool presenting);
  QTabWidget* presenterViews() const { return deck_; }

 private:
  void build();
  void showRuns();
  QWidget* buildColumns();
  void connectControls();
  void setupChanged();
  void noticeArrived(CompareNotice kind, const QString& detail);
  void repaintTick() override;
  void updatePlot();
  void say(const QString& message, bool warning = false) override;

  core::TrainConfig config_;  // the shared config; activations come from the columns
  CompareSession* session_ = nullptr;
  CompareFramePtr shown_;
  bool warning_ = false;

  PlaygroundPlayback* playback_ = nullptr;
  CompareOptions* options_ = nullptr;
  std::vector<CompareColumn*> columns_;
  PlaygroundPlot* plot_ = nullptr;
  CompareSummary* summary_ = nullptr;
  QLabel* status_ = nullptr;
  QSplitter* split_ = nullptr;  // the runs over the loss plot
  QWidget* runs_ = nullptr;     // the runs side by side
  QWidget* bottom_ = nullptr;   // the loss plot and the summary
  QTabWidget* deck_ = nullptr;  // presenting: the loss, then each run, one at a time
  bool presenting_ = false;
};

}  // namespace relulab::ui
