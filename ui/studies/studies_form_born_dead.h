#pragma once

#include "ui/studies/studies_form.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace relulab::ui {

class StudiesActivationPicker;

// Settings of the born-dead study (core/studies/born_dead.h).
class StudiesFormBornDead : public StudiesForm {
  Q_OBJECT

 public:
  explicit StudiesFormBornDead(QWidget* parent = nullptr);

  StudyKind kind() const override { return StudyKind::BornDead; }
  core::Result<StudyConfig> config() const override;
  void restoreDefaults() override;

 private:
  QLineEdit* widths_ = nullptr;
  QLineEdit* depths_ = nullptr;
  QSpinBox* samples_ = nullptr;
  StudiesActivationPicker* activation_ = nullptr;
  QComboBox* init_ = nullptr;
  QComboBox* bias_ = nullptr;
  QDoubleSpinBox* halfWidth_ = nullptr;
  QDoubleSpinBox* probe_ = nullptr;
  QSpinBox* grid_ = nullptr;
};

}  // namespace relulab::ui
