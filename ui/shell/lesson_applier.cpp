#include "ui/shell/lesson_applier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <algorithm>
#include <cstddef>

#include "core/training/presets.h"
#include "io/lesson.h"
#include "ui/common/playground_playback.h"
#include "ui/common/playground_text.h"
#include "ui/explorer/example_table.h"
#include "ui/explorer/explorer_controls.h"
#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_curve_row.h"
#include "ui/explorer/explorer_gaussian.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/explorer/explorer_plot_bar.h"
#include "ui/images/images_controls.h"
#include "ui/images/images_panel.h"
#include "ui/images/images_session.h"
#include "ui/playground/playground_controls_network.h"
#include "ui/playground/playground_controls_training.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_session.h"

namespace relulab::ui {

namespace {

void choose(QComboBox* box, int data) {
  const int index = box->findData(data);
  if (index >= 0 && index != box->currentIndex()) box->setCurrentIndex(index);
}

// An editable rate list takes a value the way a typed one arrives: the text,
// then "editing finished" (which checks and commits it).
void typeRate(QComboBox* box, double value) {
  box->setEditText(PlaygroundText::number(value, 6));
  emit box->lineEdit()->editingFinished();
}

}  // namespace

io::LessonStep LessonApplier::capture() const {
  io::LessonStep step;
  if (tabs_->currentWidget() == explorer_) {
    io::ExplorerSetup e;
    for (const Curve& c : shownCurves()) e.curves.push_back({c.activation, c.visible});
    e.selected = explorer_->controls()->selected();
    ExplorerCurvePlot* plot = explorer_->curvePlot();
    e.derivative = plot->bar()->derivativeBox()->isChecked();
    e.secondDerivative = plot->bar()->secondBox()->isChecked();
    e.xRange = std::pair{plot->xMin(), plot->xMax()};
    e.gaussianView =
        explorer_->views()->currentWidget() != nullptr && explorer_->views()->currentIndex() == 1;
    e.mu = explorer_->gaussian()->muBox()->value();
    e.sigma = explorer_->gaussian()->sigmaBox()->value();
    e.inputs = explorer_->exampleTable()->inputs();
    step.explorer = e;
  } else if (tabs_->currentWidget() == images_) {
    step.images = captureImages();
  } else {
    io::PlaygroundSetup p;
    p.config = playground_->requestedConfig();
    p.preset = playground_->playback()->presetBox()->currentData().toString();
    p.play = false;
    p.speed = playground_->playback()->speed();
    if (playground_->enlargedView())
      p.view = static_cast<io::PlaygroundView>(*playground_->enlargedView());
    step.playground = p;
  }
  return step;
}

QString LessonApplier::apply(const io::LessonStep& step) {
  QString notice;
  // Nothing trains unseen behind the tab the step is about.
  if (step.explorer || step.playground) images_->session()->pause();
  if (step.explorer) notice = applyExplorer(*step.explorer);
  if (step.playground) applyPlayground(*step.playground);
  if (step.images) notice = applyImages(*step.images);
  return notice;
}

std::vector<LessonApplier::Curve> LessonApplier::shownCurves() const {
  std::vector<Curve> curves;
  for (const ExplorerCurve& c : explorer_->controls()->curves())
    curves.push_back({c.activation, c.visible});
  return curves;
}

void LessonApplier::setCurves(const std::vector<Curve>& curves) {
  ExplorerControls* controls = explorer_->controls();
  const int wanted = static_cast<int>(curves.size());
  while (controls->count() > wanted) controls->removeCurve(controls->count() - 1);
  while (controls->count() < wanted)
    controls->addCurve(curves[static_cast<size_t>(controls->count())].activation.kind);
  for (int i = 0; i < wanted; ++i) {
    const Curve& curve = curves[static_cast<size_t>(i)];
    ExplorerCurveRow* row = controls->row(i);
    choose(row->activationBox(), static_cast<int>(curve.activation.kind));
    if (core::activationInfo(curve.activation.kind).parameter)
      row->spinBox()->setValue(curve.activation.param);
    row->visibleBox()->setChecked(curve.visible);
  }
}

void LessonApplier::restoreCurves() {
  if (saved_.empty()) return;
  tabs_->setCurrentWidget(explorer_);
  setCurves(saved_);
  explorer_->controls()->setSelected(savedSelected_);
  saved_.clear();
  lessonCurves_.clear();
}

QString LessonApplier::applyExplorer(const io::ExplorerSetup& setup) {
  playground_->session()->pause();  // nothing trains unseen behind the explorer
  tabs_->setCurrentWidget(explorer_);
  ExplorerControls* controls = explorer_->controls();
  QString notice;
  if (!setup.curves.empty()) {
    std::vector<Curve> wanted;
    for (const io::ExplorerCurveSetup& c : setup.curves)
      wanted.push_back({c.activation, c.visible});
    const std::vector<Curve> shown = shownCurves();
    // Curves the user set up (not the last step's) are kept to put back.
    if (shown != wanted && shown != lessonCurves_) {
      saved_ = shown;
      savedSelected_ = controls->selected();
      QStringList names;
      for (const Curve& c : shown) names << PlaygroundText::activationName(c.activation.kind);
      notice = tr("This step set up its own curves in place of yours (%1); Lessons → Put Back "
                  "My Curves restores them.")
                   .arg(names.join(QStringLiteral(", ")));
    }
    setCurves(wanted);
    lessonCurves_ = wanted;
  }
  // Last: touching a row's parameter selects that row.
  if (setup.selected || !setup.curves.empty()) controls->setSelected(setup.selected.value_or(0));

  ExplorerPlotBar* bar = explorer_->curvePlot()->bar();
  if (setup.derivative) bar->derivativeBox()->setChecked(*setup.derivative);
  if (setup.secondDerivative) bar->secondBox()->setChecked(*setup.secondDerivative);
  if (setup.xRange) explorer_->curvePlot()->setXRange(setup.xRange->first, setup.xRange->second);
  if (setup.gaussianView) explorer_->showGaussianView(*setup.gaussianView);
  if (setup.mu) explorer_->gaussian()->muBox()->setValue(*setup.mu);
  if (setup.sigma) explorer_->gaussian()->sigmaBox()->setValue(*setup.sigma);
  if (!setup.inputs.empty()) {
    explorer_->exampleTable()->setInputs(setup.inputs);
    explorer_->showExample();  // in presenter mode the table has a tab of its own
  }
  return notice;
}

// A lesson names the views as the panel does, in the same order.
static_assert(static_cast<int>(io::PlaygroundView::GradientNorm) ==
              static_cast<int>(PlaygroundPanel::View::GradientNorm));
static_assert(static_cast<int>(io::PlaygroundView::Units) ==
              static_cast<int>(PlaygroundPanel::View::Units));

void LessonApplier::applyPlayground(const io::PlaygroundSetup& setup) const {
  tabs_->setCurrentWidget(playground_);
  PlaygroundSession* session = playground_->session();
  if (setup.config) {
    // Paused first, so the new run waits for the student (commands arrive in order).
    if (!setup.play.value_or(false)) session->pause();
    playground_->playback()->showPreset(setup.preset);
    playground_->loadConfig(*setup.config);  // the picker names the preset the run is, if any
  }
  if (setup.change) applyChange(*setup.change);
  // The view the step talks about comes forward; a step that names none puts
  // every view back at its size.
  playground_->showView(setup.view ? static_cast<PlaygroundPanel::View>(*setup.view)
                                   : PlaygroundPanel::View::Boundary);
  if (setup.speed) {  // through the control, so the student sees the pace and can change it
    QComboBox* speed = playground_->playback()->speedBox();
    speed->setCurrentIndex(speed->findData(*setup.speed));
  }
  if (setup.play.value_or(false))
    session->play();
  else if (setup.play)
    session->pause();
}

void LessonApplier::applyChange(const io::PlaygroundChange& change) const {
  PlaygroundControlsNetwork* network = playground_->networkControls();
  if (change.activation) {
    const bool hasParameter = core::activationInfo(change.activation->kind).parameter.has_value();
    for (int layer = 0; layer < network->layerCount(); ++layer) {
      choose(network->activationBox(layer), static_cast<int>(change.activation->kind));
      if (hasParameter) network->parameterBox(layer)->setValue(change.activation->param);
    }
  }
  PlaygroundControlsTraining* training = playground_->trainingControls();
  if (change.learningRate) typeRate(training->learningRateBox(), *change.learningRate);
  if (change.optimizer) choose(training->optimizerBox(), static_cast<int>(*change.optimizer));
  if (change.batchSize) training->batchBox()->setValue(*change.batchSize);
  if (change.regularization)
    choose(training->regularizationBox(), static_cast<int>(*change.regularization));
  if (change.regularizationRate)
    typeRate(training->regularizationRateBox(), *change.regularizationRate);
}

// A lesson names the Images tab's views as the panel does, in the same order.
static_assert(static_cast<int>(io::ImagesView::Weights) ==
              static_cast<int>(ImagesPanel::Page::Weights));
static_assert(static_cast<int>(io::ImagesView::Samples) ==
              static_cast<int>(ImagesPanel::Page::Samples));
static_assert(static_cast<int>(io::ImagesView::Curves) ==
              static_cast<int>(ImagesPanel::Page::Curves));

QString LessonApplier::applyImages(const io::ImagesSetup& setup) const {
  playground_->session()->pause();
  tabs_->setCurrentWidget(images_);  // the tab reads its data when first shown
  ImagesSession* session = images_->session();
  QString notice;
  if (const std::optional<core::ImageTrainConfig> config = io::imagesConfig(setup)) {
    // Paused first, so the new run waits for the student (commands arrive in order).
    if (!setup.play.value_or(false)) session->pause();
    images_->playback()->showPreset(setup.preset);  // the run's starting point
    images_->loadConfig(*config);
  } else {
    notice = changeImagesRun(setup);
  }
  if (setup.testImage) images_->controls()->imageBox()->setValue(*setup.testImage);
  if (setup.view) images_->showPage(static_cast<ImagesPanel::Page>(*setup.view));
  if (setup.play.value_or(false))
    session->play();
  else if (setup.play)
    session->pause();
  return notice;
}

// Through the controls a student would use, so that they show the change.
QString LessonApplier::changeImagesRun(const io::ImagesSetup& setup) const {
  if (!images_->hasData()) return QString();  // no run to change: the tab says why
  ImagesControls* controls = images_->controls();
  const int asked = static_cast<int>(setup.activations.size());
  for (int row = 0; row < std::min(asked, controls->layerRows()); ++row) {
    const auto& kind = setup.activations[static_cast<std::size_t>(row)];
    QComboBox* box = controls->activationBox(row);
    const int index = kind ? box->findData(static_cast<int>(*kind)) : -1;
    if (index < 0 || index == box->currentIndex()) continue;
    box->setCurrentIndex(index);
    emit box->activated(index);
  }
  if (setup.learningRate) {
    QComboBox* rate = controls->rateBox();
    int index = rate->findData(*setup.learningRate);
    if (index < 0) {
      rate->addItem(PlaygroundText::number(*setup.learningRate, 3), *setup.learningRate);
      index = rate->count() - 1;
    }
    if (index != rate->currentIndex()) {
      rate->setCurrentIndex(index);
      emit rate->activated(index);
    }
  }
  if (asked > controls->layerRows())
    return tr("This step sets the activation of %n layer(s), but the network on the Images tab "
              "has %1; the rest were left out.",
              nullptr, asked)
        .arg(controls->layerRows());
  return QString();
}

io::ImagesSetup LessonApplier::captureImages() const {
  io::ImagesSetup s;
  s.preset = images_->playback()->presetBox()->currentData().toString();
  s.play = false;
  s.view = static_cast<io::ImagesView>(images_->currentPage());
  s.testImage = images_->controls()->imageBox()->value();
  const ImagesFramePtr& frame = images_->shownFrame();
  if (!frame) return s;  // no run yet: the preset as it is
  // The run as it trains now, live changes included, as changes to its preset.
  for (const core::ImageLayerSpec& layer : frame->config.network.layers)
    if (layer.kind != core::ImageLayerKind::MaxPool) s.activations.push_back(layer.activation.kind);
  s.learningRate = frame->config.optimizer.learningRate;
  const std::optional<core::ImageTrainConfig> preset = core::imagePreset(s.preset.toStdString());
  const auto rows = [](const core::ImageNetworkSpec& n) {
    return std::count_if(n.layers.begin(), n.layers.end(), [](const core::ImageLayerSpec& l) {
      return l.kind != core::ImageLayerKind::MaxPool;
    });
  };
  if (!preset || rows(preset->network) != static_cast<std::ptrdiff_t>(s.activations.size()))
    s.activations.clear();  // a network the preset cannot be made into
  return s;
}

}  // namespace relulab::ui
