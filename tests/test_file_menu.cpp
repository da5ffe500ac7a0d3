// The File menu's experiment (ui/shell/experiment_document.h): a run saved
// mid-way and opened in another window continues bit for bit (playground and
// compare); the title's name and *; the unsaved-changes question; recent
// files; drag and drop; a bad file leaves the work as it was; points from a
// CSV file; settings that outlive the window.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtTest>
#include <functional>

#include "core/training/presets.h"
#include "core/training/trainer.h"
#include "io/experiment_file.h"
#include "io/language.h"
#include "io/lesson_parser.h"
#include "ui/common/playground_playback.h"
#include "ui/common/widget_png.h"
#include "ui/compare/compare_panel.h"
#include "ui/compare/compare_session.h"
#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/playground_controls_data.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_session.h"
#include "ui/playground/points_import_dialog.h"
#include "ui/shell/experiment_document.h"
#include "ui/shell/lesson_step_dialog.h"
#include "ui/shell/main_window.h"

#include "tests/modal_answer.h"
#include "ui/shell/presenter_mode.h"
#include "ui/studies/studies_panel.h"

using namespace relulab;
using ui::MainWindow;

using relulab::test::answerNextBox;
using relulab::test::whenModal;

namespace {

constexpr int kTimeout = 20000;

bool playgroundAt(MainWindow& w, std::int64_t step) {
  return QTest::qWaitFor(
      [&] {
        const auto& f = w.playground()->session()->latest();
        return f && f->step == step && !f->playing;
      },
      kTimeout);
}

// The first frame of a run of `config`, not one of the run before it (the
// window's default), which can still be the latest when the test looks. (The
// frame's config is the trainer's, with defaults filled in: the fields that
// tell the two runs apart are compared.)
bool playgroundRuns(MainWindow& w, const core::TrainConfig& config) {
  return QTest::qWaitFor(
      [&] {
        const auto& f = w.playground()->session()->latest();
        return f && f->config.seed == config.seed && f->config.batchSize == config.batchSize &&
               f->config.optimizer == config.optimizer && f->step == 0 && !f->playing;
      },
      kTimeout);
}

bool compareAt(MainWindow& w, std::int64_t step) {
  return QTest::qWaitFor(
      [&] {
        const auto& f = w.compare()->session()->latest();
        return f && f->step == step && !f->playing;
      },
      kTimeout);
}

// The playground trains one epoch at a time, as → with Shift does.
void epochs(MainWindow& w, int count, std::int64_t& step) {
  for (int i = 0; i < count; ++i) {
    w.playground()->session()->step(ui::StepUnit::Epoch);
    step += w.playground()->session()->latest()->stepsPerEpoch;
    QVERIFY(playgroundAt(w, step));
  }
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
  const QString path = dir.filePath(name);
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
  f.write(bytes);
  return path;
}

QString shotPath(const QString& name) {
  return QDir(QStringLiteral(RELULAB_SCREENSHOT_DIR)).filePath(name);
}

}  // namespace

class TestFileMenu : public QObject {
  Q_OBJECT

  QTemporaryDir settings_;

 private slots:
  void initTestCase() {
    // Recent files and window settings go to a folder of the test's own.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings_.path());
    ui::ExperimentDocument::clearRecentFiles();
  }

