#include "ui/explorer/explorer_panel.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "io/core_text.h"
#include "ui/common/column_scroll_area.h"
#include "ui/explorer/example_table.h"
#include "ui/explorer/explorer_chart_view.h"
#include "ui/explorer/explorer_controls.h"
#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_export.h"
#include "ui/explorer/explorer_gaussian.h"
#include "ui/explorer/explorer_plot_bar.h"
#include "ui/explorer/explorer_properties.h"

namespace relulab::ui {

ExplorerPanel::ExplorerPanel(QWidget* parent) : QWidget(parent) {
  controls_ = new ExplorerControls;
  properties_ = new ExplorerProperties;
  plot_ = new ExplorerCurvePlot;
  gaussian_ = new ExplorerGaussian;
  table_ = new ExampleTable;

  // Left: the picker, then the selected curve's formula and properties.
  auto* side = new QWidget;
  auto* sideLayout = new QVBoxLayout(side);
  sideLayout->addWidget(controls_);
  auto* propertiesTitle = new QLabel(tr("<b>Selected curve</b>"), side);
  sideLayout->addSpacing(6);
  sideLayout->addWidget(propertiesTitle);
  sideLayout->addWidget(properties_, 1);
  auto* scroll = new ColumnScrollArea(side);  // as wide as the picker and properties need

  // Right: the curves or the Gaussian view, the worked example below.
  views_ = new QTabWidget;
  views_->addTab(plot_, tr("&Curves"));
  views_->addTab(gaussian_, tr("&Gaussian input"));
  views_->setTabToolTip(0, tr("Every curve with its slopes, on one x axis."));
  views_->setTabToolTip(1, tr("What the selected activation does to random inputs x ~ N(μ, σ²): "
                              "how many outputs are exactly zero, and how the signal's size "
                              "changes."));
  auto* right = right_ = new QSplitter(Qt::Vertical);
  right->addWidget(views_);
  right->addWidget(table_);
  right->setStretchFactor(0, 1);
  right->setStretchFactor(1, 0);
  right->setChildrenCollapsible(false);
  right->setSizes({10000, 1});  // the table gets its minimum (five rows), the plot the rest

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(scroll);
  splitter->addWidget(right);
  splitter->setStretchFactor(0, 0);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({370, 900});
  splitter->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(splitter);

  createActions();
  connect(controls_, &ExplorerControls::curvesChanged, this, &ExplorerPanel::curvesChanged);
  connect(controls_, &ExplorerControls::selectedChanged, this, &ExplorerPanel::selectionChanged);
  connect(plot_, &ExplorerCurvePlot::visibilityToggleRequested, controls_,
          &ExplorerControls::toggleCurve);
  curvesChanged();
  selectionChanged();
}

void ExplorerPanel::createActions() {
  const auto add = [this](const QString& text, const QKeySequence& keys, const QString& tip) {
    auto* action = new QAction(text, this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    addAction(action);
    return action;
  };
  QAction* reset = add(tr("&Reset View"), QKeySequence(tr("Ctrl+0")),
                       tr("Show x from −5 to 5 again and fit the curves (Ctrl+0)."));
  QAction* zoomIn = add(tr("Zoom &In"), QKeySequence::ZoomIn,
                        tr("Zoom in on the origin, where the kink is (or the centre when the "
                           "origin is out of view)."));
  QAction* zoomOut = add(tr("Zoom &Out"), QKeySequence::ZoomOut,
                         tr("Zoom out from the origin (or the centre when it is out of view)."));
  export_ = add(tr("&Export Plot…"), QKeySequence(tr("Ctrl+E")),
                tr("Save the plot as a PNG image or an SVG drawing, or the curves as a CSV "
                   "table (Ctrl+E)."));
  connect(reset, &QAction::triggered, plot_, &ExplorerCurvePlot::resetView);
  connect(zoomIn, &QAction::triggered, plot_, [this] { plot_->zoomStep(0.8); });
  connect(zoomOut, &QAction::triggered, plot_, [this] { plot_->zoomStep(1.25); });
  connect(export_, &QAction::triggered, this, &ExplorerPanel::exportWithDialog);
  plot_->bar()->setResetAction(reset);
  viewActions_ = {reset, zoomIn, zoomOut};
}

void ExplorerPanel::setPresenting(bool presenting) {
  if (presenting == presenting_) return;
  presenting_ = presenting;
  if (presenting) {
    views_->addTab(table_, tr("&Worked example"));
    views_->setTabToolTip(views_->count() - 1,
                          tr("The textbook table: inputs, outputs and slopes, one row per input."));
  } else {
    const bool front = views_->currentWidget() == table_;
    views_->removeTab(views_->indexOf(table_));
    right_->addWidget(table_);
    table_->show();
    right_->setSizes({10000, 1});
    if (front) views_->setCurrentWidget(plot_);
  }
}

void ExplorerPanel::showExample() {
  if (presenting_) views_->setCurrentWidget(table_);
}

void ExplorerPanel::showGaussianView(bool gaussian) {
  views_->setCurrentIndex(gaussian ? 1 : 0);
}

void ExplorerPanel::curvesChanged() {
  const auto curves = controls_->curves();
  plot_->setCurves(curves);
  table_->setCurves(curves);
  selectionChanged();
}

void ExplorerPanel::selectionChanged() {
  const int selected = controls_->selected();
  const auto curves = controls_->curves();
  if (selected < 0 || selected >= static_cast<int>(curves.size())) return;
  properties_->setActivation(curves[static_cast<size_t>(selected)].activation);
  gaussian_->setCurve(curves[static_cast<size_t>(selected)]);
}

std::optional<core::Message> ExplorerPanel::exportTo(const QString& path) {
  const auto format = exportFormatFor(path);
  if (!format)
    return io::message(
        tr("Cannot tell the format of %1: end the file name with .png, .svg or .csv.").arg(path));
  switch (*format) {
    case ExportFormat::Png:
      return exportPng(plot_->view(), path);
    case ExportFormat::Svg:
      return exportSvg(plot_->view(), path);
    case ExportFormat::Csv:
      // The table is for reading numbers, not pixels: at least 1001 rows.
      return exportCsv(controls_->curves(), plot_->xMin(), plot_->xMax(),
                       std::max(plot_->samplesPerCurve(), 1001), path);
  }
  return std::nullopt;
}

void ExplorerPanel::exportWithDialog() {
  QString filter;
  QString path = QFileDialog::getSaveFileName(this, tr("Export Plot"), tr("activations.png"),
                                              exportFilters(), &filter);
  if (path.isEmpty()) return;
  if (!exportFormatFor(path)) {
    // No known suffix typed: take the one of the chosen filter, "… (*.svg)".
    const qsizetype star = filter.lastIndexOf(QLatin1String("*."));
    if (star >= 0) path += filter.mid(star + 1).chopped(1);
  }
  if (const auto problem = exportTo(path))
    QMessageBox::warning(this, tr("Export failed"), io::coreText(*problem));
  else
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

}  // namespace relulab::ui
