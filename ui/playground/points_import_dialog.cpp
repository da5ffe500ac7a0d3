#include "ui/playground/points_import_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "io/core_text.h"
#include "ui/common/message_look.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

// 100,000 points take about 4 MB; a file far beyond that is not points.
constexpr qint64 kMaxFileBytes = qint64{64} << 20;

// A number that reads the same in right-to-left text: "−1.5" keeps its sign
// on the left (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE).
QString isolatedNumber(double v) {
  return QChar(0x2066) + PlaygroundText::number(v, 6) + QChar(0x2069);
}

QString count(qsizetype n) {
  return QLocale().toString(static_cast<qlonglong>(n));
}

// The lowest and highest of one coordinate of `points` (not empty).
template <typename Get>
std::pair<double, double> range(const std::vector<core::Point>& points, Get get) {
  const auto [lo, hi] = std::minmax_element(
      points.begin(), points.end(),
      [&](const core::Point& a, const core::Point& b) { return get(a) < get(b); });
  return {get(*lo), get(*hi)};
}

}  // namespace

PointsImportDialog::PointsImportDialog(const QString& path, QWidget* parent)
    : QDialog(parent),
      fileName_(QFileInfo(path).fileName()),
      kind_(new QLabel),
      counts_(new QLabel),
      message_(new QLabel),
      notice_(new QLabel),
      previewBox_(new QGroupBox(tr("Preview"))),
      table_(new QTableWidget(0, 3)),
      previewCaption_(new QLabel),
      problemsBox_(new QGroupBox(tr("Rows left out of %1").arg(fileName_))),
      problems_(new QListWidget),
      scale_(new QCheckBox(tr("&Scale to fit the plot's square [−6, 6]²"))),
      ranges_(new QLabel) {
  setWindowTitle(tr("Import Points"));

  auto* file = new QLabel(fileName_);
  file->setToolTip(QDir::toNativeSeparators(path));
  file->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* facts = new QFormLayout;
  facts->addRow(tr("File:"), file);
  facts->addRow(tr("Data:"), kind_);
  facts->addRow(tr("Rows:"), counts_);

  for (QLabel* label : {message_, notice_, ranges_, previewCaption_}) {
    label->setWordWrap(true);
    label->hide();
  }
  setWarningLook(message_, true, false);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  setNoticeLook(notice_);

  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  auto* previewLayout = new QVBoxLayout(previewBox_);
  previewLayout->addWidget(table_);
  previewLayout->addWidget(previewCaption_);

  problems_->setWordWrap(true);
  problems_->setSelectionMode(QAbstractItemView::NoSelection);
  auto* problemsLayout = new QVBoxLayout(problemsBox_);
  problemsLayout->addWidget(problems_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
  // Our own word: Qt's Arabic one is measured too narrow for its button.
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
  import_ = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(scale_, &QCheckBox::toggled, this, [this] { fillTable(); });

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(facts);
  layout->addWidget(message_);
  layout->addWidget(notice_);
  layout->addWidget(previewBox_, 3);
  layout->addWidget(problemsBox_, 1);
  layout->addWidget(scale_);
  layout->addWidget(ranges_);
  layout->addStretch(0);  // takes the space only when there is no preview
  layout->addWidget(buttons);

  read(path);
  showSummary();
  showProblems();
  showRanges();
  fillTable();

  // A size in lines and characters, so large text (presenter mode) still
  // fits; never more than the screen holds. With nothing to preview, only
  // as high as the message needs.
  const QFontMetrics metrics(font());
  QSize size(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 36);
  if (csv_.points.empty()) {
    const int needed = heightForWidth(size.width());
    size.setHeight(needed > 0 ? needed : sizeHint().height());
  }
  if (const QScreen* s = screen()) size = size.boundedTo(s->availableGeometry().size() * 9 / 10);
  resize(size.expandedTo(minimumSizeHint()));
}

void PointsImportDialog::read(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    error_ = tr("%1: %2").arg(fileName_, file.errorString());
    return;
  }
  if (file.size() > kMaxFileBytes) {
    error_ =
        tr("%1: the file is larger than 64 MiB, too large for a file of points").arg(fileName_);
    return;
  }
  core::Result<io::PointsCsv> result = io::readPointsCsv(file.readAll());
  if (!result) {
    error_ = tr("%1: %2").arg(fileName_, io::coreText(result.message()));
    return;
  }
  csv_ = std::move(result).value();
  // The playground's data sets hold as many points as validate(DatasetSpec) allows.
  const auto n = static_cast<qsizetype>(csv_.points.size());
  if (n < core::kMinDatasetPoints) {
    error_ = tr("%1: the playground needs at least %2 points; this file holds %3")
                 .arg(fileName_, count(core::kMinDatasetPoints), count(n));
  } else if (n > core::kMaxDatasetPoints) {
    error_ = tr("%1: the playground takes at most %2 points; this file holds %3")
                 .arg(fileName_, count(core::kMaxDatasetPoints), count(n));
  }
}

