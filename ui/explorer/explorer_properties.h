#pragma once

#include <QWidget>

#include "core/activations/activation.h"

class QLabel;

namespace relulab::ui {

// The selected activation's formula and what a teacher points at: output
// range, monotonic, smooth or kinked, zero-centred, whether units can die,
// the convention at the kink, and one teaching note. All from the descriptor.
class ExplorerProperties : public QWidget {
  Q_OBJECT

 public:
  explicit ExplorerProperties(QWidget* parent = nullptr);

  void setActivation(const core::Activation& activation);
  QLabel* label() const { return label_; }

  // The rich text shown for an activation (public for tests and export).
  static QString describe(const core::Activation& activation);

 private:
  QLabel* label_ = nullptr;
};

}  // namespace relulab::ui
