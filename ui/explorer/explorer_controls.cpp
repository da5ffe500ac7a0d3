#include "ui/explorer/explorer_controls.h"

#include <QAction>
#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

#include "io/core_text.h"
#include "ui/explorer/explorer_curve_row.h"

namespace relulab::ui {

namespace {
using Kind = core::ActivationKind;
// What "Add curve" offers next: the variants a student meets first.
constexpr std::array kTeachingOrder{
    Kind::Relu,      Kind::LeakyRelu,   Kind::Gelu,     Kind::Elu,     Kind::Silu, Kind::Softplus,
    Kind::Relu6,     Kind::Selu,        Kind::Mish,     Kind::Prelu,   Kind::Celu, Kind::GeluTanh,
    Kind::Hardswish, Kind::Hardsigmoid, Kind::Hardtanh, Kind::Sigmoid, Kind::Tanh, Kind::Softsign};
}  // namespace

ExplorerControls::ExplorerControls(QWidget* parent) : QWidget(parent) {
  group_ = new QButtonGroup(this);
  group_->setExclusive(true);
  // The button stays where it is, beside the title, however many rows there
  // are (a second click never misses); its arrow offers every activation.
  add_ = new QToolButton(this);
  add_->setPopupMode(QToolButton::MenuButtonPopup);
  add_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  auto* addNext = new QAction(tr("&Add curve"), this);
  add_->setDefaultAction(addNext);
  auto* choices = new QMenu(add_);
  for (Kind kind : kTeachingOrder)
    choices->addAction(io::coreText(core::activationInfo(kind).displayName), this,
                       [this, kind] { addCurve(kind); });
  add_->setMenu(choices);
  auto* title = new QLabel(tr("<b>Activations</b>"), this);
  auto* titleRow = new QHBoxLayout;
  titleRow->addWidget(title);
  titleRow->addStretch(1);
  titleRow->addWidget(add_);
  rowsLayout_ = new QVBoxLayout;
  rowsLayout_->setSpacing(4);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(titleRow);
  layout->addLayout(rowsLayout_);

  connect(addNext, &QAction::triggered, this, [this] { addCurve(); });
  connect(group_, &QButtonGroup::idClicked, this, [this](int) {
    for (size_t i = 0; i < rows_.size(); ++i)
      if (rows_[i]->selector()->isChecked()) setSelected(static_cast<int>(i));
  });
  addCurve(Kind::Relu);
}

std::vector<ExplorerCurve> ExplorerControls::curves() const {
  std::vector<ExplorerCurve> out;
  for (const ExplorerCurveRow* row : rows_) out.push_back(row->curve());
  return out;
}

QColor ExplorerControls::freeColour() const {
  for (int i = 0; i < kMaxExplorerCurves; ++i) {
    const QColor c = explorerColour(i);
    if (std::none_of(rows_.begin(), rows_.end(),
                     [&](const ExplorerCurveRow* r) { return r->curve().colour == c; }))
      return c;
  }
  return explorerColour(0);
}

bool ExplorerControls::addCurve(Kind kind) {
  if (count() >= kMaxExplorerCurves) return false;
  auto* row = new ExplorerCurveRow({core::defaultActivation(kind), freeColour(), true}, this);
  rows_.push_back(row);
  rowsLayout_->addWidget(row);
  group_->addButton(row->selector());
  connect(row, &ExplorerCurveRow::changed, this, &ExplorerControls::curvesChanged);
  connect(row, &ExplorerCurveRow::touched, this, [this, row] {
    const auto it = std::find(rows_.begin(), rows_.end(), row);
    if (it != rows_.end()) setSelected(static_cast<int>(it - rows_.begin()));
  });
  connect(row, &ExplorerCurveRow::removeRequested, this, [this, row] {
    const auto it = std::find(rows_.begin(), rows_.end(), row);
    if (it != rows_.end()) removeCurve(static_cast<int>(it - rows_.begin()));
  });
  updateButtons();
  emit curvesChanged();
  setSelected(count() - 1);
  return true;
}

bool ExplorerControls::addCurve() {
  for (Kind kind : kTeachingOrder)
    if (std::none_of(rows_.begin(), rows_.end(),
                     [&](const ExplorerCurveRow* r) { return r->curve().activation.kind == kind; }))
      return addCurve(kind);
  return addCurve(Kind::Relu);
}

void ExplorerControls::removeCurve(int index) {
  if (count() <= 1 || index < 0 || index >= count()) return;
  ExplorerCurveRow* row = rows_[static_cast<size_t>(index)];
  rows_.erase(rows_.begin() + index);
  group_->removeButton(row->selector());
  row->deleteLater();
  row->hide();
  updateButtons();
  emit curvesChanged();
  const int next =
      std::min(selected_ >= index && selected_ > 0 ? selected_ - 1 : selected_, count() - 1);
  selected_ = -1;  // force the signal: the selected curve may be another one now
  setSelected(next);
}

void ExplorerControls::toggleCurve(int index) {
  if (index < 0 || index >= count()) return;
  ExplorerCurveRow* r = row(index);
  r->setVisibleCurve(!r->curve().visible);
}

void ExplorerControls::setCurveParameter(int index, double value) {
  if (index >= 0 && index < count()) row(index)->spinBox()->setValue(value);
}

void ExplorerControls::setSelected(int index) {
  if (index < 0 || index >= count()) return;
  row(index)->selector()->setChecked(true);
  if (index == selected_) return;
  selected_ = index;
  emit selectedChanged(index);
}

void ExplorerControls::updateButtons() {
  add_->setEnabled(count() < kMaxExplorerCurves);
  add_->defaultAction()->setEnabled(count() < kMaxExplorerCurves);
  add_->defaultAction()->setToolTip(
      count() < kMaxExplorerCurves
          ? tr("Overlay the next activation (up to six), each in its own colour; the arrow "
               "lists them all.")
          : tr("Six curves are shown, the most this plot overlays. Remove one to add another."));
  for (ExplorerCurveRow* r : rows_) r->setRemovable(count() > 1);
}

}  // namespace relulab::ui
