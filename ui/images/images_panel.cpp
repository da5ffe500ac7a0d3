#include "ui/images/images_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <utility>

#include "io/core_text.h"
#include "ui/common/column_scroll_area.h"
#include "ui/common/message_look.h"
#include "ui/common/playground_playback.h"
#include "ui/common/playground_plot.h"
#include "ui/common/presenting.h"
#include "ui/images/images_activity_view.h"
#include "ui/images/images_class_view.h"
#include "ui/images/images_confusion_view.h"
#include "ui/images/images_controls.h"
#include "ui/images/images_feature_view.h"
#include "ui/images/images_files.h"
#include "ui/images/images_sample_grid.h"
#include "ui/images/images_session.h"
#include "ui/images/images_weights_view.h"

namespace relulab::ui {

namespace {

// The image presets in the transport bar's box, as fillPresetBox does the
// playground's: the title shown, the id as data, the summary as tooltip.
void fillImagePresets(QComboBox* box) {
  box->clear();
  for (const core::ImagePresetInfo& p : core::imagePresetList()) {
    box->addItem(io::coreText(p.title), io::qstring(p.name));
    box->setItemData(box->count() - 1, io::coreText(p.summary), Qt::ToolTipRole);
  }
}

QList<QPointF> points(const std::vector<double>& x, const std::vector<double>& y) {
  QList<QPointF> out;
  for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
    if (std::isfinite(y[i])) out.append(QPointF(x[i], y[i]));
  return out;
}

}  // namespace

ImagesPanel::ImagesPanel(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);  // the transport's shortcuts work as soon as it is shown
  const std::optional<core::ImageTrainConfig> config = core::imagePreset(kDefaultPreset);
  session_ = new ImagesSession(config.value_or(core::ImageTrainConfig{}), this);

  playback_ = new PlaygroundPlayback(this, this);
  fillImagePresets(playback_->presetBox());
  playback_->showPreset(QString::fromLatin1(kDefaultPreset));
  playback_->presetBox()->setToolTip(
      tr("Ready-made networks for images. Choosing one starts a new run; “dying” shows many "
         "first-layer units dying, “leaky” the same network with Leaky ReLU."));
  playback_->resetAction()->setToolTip(
      tr("Start again from the same initial weights (same seed), step 0 (R)."));
  playback_->stepAction()->setToolTip(
      tr("Train one update (one batch of images) or one epoch, as chosen beside it, then pause "
         "(→)."));
  // Images are slow to train compared with the playground's points: as fast as possible.
  playback_->setSpeedIndex(playback_->speedBox()->findData(0));
  playback_->setEnabled(false);  // until there are data

  controls_ = new ImagesControls(this);
  stack_ = new QStackedWidget(this);
  auto* messagePage = new QWidget(stack_);
  dataMessage_ = new QLabel(messagePage);
  dataMessage_->setWordWrap(true);
  dataMessage_->setAlignment(Qt::AlignCenter);
  dataMessage_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  messageOpen_ = new QPushButton(tr("Open IDX Files…"), messagePage);
  messageOpen_->setToolTip(controls_->openButton()->toolTip());
  auto* messageLayout = new QVBoxLayout(messagePage);
  messageLayout->addStretch(1);
  messageLayout->addWidget(dataMessage_);
  messageLayout->addWidget(messageOpen_, 0, Qt::AlignCenter);
  messageLayout->addStretch(2);
  stack_->addWidget(messagePage);

  main_ = new QSplitter(Qt::Horizontal, stack_);
  main_->setChildrenCollapsible(false);
  column_ = new ColumnScrollArea(controls_, main_);
  main_->addWidget(column_);
  main_->addWidget(buildViews());
  main_->setStretchFactor(1, 1);
  stack_->addWidget(main_);

  status_ = new QLabel(this);
  status_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(playback_);
  layout->addWidget(stack_, 1);
  layout->addWidget(status_);
  showDataMessage(tr("Fashion-MNIST is read when this tab is first shown."), false);

  repaint_ = new QTimer(this);
  repaint_->setTimerType(Qt::PreciseTimer);
  repaint_->setInterval(kRepaintIntervalMs);
  connect(repaint_, &QTimer::timeout, this, &ImagesPanel::repaintTick);
  connectControls();

