#pragma once

#include "ui/studies/studies_form.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace relulab::ui {

class StudiesActivationList;

// Settings of the dying phase diagram (core/studies/phase_diagram.h). Only the
// list for the chosen column axis is shown.
class StudiesFormPhase : public StudiesForm {
  Q_OBJECT

 public:
  explicit StudiesFormPhase(QWidget* parent = nullptr);

  StudyKind kind() const override { return StudyKind::PhaseDiagram; }
  core::Result<StudyConfig> config() const override;
  void restoreDefaults() override;

 private:
  void showAxisRow();

  QFormLayout* form_ = nullptr;
  QComboBox* preset_ = nullptr;
  QLineEdit* rates_ = nullptr;
  QComboBox* axis_ = nullptr;
  QLineEdit* biases_ = nullptr;
  QLineEdit* depths_ = nullptr;
  StudiesActivationList* activations_ = nullptr;
  QSpinBox* seeds_ = nullptr;
  QDoubleSpinBox* epochs_ = nullptr;
};

}  // namespace relulab::ui
