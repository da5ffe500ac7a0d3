#pragma once

// What the Studies tab shows for one study's outcome: tables and plots, one
// subclass per study. A view draws only; the panel owns the outcome.

#include <QWidget>

#include "ui/studies/studies_job.h"

namespace relulab::ui {

class StudiesView : public QWidget {
  Q_OBJECT

 public:
  using QWidget::QWidget;

  // outcome.result holds this view's study (partial when outcome.cancelled).
  virtual void showOutcome(const StudyOutcome& outcome) = 0;
  virtual void clear() = 0;
  // What "Save PNG" grabs: the plot (with its legend and labels).
  virtual QWidget* picture() const = 0;
};

}  // namespace relulab::ui
