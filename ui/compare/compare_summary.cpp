#include "ui/compare/compare_summary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/common/playground_text.h"
#include "ui/compare/compare_column.h"

namespace relulab::ui {

namespace {

QString steps(std::int64_t n) {
  return QLocale().toString(static_cast<qlonglong>(n));
}

QString percent(double fraction) {
  return CompareSummary::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'g', 3));
}

}  // namespace

CompareSummary::CompareSummary(QWidget* parent) : QWidget(parent) {
  auto* title = new QLabel(tr("Steps to reach"), this);
  QFont bold = title->font();
  bold.setBold(true);
  title->setFont(bold);

  loss_ = new QComboBox(this);
  for (const double t : kCompareLossTargets) loss_->addItem(PlaygroundText::number(t));
  loss_->setToolTip(tr("The training loss (mean over the training points) a run must reach."));
  accuracy_ = new QComboBox(this);
  for (const double t : kCompareAccuracyTargets) accuracy_->addItem(percent(t));
  accuracy_->setToolTip(
      tr("The training accuracy (share of training points on the right side) a run must "
         "reach."));
  setTargets(1, 1);  // loss 0.1, accuracy 95 %
  auto* lossLabel = new QLabel(tr("L&oss ≤"), this);
  lossLabel->setBuddy(loss_);
  auto* accuracyLabel = new QLabel(tr("&Accuracy ≥"), this);
  accuracyLabel->setBuddy(accuracy_);
  auto* targets = new QHBoxLayout;
  targets->addWidget(lossLabel);
  targets->addWidget(loss_);
  targets->addSpacing(8);
  targets->addWidget(accuracyLabel);
  targets->addWidget(accuracy_);
  targets->addStretch(1);

  auto* table = new QGridLayout;
  table->setHorizontalSpacing(12);
  table->setVerticalSpacing(2);
  lossHeader_ = new QLabel(this);
  accuracyHeader_ = new QLabel(this);
  table->addWidget(new QLabel(tr("Run"), this), 0, 0);
  table->addWidget(lossHeader_, 0, 1, Qt::AlignRight);
  table->addWidget(accuracyHeader_, 0, 2, Qt::AlignRight);
  for (int i = 0; i < kCompareMaxRuns; ++i) {
    Row row{new QLabel(this), new QLabel(this), new QLabel(this)};
    QPalette p = row.name->palette();
    p.setColor(QPalette::WindowText, CompareColumn::colour(i));
    row.name->setPalette(p);
    row.name->setFont(bold);
    table->addWidget(row.name, i + 1, 0);
    table->addWidget(row.loss, i + 1, 1, Qt::AlignRight);
    table->addWidget(row.accuracy, i + 1, 2, Qt::AlignRight);
    rows_.push_back(row);
  }
  table->setColumnStretch(0, 1);

  claim_ = new QLabel(this);
  claim_->setWordWrap(true);
  claim_->setTextFormat(Qt::PlainText);
  log_ = new QCheckBox(tr("Lo&g scale for the loss"), this);
  log_->setChecked(true);
  const QString checked = tr("Targets are checked every %1 steps, on the same steps for every run.")
                              .arg(kCompareCheckEvery);
  for (QWidget* w : {static_cast<QWidget*>(title), static_cast<QWidget*>(lossHeader_),
                     static_cast<QWidget*>(accuracyHeader_)})
    w->setToolTip(checked);
  setMinimumWidth(320);

  auto* column = new QVBoxLayout(this);
  column->setContentsMargins(6, 2, 6, 2);
  column->setSpacing(6);
  column->addWidget(title);
  column->addLayout(targets);
  column->addLayout(table);
  column->addWidget(claim_);
  column->addStretch(1);
  column->addWidget(log_);

  connect(loss_, &QComboBox::currentIndexChanged, this, [this] {
    refresh();
    emit lossTargetChanged();
  });
  connect(accuracy_, &QComboBox::currentIndexChanged, this, &CompareSummary::refresh);
  connect(log_, &QCheckBox::toggled, this, &CompareSummary::logScaleChanged);
  refresh();
}

std::size_t CompareSummary::lossTarget() const {
  return static_cast<std::size_t>(std::max(0, loss_->currentIndex()));
}

std::size_t CompareSummary::accuracyTarget() const {
  return static_cast<std::size_t>(std::max(0, accuracy_->currentIndex()));
}

void CompareSummary::setTargets(std::size_t loss, std::size_t accuracy) {
  loss_->setCurrentIndex(static_cast<int>(std::min(loss, kCompareLossTargets.size() - 1)));
  accuracy_->setCurrentIndex(
      static_cast<int>(std::min(accuracy, kCompareAccuracyTargets.size() - 1)));
}

