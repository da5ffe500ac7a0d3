#pragma once

// The live training playground (the main window's "Playground" tab): the
// transport bar on top, the data / network / training controls on the leading
// side, and the live views — network diagram, decision heatmap, curves, dead
// units — with a status line below. Training runs in a worker thread
// (PlaygroundSession); a ≤ 60 Hz timer hands the newest frame to the views,
// so the GUI thread only draws.

#include <QByteArray>
#include <optional>
#include <vector>

#include "io/experiment_file.h"

#include "core/training/train_config.h"
#include "ui/common/live_panel.h"
#include "ui/common/playground_frame.h"

class QSplitter;
class QTabWidget;

namespace relulab::ui {

class PlaygroundControlsData;
class PlaygroundControlsNetwork;
class PlaygroundControlsTraining;
class PlaygroundDeadView;
class PlaygroundDecisionView;
class PlaygroundNetworkView;
class PlaygroundPlayback;
class PlaygroundPlot;
class PlaygroundSeriesView;
class PlaygroundSession;
class PlaygroundStatus;

class PlaygroundPanel : public LivePanel {
  Q_OBJECT

 public:
  // Starts with the preset "tfp-relu" unless given a config.
  explicit PlaygroundPanel(QWidget* parent = nullptr);
  PlaygroundPanel(const core::TrainConfig& config, QWidget* parent);
  ~PlaygroundPanel() override;

  // A new run on `config` with fresh data (shown in the controls), whatever
  // changed. Invalid configs are
  // refused with a message in the status line.
  void loadConfig(const core::TrainConfig& config) override;
  const core::TrainConfig& requestedConfig() const { return config_; }
  // The run's whole state, to save it (waits for the worker, milliseconds).
  std::optional<io::PlaygroundRun> saveRun();
  // Continues a saved run, paused, with the controls showing its set-up.
  void openRun(const io::PlaygroundRun& run);
  // A new run on the user's points (split by the training share and seed),
  // from the file `source`; regression picks a linear output.
  void importPoints(std::vector<core::Point> points, bool regression, const QString& source);

  PlaygroundSession* session() const { return session_; }
  const FramePtr& shownFrame() const { return shown_; }  // what the views show now
  quint64 repaintCount() const { return repaints_; }     // frames handed to the views

  PlaygroundPlayback* playback() const { return playback_; }
  PlaygroundControlsData* dataControls() const { return data_; }
  PlaygroundControlsNetwork* networkControls() const { return network_; }
  PlaygroundControlsTraining* trainingControls() const { return training_; }
  PlaygroundDecisionView* decisionView() const { return decision_; }
  PlaygroundNetworkView* networkView() const { return diagram_; }
  PlaygroundDeadView* deadView() const { return dead_; }
  PlaygroundSeriesView* seriesView() const { return series_; }
  PlaygroundStatus* status() const { return status_; }

  // Presenter mode's layout: the diagram beside one large view at a time —
  // the decision plot, each curve, the dead units — in tabs (PgUp/PgDown
  // turn them), rather than every view at a size the back row cannot read.
  void setPresenting(bool presenting);
  // The view a lesson step talks about, made large: in presenter mode its
  // page in front; otherwise a curve plot alone across its row with the row
  // taller (double-clicking a plot does the same; again puts all back).
  enum class View { Boundary, Loss, Accuracy, Sparsity, GradientNorm, Units };
  void showView(View view);
  void enlargePlot(PlaygroundPlot* plot);  // nullptr: every view at its size
  // The view made large (showView), if any; presenting, the page in front.
  std::optional<View> enlargedView() const;
  bool isPresenting() const { return presenting_; }
  QTabWidget* presenterViews() const { return deck_; }

 signals:
  void statusMessage(const QString& message);  // warnings, for the window's status bar

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void build();
  void fitLater();
  void fitSplit();  // the panels' and the views' widths, for the layout in use
  void connectControls();
  void controlsChanged();
  void noticeArrived(PlaygroundNotice kind, const QString& detail);
  void repaintTick() override;
  void say(const QString& message, bool warning = false) override;

  core::TrainConfig config_;  // what the controls ask for
  PlaygroundSession* session_ = nullptr;
  FramePtr shown_;
  quint64 repaints_ = 0;

  PlaygroundPlayback* playback_ = nullptr;
  QTabWidget* controls_ = nullptr;
  PlaygroundControlsData* data_ = nullptr;
  PlaygroundControlsNetwork* network_ = nullptr;
  PlaygroundControlsTraining* training_ = nullptr;
  PlaygroundDecisionView* decision_ = nullptr;
  PlaygroundNetworkView* diagram_ = nullptr;
  PlaygroundDeadView* dead_ = nullptr;
  PlaygroundSeriesView* series_ = nullptr;
  PlaygroundStatus* status_ = nullptr;
  QSplitter* main_ = nullptr;       // controls | views
  QSplitter* views_ = nullptr;      // every view at once
  QSplitter* top_ = nullptr;        // diagram | decision plot
  QSplitter* presented_ = nullptr;  // presenting: diagram | deck_
  QTabWidget* deck_ = nullptr;
  bool presenting_ = false;
  bool sized_ = false;       // the panels' width set, on the first show
  int panelsWidth_ = 0;      // before presenting
  bool fitPending_ = false;  // fitSplit() once laid out
  QByteArray viewSizes_;
  std::uint64_t sourceRun_ = 0;  // the run whose data source the controls show     // the views'
                                 // heights before a plot was enlarged
};

}  // namespace relulab::ui
