// Presenter mode: F11 goes full screen with larger fonts (the charts' too), a
// high-contrast palette and the chosen playground panels hidden; F11 again,
// or Esc, puts back exactly what was there. And a picture for people to check.
#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/playground_controls_data.h"
#include "ui/playground/playground_controls_network.h"
#include "ui/playground/playground_controls_training.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_session.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presenter_mode.h"
#include "ui/studies/studies_job.h"
#include "ui/studies/studies_panel.h"
#include "ui/studies/studies_text.h"

using relulab::ui::MainWindow;
using relulab::ui::PresenterMode;
using Panel = relulab::ui::PresenterMode::Panel;

namespace {

constexpr int kTimeout = 20000;

// The tab widget that holds the playground's data / network / training panels.
QTabWidget* sidePanels(MainWindow& w) {
  for (QWidget* p = w.playground()->dataControls(); p; p = p->parentWidget())
    if (auto* tabs = qobject_cast<QTabWidget*>(p)) return tabs;
  return nullptr;
}

int tabOf(QTabWidget* tabs, QWidget* controls) {
  for (int i = 0; i < tabs->count(); ++i)
    if (tabs->widget(i)->isAncestorOf(controls)) return i;
  return -1;
}

// What presenter mode must put back.
struct Look {
  Qt::WindowStates state;
  qreal pointSize;
  bool fontSet;
  QPalette palette;
  bool paletteSet;
  QFont axisLabels;
  int panelTab;
  bool panelsHidden;
  bool tabVisible[3];

  static Look of(MainWindow& w) {
    QTabWidget* tabs = sidePanels(w);
    QChart* chart = w.explorer()->curvePlot()->chart();
    Look l{w.windowState(),
           w.font().pointSizeF(),
           w.testAttribute(Qt::WA_SetFont),
           w.palette(),
           w.testAttribute(Qt::WA_SetPalette),
           chart->axes(Qt::Horizontal).first()->labelsFont(),
           tabs->currentIndex(),
           tabs->isHidden(),
           {}};
    const QWidget* controls[3] = {w.playground()->dataControls(), w.playground()->networkControls(),
                                  w.playground()->trainingControls()};
    for (int i = 0; i < 3; ++i)
      l.tabVisible[i] = tabs->isTabVisible(tabOf(tabs, const_cast<QWidget*>(controls[i])));
    return l;
  }
  void compare(const Look& o) const {
    QCOMPARE(state, o.state);
    QCOMPARE(pointSize, o.pointSize);
    QCOMPARE(fontSet, o.fontSet);
    QCOMPARE(palette, o.palette);
    QCOMPARE(paletteSet, o.paletteSet);
    QCOMPARE(axisLabels, o.axisLabels);
    QCOMPARE(panelTab, o.panelTab);
    QCOMPARE(panelsHidden, o.panelsHidden);
    for (int i = 0; i < 3; ++i) QCOMPARE(tabVisible[i], o.tabVisible[i]);
  }
};

}  // namespace

class TestPresenter : public QObject {
  Q_OBJECT

