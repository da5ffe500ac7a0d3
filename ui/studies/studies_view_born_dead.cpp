#include "ui/studies/studies_view_born_dead.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

#include "ui/studies/studies_chart.h"
#include "ui/studies/studies_text.h"

namespace relulab::ui {

namespace {

constexpr int kTheoryPoints = 120;

QTableWidgetItem* proportionItem(const core::Proportion& p) {
  auto* it = studies_chart::numberItem(StudiesText::interval(p), p.estimate);
  it->setData(Qt::UserRole + 1, p.lower);
  it->setData(Qt::UserRole + 2, p.upper);
  return it;
}

}  // namespace

StudiesViewBornDead::StudiesViewBornDead(QWidget* parent) : StudiesView(parent) {
  chart_ = studies_chart::newChart(tr("Probability that a network is born dead"));
  axisX_ = studies_chart::valueAxis(tr("hidden layers H"), 0, 50, "%.0f");
  axisY_ = studies_chart::valueAxis(tr("P(born dead) at x₀"), 0, 1, "%.2f");
  chart_->addAxis(axisX_, Qt::AlignBottom);
  chart_->addAxis(axisY_, Qt::AlignLeft);
  view_ = studies_chart::newView(chart_, this);

  const QList<QPair<QString, QString>> headers{
      {tr("Width N"), tr("Units per hidden layer.")},
      {tr("Depth H"), tr("Hidden layers.")},
      {tr("Networks"), tr("Random networks drawn (* fewer than asked: cancelled).")},
      {tr("Born dead at x₀ [95%]"),
       tr("Fraction of networks in which some hidden layer outputs all zeros at the probe "
          "input x₀, so the output is constant there; in brackets the 95% interval.")},
      {tr("Born dead everywhere [95%]"),
       tr("Fraction of networks that are constant on the whole input range [−a, a].")},
      {tr("Inactive [95%]"),
       tr("Fraction with some hidden layer whose every z ≤ 0 at x₀. For ReLU it is the "
          "pointwise probability; Leaky ReLU goes inactive as often but stays alive.")},
      {tr("Theory"), tr("1 − (1 − 2^−N)^H: exact for the pointwise probability with symmetric "
                        "weights and zero biases (Lu et al. 2019).")}};
  table_ = studies_chart::newTable(QStringLiteral("bornDeadTable"), headers, this);
  table_->setAlternatingRowColors(true);

  note_ = new QLabel(this);
  note_->setWordWrap(true);
  note_->setTextFormat(Qt::PlainText);

  studies_chart::stackPlotOverTable(this, view_, table_, note_, 3, 2);
}

QWidget* StudiesViewBornDead::picture() const {
  return view_;
}

void StudiesViewBornDead::clear() {
  table_->setRowCount(0);
  studies_chart::clearSeries(chart_);
  measured_.clear();
  note_->clear();
}

void StudiesViewBornDead::showOutcome(const StudyOutcome& outcome) {
  clear();
  const auto& r = std::get<core::BornDeadResult>(*outcome.result);
  fillTable(r);
  fillChart(r);
  note_->setText(
      tr("Born dead at x₀: some hidden layer outputs all zeros at x₀ = %1, so the network is "
         "constant near x₀. Everywhere: constant on all of [−%2, %2] (%3). Dashed lines: theory "
         "1 − (1 − 2^−N)^H.")
          .arg(StudiesText::number(r.config.probe), StudiesText::number(r.config.halfWidth, 4),
               r.gridExact ? tr("decided exactly at x = ±a: zero biases and a ReLU-like "
                                "activation")
                           : tr("checked on %n grid points", nullptr, r.config.gridPoints)));
}

void StudiesViewBornDead::fillTable(const core::BornDeadResult& r) {
  for (const core::BornDeadCell& c : r.cells) {
    if (c.pointwise.trials == 0) continue;  // cancelled before it began
    const int row = table_->rowCount();
    table_->insertRow(row);
    table_->setItem(row, Width, studies_chart::numberItem(QString::number(c.width), c.width));
    table_->setItem(row, Depth, studies_chart::numberItem(QString::number(c.depth), c.depth));
    QString networks = QLocale().toString(static_cast<qlonglong>(c.pointwise.trials));
    if (!c.complete) networks += QStringLiteral(" *");
    table_->setItem(row, Networks,
                    studies_chart::numberItem(networks, static_cast<double>(c.pointwise.trials)));
    table_->setItem(row, Pointwise, proportionItem(c.pointwise));
    table_->setItem(row, Domain, proportionItem(c.domain));
    table_->setItem(row, Inactive, proportionItem(c.inactive));
    table_->setItem(row, Theory,
                    studies_chart::numberItem(StudiesText::probability(c.theory), c.theory));
  }
}

void StudiesViewBornDead::fillChart(const core::BornDeadResult& r) {
  const auto [lo, hi] = std::minmax_element(r.config.depths.begin(), r.config.depths.end());
  const double xMin = *lo == *hi ? std::max(0, *lo - 1) : *lo;
  const double xMax = *lo == *hi ? *hi + 1 : *hi;
  studies_chart::setWholeRange(axisX_, xMin, xMax);
  // One line per width, in the order the widths were given.
  std::map<int, std::vector<const core::BornDeadCell*>> byWidth;
  for (const core::BornDeadCell& c : r.cells) byWidth[c.width].push_back(&c);
  int index = 0;
  for (const int width : r.config.widths) {
    auto found = byWidth.find(width);
    if (found == byWidth.end()) continue;  // a repeated width: drawn once
    std::vector<const core::BornDeadCell*> cells = std::move(found->second);
    byWidth.erase(found);
    std::sort(cells.begin(), cells.end(), [](auto* a, auto* b) { return a->depth < b->depth; });
    const QColor colour = studies_chart::color(index++);
    QList<QPointF> points;
    for (const core::BornDeadCell* c : cells)
      if (c->pointwise.trials > 0) points.append(QPointF(c->depth, c->pointwise.estimate));
    QLineSeries* series = studies_chart::line(tr("N = %1").arg(width), colour, false);
    series->replace(points);
    studies_chart::attach(chart_, series);
    measured_ << series;

    // 1 − (1 − 2^−N)^H drawn as a smooth curve over real H ≥ 1, in the
    // core's stable form −expm1(H·log1p(−2^−N)).
    const double q = std::log1p(-std::ldexp(1.0, -width));
    QList<QPointF> theory;
    for (int k = 0; k <= kTheoryPoints; ++k) {
      const double h = xMin + (xMax - xMin) * k / kTheoryPoints;
      if (h >= 1.0) theory.append(QPointF(h, -std::expm1(h * q)));
    }
    QLineSeries* dashed =
        studies_chart::line(tr("theory, N = %1").arg(width), colour.lighter(110), true);
    dashed->replace(theory);
    studies_chart::attach(chart_, dashed);
    studies_chart::hideFromLegend(chart_, dashed);
  }
}

}  // namespace relulab::ui