void PointsImportDialog::showSummary() {
  const auto n = static_cast<int>(csv_.points.size());
  if (n == 0) {
    kind_->setText(tr("Nothing read"));
    counts_->setText(tr("No points"));
  } else {
    kind_->setText(csv_.regression      ? tr("Regression: the third column is a target")
                   : csv_.zeroOneLabels ? tr("Classification, labels 0/1 (0 becomes −1)")
                                        : tr("Classification, labels ±1"));
    counts_->setText(skippedRows() == 0 ? tr("%n point(s) read", nullptr, n)
                                        : tr("%1 read, %2 left out")
                                              .arg(tr("%n point(s)", nullptr, n),
                                                   tr("%n row(s)", nullptr, skippedRows())));
  }
  message_->setText(error_);
  message_->setVisible(!error_.isEmpty());

  const bool oneClass =
      n > 0 && !csv_.regression &&
      std::all_of(csv_.points.begin(), csv_.points.end(),
                  [&](const core::Point& p) { return p.label == csv_.points.front().label; });
  if (oneClass) {
    notice_->setText(
        tr("Every point is in class %1: with one class there is no boundary to learn.")
            .arg(csv_.points.front().label > 0 ? QStringLiteral("+1") : QStringLiteral("−1")));
  }
  notice_->setVisible(oneClass);

  const bool importable = error_.isEmpty() && n > 0;
  import_->setEnabled(importable);
  import_->setDefault(importable);
  if (importable) import_->setText(tr("Import %n point(s)", nullptr, n));
  previewBox_->setVisible(n > 0);
  scale_->setVisible(n > 0);
  ranges_->setVisible(n > 0);
}

void PointsImportDialog::showProblems() {
  const auto& all = csv_.problems;
  problemsBox_->setVisible(!all.empty());
  const int listed = std::min(static_cast<int>(all.size()), kListedProblems);
  for (int i = 0; i < listed; ++i) problems_->addItem(io::coreText(all[i]));
  if (const int rest = static_cast<int>(all.size()) - listed; rest > 0)
    problems_->addItem(tr("… and %n more", nullptr, rest));
}

void PointsImportDialog::showRanges() {
  if (csv_.points.empty()) return;
  const auto [x1lo, x1hi] = range(csv_.points, [](const core::Point& p) { return p.x1; });
  const auto [x2lo, x2hi] = range(csv_.points, [](const core::Point& p) { return p.x2; });
  QString text = tr("x1 runs from %1 to %2, x2 from %3 to %4.")
                     .arg(isolatedNumber(x1lo), isolatedNumber(x1hi), isolatedNumber(x2lo),
                          isolatedNumber(x2hi));
  if (csv_.regression) {
    const auto [lo, hi] = range(csv_.points, [](const core::Point& p) { return p.label; });
    text += QLatin1Char(' ') +
            tr("The targets run from %1 to %2.").arg(isolatedNumber(lo), isolatedNumber(hi));
  }
  ranges_->setText(text);
  scale_->setChecked(!core::fitsSquare(csv_.points, csv_.regression));
}

void PointsImportDialog::fillTable() {
  std::vector<core::Point> shown = csv_.points;
  if (scaleToFit()) core::fitToSquare(shown, csv_.regression);
  const int rows = std::min(static_cast<int>(shown.size()), kPreviewRows);
  table_->setHorizontalHeaderLabels(
      {QStringLiteral("x1"), QStringLiteral("x2"), csv_.regression ? tr("target") : tr("label")});
  table_->setRowCount(rows);
  for (int row = 0; row < rows; ++row) {
    const core::Point& p = shown[static_cast<std::size_t>(row)];
    const double values[] = {p.x1, p.x2, p.label};
    for (int column = 0; column < 3; ++column) {
      auto* item = new QTableWidgetItem(isolatedNumber(values[column]));
      item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
      table_->setItem(row, column, item);
    }
  }
  previewCaption_->setText(tr("The first %1 of %2 points.").arg(count(rows), count(shown.size())));
  previewCaption_->setVisible(rows < static_cast<int>(shown.size()));
}

std::vector<core::Point> PointsImportDialog::points() const {
  if (!error_.isEmpty()) return {};
  std::vector<core::Point> points = csv_.points;
  if (scaleToFit()) core::fitToSquare(points, csv_.regression);
  return points;
}

bool PointsImportDialog::scaleToFit() const {
  return scale_->isChecked();
}

}  // namespace relulab::ui
