// The window in Arabic, as an Arabic-speaking teacher sees it: every tab,
// the Lessons dock, presenter mode, an error message and a file dialog, at
// 1280×800 and 1920×1080. Nothing is cut off (labels, buttons and lists at
// least as large as their Arabic text needs), Qt's own buttons speak Arabic,
// and each view is saved as arabic-*.png for a person to look at.
#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "core/images/image_trainer.h"
#include "io/core_text.h"
#include "io/language.h"
#include "ui/common/dialog_fit.h"
#include "ui/common/widget_png.h"
#include "ui/images/images_confusion_view.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/points_import_dialog.h"
#include "ui/shell/lesson_step_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presenter_mode.h"
#include "ui/studies/studies_panel.h"

using relulab::ui::MainWindow;

namespace {

const QRegularExpression kArabic(QStringLiteral("[\\x{0600}-\\x{06FF}]"));

void save(QWidget* w, const QString& name) {
  QCoreApplication::sendPostedEvents();
  const QDir dir(QStringLiteral(RELULAB_SCREENSHOT_DIR));
  QVERIFY(w->grab().toImage().save(dir.filePath(QStringLiteral("arabic-%1.png").arg(name))));
}

bool scrolls(const QWidget* w) {
  for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
    if (const auto* area = qobject_cast<const QScrollArea*>(p))
      if (area->widget() && (area->widget()->height() > area->viewport()->height() ||
                             area->widget()->width() > area->viewport()->width()))
        return true;
  return false;
}

// Labels, buttons and lists shown smaller than their text needs.
QStringList clipped(QWidget& w) {
  for (int i = 0; i < 4; ++i) {
    QCoreApplication::sendPostedEvents();
    w.grab();
  }
  QStringList found;
  for (QWidget* x : w.findChildren<QWidget*>()) {
    if (!x->isVisible() || x->window() != &w || scrolls(x)) continue;
    if (x->objectName().startsWith(QLatin1String("qt_")) ||
        x->objectName().startsWith(QLatin1String("Scroll")))
      continue;
    const auto* label = qobject_cast<QLabel*>(x);
    const bool text = label || qobject_cast<QAbstractButton*>(x) || qobject_cast<QComboBox*>(x);
    if (!text) continue;
    const QString what = label ? label->text().left(40)
                         : qobject_cast<QAbstractButton*>(x)
                             ? qobject_cast<QAbstractButton*>(x)->text()
                             : qobject_cast<QComboBox*>(x)->currentText();
    if (label && label->wordWrap()) {
      if (label->height() + 1 < label->heightForWidth(label->width()))
        found << QStringLiteral("“%1”: %2 px high, needs %3")
                     .arg(what)
                     .arg(label->height())
                     .arg(label->heightForWidth(label->width()));
      continue;
    }
    const QSize least = x->minimumSizeHint();
    if (least.isValid() && (x->width() + 1 < least.width() || x->height() + 1 < least.height()))
      found << QStringLiteral("“%1”: %2×%3, needs %4×%5")
                   .arg(what)
                   .arg(x->width())
                   .arg(x->height())
                   .arg(least.width())
                   .arg(least.height());
  }
  found.removeDuplicates();
  return found;
}

}  // namespace

