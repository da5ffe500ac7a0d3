#pragma once

#include "ui/studies/studies_form.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace relulab::ui {

class StudiesActivationList;

// Settings of the collapse study (core/studies/collapse.h).
class StudiesFormCollapse : public StudiesForm {
  Q_OBJECT

 public:
  explicit StudiesFormCollapse(QWidget* parent = nullptr);

  StudyKind kind() const override { return StudyKind::Collapse; }
  core::Result<StudyConfig> config() const override;
  void restoreDefaults() override;

 private:
  StudiesActivationList* activations_ = nullptr;
  QSpinBox* width_ = nullptr;
  QSpinBox* depth_ = nullptr;
  QSpinBox* runs_ = nullptr;
  QSpinBox* steps_ = nullptr;
  QDoubleSpinBox* rate_ = nullptr;
  QComboBox* init_ = nullptr;
  QComboBox* bias_ = nullptr;
  QSpinBox* points_ = nullptr;
  QDoubleSpinBox* halfWidth_ = nullptr;
  QDoubleSpinBox* tolerance_ = nullptr;
};

}  // namespace relulab::ui