  // PgDown and PgUp turn the views' pages (presenter mode shows one at a time).
  for (const auto& [key, step] : {std::pair{Qt::Key_PageDown, 1}, std::pair{Qt::Key_PageUp, -1}}) {
    auto* turn = new QAction(this);
    turn->setShortcut(QKeySequence(key));
    turn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(turn, &QAction::triggered, this, [this, step = step] {
      const int count = deck_->count();
      if (count > 0)
        deck_->setCurrentIndex(((deck_->currentIndex() + step) % count + count) % count);
    });
    addAction(turn);
  }
}

ImagesPanel::~ImagesPanel() {
  shutdown();
}

QWidget* ImagesPanel::buildViews() {
  viewsSplit_ = new QSplitter(Qt::Vertical, this);
  viewsSplit_->setChildrenCollapsible(false);
  topRow_ = new QWidget(viewsSplit_);
  accuracy_ = new PlaygroundPlot(topRow_);
  accuracy_->setTitle(tr("Accuracy"));
  accuracy_->setAxisTitles(tr("step"), tr("share right"));
  accuracy_->setFixedYRange(0.0, 1.0);
  accuracy_->setEmptyText(tr("Press Play (Space) to train."));
  accuracy_->setToolTip(
      tr("The share of images classified right: training batches since the "
         "last measurement (solid) and the measured test images (dashed). "
         "Chance is one in ten."));
  loss_ = new PlaygroundPlot(topRow_);
  loss_->setTitle(tr("Loss"));
  loss_->setAxisTitles(tr("step"), tr("cross-entropy"));
  loss_->setEmptyText(tr("Press Play (Space) to train."));
  loss_->setToolTip(
      tr("Mean cross-entropy of the training batches (solid) and of the test "
         "images (dashed), in nats."));
  confusion_ = new ImagesConfusionView(topRow_);
  auto* top = new QHBoxLayout(topRow_);
  top->setContentsMargins(0, 0, 0, 0);
  top->addWidget(accuracy_, 1);
  top->addWidget(loss_, 1);
  top->addWidget(confusion_, 1);

  deck_ = new QTabWidget(viewsSplit_);
  weights_ = new ImagesWeightsView(deck_);
  activity_ = new ImagesActivityView(deck_);
  features_ = new ImagesFeatureView(deck_);
  auto* classPage = new QWidget(deck_);
  classes_ = new ImagesClassView(classPage);
  auto* grouped = new QCheckBox(tr("&Group units by the class they answer most"), classPage);
  grouped->setChecked(true);
  grouped->setToolTip(
      tr("Sort the units by their strongest class, so selective units form a "
         "staircase; off: the units in the layer's order."));
  connect(grouped, &QCheckBox::toggled, classes_, &ImagesClassView::setGrouped);
  auto* classLayout = new QVBoxLayout(classPage);
  classLayout->setContentsMargins(0, 0, 0, 0);
  classLayout->addWidget(grouped);
  classLayout->addWidget(classes_, 1);
  samples_ = new ImagesSampleGrid(deck_);
  deck_->addTab(weights_, tr("&Weights"));
  deck_->setTabToolTip(0, tr("The first layer's weights: what each unit looks for."));
  deck_->addTab(activity_, tr("Unit &Activity"));
  deck_->setTabToolTip(1, tr("How often each unit is live, now and over training."));
  deck_->addTab(features_, tr("&Feature Maps"));
  deck_->setTabToolTip(2, tr("A test image through the convolutional layers, before and after "
                             "the activation."));
  deck_->addTab(classPage, tr("&Class × Unit"));
  deck_->setTabToolTip(3, tr("Which units fire for which class."));
  deck_->addTab(samples_, tr("&Test Images"));
  deck_->setTabToolTip(4, tr("Test images with the network's answers; mistakes in red."));
  viewsSplit_->addWidget(topRow_);
  viewsSplit_->addWidget(deck_);
  viewsSplit_->setStretchFactor(0, 2);
  viewsSplit_->setStretchFactor(1, 3);
  return viewsSplit_;
}