 private slots:
  void f11PresentsAndF11Restores() {
    MainWindow w;
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    PresenterMode* presenter = w.presenter();
    presenter->setHidden(Panel::Data, true);
    presenter->setHidden(Panel::Training, true);
    const Look before = Look::of(w);
    QVERIFY(!before.fontSet);
    QVERIFY(!(before.state & Qt::WindowFullScreen));
    // Every label, shown or not: a message that appears while presenting
    // (a warning, a partial-results note) must be large too.
    const QList<QLabel*> labels = w.findChildren<QLabel*>();
    QVERIFY(labels.size() > 10);
    std::vector<qreal> labelSizes;
    for (const QLabel* l : labels) labelSizes.push_back(l->font().pointSizeF());
    QLabel* label = labels.first();

    QSignalSpy changed(presenter, &PresenterMode::activeChanged);
    QTest::keyClick(&w, Qt::Key_F11);
    QCOMPARE(changed.count(), 1);
    QVERIFY(presenter->isActive());
    QVERIFY(presenter->toggleAction()->isChecked());
    QTRY_VERIFY(w.windowState() & Qt::WindowFullScreen);
    // Larger text everywhere: the window, a label inside it, the charts.
    QCOMPARE(w.font().pointSizeF(), before.pointSize * PresenterMode::kFontScale);
    for (qsizetype i = 0; i < labels.size(); ++i)
      QVERIFY2(qFuzzyCompare(labels[i]->font().pointSizeF(),
                             labelSizes[size_t(i)] * PresenterMode::kFontScale),
               qPrintable(labels[i]->objectName() + QLatin1Char(' ') + labels[i]->text()));
    const QFont axis =
        w.explorer()->curvePlot()->chart()->axes(Qt::Horizontal).first()->labelsFont();
    QCOMPARE(axis.pointSizeF(), before.axisLabels.pointSizeF() * PresenterMode::kFontScale);
    // Black on white.
    QCOMPARE(w.palette().color(QPalette::WindowText), QColor(Qt::black));
    QCOMPARE(w.palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(label->palette().color(QPalette::Base), QColor(Qt::white));
    // The chosen panels are gone; the network editor stays.
    QTabWidget* tabs = sidePanels(w);
    QVERIFY(!tabs->isTabVisible(tabOf(tabs, w.playground()->dataControls())));
    QVERIFY(!tabs->isTabVisible(tabOf(tabs, w.playground()->trainingControls())));
    QVERIFY(tabs->isTabVisible(tabOf(tabs, w.playground()->networkControls())));
    QVERIFY(!tabs->isHidden());
    w.tabs()->setCurrentWidget(w.playground());
    QTRY_VERIFY(w.playground()->networkControls()->isVisible());
    QVERIFY(!w.playground()->dataControls()->isVisible());
    QVERIFY(!w.playground()->trainingControls()->isVisible());
    w.tabs()->setCurrentWidget(w.explorer());

    QTest::keyClick(&w, Qt::Key_F11);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!presenter->isActive());
    QTRY_VERIFY(!(w.windowState() & Qt::WindowFullScreen));
    Look::of(w).compare(before);
    for (qsizetype i = 0; i < labels.size(); ++i)
      QCOMPARE(labels[i]->font().pointSizeF(), labelSizes[size_t(i)]);
    // The options are remembered for next time.
    QVERIFY(presenter->isHidden(Panel::Data));
  }

  void escapeLeavesPresenterMode() {
    MainWindow w;
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const Look before = Look::of(w);
    QTest::keyClick(&w, Qt::Key_Escape);  // not presenting: Esc does nothing here
    QVERIFY(!w.presenter()->isActive());
    w.presenter()->toggleAction()->trigger();
    QVERIFY(w.presenter()->isActive());
    QTRY_VERIFY(w.windowState() & Qt::WindowFullScreen);
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(!w.presenter()->isActive());
    QTRY_VERIFY(!(w.windowState() & Qt::WindowFullScreen));
    Look::of(w).compare(before);
  }

