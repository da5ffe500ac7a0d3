#pragma once

#include <QWidget>
#include <vector>

#include "ui/explorer/explorer_curve.h"

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace relulab::ui {

class ExplorerCurveRow;

// The explorer's activation picker: one row per curve (up to six, each in its
// own colour), an "Add curve" button, and which curve is selected.
class ExplorerControls : public QWidget {
  Q_OBJECT

 public:
  explicit ExplorerControls(QWidget* parent = nullptr);

  std::vector<ExplorerCurve> curves() const;
  int count() const { return static_cast<int>(rows_.size()); }
  ExplorerCurveRow* row(int index) const { return rows_.at(static_cast<size_t>(index)); }
  QToolButton* addButton() const { return add_; }

  // Adds a curve (selected at once); returns false when six are shown already.
  bool addCurve(core::ActivationKind kind);
  bool addCurve();  // the next activation not shown yet, in a teaching order
  // Removes a curve; the last one stays.
  void removeCurve(int index);
  void toggleCurve(int index);
  void setCurveParameter(int index, double value);

  int selected() const { return selected_; }
  void setSelected(int index);

 signals:
  void curvesChanged();
  void selectedChanged(int index);

 private:
  QColor freeColour() const;
  void updateButtons();

  std::vector<ExplorerCurveRow*> rows_;
  int selected_ = 0;
  QButtonGroup* group_ = nullptr;
  QVBoxLayout* rowsLayout_ = nullptr;
  QToolButton* add_ = nullptr;
};

}  // namespace relulab::ui