void ImagesPanel::connectControls() {
  using S = ImagesSession;
  connect(playback_, &PlaygroundPlayback::playRequested, session_, &S::play);
  connect(playback_, &PlaygroundPlayback::pauseRequested, session_, &S::pause);
  connect(playback_, &PlaygroundPlayback::stepRequested, session_, &S::step);
  connect(playback_, &PlaygroundPlayback::resetRequested, session_, &S::reset);
  connect(playback_, &PlaygroundPlayback::speedChanged, session_, &S::setSpeed);
  connect(playback_, &PlaygroundPlayback::presetChosen, this, &ImagesPanel::loadPreset);
  session_->setSpeed(playback_->speed());
  connect(session_, &ImagesSession::notice, this, &ImagesPanel::noticeArrived);
  connect(controls_, &ImagesControls::activationChosen, session_, &S::setActivation);
  connect(controls_, &ImagesControls::learningRateChosen, session_, &S::setLearningRate);
  connect(controls_, &ImagesControls::batchSizeChosen, session_, &S::setBatchSize);
  connect(controls_, &ImagesControls::imageChosen, session_, &S::setInspected);
  connect(controls_, &ImagesControls::classLayerChosen, session_, &S::setClassLayer);
  connect(controls_, &ImagesControls::fullTestRequested, session_, &S::measureFullTest);
  connect(controls_, &ImagesControls::openRequested, this, &ImagesPanel::openIdxFiles);
  connect(messageOpen_, &QPushButton::clicked, this, &ImagesPanel::openIdxFiles);
  connect(samples_, &ImagesSampleGrid::imageChosen, this, [this](int index) {
    controls_->imageBox()->setValue(index + 1);  // says imageChosen to the worker
    showPage(Page::FeatureMaps);
  });
}

void ImagesPanel::loadFolder(const QString& folder) {
  loadRequested_ = true;
  session_->loadFolder(folder);
}

void ImagesPanel::loadFiles(const core::ImageFiles& train, const core::ImageFiles& test) {
  loadRequested_ = true;
  session_->loadFiles(train, test);
}

bool ImagesPanel::loadPreset(const QString& name) {
  const std::optional<core::ImageTrainConfig> config = core::imagePreset(name.toStdString());
  if (!config) {
    say(tr("There is no image preset called “%1”.").arg(name), true);
    return false;
  }
  playback_->showPreset(name);
  loadConfig(*config);
  return true;
}

void ImagesPanel::loadConfig(const core::ImageTrainConfig& config) {
  session_->load(config);
}

void ImagesPanel::shutdown() {
  repaint_->stop();
  session_->shutdown();
}

void ImagesPanel::openIdxFiles() {
  const QStringList paths = QFileDialog::getOpenFileNames(
      this, tr("Open IDX Files"), QString(),
      tr("IDX files (*-ubyte *-ubyte.gz *.idx *.idx.gz);;All files (*)"));
  if (paths.isEmpty()) return;
  const std::optional<IdxChoice> choice = assignIdxFiles(paths);
  if (!choice) {
    say(tr("Choose four IDX files whose names say which they are, as MNIST's do: "
           "train-images…, train-labels…, t10k-images… (or test-images…) and t10k-labels…."),
        true);
    return;
  }
  loadFiles(choice->train, choice->test);
}

void ImagesPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  repaint_->start();
  if (!focusWidget()) setFocus(Qt::OtherFocusReason);
  if (!loadRequested_) loadFolder(QString::fromUtf8(core::kFashionMnistFolder));
}

void ImagesPanel::hideEvent(QHideEvent* event) {
  QWidget::hideEvent(event);
  repaint_->stop();
}

void ImagesPanel::showDataMessage(const QString& text, bool warning) {
  dataMessage_->setText(text);
  setWarningLook(dataMessage_, warning, false);
  stack_->setCurrentIndex(0);
}

QString ImagesPanel::dataMessage() const {
  return stack_->currentIndex() == 0 ? dataMessage_->text() : QString();
}

bool ImagesPanel::hasData() const {
  return shown_ != nullptr;
}

QString ImagesPanel::statusText() const {
  return status_->text();
}

void ImagesPanel::say(const QString& message, bool warning) {
  status_->setText(message);
  setWarningLook(status_, warning);
  if (warning) emit statusMessage(message);
}

void ImagesPanel::noticeArrived(ImagesNotice kind, const QString& detail) {
  switch (kind) {
    case ImagesNotice::Loading:
      if (!shown_) showDataMessage(detail, false);
      say(detail);
      break;
    case ImagesNotice::Loaded:
      stack_->setCurrentIndex(1);
      playback_->setEnabled(true);
      say(tr("Loaded %1. Press Play (Space) to train.").arg(detail));
      break;
    case ImagesNotice::LoadFailed:
      if (shown_) {
        say(detail, true);  // the run it had stays
      } else {
        showDataMessage(detail, true);
        say(detail, true);
      }
      break;
    case ImagesNotice::NewRun:
      say(tr("New run: new weights from the seed, step 0."));
      break;
    case ImagesNotice::KeptWeights:
      say(tr("Changed while training: every weight and the step count kept."));
      break;
    case ImagesNotice::Rejected:
    case ImagesNotice::Diverged:
      say(detail, true);
      break;
    case ImagesNotice::Measured:
      say(tr("Measured on every test image."));
      break;
  }
}

