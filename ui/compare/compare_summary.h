#pragma once

// The convergence claim in numbers: for each run, the first checked step at
// which its training loss fell to a chosen target and its training accuracy
// rose to a chosen target, and one sentence that compares the fastest run
// with the others ("ReLU reached it in 325 steps — 43× fewer than sigmoid").

#include <QWidget>
#include <vector>

#include "ui/compare/compare_frame.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace relulab::ui {

class CompareSummary : public QWidget {
  Q_OBJECT

 public:
  explicit CompareSummary(QWidget* parent = nullptr);

  void setFrame(const CompareFramePtr& frame);

  std::size_t lossTarget() const;      // index into kCompareLossTargets
  std::size_t accuracyTarget() const;  // index into kCompareAccuracyTargets
  void setTargets(std::size_t loss, std::size_t accuracy);

  QComboBox* lossTargetBox() const { return loss_; }
  QComboBox* accuracyTargetBox() const { return accuracy_; }
  QCheckBox* logScaleBox() const { return log_; }
  QString stepsText(int run, bool accuracy) const;  // a table cell, as shown
  QString claim() const;

 signals:
  void logScaleChanged(bool log);
  void lossTargetChanged();

 private:
  struct Row {
    QLabel* name;
    QLabel* loss;
    QLabel* accuracy;
  };
  void refresh();
  QString runName(const CompareFrame& frame, std::size_t run) const;
  QString cell(const CompareFrame& frame, std::size_t run, bool accuracy) const;
  QString claimText(const CompareFrame& frame) const;

  QComboBox* loss_ = nullptr;
  QComboBox* accuracy_ = nullptr;
  QCheckBox* log_ = nullptr;
  QLabel* lossHeader_ = nullptr;
  QLabel* accuracyHeader_ = nullptr;
  std::vector<Row> rows_;
  QLabel* claim_ = nullptr;
  CompareFramePtr frame_;
};

}  // namespace relulab::ui
