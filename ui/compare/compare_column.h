#pragma once

// One run in compare mode: its number in the run's colour (the colour of its
// line in the shared loss plot), its activation picker, its decision heatmap
// (the playground's view, without adding points), and a readout of step,
// loss, accuracy and dead units. A run that diverged says so in plain words.

#include <QColor>
#include <QWidget>

#include "core/activations/activation.h"
#include "ui/compare/compare_frame.h"

class QComboBox;
class QLabel;

namespace relulab::ui {

class PlaygroundDecisionView;

class CompareColumn : public QWidget {
  Q_OBJECT

 public:
  CompareColumn(int index, QWidget* parent = nullptr);

  static QColor colour(int index);  // run `index`'s colour, shared with the loss plot

  core::Activation activation() const;
  void setActivation(core::ActivationKind kind);  // without emitting activationChanged
  void setRun(const CompareRunFrame& run);

  QComboBox* activationBox() const { return activation_; }
  PlaygroundDecisionView* decisionView() const { return decision_; }
  QString readout() const;
  QString message() const;  // empty unless the run diverged

  QSize minimumSizeHint() const override;

 signals:
  void activationChanged();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void fitReadout();

  int index_ = 0;
  QComboBox* activation_ = nullptr;
  PlaygroundDecisionView* decision_ = nullptr;
  QLabel* readout_ = nullptr;
  QLabel* message_ = nullptr;
};

}  // namespace relulab::ui
