// Presenter mode on a classroom projector (1280×800 and 1024×768): on every
// tab and every page of it, with and without the Lessons dock, and with the
// 8-layer network, every plot keeps at least kMinPlotHeight pixels of height,
// all text is at least kMinTextPixels high, nothing is squeezed below the
// size its text needs (no clipped or elided label, header or value), and the
// window stays inside the screen.
#include <QAbstractAxis>
#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include "core/training/presets.h"
#include "ui/common/playground_decision_view.h"
#include "ui/common/playground_plot.h"
#include "ui/compare/compare_panel.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/playground_controls_data.h"
#include "ui/playground/playground_network_view.h"
#include "ui/playground/playground_panel.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presenter_mode.h"
#include "ui/studies/studies_panel.h"
#include "ui/studies/studies_text.h"

using relulab::ui::MainWindow;

namespace {

constexpr int kMinPlotHeight = 240;
constexpr int kMinTextPixels = 14;

int pixels(const QFont& font) {
  return QFontInfo(font).pixelSize();
}

QString nameOf(const QWidget* w) {
  QString name = QString::fromLatin1(w->metaObject()->className());
  if (!w->objectName().isEmpty()) name += QLatin1Char('#') + w->objectName();
  if (const auto* label = qobject_cast<const QLabel*>(w))
    name += QLatin1String(" \"") + label->text().left(40) + QLatin1Char('"');
  if (const auto* button = qobject_cast<const QAbstractButton*>(w))
    name += QLatin1String(" \"") + button->text() + QLatin1Char('"');
  return name;
}

// Inside a scroll area's viewport a widget may be any size: it scrolls.
bool scrolls(const QWidget* w) {
  for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
    if (qobject_cast<const QScrollArea*>(p) && p->isAncestorOf(w)) {
      const auto* area = static_cast<const QScrollArea*>(p);
      if (area->widget() && area->widget()->height() > area->viewport()->height()) return true;
    }
  return false;
}

// Everything wrong with what the window shows now.
QStringList problemsIn(MainWindow& w, const QSize& screen) {
  for (int i = 0; i < 4; ++i) {  // nested layouts settle over a few rounds, as frames would
    QCoreApplication::sendPostedEvents();
    w.grab();  // lays out and paints everything shown
  }
  QStringList problems;
  if (w.width() > screen.width() || w.height() > screen.height())
    problems << QStringLiteral("window %1×%2 exceeds the screen").arg(w.width()).arg(w.height());
  const auto shown = [&w](const QWidget* x) { return x->isVisible() && x->window() == &w; };
  for (QWidget* x : w.findChildren<QWidget*>()) {
    if (!shown(x) || x->width() == 0) continue;
    if (pixels(x->font()) < kMinTextPixels && !qobject_cast<QScrollBar*>(x))
      problems << nameOf(x) + QStringLiteral(": text %1 px").arg(pixels(x->font()));
    // Squeezed below what its text needs: clipped, elided or overlapping.
    const QSize least = x->minimumSizeHint();
    // Qt's own small buttons (tab scrolling, a dock's title bar) are the style's business.
    if (x->objectName().startsWith(QLatin1String("qt_")) ||
        x->objectName().startsWith(QLatin1String("Scroll")))
      continue;
    if (!scrolls(x) && (qobject_cast<QLabel*>(x) || qobject_cast<QAbstractButton*>(x) ||
                        qobject_cast<QComboBox*>(x))) {
      const auto* label = qobject_cast<QLabel*>(x);
      if (label && label->wordWrap() && label->text().size() > 0) {
        if (label->height() + 1 < label->heightForWidth(label->width()))
          problems << nameOf(x) + QStringLiteral(": %1 px high, needs %2")
                                      .arg(label->height())
                                      .arg(label->heightForWidth(label->width()));
      } else if (least.isValid() &&
                 (x->width() + 1 < least.width() || x->height() + 1 < least.height())) {
        problems << nameOf(x) + QStringLiteral(": %1×%2, needs %3×%4")
                                    .arg(x->width())
                                    .arg(x->height())
                                    .arg(least.width())
                                    .arg(least.height());
      }
    }
  }
  for (QChartView* v : w.findChildren<QChartView*>()) {
    if (!shown(v) || !v->chart()) continue;
    QChart* c = v->chart();
    if (c->plotArea().height() < kMinPlotHeight)
      problems << QStringLiteral("chart \"%1\": plot %2 px high")
                      .arg(c->title())
                      .arg(c->plotArea().height());
    if (c->legend()->isVisible() && pixels(c->legend()->font()) < kMinTextPixels)
      problems << QStringLiteral("chart \"%1\": legend %2 px")
                      .arg(c->title())
                      .arg(pixels(c->legend()->font()));
    for (QAbstractAxis* a : c->axes())
      if (pixels(a->labelsFont()) < kMinTextPixels || pixels(a->titleFont()) < kMinTextPixels)
        problems << QStringLiteral("chart \"%1\": axis text %2/%3 px")
                        .arg(c->title())
                        .arg(pixels(a->labelsFont()))
                        .arg(pixels(a->titleFont()));
  }
  for (auto* p : w.findChildren<relulab::ui::PlaygroundPlot*>())
    if (shown(p) && p->plotRect().height() < kMinPlotHeight)
      problems
          << QStringLiteral("plot \"%1\": %2 px high").arg(p->title()).arg(p->plotRect().height());
  for (auto* d : w.findChildren<relulab::ui::PlaygroundDecisionView*>())
    if (shown(d) && d->plotRect().height() < kMinPlotHeight)
      problems << QStringLiteral("decision plot: %1 px high in %2×%3")
                      .arg(d->plotRect().height())
                      .arg(d->width())
                      .arg(d->height());
  for (QTableView* t : w.findChildren<QTableView*>()) {
    if (!shown(t) || !t->model()) continue;
    const QFontMetrics header(t->horizontalHeader()->font()), cells(t->font());
    for (int c = 0; c < t->model()->columnCount(); ++c) {
      if (t->isColumnHidden(c)) continue;
      const int room = t->horizontalHeader()->sectionSize(c) - 8;
      for (const QString& line :
           t->model()->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n')))
        if (header.horizontalAdvance(line) > room)
          problems << QStringLiteral("table header \"%1\" clipped").arg(line);
      for (int r = 0; r < t->model()->rowCount(); ++r) {
        const QString text = t->model()->index(r, c).data().toString();
        if (cells.horizontalAdvance(text) > room)
          problems << QStringLiteral("table value \"%1\" clipped").arg(text);
      }
    }
  }
  for (auto* n : w.findChildren<relulab::ui::PlaygroundNetworkView*>()) {
    if (!shown(n)) continue;
    QFont bold = n->font();
    bold.setBold(true);
    for (const auto& [name, activation] : n->shownHeaders()) {
      if (name.isEmpty() || name.contains(QChar(0x2026)) || activation.contains(QChar(0x2026)))
        problems << QStringLiteral("network header \"%1\" / \"%2\" elided or missing (%3 px)")
                        .arg(name, activation)
                        .arg(n->headerWidth());
      if (QFontMetrics(bold).horizontalAdvance(name) > n->headerWidth() ||
          QFontMetrics(n->font()).horizontalAdvance(activation) > n->headerWidth())
        problems << QStringLiteral("network header \"%1\" wider than its column").arg(name);
    }
  }
  return problems;
}

}  // namespace

class TestPresenterFit : public QObject {
  Q_OBJECT

