#pragma once

#include <QList>

#include "ui/studies/studies_form.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace relulab::ui {

class StudiesActivationPicker;

// Settings of the variance-by-depth study (core/studies/depth_variance.h).
class StudiesFormDepth : public StudiesForm {
  Q_OBJECT

 public:
  explicit StudiesFormDepth(QWidget* parent = nullptr);

  StudyKind kind() const override { return StudyKind::DepthVariance; }
  core::Result<StudyConfig> config() const override;
  void restoreDefaults() override;

 private:
  StudiesActivationPicker* activation_ = nullptr;
  QList<QCheckBox*> inits_;  // one per core::StudyInit, in enum order
  QSpinBox* width_ = nullptr;
  QSpinBox* depth_ = nullptr;
  QSpinBox* inputs_ = nullptr;
  QSpinBox* batch_ = nullptr;
  QSpinBox* networks_ = nullptr;
  QComboBox* bias_ = nullptr;
  QDoubleSpinBox* nearZero_ = nullptr;
};

}  // namespace relulab::ui