void ImagesPanel::repaintTick() {
  const ImagesFramePtr& latest = session_->latest();
  if (!latest || latest == shown_) return;
  shown_ = latest;
  ++repaints_;
  const ImagesFrame& f = *shown_;
  if (f.run != shownRun_) {
    shownRun_ = f.run;
    controls_->showConfig(f.config);
  }
  playback_->setPlaying(f.playing);
  controls_->showFrame(f);
  // The views redraw only when a new measurement came (about once a second);
  // the frames between carry only the counters.
  if (const auto& m = f.measurement; m && m != shownMeasurement_) {
    shownMeasurement_ = m;
    if (const auto& s = m->series) {
      const QColor train = QColor(0x08, 0x77, 0xbd), test = QColor(0xd9, 0x5f, 0x02);
      accuracy_->setLines({{tr("train"), train, Qt::SolidLine, points(s->step, s->trainAccuracy)},
                           {tr("test"), test, Qt::DashLine, points(s->step, s->testAccuracy)}});
      loss_->setLines({{tr("train"), train, Qt::SolidLine, points(s->step, s->trainLoss)},
                       {tr("test"), test, Qt::DashLine, points(s->step, s->testLoss)}});
    }
    confusion_->setMeasurement(m, f.classNames);
    weights_->setMeasurement(m);
    activity_->setMeasurement(m);
    features_->setMeasurement(m, f.classNames);
    classes_->setMeasurement(m, f.classNames);
    samples_->setMeasurement(m, f.classNames);
  }
}

void ImagesPanel::showPage(Page page) {
  QWidget* pages[] = {weights_, activity_,  features_, classes_->parentWidget(),
                      samples_, confusion_, accuracy_};
  if (QWidget* w = pages[static_cast<int>(page)]; deck_->indexOf(w) >= 0)
    deck_->setCurrentWidget(w);
}

ImagesPanel::Page ImagesPanel::currentPage() const {
  const QWidget* w = deck_->currentWidget();
  if (w == activity_) return Page::Activity;
  if (w == features_) return Page::FeatureMaps;
  if (w == classes_->parentWidget()) return Page::ClassUnits;
  if (w == samples_) return Page::Samples;
  if (w == confusion_) return Page::Confusion;
  if (w == accuracy_ || w == loss_) return Page::Curves;
  return Page::Weights;
}

void ImagesPanel::setPresenting(bool presenting) {
  if (presenting == presenting_) return;
  presenting_ = presenting;
  // Presenter mode's larger text must not push the views off a projector's
  // screen: the controls scroll sideways too rather than widen the window.
  column_->setSqueezable(presenting);
  placeForPresenting();
  // The controls keep their own width where the screen allows (after the
  // larger font has reached them).
  QTimer::singleShot(0, this, [this] {
    const int total = main_->width();
    const int column = std::min(controls_->sizeHint().width() + 24, total / 3);
    main_->setSizes({column, total - column});
  });
}

// Presenting: the curves and the confusion matrix become the deck's first
// pages, so every view is shown alone at a size the back row can read.
void ImagesPanel::placeForPresenting() {
  QWidget* moved[] = {accuracy_, loss_, confusion_};
  const QString titles[] = {tr("Accuracy"), tr("Loss"), tr("Confusion")};
  if (presenting_) {
    for (int i = 2; i >= 0; --i) deck_->insertTab(0, moved[i], titles[i]);
    topRow_->hide();
    deck_->setCurrentIndex(0);
    for (QWidget* w : moved) w->setMinimumHeight(kPresentedPlotHeight);
  } else {
    auto* top = static_cast<QHBoxLayout*>(topRow_->layout());
    for (QWidget* w : moved) {
      deck_->removeTab(deck_->indexOf(w));
      w->setParent(topRow_);
      top->addWidget(w, 1);
      w->setMinimumHeight(0);
      w->show();
    }
    topRow_->show();
  }
}

}  // namespace relulab::ui