  // Every page of every tab widget under `root`, one after another (the
  // explorer's curve and Gaussian views, the playground's views, …).
  void walk(MainWindow& w, QWidget* root, const QString& where, const QSize& screen,
            QStringList& problems) {
    QList<QTabWidget*> decks;
    for (QTabWidget* t : root->findChildren<QTabWidget*>())
      if (t->isVisible()) decks << t;
    const auto report = [&](const QString& at) {
      for (const QString& p : problemsIn(w, screen)) problems << at + QStringLiteral(": ") + p;
    };
    report(where);
    for (QTabWidget* t : decks) {
      const int was = t->currentIndex();
      for (int i = 0; i < t->count(); ++i) {
        if (!t->isTabVisible(i) || i == was) continue;
        t->setCurrentIndex(i);
        report(where + QStringLiteral(" / ") + t->tabText(i).remove(QLatin1Char('&')));
      }
      t->setCurrentIndex(was);
    }
  }

 private slots:
  void readsFromTheBackRow_data() {
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("dock");
    QTest::addColumn<bool>("deep");
    for (const QSize screen : {QSize(1280, 800), QSize(1024, 768)})
      for (const bool dock : {false, true})
        for (const bool deep : {false, true})
          QTest::newRow(qPrintable(QStringLiteral("%1×%2%3%4")
                                       .arg(screen.width())
                                       .arg(screen.height())
                                       .arg(dock ? QStringLiteral(", Lessons dock") : QString())
                                       .arg(deep ? QStringLiteral(", 8 layers") : QString())))
              << screen << dock << deep;
  }