  void optionsTakeEffectWhilePresenting() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Look before = Look::of(w);
    QTabWidget* tabs = sidePanels(w);
    w.presenter()->setActive(true);
    QVERIFY(!tabs->isHidden());  // nothing chosen: every panel stays
    // Hiding all three removes the strip, so the plots get the room.
    w.presenter()->hideAction(Panel::Data)->trigger();
    w.presenter()->hideAction(Panel::Network)->trigger();
    QVERIFY(!tabs->isHidden());
    w.presenter()->hideAction(Panel::Training)->trigger();
    QVERIFY(tabs->isHidden());
    w.presenter()->hideAction(Panel::Network)->trigger();  // one back
    QVERIFY(!tabs->isHidden());
    QVERIFY(tabs->isTabVisible(tabOf(tabs, w.playground()->networkControls())));
    QCOMPARE(tabs->currentIndex(), tabOf(tabs, w.playground()->networkControls()));
    w.presenter()->setActive(false);
    Look::of(w).compare(before);
    // The menu offers all three.
    QCOMPARE(w.presenter()->optionsMenu()->actions().size(), 3);
  }

  // A common classroom projector is 1280×800: presenter mode's larger text
  // must still fit it on every tab, and with the Lessons dock open beside the
  // tabs that lessons set up (the explorer and the playground) and compare.
  void fitsA1280By800Projector() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.presenter()->setActive(true);
    const auto fitsNow = [&w](bool dock, const QString& what) {
      QCoreApplication::sendPostedEvents();  // the layouts' posted requests
      const QSize needed = w.minimumSizeHint();
      if (needed.width() <= 1280 && needed.height() <= 800) return true;
      qWarning() << what << (dock ? "with" : "without") << "the Lessons dock needs" << needed;
      return false;
    };
    const auto fits = [&](bool dock) {
      for (int t = 0; t < w.tabs()->count(); ++t) {
        w.tabs()->setCurrentIndex(t);
        if (w.tabs()->widget(t) != w.studies()) {
          if (!fitsNow(dock, w.tabs()->tabText(t))) return false;
          continue;
        }
        for (int k = 0; k < relulab::ui::kStudyKindCount; ++k) {  // each has its own form and view
          const auto kind = static_cast<relulab::ui::StudyKind>(k);
          w.studies()->selectStudy(kind);
          if (!fitsNow(dock, relulab::ui::StudiesText::studyName(kind))) return false;
        }
      }
      return true;
    };
    QVERIFY(fits(false));
    w.lessons()->show();
    QVERIFY(fits(true));
    // Beside the dock, the depth study's two plots go one over the other, each
    // with the whole width, rather than being squeezed below their minimum.
    w.setWindowState(w.windowState() & ~Qt::WindowFullScreen);
    w.resize(1280, 800);
    w.tabs()->setCurrentWidget(w.studies());
    w.studies()->selectStudy(relulab::ui::StudyKind::DepthVariance);
    const auto plots = w.studies()->findChildren<QChartView*>();
    QChartView* square = nullptr;
    QChartView* zeros = nullptr;
    for (QChartView* v : plots) {
      if (!v->isVisibleTo(&w)) continue;
      (square ? zeros : square) = v;
    }
    QVERIFY(square && zeros);
    QTRY_VERIFY(square->width() >= square->minimumWidth() && square->height() >= 240);
    QVERIFY(zeros->width() >= zeros->minimumWidth());
    const QRect a(square->mapTo(&w, QPoint()), square->size());
    const QRect b(zeros->mapTo(&w, QPoint()), zeros->size());
    QVERIFY(!a.intersects(b));
    QVERIFY(b.top() >= a.bottom());  // wrapped: one over the other
  }

  void screenshotOfPresenterMode() {
    MainWindow w;
    w.resize(1280, 800);
    w.lessons()->show();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.lessons()->openLesson(QStringLiteral("reviving-leaky-relu")));
    w.lessons()->next();
    w.lessons()->next();  // learning rate 3 in the playground, playing
    w.presenter()->setHidden(Panel::Data, true);
    w.presenter()->setHidden(Panel::Training, true);
    w.presenter()->setActive(true);
    QTRY_VERIFY(w.windowState() & Qt::WindowFullScreen);
    relulab::ui::PlaygroundPanel* panel = w.playground();
    QVERIFY(QTest::qWaitFor(
        [&] {
          const auto& f = panel->session()->latest();
          return f && f->step >= 500;
        },
        kTimeout));
    panel->session()->pause();
    QVERIFY(QTest::qWaitFor([&] { return !panel->session()->latest()->playing; }, kTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(panel->shownFrame(), panel->session()->latest(), kTimeout);
    w.presenter()->setHidden(Panel::Network, true);
    const QDir dir(QStringLiteral(RELULAB_SCREENSHOT_DIR));
    // The explorer as the projector shows it, at whatever size full screen is.
    w.lessons()->hide();
    w.tabs()->setCurrentWidget(w.explorer());
    QCoreApplication::sendPostedEvents();  // the charts' posted layouts, as before a paint
    QVERIFY(w.grab().toImage().save(dir.filePath(QStringLiteral("presenter-explorer.png"))));
    w.lessons()->show();
    w.tabs()->setCurrentIndex(1);
    // Whatever size full screen gives here, the picture is the 1280×800 one.
    if (w.size() != QSize(1280, 800)) {
      w.setWindowState(w.windowState() & ~Qt::WindowFullScreen);
      w.resize(1280, 800);
      QTRY_COMPARE(w.size(), QSize(1280, 800));
    }
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(image.save(dir.filePath(QStringLiteral("presenter.png"))));
  }

  void screenshotOfTheDepthStudyBesideTheDock() {
    MainWindow w;
    w.resize(1280, 800);
    w.lessons()->show();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.presenter()->setActive(true);
    w.setWindowState(w.windowState() & ~Qt::WindowFullScreen);  // the projector's size
    w.resize(1280, 800);
    QTRY_COMPARE(w.size(), QSize(1280, 800));
    relulab::ui::StudiesPanel* studies = w.studies();
    w.tabs()->setCurrentWidget(studies);
    studies->selectStudy(relulab::ui::StudyKind::DepthVariance);
    studies->findChild<QSpinBox*>(QStringLiteral("depthDepth"))->setValue(10);
    studies->findChild<QSpinBox*>(QStringLiteral("depthNetworks"))->setValue(20);
    QSignalSpy finished(studies, &relulab::ui::StudiesPanel::studyFinished);
    QTest::mouseClick(studies->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kTimeout) || !finished.isEmpty());
    QCoreApplication::sendPostedEvents();  // the new texts' layouts, as before a paint
    QCoreApplication::sendPostedEvents();
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    const QDir dir(QStringLiteral(RELULAB_SCREENSHOT_DIR));
    QVERIFY(image.save(dir.filePath(QStringLiteral("presenter-studies-depth.png"))));
  }
};

QTEST_MAIN(TestPresenter)
#include "test_presenter.moc"
