// The four classroom demos a teacher prepares, from a fresh start, with the
// keyboard and the mouse only, as a teacher would: (1) what ReLU and its
// derivative are; (2) dying ReLU, live; (3) ReLU against sigmoid and tanh;
// (4) a study's result; then the same on the projector (presenter mode).
// Each step saves a screenshot (walkthrough-*.png) for a person to look at,
// and checks that the demo shows what it is for.
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include "ui/common/playground_playback.h"
#include "ui/compare/compare_panel.h"
#include "ui/compare/compare_session.h"
#include "ui/compare/compare_summary.h"
#include "ui/explorer/explorer_chart_view.h"
#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/explorer/explorer_plot_bar.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_session.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presenter_mode.h"
#include "ui/studies/studies_panel.h"

using relulab::ui::MainWindow;

namespace {

constexpr int kTimeout = 60000;

void shoot(MainWindow& w, const char* name) {
  QCoreApplication::sendPostedEvents();
  const QDir dir(QStringLiteral(RELULAB_SCREENSHOT_DIR));
  QVERIFY(w.grab().toImage().save(
      dir.filePath(QStringLiteral("walkthrough-%1.png").arg(QLatin1String(name)))));
}

// The keys go where the keyboard is, as a real key press would.
void press(MainWindow& w, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
  QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

}  // namespace

class TestWalkthrough : public QObject {
  Q_OBJECT

 private slots:
  void fourClassroomDemos() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // 1. What ReLU and its derivative are: the first lesson from Help (F1),
    // its steps with the dock's buttons, then pointing at the plot.
    press(w, Qt::Key_F1);
    QWidget* started = nullptr;
    QTRY_VERIFY((started = w.findChild<QWidget*>(QStringLiteral("gettingStarted"))) != nullptr);
    shoot(w, "1-getting-started");
    auto* first = started->findChild<QAbstractButton*>();
    for (QAbstractButton* b : started->findChildren<QAbstractButton*>())
      if (b->text().contains(QStringLiteral("First Lesson"))) first = b;
    QTest::mouseClick(first, Qt::LeftButton);
    QTRY_VERIFY(w.lessons()->isVisible());
    QTest::mouseClick(w.lessons()->nextButton(), Qt::LeftButton);  // the definition
    QCOMPARE(w.tabs()->currentWidget(), w.explorer());
    shoot(w, "1-definition");
    QTest::mouseClick(w.lessons()->nextButton(), Qt::LeftButton);  // the textbook example
    QTest::mouseClick(w.lessons()->nextButton(), Qt::LeftButton);  // why networks use it
    relulab::ui::ExplorerCurvePlot* plot = w.explorer()->curvePlot();
    QVERIFY(plot->bar()->derivativeBox()->isChecked());  // the slopes are drawn
    // Point at x = 2 on the plot: the readout gives ReLU's value and slope there.
    relulab::ui::ExplorerChartView* view = plot->view();
    QTest::mouseMove(view, view->mapFromScene(plot->chart()->mapToPosition(QPointF(2.0, 0.0))));
    QTRY_VERIFY(plot->readout().has_value());
    QVERIFY(std::abs(plot->readout()->x - 2.0) < 0.1);
    shoot(w, "1-slopes");

    // 2. Dying ReLU, live: the playground (Ctrl+2), the preset picked with
    // the keyboard (Alt+S, then the arrows), Space to play and to pause.
    press(w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.tabs()->currentWidget(), w.playground());
    QComboBox* preset = w.playground()->playback()->presetBox();
    press(w, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(preset->hasFocus());
    const int dying = preset->findData(QStringLiteral("dying-relu"));
    QVERIFY(dying >= 0);
    while (preset->currentIndex() != dying)
      press(w, preset->currentIndex() < dying ? Qt::Key_Down : Qt::Key_Up);
    relulab::ui::PlaygroundSession* session = w.playground()->session();
    QTRY_VERIFY(session->latest() && session->latest()->config.optimizer.learningRate == 3.0);
    w.playground()->setFocus();
    press(w, Qt::Key_Space);
    // Playing first: the preset's first frame may already have a dead unit.
    QVERIFY(QTest::qWaitFor(
        [&] { return session->latest()->playing && session->latest()->metrics.deadUnits() > 0; },
        kTimeout));
    press(w, Qt::Key_Space);
    QTRY_VERIFY(!session->latest()->playing);
    QTRY_COMPARE(w.playground()->shownFrame(), session->latest());
    shoot(w, "2-dying-relu");

    // 3. ReLU against sigmoid and tanh: Compare (Ctrl+3), Space trains every
    // run in step; the summary says which reached the loss target first.
    press(w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.tabs()->currentWidget(), w.compare());
    w.compare()->setFocus();
    press(w, Qt::Key_Space);
    QVERIFY(QTest::qWaitFor(
        [&] {
          const auto& f = w.compare()->shownFrame();
          return f && f->step >= 3000;
        },
        kTimeout));
    press(w, Qt::Key_Space);
    QTRY_VERIFY(!w.compare()->shownFrame()->playing);
    QVERIFY(!w.compare()->summary()->claim().isEmpty());
    shoot(w, "3-compare");

    // 4. A study's result: Studies (Ctrl+4), Run with Ctrl+Return.
    press(w, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(w.tabs()->currentWidget(), w.studies());
    QSignalSpy finished(w.studies(), &relulab::ui::StudiesPanel::studyFinished);
    press(w, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(kTimeout) || !finished.isEmpty());
    shoot(w, "4-study");

    // On the projector: F11, each demo's tab, Esc back.
    press(w, Qt::Key_F11);
    QVERIFY(w.presenter()->isActive());
    for (int t = 1; t <= 4; ++t) {
      press(w, Qt::Key_0 + t, Qt::ControlModifier);
      QCOMPARE(w.tabs()->currentIndex(), t - 1);
      shoot(w, qPrintable(QStringLiteral("5-presenter-%1").arg(t)));
    }
    press(w, Qt::Key_Escape);
    QVERIFY(!w.presenter()->isActive());
  }
};

QTEST_MAIN(TestWalkthrough)
#include "test_walkthrough.moc"
