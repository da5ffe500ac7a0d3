#include "ui/playground/playground_controls_training.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <optional>

#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

std::optional<double> parseNumber(const QString& text) {
  bool ok = false;
  double v = QLocale().toDouble(text.trimmed(), &ok);
  if (!ok) v = QLocale::c().toDouble(text.trimmed(), &ok);
  if (!ok) return std::nullopt;
  return v;
}

}  // namespace

PlaygroundControlsTraining::PlaygroundControlsTraining(QWidget* parent) : QWidget(parent) {
  rate_ = editableRates({0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10});
  rate_->setToolTip(
      tr("How far each update moves the weights along the gradient. Too large and "
         "ReLUs die (a step throws a unit's bias far negative) or the run diverges. "
         "Changing it keeps the weights."));
  optimizer_ = new QComboBox(this);
  for (int k = 0; k <= static_cast<int>(core::OptimizerKind::Adam); ++k)
    optimizer_->addItem(PlaygroundText::optimizerName(static_cast<core::OptimizerKind>(k)), k);
  optimizer_->setToolTip(
      tr("The update rule. SGD is TensorFlow Playground's; Momentum and Adam "
         "smooth the steps. Changing it keeps the weights (Adam's and "
         "momentum's running averages start again)."));
  batch_ = new QSpinBox(this);
  batch_->setRange(1, 10000);
  batch_->setKeyboardTracking(false);
  batch_->setToolTip(
      tr("Training points per update: 1 is online learning, the training set's "
         "size is full-batch gradient descent."));
  regularization_ = new QComboBox(this);
  for (int r = 0; r <= static_cast<int>(core::Regularization::L2); ++r)
    regularization_->addItem(
        PlaygroundText::regularizationName(static_cast<core::Regularization>(r)), r);
  regularization_->setToolTip(
      tr("A penalty on large weights (not on biases): L1 pushes weights to "
         "exactly zero, L2 shrinks them in proportion."));
  penalty_ = editableRates({0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10});
  penalty_->setToolTip(tr("How strong the penalty is (λ, 0–10)."));

  auto* form = new QFormLayout(this);
  form->addRow(tr("&Learning rate:"), rate_);
  form->addRow(tr("&Optimiser:"), optimizer_);
  form->addRow(tr("Batch si&ze:"), batch_);
  form->addRow(tr("Re&gularisation:"), regularization_);
  form->addRow(tr("Regularisation &rate:"), penalty_);

  const auto emitChanged = [this] {
    if (!loading_) emit changed();
  };
  connect(optimizer_, &QComboBox::currentIndexChanged, this, emitChanged);
  connect(regularization_, &QComboBox::currentIndexChanged, this, emitChanged);
  connect(batch_, &QSpinBox::valueChanged, this, emitChanged);
  connect(rate_->lineEdit(), &QLineEdit::editingFinished, this,
          [this] { commitTyped(rate_, 1e-6, 100.0, rateValue_, tr("The learning rate")); });
  connect(rate_, &QComboBox::activated, this,
          [this] { commitTyped(rate_, 1e-6, 100.0, rateValue_, tr("The learning rate")); });
  connect(penalty_->lineEdit(), &QLineEdit::editingFinished, this, [this] {
    commitTyped(penalty_, 0.0, 10.0, penaltyValue_, tr("The regularisation rate"));
  });
  connect(penalty_, &QComboBox::activated, this, [this] {
    commitTyped(penalty_, 0.0, 10.0, penaltyValue_, tr("The regularisation rate"));
  });
}

QComboBox* PlaygroundControlsTraining::editableRates(std::initializer_list<double> values) {
  auto* box = new QComboBox(this);
  box->setEditable(true);
  box->setInsertPolicy(QComboBox::NoInsert);
  for (const double v : values) box->addItem(PlaygroundText::number(v, 6), v);
  return box;
}

void PlaygroundControlsTraining::commitTyped(QComboBox* box, double lo, double hi, double& kept,
                                             const QString& what) {
  if (loading_) return;
  const std::optional<double> v = parseNumber(box->currentText());
  if (!v || !(*v >= lo && *v <= hi) || (lo > 0 && *v <= 0)) {
    emit problem(tr("%1 must be a number from %2 to %3; “%4” is not. It stays at %5.")
                     .arg(what, PlaygroundText::number(lo), PlaygroundText::number(hi),
                          box->currentText(), PlaygroundText::number(kept, 6)));
    showValue(box, kept);
    return;
  }
  if (*v == kept) return;
  kept = *v;
  emit changed();
}

void PlaygroundControlsTraining::showValue(QComboBox* box, double value) {
  const QSignalBlocker block(box);
  const int index = box->findData(value);
  if (index >= 0) box->setCurrentIndex(index);
  box->setEditText(PlaygroundText::number(value, 6));
}

void PlaygroundControlsTraining::setMaximumBatch(int points) {
  const QSignalBlocker block(batch_);
  batch_->setMaximum(std::max(1, points));
}

void PlaygroundControlsTraining::load(const core::TrainConfig& config) {
  loading_ = true;
  rateValue_ = config.optimizer.learningRate;
  penaltyValue_ = config.optimizer.regularizationRate;
  showValue(rate_, rateValue_);
  showValue(penalty_, penaltyValue_);
  optimizer_->setCurrentIndex(optimizer_->findData(static_cast<int>(config.optimizer.kind)));
  regularization_->setCurrentIndex(
      regularization_->findData(static_cast<int>(config.optimizer.regularization)));
  batch_->setMaximum(std::max(config.batchSize, core::trainingSetSize(config.data)));
  batch_->setValue(config.batchSize);
  loading_ = false;
}

void PlaygroundControlsTraining::apply(core::TrainConfig& config) const {
  config.optimizer.learningRate = rateValue_;
  config.optimizer.kind = static_cast<core::OptimizerKind>(optimizer_->currentData().toInt());
  config.optimizer.regularization =
      static_cast<core::Regularization>(regularization_->currentData().toInt());
  config.optimizer.regularizationRate = penaltyValue_;
  config.batchSize = batch_->value();
}

}  // namespace relulab::ui