  void fileMenuOffersTheExperiment() {
    MainWindow w;
    QMenu* file = w.menuBar()->findChild<QMenu*>();
    QVERIFY(file);
    QStringList texts;
    for (QAction* a : file->actions()) texts << a->text().remove(QLatin1Char('&'));
    for (const char* wanted : {"New", "Open…", "Open Recent", "Save", "Save As…", "Import Points…",
                               "Export Points…", "Import Weights…", "Export Weights…"})
      QVERIFY2(texts.contains(QString::fromUtf8(wanted)), qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(w.document()->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(w.document()->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Untitled")));
  }

  // Saved after 3 epochs, opened in a new window and trained 2 more: the
  // same weights, bit for bit, as 5 epochs without stopping.
  void playgroundContinuesBitForBit() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.relulab"));
    MainWindow a;
    a.show();
    core::TrainConfig c = *core::preset("tfp-relu");
    c.optimizer.kind = core::OptimizerKind::Adam;
    c.optimizer.learningRate = 0.01;
    c.batchOrder = core::BatchOrder::ReshuffleEachEpoch;
    c.batchSize = 7;
    c.seed = 5;
    a.playground()->loadConfig(c);
    a.tabs()->setCurrentWidget(a.playground());
    QVERIFY(playgroundRuns(a, c));
    std::int64_t step = 0;
    epochs(a, 3, step);
    QVERIFY(a.document()->saveTo(path));
    QVERIFY(!a.isWindowModified());
    QCOMPARE(a.windowTitle(), QStringLiteral("run.relulab[*] — ReLU Lab"));
    const std::int64_t saved = step;
    epochs(a, 2, step);
    QVERIFY(QTest::qWaitFor([&] { return a.isWindowModified(); }, kTimeout));
    const std::vector<double> uninterrupted = a.playground()->session()->latest()->parameters;

    MainWindow b;
    b.show();
    QVERIFY(b.openFile(path));
    QVERIFY(playgroundAt(b, saved));
    QCOMPARE(b.playground()->requestedConfig().optimizer.kind, core::OptimizerKind::Adam);
    QCOMPARE(b.tabs()->currentWidget(), b.playground());
    QTest::qWait(100);  // frames of the run before must not mark it changed
    QVERIFY(!b.isWindowModified());
    std::int64_t resumed = saved;
    epochs(b, 2, resumed);
    QCOMPARE(b.playground()->session()->latest()->parameters, uninterrupted);
    QVERIFY(b.isWindowModified());
    QCOMPARE(ui::ExperimentDocument::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
  }

  // A run saved headless (relulab train --save) has no window history: the
  // curves come from the trainer's own, recorded every 10 steps.
  void headlessRunShowsItsCurves() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("headless.relulab"));
    core::TrainConfig c = *core::preset("dying-relu");
    c.diagnostics.every = 10;
    auto trainer = core::Trainer::create(c);
    trainer.value().train(300);
    io::Experiment e;
    e.playground = io::PlaygroundRun{};
    e.playground->run = trainer->state();
    QVERIFY(!io::writeExperimentFile(path, e));
    MainWindow w;
    QVERIFY(w.openFile(path));
    QVERIFY(playgroundAt(w, 300));
    const auto f = w.playground()->session()->latest();
    QVERIFY(f->history);
    QCOMPARE(f->history->size(), std::size_t{31});  // steps 0, 10, …, 300
    const auto steps = f->history->column(ui::HistoryColumns::kStep);
    QCOMPARE(steps.front(), 0.0);
    QCOMPARE(steps.back(), 300.0);
    const auto losses = f->history->column(ui::HistoryColumns::kTrainLoss);
    QCOMPARE(losses.front(), trainer->history().row(0)[1]);  // train_loss after epoch
    QCOMPARE(f->history->column(ui::HistoryColumns::kDead).back(),
             static_cast<double>(f->metrics.deadUnits()));
  }

  void compareContinuesBitForBit() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("compare.relulab"));
    MainWindow a;
    a.compare()->setRunCount(3);
    QVERIFY(compareAt(a, 0));
    for (int i = 0; i < 4; ++i) a.compare()->session()->step(ui::StepUnit::Epoch);
    const std::int64_t perEpoch = a.compare()->shownFrame()
                                      ? a.compare()->shownFrame()->runs.front().view->stepsPerEpoch
                                      : 25;
    QVERIFY(compareAt(a, 4 * perEpoch));
    QVERIFY(a.document()->saveTo(path));
    for (int i = 0; i < 3; ++i) a.compare()->session()->step(ui::StepUnit::Epoch);
    QVERIFY(compareAt(a, 7 * perEpoch));
    const auto whole = a.compare()->session()->latest();