  void readsFromTheBackRow() {
    QFETCH(QSize, screen);
    QFETCH(bool, dock);
    QFETCH(bool, deep);
    MainWindow w;
    if (deep) {
      relulab::core::TrainConfig config = *relulab::core::preset("tfp-relu");
      config.network.hidden.assign(
          8, relulab::core::LayerSpec{8, {relulab::core::ActivationKind::Sigmoid, 0.0}});
      w.playground()->loadConfig(config);
    }
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.presenter()->setActive(true);
    if (dock) {  // opened while presenting, a lesson at its first page
      w.lessons()->show();
      QVERIFY(w.lessons()->openLesson(QStringLiteral("what-is-relu")));
    }
    // The projector's screen: full screen is whatever this display is.
    w.setWindowState(w.windowState() & ~Qt::WindowFullScreen);
    QTest::qWait(50);  // leaving full screen settles first
    w.resize(screen);
    (void)QTest::qWaitFor([&] { return w.size() == screen; },
                          2000);  // else the check below says why
    w.tabs()->setCurrentWidget(w.playground());
    QTRY_VERIFY(w.playground()->shownFrame() != nullptr);
    if (deep)
      QTRY_COMPARE(w.playground()->shownFrame()->config.network.hidden.size(), std::size_t(8));
    QStringList problems;
    // The menus grow with the text too.
    for (QAction* a : w.menuBar()->actions())
      if (a->menu() && pixels(a->menu()->font()) < kMinTextPixels)
        problems << QStringLiteral("menu %1: %2 px").arg(a->text()).arg(pixels(a->menu()->font()));
    for (int t = 0; t < w.tabs()->count(); ++t) {
      w.tabs()->setCurrentIndex(t);
      const QString tab = w.tabs()->tabText(t).remove(QLatin1Char('&'));
      if (w.tabs()->widget(t) != w.studies()) {
        walk(w, w.tabs()->widget(t), tab, screen, problems);
        continue;
      }
      for (int k = 0; k < relulab::ui::kStudyKindCount; ++k) {
        const auto kind = static_cast<relulab::ui::StudyKind>(k);
        w.studies()->selectStudy(kind);
        walk(w, w.studies(),
             tab + QStringLiteral(" / ") + relulab::ui::StudiesText::studyName(kind), screen,
             problems);
      }
    }
    problems.removeDuplicates();
    for (const QString& p : problems) qInfo().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
  }

  // Presenting, PgDown and PgUp turn the playground's and Compare's views.
  void pageKeysTurnTheViews() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.presenter()->setActive(true);
    w.tabs()->setCurrentWidget(w.playground());
    QTabWidget* views = w.playground()->presenterViews();
    QTRY_VERIFY(views->isVisible());
    views->setCurrentIndex(0);
    w.playground()->setFocus();
    QTest::keyClick(w.playground(), Qt::Key_PageDown);
    QCOMPARE(views->currentIndex(), 1);
    QTest::keyClick(w.playground(), Qt::Key_PageUp);
    QTest::keyClick(w.playground(), Qt::Key_PageUp);  // round to the last
    QCOMPARE(views->currentIndex(), views->count() - 1);
    w.tabs()->setCurrentWidget(w.compare());
    QTabWidget* pages = w.compare()->presenterViews();
    QTRY_VERIFY(pages->isVisible());
    pages->setCurrentIndex(0);
    w.compare()->setFocus();
    QTest::keyClick(w.compare(), Qt::Key_PageDown);
    QCOMPARE(pages->currentIndex(), 1);
    w.presenter()->setActive(false);
  }

  // Leaving presenter mode puts the playground's panels back at the width
  // they had, and that width does not change from one panel tab to another.
  void panelsKeepTheirWidth() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.tabs()->setCurrentWidget(w.playground());
    QTabWidget* panels = nullptr;
    for (QWidget* p = w.playground()->dataControls(); p && !panels; p = p->parentWidget())
      panels = qobject_cast<QTabWidget*>(p);
    QVERIFY(panels);
    QTest::qWait(100);  // the first show sets the panels' width
    const int before = panels->width();
    for (int i = 0; i < panels->count(); ++i) {
      panels->setCurrentIndex(i);
      QCoreApplication::sendPostedEvents();
      w.grab();
      QCOMPARE(panels->width(), before);
    }
    panels->setCurrentIndex(0);
    w.presenter()->setActive(true);
    w.grab();
    w.presenter()->setActive(false);
    QTRY_COMPARE(w.size(), QSize(1280, 800));
    QTRY_COMPARE(panels->width(), before);
  }
};

QTEST_MAIN(TestPresenterFit)
#include "test_presenter_fit.moc"
