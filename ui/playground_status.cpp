#include "ui/playground_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "ui/playground_text.h"

namespace relulab::ui {

PlaygroundStatus::PlaygroundStatus(QWidget* parent) : QWidget(parent) {
  const auto label = [this](const QString& tip) {
    auto* l = new QLabel(this);
    l->setToolTip(tip);
    l->setTextFormat(Qt::PlainText);
    return l;
  };
  step_ = label(tr("Updates (mini-batch steps) since the run started."));
  epoch_ = label(tr("Passes over the training set since the run started."));
  rate_ = label(tr("Training points processed per second while playing, drawing included."));
  dead_ = label(QString());
  backend_ = label(tr("Where the training arithmetic runs."));
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  message_->setTextFormat(Qt::PlainText);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(4, 2, 4, 2);
  row->setSpacing(14);
  for (QLabel* l : {step_, epoch_, rate_, dead_, backend_}) row->addWidget(l);
  row->addWidget(message_, 1);
  // Counters change 60 times a second: a fixed size keeps that from
  // re-laying out the whole panel each time.
  const QLocale locale;
  const QString big = locale.toString(Q_INT64_C(99999999));
  const QFontMetrics fm(font());
  const auto fix = [&fm](QLabel* l, const QString& widest) {
    l->setFixedSize(fm.horizontalAdvance(widest) + 8, fm.height() + 2);
  };
  fix(step_, tr("Step %1").arg(big));
  fix(epoch_, tr("Epoch %1").arg(locale.toString(9999.9, 'f', 1)));
  fix(rate_, tr("%1 examples/s").arg(locale.toString(99999999.0, 'f', 0)));
  fix(dead_, tr("Dead %1 / %2").arg(99).arg(99) + tr(" (inactive %1)").arg(99));
  fix(backend_, tr("Backend: CPU"));
  setFrame(nullptr);
}

void PlaygroundStatus::setFrame(const FramePtr& frame) {
  const QLocale locale;
  const std::int64_t step = frame ? frame->step : 0;
  step_->setText(tr("Step %1").arg(locale.toString(static_cast<qlonglong>(step))));
  epoch_->setText(tr("Epoch %1").arg(locale.toString(frame ? frame->epoch : 0.0, 'f', 1)));
  rate_->setText(frame && frame->playing
                     ? tr("%1 examples/s").arg(locale.toString(frame->examplesPerSecond, 'f', 0))
                     : tr("paused"));
  int dead = 0, inactive = 0, total = 0;
  if (frame)
    for (const core::LayerStats& l : frame->metrics.layers) {
      dead += l.dead;
      inactive += l.inactive;
      total += static_cast<int>(l.neurons.size());
    }
  QString deadText = tr("Dead %1 / %2").arg(dead).arg(total);
  if (inactive > 0) deadText += tr(" (inactive %1)").arg(inactive);
  dead_->setText(deadText);
  dead_->setToolTip(PlaygroundText::deadDefinition() + QStringLiteral("<br>") +
                    PlaygroundText::inactiveDefinition());
  backend_->setText(tr("Backend: CPU"));
}

void PlaygroundStatus::showMessage(const QString& text, bool warning) {
  warning_ = warning;
  message_->setText(text);
  message_->setStyleSheet(warning ? QStringLiteral("color: #b00020; font-weight: bold;")
                                  : QString());
}

QString PlaygroundStatus::stepText() const {
  return step_->text();
}
QString PlaygroundStatus::deadText() const {
  return dead_->text();
}
QString PlaygroundStatus::message() const {
  return message_->text();
}

}  // namespace relulab::ui
