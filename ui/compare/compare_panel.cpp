#include "ui/compare/compare_panel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

#include "core/training/presets.h"
#include "ui/common/message_look.h"
#include "ui/common/playground_playback.h"
#include "ui/common/playground_plot.h"
#include "ui/common/playground_text.h"
#include "ui/common/wrapping_row.h"
#include "ui/compare/compare_column.h"
#include "ui/compare/compare_options.h"
#include "ui/compare/compare_session.h"
#include "ui/compare/compare_summary.h"

namespace relulab::ui {

namespace {

constexpr std::array kDefaultActivations{core::ActivationKind::Relu,
                                         core::ActivationKind::LeakyRelu,
                                         core::ActivationKind::Tanh, core::ActivationKind::Sigmoid};
static_assert(kDefaultActivations.size() == kCompareMaxRuns);

}  // namespace

ComparePanel::ComparePanel(QWidget* parent)
    : LivePanel(parent), config_(*core::preset("tfp-default")) {
  build();
  options_->load(config_);
  playback_->matchPreset(config_);
  session_ = new CompareSession(requestedSetup(), this);
  setLiveSession(session_, playback_);
  connectControls();
  say(tr("Press Space to train every run in step, → to take one step, R to start again."));
}

ComparePanel::~ComparePanel() {
  shutdown();
}

void ComparePanel::build() {
  playback_ = new PlaygroundPlayback(this, this);
  playback_->presetBox()->setToolTip(
      tr("The shared set-up: data, network, learning rate. Each run keeps its own activation; "
         "choosing a preset starts every run again."));
  playback_->resetAction()->setToolTip(
      tr("Start every run again at step 0 from the same initial weights (R)."));
  options_ = new CompareOptions(this);
  auto* top = new WrappingRow(playback_, options_, this);  // wraps in presenter mode's large text

  plot_ = new PlaygroundPlot(this);
  plot_->setTitle(tr("Training loss"));
  plot_->setAxisTitles(tr("step"), tr("loss"));
  plot_->setLogY(true);
  plot_->setToolTip(
      tr("Every run's mean loss over the training points, against the same steps: the runs "
         "differ only in their activation. The dotted line is the loss target."));
  summary_ = new CompareSummary(this);
  auto* bottom = bottom_ = new QWidget(this);
  auto* bottomRow = new QHBoxLayout(bottom);
  bottomRow->setContentsMargins(0, 0, 0, 0);
  bottomRow->addWidget(plot_, 1);
  bottomRow->addWidget(summary_);

  auto* split = split_ = new QSplitter(Qt::Vertical, this);
  split->addWidget(runs_ = buildColumns());
  split->addWidget(bottom);
  // The heatmaps are squares: extra height is worth more to the loss plot.
  split->setStretchFactor(0, 0);
  split->setStretchFactor(1, 1);
  split->setChildrenCollapsible(false);

  status_ = new QLabel(this);
  status_->setTextFormat(Qt::PlainText);
  status_->setWordWrap(true);

  auto* column = new QVBoxLayout(this);
  column->setContentsMargins(6, 6, 6, 2);
  column->setSpacing(4);
  column->addWidget(top);
  column->addWidget(split, 1);
  deck_ = new QTabWidget(this);
  deck_->setDocumentMode(true);
  deck_->hide();
  column->addWidget(deck_, 1);
  column->addWidget(status_);
  turnPagesWithKeys(deck_);
}

void ComparePanel::setPresenting(bool presenting) {
  if (presenting == presenting_) return;
  presenting_ = presenting;
  if (presenting) {
    deck_->addTab(bottom_, tr("Training loss"));
    for (CompareColumn* c : columns_) deck_->addTab(c, QString());
    deck_->setCurrentIndex(0);
    split_->hide();
    deck_->show();
  } else {
    while (deck_->count() > 0) deck_->removeTab(0);
    auto* row = static_cast<QHBoxLayout*>(runs_->layout());
    for (CompareColumn* c : columns_) row->addWidget(c, 1);
    split_->addWidget(bottom_);
    bottom_->show();
    deck_->hide();
    split_->show();
  }
  showRuns();
}

// The runs in use, side by side or (presenting) as pages named by their activation.
void ComparePanel::showRuns() {
  const int count = options_->runCount();
  for (int i = 0; i < kCompareMaxRuns; ++i) {
    if (!presenting_) {
      column(i)->setVisible(i < count);
      continue;
    }
    const int page = deck_->indexOf(column(i));
    deck_->setTabVisible(page, i < count);
    deck_->setTabText(page, tr("Run %1: %2")
                                .arg(i + 1)
                                .arg(PlaygroundText::activationName(column(i)->activation().kind)));
  }
}

QWidget* ComparePanel::buildColumns() {
  auto* row = new QWidget(this);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(8);
  for (int i = 0; i < kCompareMaxRuns; ++i) {
    auto* c = new CompareColumn(i, row);
    c->setActivation(kDefaultActivations[static_cast<std::size_t>(i)]);
    layout->addWidget(c, 1);
    columns_.push_back(c);
  }
  return row;
}

void ComparePanel::connectControls() {
  connect(options_, &CompareOptions::changed, this, &ComparePanel::setupChanged);
  for (CompareColumn* c : columns_)
    connect(c, &CompareColumn::activationChanged, this, &ComparePanel::setupChanged);
  connect(summary_, &CompareSummary::logScaleChanged, plot_, &PlaygroundPlot::setLogY);
  connect(summary_, &CompareSummary::lossTargetChanged, this, &ComparePanel::updatePlot);
  connect(session_, &CompareSession::notice, this, &ComparePanel::noticeArrived);
}

CompareSetup ComparePanel::requestedSetup() const {
  CompareSetup setup;
  setup.config = config_;
  options_->apply(setup.config);
  const int count = options_->runCount();
  for (int i = 0; i < count; ++i) setup.activations.push_back(column(i)->activation());
  return setup;
}

void ComparePanel::setupChanged() {
  showRuns();
  const CompareSetup setup = requestedSetup();
  config_ = setup.config;
  playback_->matchPreset(config_);
  session_->setSetup(setup);
}

std::optional<io::CompareRuns> ComparePanel::saveRuns() {
  return session_->state();
}

void ComparePanel::openRuns(const io::CompareRuns& runs) {
  if (runs.runs.empty()) return;
  config_ = runs.runs.front().run.config;
  options_->load(config_);
  options_->setRunCount(static_cast<int>(runs.runs.size()));
  for (std::size_t i = 0; i < runs.runs.size() && i < columns_.size(); ++i) {
    const auto& hidden = runs.runs[i].run.config.network.hidden;
    if (!hidden.empty()) columns_[i]->setActivation(hidden.front().activation.kind);
  }
  showRuns();
  playback_->matchPreset(config_);
  session_->restore(runs);
}

void ComparePanel::loadConfig(const core::TrainConfig& config) {
  config_ = config;
  options_->load(config_);
  setupChanged();
}

void ComparePanel::setRunCount(int count) {
  options_->setRunCount(count);
  setupChanged();
}

void ComparePanel::setActivation(int run, core::ActivationKind kind) {
  column(run)->setActivation(kind);
  setupChanged();
}

void ComparePanel::noticeArrived(CompareNotice kind, const QString& detail) {
  switch (kind) {
    case CompareNotice::NewSetup:
      say(
          tr("New comparison: every run starts at step 0 from the same data and the same "
             "initial weights."));
      return;
    case CompareNotice::Reset:
      say(tr("Reset: every run is back at step 0 with the same initial weights."));
      return;
    case CompareNotice::Rejected:
      say(tr("Not applied: %1").arg(detail), true);
      return;
    case CompareNotice::Diverged:
      say(tr("Run %1 diverged and stopped; the other runs go on.").arg(detail), true);
      return;
    case CompareNotice::Opened:
      say(tr("The saved runs continue from where they stopped: press Space to train on."));
      return;
    case CompareNotice::AllDiverged:
      say(tr("Every run has diverged. Lower the learning rate, then press Reset (R)."), true);
      return;
  }
}

void ComparePanel::say(const QString& message, bool warning) {
  warning_ = warning;
  status_->setText(message);
  setWarningLook(status_, warning);
  if (warning) emit statusMessage(message);
}

QString ComparePanel::message() const {
  return status_->text();
}

void ComparePanel::repaintTick() {
  const CompareFramePtr& latest = session_->latest();
  if (!latest || latest == shown_) return;
  shown_ = latest;
  playback_->setPlaying(shown_->playing);
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (i < shown_->runs.size()) columns_[i]->setRun(shown_->runs[i]);
  summary_->setFrame(shown_);
  updatePlot();
}

void ComparePanel::updatePlot() {
  if (!shown_) return;
  // A dash per run as well as a colour: curves that coincide (ReLU and Leaky
  // ReLU often do) still show both, and colour is not the only cue.
  static constexpr std::array kStyles{Qt::SolidLine, Qt::DashLine, Qt::DashDotLine,
                                      Qt::DashDotDotLine};
  QList<PlaygroundPlot::Line> lines;
  for (std::size_t i = 0; i < shown_->runs.size(); ++i) {
    const CompareRunFrame& run = shown_->runs[i];
    const int index = static_cast<int>(i);
    const bool named = run.view && !run.view->config.network.hidden.empty();
    const QString name = named ? PlaygroundText::activationName(
                                     run.view->config.network.hidden.front().activation.kind)
                               : QString();
    lines.append({tr("%1 %2").arg(index + 1).arg(name), CompareColumn::colour(index),
                  kStyles[i % kStyles.size()], run.lossCurve});
  }
  const double target = kCompareLossTargets[summary_->lossTarget()];
  const double end = std::max<double>(static_cast<double>(shown_->step), 1.0);
  lines.append({tr("target %1").arg(PlaygroundText::number(target)),
                palette().color(QPalette::WindowText),
                Qt::DotLine,
                {QPointF(0.0, target), QPointF(end, target)}});
  plot_->setLines(std::move(lines));
}

}  // namespace relulab::ui