    MainWindow b;
    QVERIFY(b.openFile(path));
    QVERIFY(compareAt(b, 4 * perEpoch));
    QCOMPARE(b.compare()->session()->latest()->runs.size(), std::size_t{3});
    for (int i = 0; i < 3; ++i) b.compare()->session()->step(ui::StepUnit::Epoch);
    QVERIFY(compareAt(b, 7 * perEpoch));
    const auto resumed = b.compare()->session()->latest();
    for (std::size_t r = 0; r < 3; ++r) {
      QCOMPARE(resumed->runs[r].view->parameters, whole->runs[r].view->parameters);
      QCOMPARE(resumed->runs[r].lossCurve, whole->runs[r].lossCurve);
    }
  }

  void unsavedChangesAreAskedAbout() {
    QTemporaryDir dir;
    auto* w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose, false);
    w->show();
    QVERIFY(playgroundAt(*w, 0));
    std::int64_t step = 0;
    epochs(*w, 1, step);
    QVERIFY(QTest::qWaitFor([&] { return w->isWindowModified(); }, kTimeout));
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("Untitled[*]")));
    // Cancel: the window stays, the work too.
    QString asked;
    answerNextBox(QMessageBox::Cancel, [&](QMessageBox* box) { asked = box->text(); });
    QVERIFY(!w->close());
    QVERIFY(asked.contains(QStringLiteral("not saved")));
    QVERIFY(w->isVisible());
    // New asks too; Discard goes on.
    answerNextBox(QMessageBox::Discard);
    w->document()->newAction()->trigger();
    QVERIFY(playgroundAt(*w, 0));
    QTest::qWait(100);
    QVERIFY(!w->isWindowModified());
    // Nothing changed since: it closes without a question.
    QVERIFY(w->close());
    delete w;
  }

  void badFilesChangeNothing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray("{\"format\": \"relulab-experiment\", \"vers")
                               << "not valid JSON at line 1";
    QTest::newRow("newer") << QByteArray("{\"format\": \"relulab-experiment\", \"version\": 9}")
                           << "version 9 is newer";
    QTest::newRow("wrong type")
        << QByteArray("{\"format\": \"relulab-experiment\", \"version\": 1, \"playground\": 3}")
        << "playground: must be an object";
    QTest::newRow("not JSON") << QByteArray("PK\x03\x04 a zip file") << "not valid JSON";
    // A real run, then spoiled: a NaN weight, a layer that no longer fits the weights.
    auto trainer = core::Trainer::create(*core::preset("tfp-relu"));
    trainer.value().train(30);
    io::Experiment e;
    e.playground = io::PlaygroundRun{};
    e.playground->run = trainer->state();
    const QByteArray good = io::writeExperiment(e);
    QByteArray nan = good;
    const int at = nan.indexOf("\"parameters\": [") + 15;
    nan.replace(at, nan.indexOf(',', at) - at, "NaN");
    QTest::newRow("NaN weight") << nan << "not valid JSON at line";
    QByteArray wide = good;
    wide.replace("\"width\": 4", "\"width\": 6");
    QTest::newRow("layer size") << wide << "values for this network";
  }

  void badFilesChangeNothing() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.relulab"), bytes);
    MainWindow w;
    w.show();
    QVERIFY(playgroundAt(w, 0));
    std::int64_t step = 0;
    epochs(w, 2, step);
    const auto before = w.playground()->session()->latest();
    QString text;
    answerNextBox(QMessageBox::Ok, [&](QMessageBox* box) {
      text = box->windowTitle() + QLatin1Char('\n') + box->text();
      if (QLatin1String(QTest::currentDataTag()) == QLatin1String("truncated"))
        ui::saveWidgetPng(box, shotPath(QStringLiteral("file-error.png")));
    });
    QVERIFY(!w.document()->open(path));
    QVERIFY2(text.contains(QStringLiteral("broken.relulab")), qPrintable(text));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Nothing was changed")));
    QTest::qWait(100);
    const auto after = w.playground()->session()->latest();
    QCOMPARE(after->step, before->step);
    QCOMPARE(after->parameters, before->parameters);
    QVERIFY(w.document()->filePath().isEmpty());
  }

  // Points that cannot all be read: the preview says so, and Cancel keeps the run.
  void badPointsChangeNothing_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "empty";
    QByteArray stray("x1,x2,label\n");
    for (int i = 0; i < 30; ++i)
      stray += QByteArray::number(i % 5) + ",1," + (i % 2 ? "1" : "-1") + '\n';
    stray += "2,abc,1\n";
    QTest::newRow("stray text cell") << stray << "line 32, column 2";
  }

  void badPointsChangeNothing() {
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("points.csv"), csv);
    MainWindow w;
    w.show();
    QVERIFY(playgroundAt(w, 0));
    std::int64_t step = 0;
    epochs(w, 1, step);
    const auto before = w.playground()->session()->latest();
    QString said;
    whenModal<ui::PointsImportDialog>(&w, [&said](ui::PointsImportDialog* d) {
      said = d->error();
      for (int i = 0; i < d->problemList()->count(); ++i)
        said += QLatin1Char('\n') + d->problemList()->item(i)->text();
      d->reject();
    });
    QVERIFY(!w.document()->open(path));
    QVERIFY2(said.contains(expected), qPrintable(said));
    QTest::qWait(100);
    const auto after = w.playground()->session()->latest();
    QCOMPARE(after->step, before->step);
    QCOMPARE(after->parameters, before->parameters);
    QCOMPARE(after->data, before->data);
  }

  void manyPointsImport() {
    QTemporaryDir dir;
    QByteArray csv;
    csv.reserve(2'000'000);
    for (int i = 0; i < 100000; ++i)
      csv += QByteArray::number((i % 1000) / 100.0 - 5.0) + ';' +
             QByteArray::number((i / 1000) / 10.0 - 5.0) + ';' + (i % 3 ? "1" : "0") + '\n';
    const QString path = writeFile(dir, QStringLiteral("big.csv"), csv);
    MainWindow w;
    QVERIFY(playgroundAt(w, 0));
    whenModal<ui::PointsImportDialog>(&w, [](ui::PointsImportDialog* d) { d->accept(); });
    QVERIFY(w.openFile(path));
    QVERIFY(QTest::qWaitFor(
        [&] {
          const auto& f = w.playground()->session()->latest();
          return f && f->dataSource == QStringLiteral("big.csv");
        },
        60000));
    const auto f = w.playground()->session()->latest();
    QCOMPARE(f->data->train.size() + f->data->test.size(), std::size_t{100000});
  }

  void dropOpensTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.relulab"));
    {
      MainWindow a;
      QVERIFY(playgroundAt(a, 0));
      std::int64_t step = 0;
      epochs(a, 2, step);
      QVERIFY(a.document()->saveTo(path));
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = w.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(QTest::qWaitFor([&] { return w.document()->filePath() == path; }, kTimeout));
    QVERIFY(playgroundAt(w, 50));
    // Something it cannot open is refused at the door.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("picture.png")))});
    QDragEnterEvent refused(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());
  }

  void recentFilesOpenFromTheMenu() {
    QTemporaryDir dir;
    ui::ExperimentDocument::clearRecentFiles();
    MainWindow w;
    QVERIFY(playgroundAt(w, 0));
    const QString first = dir.filePath(QStringLiteral("first.relulab"));
    const QString second = dir.filePath(QStringLiteral("second.relulab"));
    QVERIFY(w.document()->saveTo(first));
    QVERIFY(w.document()->saveTo(second));
    QCOMPARE(
        ui::ExperimentDocument::recentFiles(),
        (QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()}));
    QMenu* recent = w.document()->recentMenu();
    emit recent->aboutToShow();
    QAction* firstItem = nullptr;
    for (QAction* a : recent->actions())
      if (a->text().contains(QStringLiteral("first.relulab"))) firstItem = a;
    QVERIFY(firstItem);
    QVERIFY(recent->actions().first()->text().contains(QStringLiteral("second.relulab")));
    firstItem->trigger();
    QCOMPARE(w.document()->filePath(), first);
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("first.relulab")));
    // A file that is gone leaves the list.
    QFile::remove(second);
    QCOMPARE(ui::ExperimentDocument::recentFiles(),
             QStringList{QFileInfo(first).absoluteFilePath()});
  }

  void importedPointsAreTrainedOnAndSaved() {
    QTemporaryDir dir;
    QByteArray csv("x1,x2,label\n");
    for (int i = 0; i < 40; ++i)
      csv += QByteArray::number(-5 + i * 0.25) + ',' + QByteArray::number(i % 7 - 3) + ',' +
             (i % 2 ? "1" : "0") + '\n';
    const QString path = writeFile(dir, QStringLiteral("mine.csv"), csv);
    MainWindow w;
    w.show();
    QVERIFY(playgroundAt(w, 0));
    whenModal<ui::PointsImportDialog>(&w, [](ui::PointsImportDialog* d) { d->accept(); });
    QVERIFY(w.openFile(path));
    QVERIFY(QTest::qWaitFor(
        [&] {
          const auto& f = w.playground()->session()->latest();
          return f && f->dataSource == QStringLiteral("mine.csv");
        },
        kTimeout));
    const auto f = w.playground()->session()->latest();
    QCOMPARE(f->data->train.size() + f->data->test.size(), std::size_t{40});
    QVERIFY(w.isWindowModified());
    QVERIFY(QTest::qWaitFor(
        [&] { return w.playground()->dataControls()->sourceLabel()->isVisible(); }, kTimeout));
    QVERIFY(
        w.playground()->dataControls()->sourceLabel()->text().contains(QStringLiteral("mine.csv")));
    // Saved and opened again: the same points, the source named.
    const QString saved = dir.filePath(QStringLiteral("mine.relulab"));
    QVERIFY(w.document()->saveTo(saved));
    const auto read = io::readExperimentFile(saved);
    QVERIFY(read.ok());
    QCOMPARE(read->playground->dataSource, QStringLiteral("mine.csv"));
    QCOMPARE(read->playground->run.data.train.size(), f->data->train.size());
    // Exported again as CSV: every point, in the file's own form.
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(w.document()->exportPoints(out));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().count('\n'), 41);
  }

  // In presenter mode the preview speaks as large as the window, and still fits its screen.
  void importPreviewFollowsPresenterMode() {
    QTemporaryDir dir;
    QByteArray csv("x1,x2,label\n");
    for (int i = 0; i < 30; ++i)
      csv += QByteArray::number(i % 6) + ',' + QByteArray::number(i % 4) + ',' +
             (i % 2 ? "1" : "-1") + '\n';
    const QString path = writeFile(dir, QStringLiteral("few.csv"), csv);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.presenter()->setActive(true);
    QFont font;
    QSize size;
    whenModal<ui::PointsImportDialog>(&w, [&](ui::PointsImportDialog* d) {
      font = d->font();
      size = d->size();
      if (QLatin1String(QTest::currentTestFunction()) ==
          QLatin1String("importPreviewFollowsPresenterMode"))
        ui::saveWidgetPng(d, shotPath(QStringLiteral("points-import-presenting.png")));
      d->reject();
    });
    QVERIFY(!w.document()->importPoints(path));
    QCOMPARE(font.pointSizeF(), w.font().pointSizeF());
    QVERIFY(font.pointSizeF() >= QApplication::font().pointSizeF() * 1.4);
    const QSize screen = w.screen()->availableGeometry().size();
    QVERIFY2(size.width() <= screen.width() && size.height() <= screen.height(),
             qPrintable(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())));
    w.presenter()->setActive(false);
  }

  void weightsGoIntoANetworkOfTheSameShape() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("weights.json"));
    MainWindow a;
    QVERIFY(playgroundAt(a, 0));
    std::int64_t step = 0;
    epochs(a, 2, step);
    QVERIFY(a.document()->exportWeights(path));
    const auto trained = a.playground()->session()->latest()->parameters;
    MainWindow b;
    QVERIFY(playgroundAt(b, 0));
    QVERIFY(b.document()->importWeights(path));
    QVERIFY(QTest::qWaitFor(
        [&] { return b.playground()->session()->latest()->parameters == trained; }, kTimeout));
    // Another shape: refused, the weights stay.
    core::TrainConfig wide = *core::preset("tfp-relu");
    wide.network.hidden[0].width = 6;
    b.playground()->loadConfig(wide);
    QVERIFY(QTest::qWaitFor(
        [&] { return b.playground()->session()->latest()->config.network.hidden[0].width == 6; },
        kTimeout));
    const auto before = b.playground()->session()->latest()->parameters;
    QString text;
    answerNextBox(QMessageBox::Ok, [&](QMessageBox* box) { text = box->text(); });
    QVERIFY(!b.document()->importWeights(path));
    QVERIFY(text.contains(QStringLiteral("another shape")));
    QCOMPARE(b.playground()->session()->latest()->parameters, before);
  }

  // A teacher sets the app up and saves it as a lesson step; the step, shown
  // in another window, sets that window up the same way.
  void lessonStepSavedFromTheWindow() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my-lesson.json"));
    MainWindow w;
    core::TrainConfig c = *core::preset("dying-relu");
    c.seed = 17;
    c.optimizer.learningRate = 0.3;
    c.network.hidden[0].width = 5;
    w.playground()->loadConfig(c);
    w.tabs()->setCurrentWidget(w.playground());
    QVERIFY(w.saveLessonStep(path, QStringLiteral("My lesson"), QStringLiteral("Too fast"),
                             QStringLiteral("Watch the units die.\nThen press <R>.")));
    w.tabs()->setCurrentWidget(w.explorer());
    w.explorer()->curvePlot()->setXRange(-3.0, 4.0);
    QVERIFY(w.saveLessonStep(path, QStringLiteral("ignored"), QStringLiteral("Curves"),
                             QStringLiteral("Compare the slopes.")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto lesson = io::parseLesson(file.readAll(), path);
    QVERIFY2(lesson.ok(), lesson.error().c_str());
    QCOMPARE(lesson->title.fallback, QStringLiteral("My lesson"));
    QCOMPARE(lesson->steps.size(), std::size_t{2});
    QCOMPARE(lesson->steps[0].title.fallback, QStringLiteral("Too fast"));
    QVERIFY(lesson->steps[0].text.fallback.contains(QStringLiteral("&lt;R&gt;")));
    QVERIFY(lesson->steps[0].playground && lesson->steps[0].playground->config);
    QCOMPARE(*lesson->steps[0].playground->config, c);
    QVERIFY(lesson->steps[1].explorer);
    QCOMPARE(lesson->steps[1].explorer->xRange, (std::pair{-3.0, 4.0}));

    MainWindow other;
    other.lessons()->reload({dir.path()});
    QVERIFY(other.lessons()->openLesson(QStringLiteral("my-lesson")));
    other.lessons()->showStep(0);
    QCOMPARE(other.playground()->requestedConfig(), c);
    other.lessons()->showStep(1);
    QCOMPARE(other.tabs()->currentWidget(), other.explorer());
    QCOMPARE(other.explorer()->curvePlot()->xMin(), -3.0);

    // The dialog: a new lesson's file takes a name from its title, never an old one's.
    ui::LessonStepDialog dialog(other.lessons()->library(), dir.path());
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    dialog.newTitleEdit()->setText(QStringLiteral("My lesson"));
    dialog.textEdit()->setPlainText(QStringLiteral("Look."));
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    QCOMPARE(QFileInfo(dialog.targetPath()).fileName(), QStringLiteral("my-lesson-2.json"));
    QCOMPARE(dialog.lessonBox()->count(), 2);  // a new lesson, or "My lesson"
    dialog.lessonBox()->setCurrentIndex(1);
    QCOMPARE(dialog.targetPath(), path);
  }

  // A study's settings and results go into the file; opened, the study is
  // set up again and run again, giving the same numbers.
  void studySavedAndRunAgain() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.relulab"));
    QString csv;
    {
      MainWindow a;
      ui::StudiesPanel* studies = a.studies();
      studies->selectStudy(ui::StudyKind::BornDead);
      studies->findChild<QLineEdit*>(QStringLiteral("bornDeadWidths"))
          ->setText(QStringLiteral("2, 3"));
      studies->findChild<QLineEdit*>(QStringLiteral("bornDeadDepths"))
          ->setText(QStringLiteral("1 4 9"));
      studies->findChild<QSpinBox*>(QStringLiteral("bornDeadSamples"))->setValue(2000);
      studies->seedBox()->setValue(11);
      QSignalSpy finished(studies, &ui::StudiesPanel::studyFinished);
      QVERIFY(studies->run());
      QVERIFY(finished.wait(kTimeout));
      csv = QString::fromStdString(studies->outcome(ui::StudyKind::BornDead)->csv);
      QVERIFY(csv.count(QLatin1Char('\n')) > 3);
      QVERIFY(a.isWindowModified());
      QVERIFY(a.document()->saveTo(path));
    }
    MainWindow b;
    ui::StudiesPanel* studies = b.studies();
    studies->selectStudy(ui::StudyKind::Collapse);
    QSignalSpy finished(studies, &ui::StudiesPanel::studyFinished);
    QVERIFY(b.openFile(path));
    QCOMPARE(studies->currentStudy(), ui::StudyKind::BornDead);
    QCOMPARE(studies->seedBox()->value(), 11);
    QCOMPARE(studies->findChild<QLineEdit*>(QStringLiteral("bornDeadDepths"))->text(),
             QStringLiteral("1 4 9"));
    QCOMPARE(studies->findChild<QSpinBox*>(QStringLiteral("bornDeadSamples"))->value(), 2000);
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(QString::fromStdString(studies->outcome(ui::StudyKind::BornDead)->csv), csv);
    QVERIFY2(studies->statusLabel()->text().contains(QStringLiteral("the same results")),
             qPrintable(studies->statusLabel()->text()));
    QVERIFY(!b.isWindowModified());
  }

  void settingsOutliveTheWindow() {
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    {
      MainWindow w;
      w.restoreSettings();
      w.show();
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      w.tabs()->setCurrentWidget(w.compare());
      w.playground()->playback()->setSpeedIndex(2);
      w.presenter()->setHidden(ui::PresenterMode::Panel::Network, true);
      w.resize(1000, 700);
      QVERIFY(w.close());
    }
    MainWindow again;
    again.restoreSettings();
    QCOMPARE(again.tabs()->currentWidget(), again.compare());
    QCOMPARE(again.playground()->playback()->speed(), ui::PlaygroundPlayback::kSpeeds[2]);
    QVERIFY(again.presenter()->isHidden(ui::PresenterMode::Panel::Network));
    QCOMPARE(again.size(), QSize(1000, 700));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings_.path());
  }
};

QTEST_MAIN(TestFileMenu)
#include "test_file_menu.moc"
