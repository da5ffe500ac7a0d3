#include "ui/explorer/explorer_curve.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <array>
#include <cmath>

#include "io/core_text.h"

namespace relulab::ui {

QColor explorerColour(int index) {
  static const std::array<QColor, kMaxExplorerCurves> kPalette{
      QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
      QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9)};
  return kPalette[static_cast<size_t>(index) % kPalette.size()];
}

void setRoundAxisRange(QValueAxis* axis, double lo, double hi, int ticks) {
  const double raw = (hi - lo) / ticks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10.0 * magnitude;
  for (double m : {1.0, 2.0, 5.0}) {
    if (raw <= m * magnitude) {
      step = m * magnitude;
      break;
    }
  }
  axis->setTickType(QValueAxis::TicksDynamic);
  axis->setTickAnchor(0.0);
  // Qt Charts lays out the ticks after each change: the larger step goes
  // first, so that the range never meets a step made for another range
  // (−10⁶…10⁶ at the step of −5…5 would be two million ticks, and a frozen
  // window).
  if (step >= axis->tickInterval()) {
    axis->setTickInterval(step);
    axis->setRange(lo, hi);
  } else {
    axis->setRange(lo, hi);
    axis->setTickInterval(step);
  }
}

QString formatNumber(double value, int significantDigits) {
  const QString text = QLocale().toString(value, 'g', significantDigits);
  if (QGuiApplication::layoutDirection() == Qt::RightToLeft) return QChar(0x200E) + text;
  return text;
}

QString plainText(const QString& richText) {
  return QTextDocumentFragment::fromHtml(richText).toPlainText();
}

QString curveLabel(const core::Activation& activation) {
  const auto& info = core::activationInfo(activation.kind);
  const QString name = io::coreText(info.displayName);
  if (!info.parameter) return name;
  //: %1 activation name, %2 parameter name, %3 its value, e.g. "ELU (alpha 1)"
  return QCoreApplication::translate("relulab::ui::ExplorerCurve", "%1 (%2 %3)")
      .arg(name, plainText(io::coreText(info.parameter->symbol)), formatNumber(activation.param));
}

}  // namespace relulab::ui
