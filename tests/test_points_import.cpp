// The points import dialog (ui/playground/points_import_dialog.h): what it
// says about a good file, a file with rows it cannot read, an empty or a
// missing one; the scaling offer; nothing clipped in right-to-left or large
// text; and a screenshot for people to look at.
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <string>
#include <vector>

#include "core/base/number_text.h"
#include "core/base/random.h"
#include "core/training/dataset.h"
#include "tests/problem_text.h"
#include "ui/common/widget_png.h"
#include "ui/playground/points_import_dialog.h"

namespace core = relulab::core;
using relulab::ui::PointsImportDialog;

namespace {

// `n` points of two Gaussian clouds, as "x1,x2,label" lines with a header,
// spread by `scale` (1: inside the square).
QByteArray cloudCsv(int n, double scale = 1.0, bool header = true) {
  core::Rng rng(11);
  std::string text = header ? "x1,x2,label\n" : "";
  for (int i = 0; i < n; ++i) {
    const double label = i % 2 ? 1.0 : -1.0;
    text += core::formatNumber(scale * rng.normal(2 * label, 0.8)) + ',' +
            core::formatNumber(scale * rng.normal(2 * label, 0.8)) + ',' +
            core::formatNumber(label) + '\n';
  }
  return QByteArray(text.data(), qsizetype(text.size()));
}

// A number the preview shows, without the marks that keep it left to right.
double shownNumber(const QTableWidgetItem* item) {
  QString text = item->text();
  text.remove(QChar(0x2066)).remove(QChar(0x2069));
  return text.toDouble();
}

// The visible labels and buttons of `w` shown smaller than their text needs.
QStringList clipped(QWidget& w) {
  QCoreApplication::sendPostedEvents();
  QStringList found;
  for (QWidget* x : w.findChildren<QWidget*>()) {
    if (!x->isVisible() || x->objectName().startsWith(QLatin1String("qt_"))) continue;
    if (auto* label = qobject_cast<QLabel*>(x); label && label->wordWrap()) {
      if (label->height() + 1 < label->heightForWidth(label->width()))
        found << label->text().left(40);
    } else if (label || qobject_cast<QAbstractButton*>(x)) {
      const QSize least = x->minimumSizeHint();
      if (x->width() + 1 < least.width() || x->height() + 1 < least.height())
        found << (label ? label->text() : qobject_cast<QAbstractButton*>(x)->text());
    }
  }
  return found;
}

}  // namespace

