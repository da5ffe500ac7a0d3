#pragma once

#include "ui/studies/studies_view.h"

class QLabel;

namespace relulab::ui {

class StudiesHeatmap;

// Dying phase diagram: a heatmap of the fraction of hidden units dead after
// training, learning rate up the side, the swept setting along the bottom.
// For activations without a hard zero (Leaky ReLU, ELU, …), where units
// cannot die, a cell shows the inactive fraction instead, marked "i".
class StudiesViewPhase : public StudiesView {
  Q_OBJECT

 public:
  explicit StudiesViewPhase(QWidget* parent = nullptr);

  void showOutcome(const StudyOutcome& outcome) override;
  void clear() override;
  QWidget* picture() const override;

  StudiesHeatmap* heatmap() const { return heatmap_; }
  // The value a cell shows: dead fraction, or inactive fraction where units
  // cannot die; NaN when no run of the cell finished.
  static double cellValue(const core::PhaseDiagramResult& r, const core::PhaseCell& cell);

 private:
  StudiesHeatmap* heatmap_ = nullptr;
  QLabel* note_ = nullptr;
};

}  // namespace relulab::ui
