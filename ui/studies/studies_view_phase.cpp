#include "ui/studies/studies_view_phase.h"

#include <QLabel>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "ui/studies/studies_heatmap.h"
#include "ui/studies/studies_text.h"

namespace relulab::ui {

namespace {

// Whether the column's hidden units can die: a hard zero (ReLU, ReLU6, …).
bool canDie(const core::PhaseDiagramConfig& c, int column) {
  const core::TrainConfig run = core::phaseRunConfig(c, 0, column, 0);
  return run.network.hidden.empty() ||
         core::activationInfo(run.network.hidden.front().activation.kind).hardZero;
}

}  // namespace

StudiesViewPhase::StudiesViewPhase(QWidget* parent) : StudiesView(parent) {
  heatmap_ = new StudiesHeatmap(this);
  note_ = new QLabel(this);
  note_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(heatmap_, 1);
  layout->addWidget(note_);
}

QWidget* StudiesViewPhase::picture() const {
  return heatmap_;
}

void StudiesViewPhase::clear() {
  heatmap_->setData({});
  note_->clear();
}

double StudiesViewPhase::cellValue(const core::PhaseDiagramResult& r, const core::PhaseCell& cell) {
  if (cell.runsDone == 0) return std::numeric_limits<double>::quiet_NaN();
  return canDie(r.config, cell.column) ? cell.deadFraction.mean : cell.inactiveFraction.mean;
}

void StudiesViewPhase::showOutcome(const StudyOutcome& outcome) {
  const auto& r = std::get<core::PhaseDiagramResult>(*outcome.result);
  const core::PhaseDiagramConfig& c = r.config;
  const int columns = c.columnCount();
  HeatmapData data;
  data.title = tr("Fraction of hidden units dead after %n epochs", nullptr,
                  static_cast<int>(std::lround(c.epochs)));
  data.rowTitle = tr("learning rate");
  data.columnTitle = StudiesText::axisName(c.axis);
  data.valueTitle = tr("dead fraction (mean over runs)");
  for (const double rate : c.learningRates) data.rowLabels << StudiesText::number(rate);
  for (int k = 0; k < columns; ++k) {
    if (c.axis == core::PhaseAxis::Activation)
      data.columnLabels << StudiesText::activation(c.activations[k]);
    else
      data.columnLabels << QString::fromStdString(core::phaseColumnLabel(c, k));
  }
  bool anyInactive = false, anyPartial = false;
  int diverged = 0;
  for (const core::PhaseCell& cell : r.cells) {
    data.values.push_back(cellValue(r, cell));
    QString mark;
    if (!canDie(c, cell.column)) {
      mark = tr("i");
      anyInactive = true;
    }
    if (!cell.complete && cell.runsDone > 0) {
      mark += QLatin1Char('*');
      anyPartial = true;
    }
    diverged += cell.diverged;
    data.marks.push_back(mark);
  }
  heatmap_->setData(std::move(data));

  QStringList note{
      tr("Each cell: the mean over %n training runs of the fraction of hidden "
         "units that are dead (inactive on every training point) at the end.",
         nullptr, c.seeds)};
  if (anyInactive)
    note << tr(
        "i: the activation has no hard zero, so its units cannot die; the cell shows "
        "the fraction inactive (z ≤ 0 on every point) instead.");
  if (anyPartial) note << tr("*: fewer runs than asked (cancelled).");
  if (diverged > 0)
    note << tr("%n run(s) diverged and were measured where they stopped.", nullptr, diverged);
  note_->setText(note.join(QLatin1Char(' ')));
}

}  // namespace relulab::ui
