#include "ui/explorer/example_table.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <optional>

#include "io/core_text.h"
#include "ui/common/message_look.h"

namespace relulab::ui {

namespace {

constexpr int kMaxInputs = 20;

// A number as the user may type it: in their locale or with a dot, with an
// ASCII or a typographic minus.
std::optional<double> parseNumber(QString text) {
  text = text.trimmed().replace(QChar(0x2212), QLatin1Char('-'));
  bool ok = false;
  double value = QLocale().toDouble(text, &ok);
  if (!ok) value = QLocale::c().toDouble(text, &ok);
  if (!ok || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

ExampleTable::ExampleTable(QWidget* parent) : QWidget(parent) {
  table_ = new QTableWidget(this);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
  table_->setToolTip(
      tr("The textbook example: type any input x in the first column and read "
         "what each activation outputs, and the slope the network uses when it "
         "learns."));
  note_ = new QLabel(this);
  note_->setWordWrap(true);
  note_->setTextFormat(Qt::RichText);
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  setWarningLook(message_, true, /*bold=*/false);
  message_->hide();
  add_ = new QPushButton(tr("Add input"), this);
  add_->setToolTip(tr("Add a row for another input x."));
  remove_ = new QPushButton(tr("Remove input"), this);
  remove_->setToolTip(tr("Remove the selected row (or the last one)."));
  reset_ = new QPushButton(tr("Textbook inputs"), this);
  reset_->setToolTip(tr("Go back to the inputs −2, −1, 0, 1, 2."));

  auto* title = new QLabel(tr("<b>Worked example</b>: double-click an input x to change it"), this);
  title->setWordWrap(true);  // wraps rather than widen the window (presenter mode's large text)
  // The buttons stand in a column beside the table, not in a row over it:
  // a row would wrap into lines of its own in large or Arabic text and take
  // the plot's height.
  auto* buttons = new QVBoxLayout;
  buttons->setContentsMargins(0, 0, 0, 0);
  buttons->addWidget(add_);
  buttons->addWidget(remove_);
  buttons->addWidget(reset_);
  buttons->addStretch(1);
  auto* body = new QHBoxLayout;
  body->setContentsMargins(0, 0, 0, 0);
  body->addWidget(table_, 1);
  body->addLayout(buttons);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(title);
  layout->addLayout(body, 1);
  layout->addWidget(message_);
  layout->addWidget(note_);
  fitRows();

  connect(table_, &QTableWidget::itemChanged, this, &ExampleTable::inputEdited);
  connect(add_, &QPushButton::clicked, this, [this] {
    if (static_cast<int>(inputs_.size()) >= kMaxInputs) return;
    inputs_.push_back(inputs_.empty() ? 0.0 : inputs_.back() + 1.0);
    refresh();
    emit inputsChanged();
  });
  connect(remove_, &QPushButton::clicked, this, [this] {
    if (inputs_.size() <= 1) return;
    const int row = table_->currentRow();
    const auto at = row >= 0 && row < static_cast<int>(inputs_.size()) ? row : inputs_.size() - 1;
    inputs_.erase(inputs_.begin() + static_cast<std::ptrdiff_t>(at));
    refresh();
    emit inputsChanged();
  });
  connect(reset_, &QPushButton::clicked, this, [this] {
    setInputs({-2.0, -1.0, 0.0, 1.0, 2.0});
    emit inputsChanged();
  });
  setActivation(core::defaultActivation(core::ActivationKind::Relu));
}

// Rows a line of text high, and room for the textbook's five inputs without
// scrolling; both follow the font (presenter mode makes it larger).
void ExampleTable::fitRows() {
  table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
  const int rows = std::min(static_cast<int>(inputs_.size()), 5);
  table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() +
                           rows * table_->verticalHeader()->defaultSectionSize() +
                           2 * table_->frameWidth() +
                           table_->horizontalScrollBar()->sizeHint().height());
}

// A splitter gives this widget its minimum height, which a layout works out
// from each label's one-line height: a note wrapped onto two lines then
// covered the table's last row. The labels ask for their wrapped height.
void ExampleTable::fitNotes() {
  // Not yet laid out, the default width would wrap the notes into a tall
  // column and make the window grow for nothing.
  if (!isVisible() || !testAttribute(Qt::WA_Resized)) return;
  for (QLabel* label : {note_, message_}) {
    const int need = label->isHidden() || label->text().isEmpty()
                         ? 0
                         : label->heightForWidth(std::max(1, width()));
    if (label->minimumHeight() != need) label->setMinimumHeight(need);
  }
}

void ExampleTable::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitNotes();
}

void ExampleTable::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) {
    fitRows();
    fitColumns();
  }
}

