#pragma once

#include <QFrame>

#include "ui/explorer/explorer_curve.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSlider;
class QToolButton;

namespace relulab::ui {

// One curve in the explorer's picker: a selector (which curve the properties
// and the Gaussian view describe), the activation, show/hide, remove, and the
// parameter as a slider and a spin box kept in step. The parameter's range is
// the descriptor's ParameterSpec; the curve follows the slider while it moves.
class ExplorerCurveRow : public QFrame {
  Q_OBJECT

 public:
  explicit ExplorerCurveRow(const ExplorerCurve& curve, QWidget* parent = nullptr);

  const ExplorerCurve& curve() const { return curve_; }
  void setVisibleCurve(bool visible);
  void setRemovable(bool removable);

  QRadioButton* selector() const { return selector_; }
  QComboBox* activationBox() const { return activation_; }
  QCheckBox* visibleBox() const { return visible_; }
  QToolButton* removeButton() const { return remove_; }
  QSlider* slider() const { return slider_; }
  QDoubleSpinBox* spinBox() const { return spin_; }

  // Slider position <-> parameter value for this row's activation.
  double sliderToValue(int position) const;
  int valueToSlider(double value) const;

 signals:
  void changed();
  void touched();  // the user works with this row: select it
  void removeRequested();

 private:
  void setKind(core::ActivationKind kind);
  void configureParameter();
  void setParameter(double value, bool fromSlider);

  ExplorerCurve curve_;
  QRadioButton* selector_ = nullptr;
  QComboBox* activation_ = nullptr;
  QCheckBox* visible_ = nullptr;
  QToolButton* remove_ = nullptr;
  QLabel* parameterName_ = nullptr;
  QWidget* parameter_ = nullptr;  // the name, the slider and the box
  QSlider* slider_ = nullptr;
  QDoubleSpinBox* spin_ = nullptr;
};

}  // namespace relulab::ui