class TestArabic : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QTranslator ours_, qt_;

 private slots:
  // The app's own start-up for Arabic: its catalogue (compiled here from the
  // .ts), Qt's, the locale with Western digits, right to left, Noto Sans Arabic.
  void initTestCase() {
    QVERIFY(dir_.isValid());
    const QString qm = dir_.filePath(QStringLiteral("relulab_ar.qm"));
    QProcess lrelease;
    lrelease.start(
        QStringLiteral(RELULAB_LRELEASE),
        {QStringLiteral(RELULAB_TRANSLATIONS_DIR "/relulab_ar.ts"), QStringLiteral("-qm"), qm});
    QVERIFY(lrelease.waitForFinished(60000) && lrelease.exitCode() == 0);
    QVERIFY(ours_.load(qm));
    QCoreApplication::installTranslator(&ours_);
    const QLocale arabic = relulab::io::localeFor(QStringLiteral("ar"));
    QLocale::setDefault(arabic);
    if (qt_.load(arabic, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(&qt_);
    else
      qWarning("Qt's Arabic translations are not installed (qt6-translations-l10n)");
    QApplication::setLayoutDirection(Qt::RightToLeft);
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans Arabic"))) {
      QFont font = QApplication::font();
      font.setFamilies({font.family(), QStringLiteral("Noto Sans Arabic")});
      QApplication::setFont(font);
    }
  }

  void everyTabFits_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenting");
    QTest::newRow("1280×800") << QSize(1280, 800) << false;
    QTest::newRow("1920×1080") << QSize(1920, 1080) << false;
    QTest::newRow("1280×800 presenting") << QSize(1280, 800) << true;
  }

  void everyTabFits() {
    QFETCH(QSize, size);
    QFETCH(bool, presenting);
    MainWindow w;
    QVERIFY(w.windowTitle().contains(kArabic));
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.lessons()->openLesson(QStringLiteral("what-is-relu")));
    w.lessons()->show();
    if (presenting) {
      w.presenter()->setActive(true);
      w.setWindowState(w.windowState() & ~Qt::WindowFullScreen);
      QTest::qWait(50);
      w.resize(size);
      (void)QTest::qWaitFor([&] { return w.size() == size; }, 2000);
    }
    QStringList problems;
    const QString tag = QStringLiteral("%1x%2%3")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(presenting ? QStringLiteral("-presenting") : QString());
    for (int t = 0; t < w.tabs()->count(); ++t) {
      w.tabs()->setCurrentIndex(t);
      QVERIFY(w.tabs()->tabText(t).contains(kArabic));
      for (const QString& p : clipped(w))
        problems << w.tabs()->tabText(t) + QStringLiteral(": ") + p;
      if (w.width() > size.width() || w.height() > size.height())
        problems << QStringLiteral("window %1×%2").arg(w.width()).arg(w.height());
      save(&w, QStringLiteral("%1-tab%2").arg(tag).arg(t + 1));
    }
    problems.removeDuplicates();
    for (const QString& p : problems) qInfo().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
    if (presenting) w.presenter()->setActive(false);
  }

  // A message as the app shows one (here: a picture that cannot be saved),
  // and a file dialog: Arabic text, and Qt's own buttons in Arabic.
  void dialogsSpeakArabic() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto problem =
        relulab::ui::saveWidgetPng(&w, QStringLiteral("/no/such/folder/relulab.png"));
    QVERIFY(problem);
    QMessageBox box(QMessageBox::Warning, MainWindow::tr("Screenshot not saved"),
                    relulab::io::coreText(*problem), QMessageBox::Ok, &w);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY(box.text().contains(kArabic));
    QVERIFY2(box.button(QMessageBox::Ok)->text().contains(kArabic),
             qPrintable(box.button(QMessageBox::Ok)->text()));
    save(&box, QStringLiteral("error-dialog"));
    box.close();

    QFileDialog files(&w, MainWindow::tr("Save Screenshot"), QDir::tempPath(),
                      MainWindow::tr("PNG images (*.png)"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.show();
    QVERIFY(QTest::qWaitForWindowExposed(&files));
    QVERIFY(files.windowTitle().contains(kArabic));
    auto* buttons = files.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QVERIFY2(buttons->button(QDialogButtonBox::Cancel)->text().contains(kArabic),
             qPrintable(buttons->button(QDialogButtonBox::Cancel)->text()));
    save(&files, QStringLiteral("file-dialog"));
    files.close();
  }

  // The File menu's and the Lessons menu's own dialogs, in Arabic, at their
  // size and in presenter mode's larger text: nothing clipped, all on screen.
  void newDialogsFit_data() {
    QTest::addColumn<bool>("presenting");
    QTest::newRow("normal") << false;
    QTest::newRow("presenting") << true;
  }

  void newDialogsFit() {
    QFETCH(bool, presenting);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("points.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x1,x2,label\n");
    for (int i = 0; i < 40; ++i)
      f.write(QByteArray::number(i % 9 - 4.5) + ',' + QByteArray::number(i % 5 - 2) + ',' +
              (i % 2 ? "1" : "0") + '\n');
    f.write("3,abc,1\n");
    f.close();
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    if (presenting) w.presenter()->setActive(true);
    const QString tag = presenting ? QStringLiteral("-presenting") : QString();
    const QSize screen = w.screen()->availableGeometry().size();
    QStringList problems;
    const auto look = [&](QDialog* d, const QString& name) {
      d->show();
      if (!QTest::qWaitForWindowExposed(d)) problems << name + QStringLiteral(": not shown");
      if (!d->windowTitle().contains(kArabic)) problems << name + QStringLiteral(": title");
      for (const QString& p : clipped(*d)) problems << name + QStringLiteral(": ") + p;
      if (d->width() > screen.width() || d->height() > screen.height())
        problems << name + QStringLiteral(": %1×%2").arg(d->width()).arg(d->height());
      save(d, name + tag);
      d->close();
    };
    relulab::ui::PointsImportDialog import(csv, &w);
    relulab::ui::fitDialogToWindow(&import, &w);
    look(&import, QStringLiteral("points-import"));
    relulab::ui::LessonStepDialog step(w.lessons()->library(), dir.path(), &w);
    relulab::ui::fitDialogToWindow(&step, &w);
    look(&step, QStringLiteral("lesson-step"));
    for (const QString& p : problems) qInfo().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
    if (presenting) w.presenter()->setActive(false);
  }

  // The confusion matrix's row labels, class names in Arabic, fit their rows
  // whatever the view's size: never cut at either side, their letters never
  // taller than the row (where the rows are low, the labels shrink).
  void confusionLabelsFitTheirRows_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("smallest") << relulab::ui::ImagesConfusionView().minimumSizeHint();
    QTest::newRow("in the window, 1280×800") << QSize(350, 190);
    QTest::newRow("preferred") << relulab::ui::ImagesConfusionView().sizeHint();
    QTest::newRow("large") << QSize(900, 700);
  }

  void confusionLabelsFitTheirRows() {
    QFETCH(QSize, size);
    auto m = std::make_shared<relulab::ui::ImagesMeasurement>();
    m->classes = 10;
    m->confusion.assign(100, 3);
    std::vector<QString> names;
    for (const std::string_view name : relulab::core::fashionMnistClassNames())
      names.push_back(relulab::io::coreText(name));
    QVERIFY(names.front().contains(kArabic));
    relulab::ui::ImagesConfusionView view;
    view.resize(size);
    view.setMeasurement(m, names);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QFontMetricsF fm(view.rowLabelFont());
    for (int c = 0; c < m->classes; ++c) {
      const QRectF rect = view.rowLabelRect(c);
      const double wide = fm.horizontalAdvance(view.rowLabel(c));
      const double high = fm.tightBoundingRect(view.rowLabel(c)).height();
      QVERIFY2(rect.left() >= 0 && wide <= rect.width(),
               qPrintable(QStringLiteral("%1: %2 wide in %3").arg(c).arg(wide).arg(rect.width())));
      QVERIFY2(high <= rect.height(),
               qPrintable(QStringLiteral("%1: %2 high in %3").arg(c).arg(high).arg(rect.height())));
    }
    save(&view, QStringLiteral("confusion-%1x%2").arg(size.width()).arg(size.height()));
  }

  void cleanupTestCase() {
    QCoreApplication::removeTranslator(&ours_);
    QCoreApplication::removeTranslator(&qt_);
    QApplication::setLayoutDirection(Qt::LeftToRight);
  }
};

QTEST_MAIN(TestArabic)
#include "test_arabic.moc"
