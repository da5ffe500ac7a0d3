#pragma once

// The settings of one study, as labelled controls with tooltips that say what
// each one means. Every form starts at the core's defaults (sized to finish
// in seconds) and hands the panel a core config; the seed and the thread
// count are the panel's. One subclass per study.

#include <QWidget>
#include <optional>

#include "ui/studies/studies_job.h"

namespace relulab::ui {

class StudiesForm : public QWidget {
  Q_OBJECT

 public:
  using QWidget::QWidget;

  virtual StudyKind kind() const = 0;
  // The settings as the core takes them (seed left at its default), or a
  // message naming the field when one cannot be read. The core's own range
  // checks come after (validateStudy).
  virtual core::Result<StudyConfig> config() const = 0;
  // Shows the core's defaults.
  virtual void restoreDefaults() = 0;
};

}  // namespace relulab::ui
