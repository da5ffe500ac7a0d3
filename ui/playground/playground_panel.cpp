#include "ui/playground/playground_panel.h"

#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/training/presets.h"
#include "ui/common/column_scroll_area.h"
#include "ui/common/playground_decision_view.h"
#include "ui/common/playground_playback.h"
#include "ui/common/playground_text.h"
#include "ui/playground/playground_controls_data.h"
#include "ui/playground/playground_controls_network.h"
#include "ui/playground/playground_controls_training.h"
#include "ui/playground/playground_dead_view.h"
#include "ui/playground/playground_network_view.h"
#include "ui/playground/playground_series_view.h"
#include "ui/playground/playground_session.h"
#include "ui/playground/playground_status.h"

namespace relulab::ui {

namespace {

QScrollArea* scrolled(QWidget* page, QWidget* parent) {
  return new ColumnScrollArea(page, parent);
}

}  // namespace

PlaygroundPanel::PlaygroundPanel(QWidget* parent)
    : PlaygroundPanel(*core::preset("tfp-relu"), parent) {}

PlaygroundPanel::PlaygroundPanel(const core::TrainConfig& config, QWidget* parent)
    : LivePanel(parent), config_(config) {
  build();
  data_->load(config_);
  network_->load(config_);
  training_->load(config_);
  session_ = new PlaygroundSession(config_, this);
  setLiveSession(session_, playback_);
  playback_->matchPreset(config_);
  connectControls();
  status_->showMessage(tr("Press Space to train, → to take one step, R to start again."));
}

PlaygroundPanel::~PlaygroundPanel() {
  shutdown();
}

void PlaygroundPanel::build() {
  playback_ = new PlaygroundPlayback(this, this);
  data_ = new PlaygroundControlsData(this);
  network_ = new PlaygroundControlsNetwork(this);
  training_ = new PlaygroundControlsTraining(this);
  controls_ = new QTabWidget(this);
  controls_->addTab(scrolled(data_, controls_), tr("&Data"));
  controls_->addTab(scrolled(network_, controls_), tr("&Network"));
  controls_->addTab(scrolled(training_, controls_), tr("&Training"));

  decision_ = new PlaygroundDecisionView(this);
  diagram_ = new PlaygroundNetworkView(this);
  dead_ = new PlaygroundDeadView(this);
  series_ = new PlaygroundSeriesView(this);
  status_ = new PlaygroundStatus(this);

  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(diagram_);
  top->addWidget(decision_);
  top->setStretchFactor(0, 2);
  top->setStretchFactor(1, 1);
  auto* views = new QSplitter(Qt::Vertical, this);
  views->addWidget(top);
  views->addWidget(series_);
  views->addWidget(dead_);
  views->setStretchFactor(0, 5);
  views->setStretchFactor(1, 3);
  views->setStretchFactor(2, 3);
  auto* main = new QSplitter(Qt::Horizontal, this);
  main->addWidget(controls_);
  main->addWidget(views);
  main->setStretchFactor(0, 0);
  main->setStretchFactor(1, 1);
  // The panels' width follows their controls (and the font), not a fixed number.
  main->setSizes({300, 980});
  views->setSizes({310, 190, 200});
  top->setSizes({620, 340});

  auto* column = new QVBoxLayout(this);
  column->setContentsMargins(6, 6, 6, 2);
  column->setSpacing(4);
  column->addWidget(playback_);
  column->addWidget(main, 1);
  column->addWidget(status_);
}

void PlaygroundPanel::connectControls() {
  connect(data_, &PlaygroundControlsData::changed, this, &PlaygroundPanel::controlsChanged);
  connect(network_, &PlaygroundControlsNetwork::changed, this, &PlaygroundPanel::controlsChanged);
  connect(training_, &PlaygroundControlsTraining::changed, this, &PlaygroundPanel::controlsChanged);
  connect(training_, &PlaygroundControlsTraining::problem, this,
          [this](const QString& message) { say(message, true); });
  connect(data_, &PlaygroundControlsData::clickLabelChanged, decision_,
          &PlaygroundDecisionView::setClickLabel);
  connect(decision_, &PlaygroundDecisionView::pointClicked, session_, &PlaygroundSession::addPoint);
  connect(session_, &PlaygroundSession::notice, this, &PlaygroundPanel::noticeArrived);
}

void PlaygroundPanel::loadConfig(const core::TrainConfig& config) {
  config_ = config;
  data_->load(config_);
  network_->load(config_);
  training_->load(config_);
  playback_->matchPreset(config_);
  session_->load(config_);
}

void PlaygroundPanel::controlsChanged() {
  core::TrainConfig wanted = config_;
  data_->apply(wanted);
  network_->apply(wanted);
  training_->apply(wanted);
  // The output head follows the problem: linear for regression, tanh otherwise.
  if (core::isRegression(wanted.data.kind))
    wanted.network.output = core::OutputKind::LinearSquaredError;
  else if (wanted.network.output == core::OutputKind::LinearSquaredError)
    wanted.network.output = core::OutputKind::TanhSquaredError;
  const int trainingPoints = core::trainingSetSize(wanted.data);
  training_->setMaximumBatch(trainingPoints);
  if (wanted.batchSize > trainingPoints && trainingPoints >= 1) {
    wanted.batchSize = trainingPoints;
    training_->load(wanted);
    say(tr("Batch size lowered to %1: the training set has only %1 points.").arg(trainingPoints));
  }
  config_ = wanted;
  playback_->matchPreset(config_);
  session_->setConfig(config_);
}

void PlaygroundPanel::noticeArrived(PlaygroundNotice kind, const QString& detail) {
  const FramePtr& latest = session_->latest();
  switch (kind) {
    case PlaygroundNotice::Diverged:
      if (latest && latest->divergence)
        say(PlaygroundText::divergence(*latest->divergence, latest->config), true);
      return;
    case PlaygroundNotice::Rejected:
      // Show what is really running, so the controls never disagree with it.
      if (latest) {
        config_ = latest->config;
        data_->load(config_);
        network_->load(config_);
        training_->load(config_);
      }
      say(PlaygroundText::notice(kind, detail), true);
      return;
    default:
      say(PlaygroundText::notice(kind, detail));
      return;
  }
}

void PlaygroundPanel::say(const QString& message, bool warning) {
  status_->showMessage(message, warning, session_ ? session_->latest() : nullptr);
  if (warning) emit statusMessage(message);  // the status line shows the rest
}

void PlaygroundPanel::repaintTick() {
  const FramePtr& latest = session_->latest();
  if (!latest || latest == shown_) return;
  shown_ = latest;
  ++repaints_;
  playback_->setPlaying(shown_->playing);
  decision_->setFrame(shown_);
  diagram_->setFrame(shown_);
  dead_->setFrame(shown_);
  series_->setFrame(shown_);
  status_->setFrame(shown_);
}

}  // namespace relulab::ui
