#include "ui/playground/playground_panel.h"

#include <QComboBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "core/training/presets.h"
#include "ui/common/column_scroll_area.h"
#include "ui/common/playground_decision_view.h"
#include "ui/common/playground_playback.h"
#include "ui/common/playground_plot.h"
#include "ui/common/playground_text.h"
#include "ui/common/presenting.h"
#include "ui/common/remeasure.h"
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
  for (PlaygroundPlot* plot : series_->plots()) {
    connect(plot, &PlaygroundPlot::doubleClicked, this, [this, plot] {
      if (!presenting_) enlargePlot(series_->enlarged() == plot ? nullptr : plot);
    });
  }
  status_ = new PlaygroundStatus(this);

  top_ = new QSplitter(Qt::Horizontal, this);
  top_->addWidget(diagram_);
  top_->addWidget(decision_);
  top_->setStretchFactor(0, 2);
  top_->setStretchFactor(1, 1);
  views_ = new QSplitter(Qt::Vertical, this);
  views_->addWidget(top_);
  views_->addWidget(series_);
  views_->addWidget(dead_);
  views_->setStretchFactor(0, 5);
  views_->setStretchFactor(1, 3);
  views_->setStretchFactor(2, 3);
  main_ = new QSplitter(Qt::Horizontal, this);
  main_->addWidget(controls_);
  main_->addWidget(views_);
  main_->setStretchFactor(0, 0);
  main_->setStretchFactor(1, 1);
  // The panels' width follows their controls (and the font), not a fixed number.
  main_->setSizes({300, 980});
  views_->setSizes({310, 190, 200});
  top_->setSizes({620, 340});

  deck_ = new QTabWidget(this);
  deck_->setDocumentMode(true);
  presented_ = new QSplitter(Qt::Horizontal, this);
  presented_->addWidget(deck_);
  presented_->setChildrenCollapsible(false);  // never a view squeezed to nothing
  presented_->hide();
  main_->addWidget(presented_);
  main_->setStretchFactor(2, 1);
  turnPagesWithKeys(deck_);

  auto* column = new QVBoxLayout(this);
  column->setContentsMargins(6, 6, 6, 2);
  column->setSpacing(4);
  column->addWidget(playback_);
  column->addWidget(main_, 1);
  column->addWidget(status_);
}

// The panels start as wide as the widest of them needs, so turning from Data
// to Network never widens them (and squeezes the plots) mid-lesson.
void PlaygroundPanel::showEvent(QShowEvent* event) {
  LivePanel::showEvent(event);
  if (!sized_) {
    sized_ = true;
    // Every list as wide as its longest entry from the start, not only once its
    // page has been in front (Qt's default), so the minimum fitSplit() reads is
    // the true one.
    for (auto* box : controls_->findChildren<QComboBox*>())
      if (box->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow)
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fitPending_ = true;
  }
  if (fitPending_) fitLater();
}

void PlaygroundPanel::showView(View view) {
  const QList<PlaygroundPlot*> plots = series_->plots();
  PlaygroundPlot* plot = view == View::Loss           ? plots[0]
                         : view == View::Accuracy     ? plots[1]
                         : view == View::Sparsity     ? plots[2]
                         : view == View::GradientNorm ? plots[3]
                                                      : nullptr;
  if (presenting_) {
    QWidget* page = plot                  ? static_cast<QWidget*>(plot)
                    : view == View::Units ? static_cast<QWidget*>(dead_)
                                          : static_cast<QWidget*>(decision_);
    deck_->setCurrentWidget(page);
    return;
  }
  enlargePlot(plot);
}

std::optional<PlaygroundPanel::View> PlaygroundPanel::enlargedView() const {
  const QList<PlaygroundPlot*> plots = series_->plots();
  const QWidget* shown = presenting_ ? deck_->currentWidget() : series_->enlarged();
  if (!shown) return std::nullopt;
  if (shown == dead_) return View::Units;
  if (shown == decision_) return View::Boundary;
  const View byIndex[] = {View::Loss, View::Accuracy, View::Sparsity, View::GradientNorm};
  for (qsizetype i = 0; i < plots.size() && i < 4; ++i)
    if (plots[i] == shown) return byIndex[i];
  return std::nullopt;
}

void PlaygroundPanel::enlargePlot(PlaygroundPlot* plot) {
  if (plot == series_->enlarged()) return;
  if (!series_->enlarged()) viewSizes_ = views_->saveState();
  series_->setEnlarged(plot);
  // The row gets most of the height; the diagram keeps a strip (it crosses
  // dead units out too), the units' view makes room until the plot goes back.
  dead_->setVisible(!plot);
  views_->setStretchFactor(0, plot ? 1 : 5);  // and keep those shares as the window resizes
  views_->setStretchFactor(1, plot ? 2 : 3);
  if (!plot) {
    views_->restoreState(viewSizes_);
    return;
  }
  const int total = views_->height();
  views_->setSizes({total / 3, total - total / 3, 0});
}