// No column narrower than its header: where the table has not the room, it
// scrolls sideways rather than cut "Leaky ReLU (s 0.1) f′(x)" short.
void ExampleTable::fitColumns() {
  const QFontMetrics fm(table_->horizontalHeader()->font());
  int widest = 0;
  for (int c = 0; c < table_->columnCount(); ++c)
    if (const QTableWidgetItem* item = table_->horizontalHeaderItem(c))
      widest = std::max(widest, fm.horizontalAdvance(item->text()));
  table_->horizontalHeader()->setMinimumSectionSize(widest + 16);
}

void ExampleTable::setActivation(const core::Activation& activation) {
  setCurves({ExplorerCurve{activation, explorerColour(0), true}});
}

void ExampleTable::setCurves(const std::vector<ExplorerCurve>& curves) {
  curves_.clear();
  for (const ExplorerCurve& c : curves)
    if (c.visible) curves_.push_back(c);
  refresh();
}

void ExampleTable::setInputs(std::vector<double> inputs) {
  inputs_ = std::move(inputs);
  message_->hide();
  refresh();
}

// Updates the cell in place: refresh() runs inside itemChanged, whose item must survive.
void ExampleTable::setCell(int row, int column, double value, const QColor& colour) {
  QTableWidgetItem* item = table_->item(row, column);
  if (!item) {
    item = new QTableWidgetItem;
    item->setTextAlignment(Qt::AlignCenter);
    table_->setItem(row, column, item);
  }
  item->setText(formatNumber(value, 6));
  item->setData(Qt::UserRole, value);
  if (column > 0) {
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setForeground(colour);
    item->setToolTip(QString());
  } else {
    item->setToolTip(tr("Double-click, or select and start typing, to change this input."));
  }
}

void ExampleTable::refresh() {
  const QSignalBlocker block(table_);
  const int columns = 1 + 2 * static_cast<int>(curves_.size());
  table_->setColumnCount(columns);
  table_->setRowCount(static_cast<int>(inputs_.size()));
  auto* xHeader = new QTableWidgetItem(tr("input x"));
  xHeader->setToolTip(tr("Double-click to type another input."));
  table_->setHorizontalHeaderItem(0, xHeader);
  QStringList conventions;
  for (size_t c = 0; c < curves_.size(); ++c) {
    const ExplorerCurve& curve = curves_[c];
    const QString name = curveLabel(curve.activation);
    const int column = 1 + 2 * static_cast<int>(c);
    // One line each ("ReLU f(x)", "ReLU f′(x)"), the words in the tooltip:
    // two-line headers took the plot's height in large or Arabic text.
    auto* f = new QTableWidgetItem(tr("%1 f(x)").arg(name));
    auto* df = new QTableWidgetItem(tr("%1 f′(x)").arg(name));
    f->setToolTip(tr("%1: the output f(x) for each input x.").arg(name));
    df->setToolTip(tr("%1: the derivative f′(x), the slope a network learns through.").arg(name));
    for (auto* header : {f, df}) header->setForeground(curve.colour);
    table_->setHorizontalHeaderItem(column, f);
    table_->setHorizontalHeaderItem(column + 1, df);
    for (int row = 0; row < static_cast<int>(inputs_.size()); ++row) {
      const double x = inputs_[static_cast<size_t>(row)];
      setCell(row, column, core::value(curve.activation, x), curve.colour);
      setCell(row, column + 1, core::derivative(curve.activation, x), curve.colour);
    }
    const auto& info = core::activationInfo(curve.activation.kind);
    if (!info.kinkConvention.empty())
      conventions << tr("%1: %2").arg(io::coreHtml(info.displayName),
                                      io::coreHtml(info.kinkConvention));
  }
  for (int row = 0; row < static_cast<int>(inputs_.size()); ++row)
    setCell(row, 0, inputs_[static_cast<size_t>(row)], QColor());
  table_->horizontalHeader()->setSectionResizeMode(columns > 7 ? QHeaderView::ResizeToContents
                                                               : QHeaderView::Stretch);
  fitRows();
  remove_->setEnabled(inputs_.size() > 1);
  add_->setEnabled(static_cast<int>(inputs_.size()) < kMaxInputs);
  conventions.removeDuplicates();
  fitColumns();
  if (conventions.isEmpty()) {
    note_->clear();
  } else {
    note_->setText(tr("<i>At a kink the derivative is not defined; the value shown there is a "
                      "convention: %1.</i>")
                       .arg(conventions.join(QStringLiteral("; "))));
  }
  fitNotes();
}

void ExampleTable::inputEdited(QTableWidgetItem* item) {
  if (item->column() != 0) return;
  const auto row = static_cast<size_t>(item->row());
  if (row >= inputs_.size()) return;
  if (const auto value = parseNumber(item->text())) {
    inputs_[row] = *value;
    message_->hide();
    refresh();  // fits the notes
    emit inputsChanged();
    return;
  }
  message_->setText(tr("“%1” is not a number. Type a number such as −1.5 or 2; the input stays %2.")
                        .arg(item->text(), QLocale().toString(inputs_[row], 'g', 6)));
  message_->show();
  refresh();  // fits the notes
}

}  // namespace relulab::ui