class TestPointsImport : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  QString file(const char* name, const QByteArray& bytes) {
    const QString path = dir_.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
    return path;
  }

  // 40 good rows with three bad ones among them.
  QByteArray withBadRows() {
    QByteArray bytes = cloudCsv(40);
    QList<QByteArray> lines = bytes.split('\n');
    lines.insert(5, "1.5,abc,1");
    lines.insert(12, "2,3");
    lines.insert(20, "nan,1,-1");
    return lines.join('\n');
  }

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void showsAGoodFile() {
    const QString path = file("clouds.csv", cloudCsv(30));
    PointsImportDialog dialog(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.error().isEmpty());
    QCOMPARE(dialog.kindLabel()->text(), QStringLiteral("Classification, labels ±1"));
    QVERIFY(!dialog.regression());
    QCOMPARE(dialog.skippedRows(), 0);
    QVERIFY(!dialog.messageLabel()->isVisible());
    QVERIFY(!dialog.problemList()->isVisible());
    QCOMPARE(dialog.previewTable()->rowCount(), 30);
    QCOMPARE(dialog.previewTable()->horizontalHeaderItem(2)->text(), QStringLiteral("label"));
    QVERIFY(!dialog.scaleBox()->isChecked());  // every point is inside the square
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY2(dialog.importButton()->text().contains(QLatin1String("30")),
             qPrintable(dialog.importButton()->text()));
    const std::vector<core::Point> points = dialog.points();
    QCOMPARE(points.size(), std::size_t{30});
    QCOMPARE(points[1].label, 1.0);
    QCOMPARE(points[0].label, -1.0);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
  }

  void listsTheRowsItLeavesOut() {
    const QString path = file("bad-rows.csv", withBadRows());
    PointsImportDialog dialog(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.error().isEmpty());
    QCOMPARE(dialog.skippedRows(), 3);
    QCOMPARE(dialog.points().size(), std::size_t{40});
    QVERIFY(dialog.problemList()->isVisible());
    QCOMPARE(dialog.problemList()->count(), 3);
    QCOMPARE(dialog.problemList()->item(0)->text(),
             QStringLiteral("line 6, column 2: “abc” is not a number"));
    QVERIFY(dialog.problemList()->item(1)->text().startsWith(QLatin1String("line 13: ")));
    QVERIFY(dialog.problemList()->item(2)->text().startsWith(QLatin1String("line 21, column 1")));
    // The list's title names the file, each entry the place and the problem.
    const auto* box = qobject_cast<QGroupBox*>(dialog.problemList()->parentWidget());
    QVERIFY(box && box->title().contains(QLatin1String("bad-rows.csv")));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY2(dialog.importButton()->text().contains(QLatin1String("40")),
             qPrintable(dialog.importButton()->text()));

    // For people to look at: the dialog with bad rows, and mirrored.
    const QDir shots(QStringLiteral(RELULAB_SCREENSHOT_DIR));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(shown(relulab::ui::saveWidgetPng(&dialog,
                                              shots.filePath(QStringLiteral("points-import.png")))),
             QString());
    QCOMPARE(clipped(dialog), QStringList());
  }

  void listsTheFirstHundredProblems() {
    QByteArray bytes = cloudCsv(20);
    for (int i = 0; i < 150; ++i) bytes += "x,y,z\n";
    PointsImportDialog dialog(file("many-bad.csv", bytes));
    QCOMPARE(dialog.skippedRows(), 150);
    QCOMPARE(dialog.problemList()->count(), PointsImportDialog::kListedProblems + 1);
    QVERIFY2(dialog.problemList()->item(100)->text().contains(QLatin1String("50")),
             qPrintable(dialog.problemList()->item(100)->text()));
  }

  void refusesAnEmptyFile() {
    PointsImportDialog dialog(file("empty.csv", QByteArray()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->isVisible());
    QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("empty.csv: the file is empty"));
    QCOMPARE(dialog.error(), dialog.messageLabel()->text());
    QVERIFY(dialog.points().empty());
    QVERIFY(!dialog.previewTable()->isVisible());
    QVERIFY(!dialog.scaleBox()->isVisible());
    QCOMPARE(clipped(dialog), QStringList());
    const QDir shots(QStringLiteral(RELULAB_SCREENSHOT_DIR));
    QCOMPARE(shown(relulab::ui::saveWidgetPng(
                 &dialog, shots.filePath(QStringLiteral("points-import-empty.png")))),
             QString());
  }

  void refusesAMissingFile() {
    PointsImportDialog dialog(dir_.filePath(QStringLiteral("nowhere.csv")));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.error().startsWith(QLatin1String("nowhere.csv: ")), qPrintable(dialog.error()));
  }

  // The playground's data sets hold 10 to 100,000 points.
  void refusesTooFewPoints() {
    PointsImportDialog dialog(file("five.csv", cloudCsv(5)));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.error().contains(QLatin1String("at least 10")), qPrintable(dialog.error()));
    QVERIFY(dialog.points().empty());
    QCOMPARE(dialog.previewTable()->rowCount(), 5);  // still shown
  }

  void offersToScaleIntoTheSquare() {
    PointsImportDialog dialog(file("wide.csv", cloudCsv(50, 40.0)));
    QVERIFY(dialog.scaleBox()->isChecked());
    std::vector<core::Point> points = dialog.points();
    QVERIFY(core::fitsSquare(points, false));
    const double shown = shownNumber(dialog.previewTable()->item(0, 0));
    QVERIFY(std::abs(shown) <= 6.0);
    dialog.scaleBox()->setChecked(false);
    points = dialog.points();
    QVERIFY(!core::fitsSquare(points, false));
    QVERIFY(std::abs(shownNumber(dialog.previewTable()->item(0, 0)) - points[0].x1) <
            1e-4 * std::abs(points[0].x1));
  }

  void showsRegression() {
    PointsImportDialog dialog(
        file("plane.csv", "x1;x2;target\n" + QByteArray("1;2;0,5\n").repeated(12)));
    QVERIFY(dialog.regression());
    QVERIFY(dialog.kindLabel()->text().startsWith(QLatin1String("Regression")));
    QCOMPARE(dialog.previewTable()->horizontalHeaderItem(2)->text(), QStringLiteral("target"));
    QCOMPARE(dialog.points().at(11).label, 0.5);
  }

  void readsAHundredThousandRows() {
    QElapsedTimer timer;
    timer.start();
    PointsImportDialog dialog(file("large.csv", cloudCsv(100000, 1.0, false)));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(dialog.error().isEmpty());
    QCOMPARE(dialog.points().size(), std::size_t{100000});
    QCOMPARE(dialog.previewTable()->rowCount(), PointsImportDialog::kPreviewRows);
    QVERIFY(dialog.importButton()->isEnabled());

    PointsImportDialog tooMany(file("too-many.csv", cloudCsv(100001, 1.0, false)));
    QVERIFY(!tooMany.importButton()->isEnabled());
    QVERIFY2(
        tooMany.error().startsWith(QLatin1String("too-many.csv: the playground takes at most")),
        qPrintable(tooMany.error()));
    QVERIFY(tooMany.points().empty());
  }

  // Right to left, in presenter mode's 1.5× text (the application's font,
  // as presenter mode sets it): nothing clipped, numbers keep their sign.
  void fitsRightToLeftAndLargeText() {
    const QFont normal = QApplication::font();
    QFont large = normal;
    if (large.pointSizeF() > 0)
      large.setPointSizeF(large.pointSizeF() * 1.5);
    else
      large.setPixelSize(large.pixelSize() * 3 / 2);
    QApplication::setFont(large);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    const auto restore = qScopeGuard([&] {
      QApplication::setFont(normal);
      QApplication::setLayoutDirection(Qt::LeftToRight);
    });
    PointsImportDialog dialog(file("bad-rows.csv", withBadRows()));
    QCOMPARE(dialog.font(), large);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(clipped(dialog), QStringList());
    // Mirrored: the x1 column stands right of the x2 column.
    auto* table = dialog.previewTable();
    QVERIFY(table->visualItemRect(table->item(0, 0)).x() >
            table->visualItemRect(table->item(0, 1)).x());
    const QString first = table->item(0, 0)->text();
    QVERIFY2(first.startsWith(QChar(0x2066)) && first.endsWith(QChar(0x2069)), qPrintable(first));
    const QDir shots(QStringLiteral(RELULAB_SCREENSHOT_DIR));
    QCOMPARE(shown(relulab::ui::saveWidgetPng(
                 &dialog, shots.filePath(QStringLiteral("points-import-rtl.png")))),
             QString());
  }
};

QTEST_MAIN(TestPointsImport)
#include "test_points_import.moc"
