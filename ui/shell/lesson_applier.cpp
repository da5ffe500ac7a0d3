#include "ui/shell/lesson_applier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>

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
  if (step.explorer) notice = applyExplorer(*step.explorer);
  if (step.playground) applyPlayground(*step.playground);
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

}  // namespace relulab::ui
