// The Studies tab: its defaults are the core's, a run fills the table, the
// plot and the heatmap with exactly the core's numbers for the same settings
// and seed, cancel stops promptly and keeps partial rows, CSV is the core's
// text, bad settings and unwritable files come back as messages, the layout
// mirrors for right-to-left, and screenshots for people to look at.
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include <QLogValueAxis>

#include "core/studies/born_dead.h"
#include "core/studies/collapse.h"
#include "core/studies/depth_variance.h"
#include "core/studies/phase_diagram.h"
#include "problem_text.h"
#include "ui/playground/playground_panel.h"
#include "ui/shell/main_window.h"
#include "ui/studies/studies_fields.h"
#include "ui/studies/studies_form.h"
#include "ui/studies/studies_heatmap.h"
#include "ui/studies/studies_panel.h"
#include "ui/studies/studies_view_born_dead.h"
#include "ui/studies/studies_view_collapse.h"
#include "ui/studies/studies_view_depth.h"
#include "ui/studies/studies_view_phase.h"

using relulab::ui::MainWindow;
using relulab::ui::StudiesPanel;
using relulab::ui::StudyKind;
namespace core = relulab::core;

Q_DECLARE_METATYPE(relulab::ui::StudyKind)

namespace {

constexpr int kTimeout = 20000;  // generous: CI also runs this under ASan

template <typename T>
T* child(const QWidget* parent, const char* name) {
  T* w = parent->findChild<T*>(QString::fromLatin1(name));
  if (!w) qFatal("no child %s", name);
  return w;
}

void setText(const QWidget* panel, const char* name, const QString& text) {
  child<QLineEdit>(panel, name)->setText(text);
}

// Clicks Run and waits for the outcome.
bool runAndWait(StudiesPanel* panel) {
  QSignalSpy finished(panel, &StudiesPanel::studyFinished);
  QTest::mouseClick(panel->runButton(), Qt::LeftButton);
  if (!panel->isRunning()) return false;
  return finished.wait(kTimeout) || !finished.isEmpty();
}

// Born dead: widths 2 and 3, depths 1, 5 and 20, 3000 networks, seed 7.
core::BornDeadConfig smallBornDead() {
  core::BornDeadConfig c;
  c.widths = {2, 3};
  c.depths = {1, 5, 20};
  c.samples = 3000;
  c.seed = 7;
  return c;
}

void showBornDead(StudiesPanel* panel, const core::BornDeadConfig& c) {
  panel->selectStudy(StudyKind::BornDead);
  setText(panel, "bornDeadWidths", QStringLiteral("2, 3"));
  setText(panel, "bornDeadDepths", QStringLiteral("1 5 20"));
  child<QSpinBox>(panel, "bornDeadSamples")->setValue(static_cast<int>(c.samples));
  panel->seedBox()->setValue(static_cast<int>(c.seed));
}

core::PhaseDiagramConfig smallPhase() {
  core::PhaseDiagramConfig c;  // the default grid: 6 rates × 5 bias inits
  c.seeds = 2;
  c.epochs = 100;
  c.seed = 3;
  return c;
}

QString screenshotPath(const char* name) {
  QDir dir(QStringLiteral(RELULAB_SCREENSHOT_DIR));
  dir.mkpath(QStringLiteral("."));
  return dir.filePath(QString::fromLatin1(name));
}

// Writes what `widget` shows to the screenshot folder. The outcome has just
// arrived: its new texts' layout requests are still queued, so run them first.
void savePicture(QWidget* widget, const char* name) {
  QVERIFY(QTest::qWaitForWindowExposed(widget));
  QCoreApplication::sendPostedEvents();
  QCoreApplication::sendPostedEvents();
  const QString path = screenshotPath(name);
  QVERIFY2(widget->grab().save(path, "PNG"), qPrintable(path));
}

void saveWindow(MainWindow& window, const char* name) {
  window.tabs()->setCurrentWidget(window.studies());
  savePicture(&window, name);
}

}  // namespace

