// The main window opens on the explorer: ReLU and its derivative plotted from
// the core's values, the textbook example table, and a PNG of the window for
// people to look at.
#include <QAbstractButton>
#include <QAction>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include "core/activations/activation.h"
#include "io/language.h"
#include "ui/explorer/example_table.h"
#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/playground_panel.h"
#include "ui/shell/help_pages.h"
#include "ui/shell/main_window.h"
#include "ui/shell/screenshot.h"

using relulab::core::Activation;
using relulab::ui::MainWindow;

class TestMainWindow : public QObject {
  Q_OBJECT

 private slots:
  void chartShowsReluAndDerivativeFromCore() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->currentWidget(), window.explorer());
    auto* plot = window.explorer()->curvePlot();
    QCOMPARE(plot->curveCount(), 1);
    const auto values = plot->points(0, 0);
    // f′ is drawn in pieces between kinks (a jump stays a jump); joined, they
    // cover the same x as f.
    const auto derivatives = plot->points(0, 1);
    QVERIFY(values.size() >= 200);
    QCOMPARE(values.size(), derivatives.size());
    QCOMPARE(values.first().x(), -5.0);
    QCOMPARE(values.last().x(), 5.0);
    const Activation relu{};
    for (qsizetype i = 0; i < values.size(); ++i) {
      QCOMPARE(values[i].y(), relulab::core::value(relu, values[i].x()));
      QCOMPARE(derivatives[i].y(), relulab::core::derivative(relu, derivatives[i].x()));
    }
    // Both series are labelled for the legend.
    const auto& series = plot->curveSeries(0);
    QVERIFY(series.value()->name().contains(QStringLiteral("f(x)")));
    QVERIFY(series.derivative().front()->name().contains(QStringLiteral("f′(x)")));
    QVERIFY(!plot->chart()->axes(Qt::Horizontal).first()->titleText().isEmpty());
    QVERIFY(!plot->chart()->axes(Qt::Vertical).first()->titleText().isEmpty());
  }

  void tableShowsTextbookExample() {
    MainWindow window;
    QTableWidget* table = window.explorer()->exampleTable()->table();
    QCOMPARE(table->rowCount(), 5);
    const double inputs[] = {-2, -1, 0, 1, 2};
    const double outputs[] = {0, 0, 0, 1, 2};
    const double slopes[] = {0, 0, 0, 1, 1};
    for (int row = 0; row < 5; ++row) {
      QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toDouble(), inputs[row]);
      QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toDouble(), outputs[row]);
      QCOMPARE(table->item(row, 2)->data(Qt::UserRole).toDouble(), slopes[row]);
      QCOMPARE(table->item(row, 1)->text(), QLocale().toString(outputs[row]));
    }
    // The derivative at 0 is a convention, and the window says which.
    QVERIFY(window.explorer()->exampleTable()->note()->text().contains(QStringLiteral("PyTorch")));
  }

  // The status bar's hint belongs to the tab in front: the explorer's
  // "point at the plot" makes no sense over the playground.
  void statusHintFollowsTheTab() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList hints;
    for (int i = 0; i < window.tabs()->count(); ++i) {
      window.tabs()->setCurrentIndex(i);
      hints << window.statusBar()->currentMessage();
      QVERIFY2(!hints.last().isEmpty(), qPrintable(window.tabs()->tabText(i)));
    }
    QCOMPARE(QSet<QString>(hints.begin(), hints.end()).size(), hints.size());
    window.tabs()->setCurrentWidget(window.playground());
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Space")));
  }

  // Help → About names the GPU path, or says why there is none and that
  // everything runs on the CPU: never a silent fallback.
  void aboutSaysWhereTheGpuPathStands() {
    qputenv("RELULAB_DISABLE_GPU", "1");
    const QString off = MainWindow::gpuPathText();
    qunsetenv("RELULAB_DISABLE_GPU");
    QVERIFY2(off.contains(QLatin1String("not available")) &&
                 off.contains(QLatin1String("RELULAB_DISABLE_GPU")) &&
                 off.contains(QLatin1String("CPU")),
             qPrintable(off));
    const QString on = MainWindow::gpuPathText();
    QVERIFY(on != off);
    QVERIFY2(on.startsWith(QLatin1String("GPU path: ")), qPrintable(on));
  }

  void rendersToPng() {
    const QString folder = QStringLiteral(RELULAB_SCREENSHOT_DIR);
    const auto files = relulab::ui::writeScreenshots(folder);
    QVERIFY2(files.ok() && !files->isEmpty(), files.error().c_str());
    const QImage image(files->first());
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not blank: a plot has many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
      for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the screenshot looks blank");
  }

  // Help lists every key the window answers to, read from its actions, and
  // the getting-started page opens the first lesson.
  void helpListsTheKeysAndStartsTheFirstLesson() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto keys = relulab::ui::keyboardShortcuts(&w);
    const auto listed = [&](const QString& key) {
      const QString shown = QKeySequence(key).toString(QKeySequence::NativeText);
      return std::any_of(keys.begin(), keys.end(),
                         [&](const auto& k) { return k.second == shown; });
    };
    for (const char* key : {"Space", "Right", "R", "F11", "Ctrl+L", "Ctrl+S", "Ctrl+Shift+S",
                            "Ctrl+O", "Ctrl+Alt+S", "F1"})
      QVERIFY2(listed(QString::fromLatin1(key)), key);
    for (const auto& k : keys) QVERIFY2(!k.first.contains(QLatin1Char('&')), qPrintable(k.first));

    QAction* start = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
      if (a->shortcut() == QKeySequence(QKeySequence::HelpContents)) start = a;
    QVERIFY(start);
    start->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox*>(QStringLiteral("gettingStarted"))));
    QAbstractButton* first = nullptr;
    for (QAbstractButton* b : box->buttons())
      if (box->buttonRole(b) == QMessageBox::AcceptRole) first = b;
    QVERIFY(first);
    first->click();
    QTRY_VERIFY(w.lessons()->isVisible());
    QVERIFY(w.lessons()->currentLesson());
    QCOMPARE(w.lessons()->currentLesson()->id, QStringLiteral("what-is-relu"));
  }

  // View → Language: System, English, العربية. A choice is saved (in a
  // settings folder of the test's own) and offers to restart.
  void languageMenuSavesTheChoice() {
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QByteArray oldLang = qgetenv("RELULAB_LANG");
    // Settings go to the test's folder, never to the user's (tests run side by side).
    const QString home = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    qunsetenv("RELULAB_LANG");
    {
      relulab::ui::MainWindow w;
      w.show();
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      QMenu* language = nullptr;
      for (QMenu* m : w.findChildren<QMenu*>())
        if (m->title().remove(QLatin1Char('&')) == QStringLiteral("Language")) language = m;
      QVERIFY(language);
      QCOMPARE(language->actions().size(), 3);
      QAction* arabic = language->actions().at(2);
      QCOMPARE(arabic->text(), QStringLiteral("العربية"));
      QVERIFY(language->actions().at(0)->isChecked());  // nothing saved: the system's
      arabic->trigger();
      QCOMPARE(relulab::io::savedLanguage(), QStringLiteral("ar"));
      QCOMPARE(relulab::io::chosenLocale().language(), QLocale::Arabic);
      QMessageBox* box = nullptr;
      QTRY_VERIFY((box = w.findChild<QMessageBox*>(QStringLiteral("restartForLanguage"))));
      box->button(QMessageBox::No)->click();  // later
      QTRY_VERIFY(!w.findChild<QMessageBox*>(QStringLiteral("restartForLanguage")));
      QVERIFY(w.isVisible());
      // RELULAB_LANG wins over the saved choice.
      qputenv("RELULAB_LANG", "en");
      QCOMPARE(relulab::io::chosenLocale().language(), QLocale::English);
    }
    QVERIFY(QDir(config.path()).exists(QStringLiteral("ReLU Lab/ReLU Lab.conf")));
    QVERIFY(!QFile::exists(home + QStringLiteral("/ReLU Lab/ReLU Lab.conf")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home);
    if (oldLang.isEmpty())
      qunsetenv("RELULAB_LANG");
    else
      qputenv("RELULAB_LANG", oldLang);
  }

  void badOutputFolderIsReported() {
    const auto files = relulab::ui::writeScreenshots(QStringLiteral("/proc/no-such-place"));
    QVERIFY(!files.ok());
    QVERIFY(!files.error().empty());
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
