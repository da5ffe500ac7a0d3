#include "ui/playground/playground_status.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "ui/common/message_look.h"
#include "ui/common/playground_text.h"
#include "ui/common/wrapping_row.h"

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
  backend_ =
      label(tr("Where the training arithmetic runs. The playground trains one tiny network, which "
               "is fastest on the CPU: a GPU's launch overhead alone takes longer than a whole "
               "step here. The phase-diagram study can train many networks at once on the GPU "
               "path; Help → About says whether this machine has one."));
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  message_->setTextFormat(Qt::PlainText);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  // One line where it fits; on a narrow screen the counters wrap in groups.
  counters_ =
      new WrappingRow(rowOf({step_, epoch_}, this, 14),
                      new WrappingRow(rowOf({rate_, dead_}, this, 14), backend_, this), this);
  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(4, 2, 4, 2);
  grid_->setHorizontalSpacing(14);
  grid_->setVerticalSpacing(2);
  grid_->addWidget(counters_, 0, 0);
  grid_->setColumnStretch(1, 1);
  fitCounters();
  setFrame(nullptr);
}

// Counters change 60 times a second: a fixed size, wide enough for the
// largest value, keeps that from re-laying out the whole panel each time. It
// follows the font (presenter mode makes it larger).
void PlaygroundStatus::fitCounters() {
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
  placeMessage();
}

// The message goes beside the counters while it has room for a readable
// line there, else on a line of its own under them (a narrow window, or
// presenter mode's larger text).
void PlaygroundStatus::placeMessage() {
  if (!grid_) return;  // a font change before the layout exists
  int counters = 0;    // on one line: the counters never wrap to make room for the message
  for (const QLabel* l : {step_, epoch_, rate_, dead_, backend_}) counters += l->width() + 14;
  const bool below = width() - counters < 40 * fontMetrics().averageCharWidth();
  if (grid_->indexOf(message_) >= 0 && below == messageBelow_) return;
  grid_->removeWidget(message_);
  grid_->removeWidget(counters_);
  if (below) {  // the counters have the whole width: one line where it fits
    grid_->addWidget(counters_, 0, 0, 1, 2);
    grid_->addWidget(message_, 1, 0, 1, 2);
  } else {
    grid_->addWidget(counters_, 0, 0);
    grid_->addWidget(message_, 0, 1);
  }
  messageBelow_ = below;
}

void PlaygroundStatus::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  placeMessage();
}

void PlaygroundStatus::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) fitCounters();
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
  const bool movedOn =
      about_ && frame && (frame->run != about_->run || frame->step != about_->step);
  if (!warning_ && movedOn && messageAge_.elapsed() >= kLingerMs) showMessage(QString());
}

void PlaygroundStatus::showMessage(const QString& text, bool warning, const FramePtr& about) {
  warning_ = warning;
  about_ = about;
  messageAge_.start();
  message_->setText(text);
  setWarningLook(message_, warning);
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
