#include "ui/compare/compare_column.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

#include "ui/common/message_look.h"
#include "ui/common/palette.h"
#include "ui/common/playground_decision_view.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

QString shortNumber(double v) {
  return std::isfinite(v) ? QLocale().toString(v, 'g', 3) : CompareColumn::tr("—");
}

// "dead 1 / 6", then inactive and saturated units where there are any.
QString unitsText(const core::Metrics& m) {
  int dead = 0, inactive = 0, saturated = 0, total = 0;
  for (const core::LayerStats& l : m.layers) {
    dead += l.dead;
    inactive += l.inactive;
    saturated += l.saturated;
    total += static_cast<int>(l.neurons.size());
  }
  QString text = CompareColumn::tr("dead units %1 / %2").arg(dead).arg(total);
  if (inactive > 0) text += CompareColumn::tr(", inactive %1").arg(inactive);
  if (saturated > 0) text += CompareColumn::tr(", saturated %1").arg(saturated);
  return text;
}

}  // namespace

CompareColumn::CompareColumn(int index, QWidget* parent) : QWidget(parent), index_(index) {
  auto* stripe = new QWidget(this);  // the run's colour, as in the loss plot's legend
  stripe->setFixedHeight(4);
  stripe->setAutoFillBackground(true);
  QPalette stripePalette = stripe->palette();
  stripePalette.setColor(QPalette::Window, colour(index));
  stripe->setPalette(stripePalette);

  auto* title = new QLabel(tr("Run &%1").arg(index + 1), this);
  QFont bold = title->font();
  bold.setBold(true);
  title->setFont(bold);
  QPalette titlePalette = title->palette();
  titlePalette.setColor(QPalette::WindowText, colour(index));
  title->setPalette(titlePalette);

  activation_ = new QComboBox(this);
  for (const core::ActivationInfo& info : core::activationInfos())
    activation_->addItem(PlaygroundText::activationName(info.kind), static_cast<int>(info.kind));
  activation_->setToolTip(
      tr("This run's activation, in every hidden layer. Everything else — data, seed, "
         "initial weights, learning rate — is shared by all runs. Changing it starts every "
         "run again at step 0."));
  title->setBuddy(activation_);

  decision_ = new PlaygroundDecisionView(this);
  decision_->setCursor(Qt::ArrowCursor);
  decision_->setToolTip(
      tr("This run's output over the input plane: blue for +1, orange for −1, pale near 0. "
         "Filled dots are training points, dots with a dark ring are test points — the same "
         "points for every run."));

  readout_ = new QLabel(this);
  readout_->setTextFormat(Qt::PlainText);
  readout_->setToolTip(PlaygroundText::deadDefinition() + QStringLiteral("<br>") +
                       PlaygroundText::inactiveDefinition() + QStringLiteral("<br>") +
                       PlaygroundText::saturatedDefinition(0.01));
  fitReadout();
  message_ = new QLabel(this);
  message_->setTextFormat(Qt::PlainText);
  message_->setWordWrap(true);
  setWarningLook(message_, true);
  message_->hide();

  auto* header = new QHBoxLayout;
  header->setSpacing(6);
  header->addWidget(title);
  header->addWidget(activation_, 1);
  auto* column = new QVBoxLayout(this);
  column->setContentsMargins(2, 0, 2, 0);
  column->setSpacing(3);
  column->addWidget(stripe);
  column->addLayout(header);
  column->addWidget(decision_, 1);
  column->addWidget(readout_);
  column->addWidget(message_);

  connect(activation_, &QComboBox::currentIndexChanged, this, &CompareColumn::activationChanged);
}

// Two lines, fixed, so a new frame never re-lays the column out; the height
// follows the font (presenter mode makes it larger).
void CompareColumn::fitReadout() {
  readout_->setFixedHeight(fontMetrics().lineSpacing() * 2 + 4);  // the readout has our font
}

void CompareColumn::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) fitReadout();
}

QColor CompareColumn::colour(int index) {
  return palette::layer(index);
}

QSize CompareColumn::minimumSizeHint() const {
  return {220, QWidget::minimumSizeHint().height()};
}

core::Activation CompareColumn::activation() const {
  return core::defaultActivation(
      static_cast<core::ActivationKind>(activation_->currentData().toInt()));
}

void CompareColumn::setActivation(core::ActivationKind kind) {
  const QSignalBlocker block(activation_);
  activation_->setCurrentIndex(activation_->findData(static_cast<int>(kind)));
}

void CompareColumn::setRun(const CompareRunFrame& run) {
  decision_->setFrame(run.view);
  if (!run.view) {
    readout_->clear();
    message_->hide();
    return;
  }
  const PlaygroundFrame& f = *run.view;
  const core::Metrics& m = f.metrics;
  const QLocale locale;
  QString first =
      tr("Step %1 · loss %2")
          .arg(locale.toString(static_cast<qlonglong>(f.step)), shortNumber(m.trainLoss));
  QString second = unitsText(m);
  if (m.trainAccuracy)
    second =
        tr("accuracy %1 % · %2").arg(locale.toString(*m.trainAccuracy * 100.0, 'f', 1), second);
  readout_->setText(first + QLatin1Char('\n') + second);
  if (f.divergence) {
    message_->setText(tr("Diverged at step %1 and stopped; the other runs go on. "
                         "Lower the learning rate and press Reset.")
                          .arg(locale.toString(static_cast<qlonglong>(f.divergence->step))));
    message_->setToolTip(PlaygroundText::divergence(*f.divergence, f.config));
    message_->show();
  } else {
    message_->hide();
  }
}

QString CompareColumn::readout() const {
  return readout_->text();
}

QString CompareColumn::message() const {
  return message_->isHidden() ? QString() : message_->text();
}

}  // namespace relulab::ui