class TestStudiesWindow : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { qRegisterMetaType<StudyKind>(); }

  // The depth study's log axis around extreme mean squares: a vanished
  // signal (subnormal) or an exploding one (near the largest double) keeps a
  // finite, positive axis; the subnormal case once negated LONG_MIN (found by
  // the monkey under UBSan).
  void depthAxisSurvivesExtremes() {
    relulab::ui::StudiesViewDepth view;
    const std::pair<double, double> cases[] = {
        {4.9e-324, 1.0}, {1e-310, 1e308}, {1e-3, 1.7e308}, {0.5, 0.5}, {2.0, 2.0e5}};
    for (const auto& [lo, hi] : cases) {
      view.fitLogAxis(lo, hi);
      const QLogValueAxis* axis = view.squareAxis();
      QVERIFY(axis->min() > 0.0 && std::isfinite(axis->max()) && axis->max() > axis->min());
      QVERIFY(axis->min() <= std::max(lo, 1e-300) && axis->max() >= std::min(hi, 1e301));
    }
    view.fitLogAxis(2.0, 2.0e5);
    QCOMPARE(view.squareAxis()->min(), 1.0);
    QCOMPARE(view.squareAxis()->max(), 1e6);
  }

  void tabComesAfterPlayground() {
    MainWindow window;
    QVERIFY(window.studies() != nullptr);
    const int index = window.tabs()->indexOf(window.studies());
    QVERIFY(index > window.tabs()->indexOf(window.playground()));
    QCOMPARE(window.tabs()->tabText(index), QStringLiteral("&Studies"));
  }

  void defaultsAreTheCores() {
    StudiesPanel panel;
    panel.selectStudy(StudyKind::BornDead);
    auto config = panel.currentConfig();
    QVERIFY2(config.ok(), config.error().c_str());
    const auto& born = std::get<core::BornDeadConfig>(*config);
    const core::BornDeadConfig bornDefault;
    QCOMPARE(born.widths, bornDefault.widths);
    QCOMPARE(born.depths, bornDefault.depths);
    QCOMPARE(born.samples, bornDefault.samples);
    QCOMPARE(born.halfWidth, bornDefault.halfWidth);  // exactly √3, not the 4 decimals shown
    QCOMPARE(born.gridPoints, bornDefault.gridPoints);
    QVERIFY(born.activation == bornDefault.activation);

    panel.selectStudy(StudyKind::DepthVariance);
    config = panel.currentConfig();
    QVERIFY2(config.ok(), config.error().c_str());
    const auto& depth = std::get<core::DepthVarianceConfig>(*config);
    QVERIFY(depth.inits == core::DepthVarianceConfig{}.inits);
    QCOMPARE(depth.networks, core::DepthVarianceConfig{}.networks);

    panel.selectStudy(StudyKind::PhaseDiagram);
    config = panel.currentConfig();
    QVERIFY2(config.ok(), config.error().c_str());
    const auto& phase = std::get<core::PhaseDiagramConfig>(*config);
    const core::PhaseDiagramConfig phaseDefault;
    QVERIFY(phase.base == phaseDefault.base);
    QCOMPARE(phase.learningRates, phaseDefault.learningRates);
    QCOMPARE(phase.biasInits, phaseDefault.biasInits);
    QCOMPARE(phase.seeds, phaseDefault.seeds);

    panel.selectStudy(StudyKind::Collapse);
    config = panel.currentConfig();
    QVERIFY2(config.ok(), config.error().c_str());
    const auto& collapse = std::get<core::CollapseConfig>(*config);
    QVERIFY(collapse.activations == core::CollapseConfig{}.activations);
    QCOMPARE(collapse.halfWidth, core::CollapseConfig{}.halfWidth);
    QCOMPARE(collapse.learningRate, core::CollapseConfig{}.learningRate);
  }

  void bornDeadMatchesCore() {
    MainWindow window;
    window.resize(1280, 800);
    window.tabs()->setCurrentWidget(window.studies());
    window.show();
    StudiesPanel* panel = window.studies();
    const core::BornDeadConfig config = smallBornDead();
    showBornDead(panel, config);
    QVERIFY(runAndWait(panel));
    const auto expected = core::runBornDeadStudy(config);
    QVERIFY(expected.ok());

    auto* view = static_cast<relulab::ui::StudiesViewBornDead*>(panel->view(StudyKind::BornDead));
    using V = relulab::ui::StudiesViewBornDead;
    QTableWidget* table = view->table();
    QCOMPARE(table->rowCount(), static_cast<int>(expected->cells.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
      const core::BornDeadCell& cell = expected->cells[row];
      const auto number = [&](int column, int role = Qt::UserRole) {
        return table->item(row, column)->data(role).toDouble();
      };
      QCOMPARE(number(V::Width), cell.width);
      QCOMPARE(number(V::Depth), cell.depth);
      QCOMPARE(number(V::Networks), static_cast<double>(cell.pointwise.trials));
      QCOMPARE(number(V::Pointwise), cell.pointwise.estimate);
      QCOMPARE(number(V::Pointwise, Qt::UserRole + 1), cell.pointwise.lower);
      QCOMPARE(number(V::Pointwise, Qt::UserRole + 2), cell.pointwise.upper);
      QCOMPARE(number(V::Domain), cell.domain.estimate);
      QCOMPARE(number(V::Theory), core::bornDeadTheory(cell.width, cell.depth));
      QVERIFY(!table->item(row, V::Networks)->text().contains(QLatin1Char('*')));
    }
    // One measured line per width, its points the table's; one dashed theory line each.
    QCOMPARE(view->measured().size(), 2);
    QCOMPARE(view->chart()->series().size(), 4);
    for (int w = 0; w < 2; ++w) {
      const QList<QPointF> points = view->measured()[w]->points();
      QCOMPARE(points.size(), 3);
      for (int d = 0; d < 3; ++d) {
        const core::BornDeadCell& cell = expected->cells[w * 3 + d];
        QCOMPARE(points[d].x(), static_cast<double>(cell.depth));
        QCOMPARE(points[d].y(), cell.pointwise.estimate);
      }
    }
    QVERIFY(!panel->partialBanner()->isVisible());
    QVERIFY(panel->saveCsvButton()->isEnabled());

    // CSV: byte for byte the core's text.
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("born-dead.csv"));
    auto problem = panel->saveCsv(csvPath);
    QVERIFY2(!problem, qPrintable(shown(problem)));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().toStdString(), core::bornDeadCsv(*expected));
    // PNG of the plot, and a clear message for a folder that is not there.
    problem = panel->savePng(dir.filePath(QStringLiteral("plot.png")));
    QVERIFY2(!problem, qPrintable(shown(problem)));
    QVERIFY(!QImage(dir.filePath(QStringLiteral("plot.png"))).isNull());
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/born-dead.csv"));
    problem = panel->saveCsv(nowhere);
    QVERIFY(problem);
    QVERIFY2(shown(problem).contains(nowhere), qPrintable(shown(problem)));

    saveWindow(window, "studies-born-dead.png");

    // Each study keeps its own news: another study shows none of this one's.
    const QString finished = panel->statusLabel()->text();
    QVERIFY2(finished.startsWith(QStringLiteral("Finished")), qPrintable(finished));
    panel->selectStudy(StudyKind::DepthVariance);
    QVERIFY(!panel->statusLabel()->text().contains(QStringLiteral("Finished")));
    QCOMPARE(panel->progressBar()->value(), 0);
    QVERIFY(panel->progressBar()->text().isEmpty());
    panel->selectStudy(StudyKind::BornDead);
    QCOMPARE(panel->statusLabel()->text(), finished);
    QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());
  }

  void cancelStopsPromptlyAndKeepsPartialRows() {
    StudiesPanel panel;
    panel.resize(1280, 760);
    panel.show();
    panel.selectStudy(StudyKind::BornDead);
    setText(&panel, "bornDeadWidths", QStringLiteral("2, 3"));
    setText(&panel, "bornDeadDepths", QStringLiteral("10"));
    // 10⁷ networks per cell: many seconds of work, in chunks of 500.
    child<QSpinBox>(&panel, "bornDeadSamples")->setValue(10'000'000);
    QSignalSpy finished(&panel, &StudiesPanel::studyFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QVERIFY(!panel.runButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() > 0, kTimeout);
    QVERIFY(panel.isRunning());

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 1000);
    qInfo("cancel took %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.runButton()->isEnabled());

    const auto outcome = panel.outcome(StudyKind::BornDead);
    QVERIFY(outcome && outcome->cancelled);
    QVERIFY(panel.partialBanner()->isVisible());
    QVERIFY(panel.partialBanner()->text().contains(QStringLiteral("Partial")));
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("partial")));
    auto* view = static_cast<relulab::ui::StudiesViewBornDead*>(panel.view(StudyKind::BornDead));
    QVERIFY(view->table()->rowCount() >= 1);
    using V = relulab::ui::StudiesViewBornDead;
    const double networks = view->table()->item(0, V::Networks)->data(Qt::UserRole).toDouble();
    QVERIFY(networks > 0 && networks < 10'000'000);
    QVERIFY(view->table()->item(0, V::Networks)->text().contains(QLatin1Char('*')));
    savePicture(&panel, "studies-cancelled.png");
  }

  void phaseDiagramFillsHeatmap() {
    MainWindow window;
    window.resize(1280, 800);
    window.tabs()->setCurrentWidget(window.studies());
    window.show();
    StudiesPanel* panel = window.studies();
    const core::PhaseDiagramConfig config = smallPhase();
    panel->selectStudy(StudyKind::PhaseDiagram);
    child<QSpinBox>(panel, "phaseSeeds")->setValue(config.seeds);
    child<QDoubleSpinBox>(panel, "phaseEpochs")->setValue(config.epochs);
    panel->seedBox()->setValue(static_cast<int>(config.seed));
    QVERIFY(runAndWait(panel));
    const auto expected = core::runPhaseDiagramStudy(config);
    QVERIFY(expected.ok());

    auto* view = static_cast<relulab::ui::StudiesViewPhase*>(panel->view(StudyKind::PhaseDiagram));
    relulab::ui::StudiesHeatmap* heatmap = view->heatmap();
    QCOMPARE(heatmap->rowCount(), 6);
    QCOMPARE(heatmap->columnCount(), 5);
    for (const core::PhaseCell& cell : expected->cells) {
      QCOMPARE(heatmap->value(cell.row, cell.column), cell.deadFraction.mean);  // ReLU: dead
      QVERIFY(!heatmap->cellText(cell.row, cell.column).isEmpty());
    }
    QCOMPARE(heatmap->data().rowTitle, QStringLiteral("learning rate"));
    QCOMPARE(heatmap->data().columnLabels.front(), QStringLiteral("-1"));

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("phase.csv"));
    auto problem = panel->saveCsv(csvPath);
    QVERIFY2(!problem, qPrintable(shown(problem)));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().toStdString(), core::phaseDiagramCsv(*expected));

    saveWindow(window, "studies-phase-diagram.png");
  }

  // The phase diagram says which path trained it and why; GPU asked for on
  // a machine without one is a message that keeps what was on screen, never
  // a silent fallback; the other studies have no backend to choose.
  void phaseDiagramSaysWhichPathRan() {
    StudiesPanel panel;
    panel.selectStudy(StudyKind::PhaseDiagram);
    QVERIFY(panel.backendBox()->isEnabled());
    child<QSpinBox>(&panel, "phaseSeeds")->setValue(1);
    child<QDoubleSpinBox>(&panel, "phaseEpochs")->setValue(20);
    const auto choose = [&](relulab::gpu::Backend b) {
      panel.backendBox()->setCurrentIndex(panel.backendBox()->findData(static_cast<int>(b)));
    };

    choose(relulab::gpu::Backend::Cpu);
    QVERIFY(runAndWait(&panel));
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("CPU path")),
             qPrintable(panel.statusLabel()->text()));
    // In words a class reads; the renderer and the reason only in the tooltip.
    QVERIFY2(!panel.statusLabel()->text().contains(QLatin1String("asked for")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY2(panel.statusLabel()->toolTip().contains(QLatin1String("asked for")),
             qPrintable(panel.statusLabel()->toolTip()));
    auto* view = static_cast<relulab::ui::StudiesViewPhase*>(panel.view(StudyKind::PhaseDiagram));
    const double shown = view->heatmap()->value(5, 4);

    qputenv("RELULAB_DISABLE_GPU", "1");
    choose(relulab::gpu::Backend::Gpu);
    QVERIFY(runAndWait(&panel));
    const QString refused = panel.statusLabel()->text();
    QVERIFY2(refused.startsWith(QLatin1String("The study did not run")) &&
                 refused.contains(QLatin1String("RELULAB_DISABLE_GPU")),
             qPrintable(refused));
    QCOMPARE(view->heatmap()->value(5, 4), shown);  // the CPU run's results stay
    QVERIFY(panel.savePngButton()->isEnabled());
    choose(relulab::gpu::Backend::Auto);
    QVERIFY(runAndWait(&panel));
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("CPU path")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY2(!panel.statusLabel()->text().contains(QLatin1String("RELULAB_DISABLE_GPU")),
             qPrintable(panel.statusLabel()->text()));
    qunsetenv("RELULAB_DISABLE_GPU");

    panel.selectStudy(StudyKind::BornDead);
    QVERIFY(!panel.backendBox()->isEnabled());
  }

  void depthAndCollapseDrawOneLinePerChoice() {
    StudiesPanel panel;
    panel.resize(1280, 760);
    panel.show();
    panel.selectStudy(StudyKind::DepthVariance);
    child<QSpinBox>(&panel, "depthWidth")->setValue(16);
    child<QSpinBox>(&panel, "depthDepth")->setValue(8);
    child<QSpinBox>(&panel, "depthNetworks")->setValue(20);
    QVERIFY(runAndWait(&panel));
    auto* depth = static_cast<relulab::ui::StudiesViewDepth*>(panel.view(StudyKind::DepthVariance));
    QCOMPARE(depth->measuredSquares().size(), 3);  // He, Xavier, LeCun
    QCOMPARE(depth->measuredZeros().size(), 3);
    QCOMPARE(depth->measuredZeros().front()->points().size(), 8);
    savePicture(&panel, "studies-depth-variance.png");

    panel.selectStudy(StudyKind::Collapse);
    child<QSpinBox>(&panel, "collapseRuns")->setValue(6);
    child<QSpinBox>(&panel, "collapseSteps")->setValue(100);
    QVERIFY(runAndWait(&panel));
    auto* collapse =
        static_cast<relulab::ui::StudiesViewCollapse*>(panel.view(StudyKind::Collapse));
    QCOMPARE(collapse->table()->rowCount(), 2);  // ReLU, Leaky ReLU
    core::CollapseConfig config;
    config.runs = 6;
    config.steps = 100;
    const auto expected = core::runCollapseStudy(config);
    QVERIFY(expected.ok());
    using V = relulab::ui::StudiesViewCollapse;
    for (int row = 0; row < 2; ++row)
      QCOMPARE(collapse->table()->item(row, V::Collapsed)->data(Qt::UserRole).toDouble(),
               expected->rows[row].collapsed.estimate);
    savePicture(&panel, "studies-collapse.png");
  }

  void badSettingsAreMessages_data() {
    QTest::addColumn<StudyKind>("study");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char* name, StudyKind study, const char* field, const char* text,
                        const char* mentions) {
      QTest::newRow(name) << study << QString::fromLatin1(field) << QString::fromUtf8(text)
                          << QString::fromUtf8(mentions);
    };
    row("not a number", StudyKind::BornDead, "bornDeadWidths", "2, x", "Widths");
    row("too wide", StudyKind::BornDead, "bornDeadWidths", "5000", "4096");
    row("empty", StudyKind::BornDead, "bornDeadDepths", "", "Depths");
    row("bad rate", StudyKind::PhaseDiagram, "phaseRates", "0.1, fast", "Learning rates");
  }

  void badSettingsAreMessages() {
    QFETCH(StudyKind, study);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    StudiesPanel panel;
    panel.selectStudy(study);
    setText(&panel, field.toLatin1().constData(), text);
    QVERIFY(!panel.run());
    QVERIFY(!panel.isRunning());
    QVERIFY2(panel.statusLabel()->text().contains(mentions),
             qPrintable(panel.statusLabel()->text()));
  }

  // Activations are ticked by name, each with its own parameter box, not
  // typed as "relu, leaky_relu:0.01"; none ticked is a message.
  void activationsAreTickedNotTyped() {
    StudiesPanel panel;
    panel.selectStudy(StudyKind::Collapse);
    auto* list =
        panel.findChild<relulab::ui::StudiesActivationList*>(QStringLiteral("collapseActivations"));
    QVERIFY(list);
    QVERIFY(!panel.findChild<QLineEdit*>(QStringLiteral("collapseActivations")));
    const auto defaults = list->activations(QStringLiteral("Activations"));
    QVERIFY(defaults.ok());
    QVERIFY(*defaults == core::CollapseConfig{}.activations);
    QVERIFY(list->box(core::ActivationKind::Relu)->text() == QStringLiteral("ReLU"));
    QVERIFY(!list->parameter(core::ActivationKind::Relu));  // ReLU has no parameter
    list->box(core::ActivationKind::LeakyRelu)->setChecked(true);
    QDoubleSpinBox* slope = list->parameter(core::ActivationKind::LeakyRelu);
    QVERIFY(slope && slope->isEnabled());
    slope->setValue(0.2);
    const auto chosen = list->activations(QStringLiteral("Activations"));
    QVERIFY(chosen.ok());
    QVERIFY(std::any_of(chosen->begin(), chosen->end(), [](const core::Activation& a) {
      return a.kind == core::ActivationKind::LeakyRelu && a.param == 0.2;
    }));
    for (const core::ActivationInfo& info : core::activationInfos())
      list->box(info.kind)->setChecked(false);
    QVERIFY(!panel.run());
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("Activations")),
             qPrintable(panel.statusLabel()->text()));
  }

  void coreRejectionIsAMessage() {
    StudiesPanel panel;
    panel.selectStudy(StudyKind::BornDead);
    child<QDoubleSpinBox>(&panel, "bornDeadProbe")->setValue(0.0);  // x₀ must not be 0
    QVERIFY(!panel.run());
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Not started")));
    const auto problem = panel.saveCsv(QStringLiteral("x.csv"));  // nothing run yet
    QVERIFY(problem);
    QVERIFY(!shown(problem).isEmpty());
  }

  void mirrorsRightToLeft() {
    QApplication::setLayoutDirection(Qt::RightToLeft);
    {
      StudiesPanel panel;
      panel.resize(1280, 760);
      panel.show();
      QVERIFY(QTest::qWaitForWindowExposed(&panel));
      // The controls sit on the reading side: the right.
      const QPoint run = panel.runButton()->mapTo(&panel, QPoint(0, 0));
      QVERIFY2(run.x() > panel.width() / 2, qPrintable(QString::number(run.x())));
      const QPoint cancel = panel.cancelButton()->mapTo(&panel, QPoint(0, 0));
      QVERIFY(cancel.x() < run.x());
      showBornDead(&panel, smallBornDead());
      QVERIFY(runAndWait(&panel));
      savePicture(&panel, "studies-right-to-left.png");
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
  }
};

QTEST_MAIN(TestStudiesWindow)
#include "test_studies_window.moc"
