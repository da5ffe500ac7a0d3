#include "ui/explorer/explorer_properties.h"

#include <QLabel>
#include <QVBoxLayout>

#include "io/core_text.h"
#include "ui/explorer/explorer_curve.h"
#include "ui/explorer/explorer_sampling.h"

namespace relulab::ui {

namespace {

QString row(const QString& name, const QString& value) {
  return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>").arg(name, value);
}

QString yesNo(bool yes, const QString& ifYes, const QString& ifNo) {
  return yes ? ifYes : ifNo;
}

// The descriptor describes the default parameter; these follow the current one
// (ELU is smooth only at α = 1, PReLU with a < 0 is not monotonic).
QStringList jumpingKinks(const core::Activation& activation) {
  QStringList where;
  for (double k : kinkPositions(activation))
    if (kinkSlopes(activation, k).jumps()) where << QStringLiteral("x = %1").arg(formatNumber(k));
  return where;
}

bool monotonic(const core::Activation& activation) {
  constexpr int kPoints = 4001;  // f′ ≥ 0 on a fine grid over [−20, 20]
  for (int i = 0; i < kPoints; ++i)
    if (core::derivative(activation, -20.0 + 40.0 * i / (kPoints - 1)) < 0.0) return false;
  return true;
}

}  // namespace

ExplorerProperties::ExplorerProperties(QWidget* parent) : QWidget(parent) {
  label_ = new QLabel(this);
  label_->setTextFormat(Qt::RichText);
  label_->setWordWrap(true);
  label_->setAlignment(Qt::AlignTop | Qt::AlignLeading);
  label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(label_);
  layout->addStretch(1);
  setActivation(core::defaultActivation(core::ActivationKind::Relu));
}

void ExplorerProperties::setActivation(const core::Activation& activation) {
  label_->setText(describe(activation));
}

QString ExplorerProperties::describe(const core::Activation& activation) {
  const auto& info = core::activationInfo(activation.kind);
  QString rows;
  if (const auto& p = info.parameter) {
    const QString span =
        p->minimumExclusive
            ? tr("above %1, up to %2").arg(formatNumber(p->minimum), formatNumber(p->maximum))
            : tr("from %1 to %2").arg(formatNumber(p->minimum), formatNumber(p->maximum));
    rows +=
        row(tr("Parameter"), tr("%1 = %2 (%3; %4, default %5)")
                                 .arg(io::coreText(p->symbol), formatNumber(activation.param),
                                      io::coreHtml(p->name), span, formatNumber(p->defaultValue)));
  }
  rows += row(tr("Output range"), io::coreHtml(info.outputRange));
  rows += row(tr("Monotonic"),
              yesNo(monotonic(activation), tr("yes: a larger input never gives a smaller output"),
                    tr("no: somewhere a larger input gives a smaller output")));
  const QStringList kinks = jumpingKinks(activation);
  rows += row(
      tr("Smooth"),
      kinks.isEmpty()
          ? tr("yes: the slope changes without jumps")
          : tr("no: kinked at %1, where the slope jumps").arg(kinks.join(QStringLiteral(", "))));
  rows += row(tr("Zero-centred"),
              yesNo(info.zeroCentred, tr("yes: outputs are negative as well as positive"),
                    tr("no: outputs lean to one side of zero")));
  rows += row(tr("Can die"),
              yesNo(info.hardZero,
                    tr("yes: output and slope are exactly 0 on a whole half-line, so a unit "
                       "stuck there gets no gradient"),
                    tr("no: some gradient gets through everywhere")));
  if (!info.flatRegion.empty())
    rows += row(
        tr("No gradient"),
        tr("f′ is exactly 0 where %1, so nothing there learns").arg(io::coreHtml(info.flatRegion)));
  if (info.selfNormalizing)
    rows += row(tr("Self-normalizing"),
                tr("yes: keeps activations near mean 0, variance 1 through layers"));
  if (!info.kinkConvention.empty())
    rows += row(tr("At the kink"), io::coreHtml(info.kinkConvention));
  QString html = QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p><p>%2</p>")
                     .arg(io::coreHtml(info.displayName), io::coreText(info.formulaRich));
  html += QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows);
  if (!info.note.empty()) html += QStringLiteral("<p><i>%1</i></p>").arg(io::coreHtml(info.note));
  return html;
}

}  // namespace relulab::ui