void CompareSummary::setFrame(const CompareFramePtr& frame) {
  frame_ = frame;
  refresh();
}

QString CompareSummary::runName(const CompareFrame& frame, std::size_t run) const {
  const auto kind = [&frame](std::size_t i) {
    const FramePtr& v = frame.runs[i].view;
    return v && !v->config.network.hidden.empty() ? v->config.network.hidden.front().activation.kind
                                                  : core::ActivationKind::Relu;
  };
  const QString name = PlaygroundText::activationName(kind(run));
  for (std::size_t i = 0; i < frame.runs.size(); ++i)
    if (i != run && kind(i) == kind(run))  // the same activation twice: say which
      return tr("%1 (run %2)").arg(name).arg(run + 1);
  return name;
}

QString CompareSummary::cell(const CompareFrame& frame, std::size_t run, bool accuracy) const {
  const CompareRunFrame& r = frame.runs[run];
  const std::optional<std::int64_t>& reached =
      accuracy ? r.accuracyReached[accuracyTarget()] : r.lossReached[lossTarget()];
  if (reached) return steps(*reached);
  if (r.diverged()) return tr("diverged");
  if (accuracy && r.view && !r.view->classification()) return tr("—");
  return tr("not yet");
}

void CompareSummary::refresh() {
  lossHeader_->setText(tr("loss ≤ %1").arg(loss_->currentText()));
  accuracyHeader_->setText(tr("accuracy ≥ %1").arg(accuracy_->currentText()));
  const std::size_t count = frame_ ? frame_->runs.size() : 0;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const Row& row = rows_[i];
    const bool shown = i < count;
    for (QLabel* l : {row.name, row.loss, row.accuracy}) l->setVisible(shown);
    if (!shown) continue;
    row.name->setText(tr("%1  %2").arg(i + 1).arg(runName(*frame_, i)));
    row.loss->setText(cell(*frame_, i, false));
    row.accuracy->setText(cell(*frame_, i, true));
  }
  claim_->setText(frame_ ? claimText(*frame_) : QString());
}

QString CompareSummary::claimText(const CompareFrame& frame) const {
  const std::size_t k = lossTarget();
  const QString target = PlaygroundText::number(kCompareLossTargets[k]);
  std::vector<std::pair<std::int64_t, std::size_t>> reached;
  QStringList waiting;
  for (std::size_t i = 0; i < frame.runs.size(); ++i) {
    if (const auto& at = frame.runs[i].lossReached[k])
      reached.emplace_back(*at, i);
    else if (!frame.runs[i].diverged())
      waiting << runName(frame, i);
  }
  if (reached.empty())
    return tr("No run has reached a training loss of %1 yet (step %2).")
        .arg(target, steps(frame.step));
  std::sort(reached.begin(), reached.end());
  const auto [fastSteps, fast] = reached.front();
  const QString fastName = runName(frame, fast);
  const QLocale locale;
  const auto ratio = [&locale, fastSteps = fastSteps](std::int64_t other) {
    return locale.toString(
        static_cast<double>(other) / static_cast<double>(std::max<std::int64_t>(1, fastSteps)), 'f',
        1);
  };
  if (!waiting.isEmpty())
    return tr("%1 reached a training loss of %2 first, in %3 steps. %4: not yet after %5 "
              "steps (%6× as many, and counting).")
        .arg(fastName, target, steps(fastSteps), locale.createSeparatedList(waiting),
             steps(frame.step), ratio(frame.step));
  const auto [slowSteps, slow] = reached.back();
  if (reached.size() == 1)
    return tr("%1 reached a training loss of %2 in %3 steps; the other runs diverged.")
        .arg(fastName, target, steps(fastSteps));
  if (slowSteps == fastSteps)
    return tr("Every run reached a training loss of %1 at step %2.").arg(target, steps(fastSteps));
  return tr("%1 reached a training loss of %2 in %3 steps: %4× fewer than %5 (%6 steps).")
      .arg(fastName, target, steps(fastSteps), ratio(slowSteps), runName(frame, slow),
           steps(slowSteps));
}

QString CompareSummary::stepsText(int run, bool accuracy) const {
  const Row& row = rows_.at(static_cast<std::size_t>(run));
  return accuracy ? row.accuracy->text() : row.loss->text();
}

QString CompareSummary::claim() const {
  return claim_->text();
}

}  // namespace relulab::ui