void PlaygroundPanel::setPresenting(bool presenting) {
  if (presenting == presenting_) return;
  presenting_ = presenting;
  if (presenting) {
    enlargePlot(nullptr);  // presenting, every view is large in its own tab
    panelsWidth_ = sized_ ? controls_->width() : 0;  // to put back: the larger text widens them
    const int page = deck_->currentIndex();
    presented_->insertWidget(0, diagram_);
    // Large enough to read from the back of the room (fonts have grown by now).
    decision_->setMinimumSize(decision_->sizeForPlot(kPresentedPlotHeight));
    deck_->addTab(decision_, tr("Boundary", "tab: the decision boundary plot"));
    for (PlaygroundPlot* plot : series_->plots()) deck_->addTab(plot, plot->title());
    deck_->addTab(dead_, tr("Units", "tab: which units are active or dead"));
    deck_->setCurrentIndex(std::max(0, page));
    for (int i = 0; i < deck_->count(); ++i)
      deck_->setTabToolTip(i, tr("PgUp and PgDown turn the views."));
    presented_->setStretchFactor(0, 5);
    presented_->setStretchFactor(1, 4);
    views_->hide();
    presented_->show();
  } else {
    const int page = deck_->currentIndex();
    while (deck_->count() > 0) deck_->removeTab(0);
    decision_->setMinimumSize(0, 0);
    top_->insertWidget(0, diagram_);
    top_->insertWidget(1, decision_);
    series_->takeBackPlots();
    views_->insertWidget(2, dead_);
    for (QWidget* w : {static_cast<QWidget*>(diagram_), static_cast<QWidget*>(decision_),
                       static_cast<QWidget*>(dead_)})
      w->show();
    deck_->setCurrentIndex(page);  // none: remembered for the next time
    presented_->hide();
    views_->show();
  }
  fitPending_ = true;
  if (isVisible()) fitLater();
}

// Once laid out at the size shown (a panel not in front has none yet).
void PlaygroundPanel::fitLater() {
  QMetaObject::invokeMethod(
      this,
      [this] {
        if (fitPending_ && isVisible()) fitSplit();
      },
      Qt::QueuedConnection);
}

void PlaygroundPanel::fitSplit() {
  fitPending_ = false;
  remeasure(controls_);  // the pages not in front still hold the other text size's sizes
  const int total = main_->width();
  if (!presenting_) {  // as the student left them, else as wide as the widest page
    const int panels = panelsWidth_ > 0
                           ? std::max(panelsWidth_, controls_->minimumSizeHint().width())
                           : controls_->sizeHint().width();
    main_->setSizes({panels, std::max(1, total - panels), 0});
    return;
  }
  // The panels as wide as they would like where that leaves the views their
  // minimum; else narrower (they scroll sideways), never the views.
  const int least = controls_->minimumSizeHint().width();
  const int panels = std::clamp(controls_->sizeHint().width(), least,
                                std::max(least, total - presented_->minimumSizeHint().width()));
  const int room = std::max(1, total - panels);
  main_->setSizes({panels, 0, room});
  presented_->setSizes({room * 5 / 9, room * 4 / 9});
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
  if (shown_->run != sourceRun_) {  // a new run: say where its points came from
    sourceRun_ = shown_->run;
    const int points =
        shown_->data ? static_cast<int>(shown_->data->train.size() + shown_->data->test.size()) : 0;
    data_->setSource(shown_->dataSource, points);
    if (shown_->dataSource.isEmpty()) data_->load(config_);
  }
}

std::optional<io::PlaygroundRun> PlaygroundPanel::saveRun() {
  return session_->state();
}

void PlaygroundPanel::openRun(const io::PlaygroundRun& run) {
  config_ = run.run.config;
  data_->load(config_);
  network_->load(config_);
  training_->load(config_);
  training_->setMaximumBatch(static_cast<int>(run.run.data.train.size()));
  playback_->matchPreset(config_);
  session_->restore(run);
}

void PlaygroundPanel::importPoints(std::vector<core::Point> points, bool regression,
                                   const QString& source) {
  core::TrainConfig wanted = config_;
  if (regression != core::isRegression(wanted.data.kind))
    wanted.data.kind = regression ? core::DatasetKind::RegressPlane : core::DatasetKind::Circle;
  wanted.network.output = regression ? core::OutputKind::LinearSquaredError
                          : wanted.network.output == core::OutputKind::LinearSquaredError
                              ? core::OutputKind::TanhSquaredError
                              : wanted.network.output;
  const core::Dataset data = core::splitPoints(std::move(points), wanted.data, wanted.seed);
  wanted.data = data.spec;
  const int trainingPoints = static_cast<int>(data.train.size());
  training_->setMaximumBatch(trainingPoints);
  if (wanted.batchSize > trainingPoints) {
    wanted.batchSize = trainingPoints;
    say(tr("Batch size lowered to %1: the training set has only %1 points.").arg(trainingPoints));
  }
  config_ = wanted;
  data_->load(config_);
  network_->load(config_);
  training_->load(config_);
  playback_->matchPreset(config_);
  session_->loadData(config_, data, source);
}

}  // namespace relulab::ui
