// The Images tab: Fashion-MNIST read in the worker (or a clear message when
// it is missing or broken, with the rest of the window working), Play trains
// an MLP above chance on a subset, an activation switched mid-run keeps the
// step count and the weights, the views get the numbers the metrics give
// (the confusion matrix counts the test images measured, crossed-out tiles
// are the dead units), presets switch, feature maps for the CNN, a lesson
// step sets the tab up through its controls (and Save as Lesson Step… writes
// it back), an experiment file brings the tab back, and no Qt warning
// throughout.
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/images/image_trainer.h"
#include "io/language.h"
#include "io/lesson.h"
#include "io/lesson_parser.h"
#include "tests/warning_catcher.h"
#include "ui/common/playground_playback.h"
#include "ui/common/playground_plot.h"
#include "ui/common/widget_png.h"
#include "ui/images/images_activity_view.h"
#include "ui/images/images_class_view.h"
#include "ui/images/images_confusion_view.h"
#include "ui/images/images_controls.h"
#include "ui/images/images_feature_view.h"
#include "ui/images/images_files.h"
#include "ui/images/images_panel.h"
#include "ui/images/images_sample_grid.h"
#include "ui/images/images_session.h"
#include "ui/images/images_weights_view.h"
#include "ui/images/images_worker.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_session.h"
#include "ui/shell/experiment_document.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presenter_mode.h"

using relulab::core::ImageTrainConfig;
using relulab::ui::ImagesFrame;
using relulab::ui::ImagesPanel;

namespace {

// Generous: CI also runs this under ASan, where the CNN's first measurement
// (3,000 images through two convolutions) alone takes tens of seconds.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kTimeout = 240000;
#else
constexpr int kTimeout = 30000;
#endif

bool haveFashionMnist() {
  return QFile::exists(QString::fromUtf8(relulab::core::kFashionMnistFolder) +
                       QStringLiteral("/train-images-idx3-ubyte.gz"));
}

// A preset on a subset, so that a test trains and measures in seconds.
ImageTrainConfig small(const char* name) {
  ImageTrainConfig c = *relulab::core::imagePreset(name);
  c.trainLimit = 3000;
  c.testLimit = 500;
  c.probeSize = 300;
  c.testProbe = 500;
  return c;
}

template <typename Pred>
bool waitFor(ImagesPanel& panel, Pred ok, int timeout = kTimeout) {
  return QTest::qWaitFor(
      [&] {
        const auto& f = panel.session()->latest();
        return f && ok(*f);
      },
      timeout);
}

// Loads `config` and waits for its run's first frame, measured.
bool newRun(ImagesPanel& panel, const ImageTrainConfig& config) {
  const std::uint64_t run = panel.session()->latest() ? panel.session()->latest()->run : 0;
  panel.loadConfig(config);
  return waitFor(
      panel, [run](const ImagesFrame& f) { return f.run != run && f.step == 0 && f.measurement; });
}

// The views show the worker's newest frame (the repaint timer's next tick).
bool viewsCaughtUp(ImagesPanel& panel) {
  return QTest::qWaitFor(
      [&] { return panel.shownFrame() && panel.shownFrame() == panel.session()->latest(); },
      kTimeout);
}

}  // namespace

class TestImagesTab : public QObject {
  Q_OBJECT

 private slots:
  void idxFilesAreToldApartByName();
  void missingFolderSaysWhatToInstall();
  void brokenFilesShowTheReadersMessage();
  void playTrainsAboveChance();
  void switchingActivationKeepsStepAndWeights();
  void viewsShowTheMeasuredNumbers();
  void presetsSwitch();
  void cnnShowsFeatureMaps();
  void lessonStepSetsUpTheTab();
  void experimentFileBringsTheTabBack();
  void countersLeaveTheLayoutAlone();
  void screenshotsForPeople();

 private:
  // One panel with Fashion-MNIST loaded, shared by the tests that train.
  ImagesPanel* loadedPanel();
  std::unique_ptr<ImagesPanel> panel_;
};

void TestImagesTab::idxFilesAreToldApartByName() {
  const QStringList mnist{
      QStringLiteral("/d/t10k-labels-idx1-ubyte"), QStringLiteral("/d/train-images-idx3-ubyte.gz"),
      QStringLiteral("/d/t10k-images-idx3-ubyte"), QStringLiteral("/d/train-labels-idx1-ubyte.gz")};
  const auto c = relulab::ui::assignIdxFiles(mnist);
  QVERIFY(c);
  QCOMPARE(QString::fromStdString(c->train.images),
           QStringLiteral("/d/train-images-idx3-ubyte.gz"));
  QCOMPARE(QString::fromStdString(c->train.labels),
           QStringLiteral("/d/train-labels-idx1-ubyte.gz"));
  QCOMPARE(QString::fromStdString(c->test.images), QStringLiteral("/d/t10k-images-idx3-ubyte"));
  QCOMPARE(QString::fromStdString(c->test.labels), QStringLiteral("/d/t10k-labels-idx1-ubyte"));
  QVERIFY(!relulab::ui::assignIdxFiles(mnist.mid(0, 3)));
  QStringList twice = mnist;
  twice[2] = QStringLiteral("/d/t10k-labels-idx1-ubyte.gz");  // two test label files, no images
  QVERIFY(!relulab::ui::assignIdxFiles(twice));
}

void TestImagesTab::missingFolderSaysWhatToInstall() {
  relulab::test::WarningCatcher warnings;
  relulab::ui::MainWindow window;
  ImagesPanel* images = window.images();
  QVERIFY(images);
  images->loadFolder(QStringLiteral("/nonexistent/fashion-mnist"));
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  window.tabs()->setCurrentWidget(images);
  QTRY_VERIFY_WITH_TIMEOUT(images->dataMessage().contains(QLatin1String("dataset-fashion-mnist")),
                           kTimeout);
  QVERIFY(images->dataMessage().contains(QLatin1String("sudo apt install")));
  const auto buttons = images->findChildren<QPushButton*>();
  QVERIFY(std::any_of(buttons.begin(), buttons.end(), [](QPushButton* b) {
    return b->isVisible() && b->text().contains(QLatin1String("IDX"));
  }));
  QVERIFY(!images->playback()->isEnabled());  // nothing to train on
  // Every other tab still works: the playground trains.
  window.tabs()->setCurrentWidget(window.playground());
  const std::int64_t before =
      window.playground()->session()->latest() ? window.playground()->session()->latest()->step : 0;
  window.playground()->session()->play();
  QTRY_VERIFY_WITH_TIMEOUT(window.playground()->session()->latest() &&
                               window.playground()->session()->latest()->step > before + 10,
                           kTimeout);
  window.playground()->session()->pause();
  QCOMPARE(warnings.count(), 0);
}

void TestImagesTab::brokenFilesShowTheReadersMessage() {
  relulab::test::WarningCatcher warnings;
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString broken = dir.filePath(QStringLiteral("train-images-idx3-ubyte"));
  QFile file(broken);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write("not an IDX file at all");
  file.close();
  ImagesPanel panel;
  const relulab::core::ImageFiles train{broken.toStdString(), broken.toStdString()};
  panel.loadFiles(train, train);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  // The reader names the file; the tab shows its message and stays usable.
  QTRY_VERIFY_WITH_TIMEOUT(panel.dataMessage().contains(QLatin1String("train-images-idx3-ubyte")),
                           kTimeout);
  QVERIFY(!panel.hasData());
  QCOMPARE(warnings.count(), 0);
}

ImagesPanel* TestImagesTab::loadedPanel() {
  if (!panel_) {
    panel_ = std::make_unique<ImagesPanel>();
    panel_->resize(1280, 760);
    panel_->show();  // reads Fashion-MNIST from its Debian folder
    if (!QTest::qWaitForWindowExposed(panel_.get())) return nullptr;
    if (!waitFor(*panel_, [](const ImagesFrame& f) { return f.measurement != nullptr; }))
      return nullptr;
  }
  return panel_.get();
}

void TestImagesTab::playTrainsAboveChance() {
  if (!haveFashionMnist())
    QSKIP("Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist)");
  relulab::test::WarningCatcher warnings;
  ImagesPanel* panel = loadedPanel();
  QVERIFY(panel);
  QVERIFY(panel->dataMessage().isEmpty());
  QCOMPARE(panel->session()->latest()->source, QStringLiteral("Fashion-MNIST"));
  QVERIFY(newRun(*panel, small("fashion-mlp")));
  QCOMPARE(panel->session()->latest()->trainImages, 3000);
  QCOMPARE(panel->session()->latest()->testImages, 500);
  panel->session()->play();
  // Chance is 10 %; a 784-100-10 MLP passes 60 % within a few hundred updates.
  // Two measurements at least, for a line: on a loaded machine the worker
  // skips frames (and their measurements) that the GUI is not ready for, the
  // first one at step 0 included.
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) {
    return f.step >= 150 && f.measurement && f.measurement->metrics.step >= 150 &&
           f.measurement->metrics.testAccuracy > 0.6 && f.measurement->series &&
           f.measurement->series->rows() >= 2;
  }));
  panel->session()->pause();
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) { return !f.playing; }));
  QVERIFY(viewsCaughtUp(*panel));
  QVERIFY(!panel->accuracyPlot()->lines().isEmpty());
  QVERIFY(panel->accuracyPlot()->lines().front().points.size() >= 2);
  QCOMPARE(warnings.count(), 0);
}

void TestImagesTab::switchingActivationKeepsStepAndWeights() {
  if (!haveFashionMnist())
    QSKIP("Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist)");
  relulab::test::WarningCatcher warnings;
  ImagesPanel* panel = loadedPanel();
  QVERIFY(panel);
  QVERIFY(newRun(*panel, small("fashion-dying")));
  panel->session()->step(relulab::ui::StepUnit::Step);
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) { return f.step == 1; }));
  panel->session()->play();
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) { return f.step >= 60; }));
  panel->session()->pause();
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) { return !f.playing; }));
  QVERIFY(viewsCaughtUp(*panel));
  const auto before = panel->shownFrame();
  // Through the control, as a student would: Leaky ReLU in the first layer.
  QComboBox* box = panel->controls()->activationBox(0);
  const int leaky = box->findData(static_cast<int>(relulab::core::ActivationKind::LeakyRelu));
  QVERIFY(leaky >= 0);
  box->setCurrentIndex(leaky);
  emit box->activated(leaky);
  QVERIFY(waitFor(*panel, [&](const ImagesFrame& f) {
    return f.config.network.layers.front().activation.kind ==
           relulab::core::ActivationKind::LeakyRelu;
  }));
  const auto after = panel->session()->latest();
  QCOMPARE(after->run, before->run);
  QCOMPARE(after->step, before->step);
  // The same weights: the first layer's tiles are drawn from them.
  QCOMPARE(after->measurement->tiles.size(), before->measurement->tiles.size());
  for (std::size_t j = 0; j < after->measurement->tiles.size(); ++j)
    QCOMPARE(after->measurement->tiles[j], before->measurement->tiles[j]);
  QCOMPARE(warnings.count(), 0);
}

void TestImagesTab::viewsShowTheMeasuredNumbers() {
  if (!haveFashionMnist())
    QSKIP("Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist)");
  relulab::test::WarningCatcher warnings;
  ImagesPanel* panel = loadedPanel();
  QVERIFY(panel);
  QVERIFY(newRun(*panel, small("fashion-dying")));
  panel->session()->play();
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) {
    return f.measurement && f.measurement->metrics.step >= 100;
  }));
  panel->session()->pause();
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) { return !f.playing; }));
  QVERIFY(viewsCaughtUp(*panel));
  const relulab::ui::ImagesMeasurement& m = *panel->shownFrame()->measurement;
  QCOMPARE(panel->confusionView()->classes(), 10);
  QCOMPARE(panel->confusionView()->total(), m.metrics.testImages);
  QCOMPARE(m.metrics.testImages, 500);
  QCOMPARE(panel->weightsView()->tileCount(), m.metrics.layers.front().units);
  QCOMPARE(panel->weightsView()->crossedOut(), m.metrics.layers.front().dead);
  QCOMPARE(panel->activityView()->deadCells(), m.metrics.deadUnits());
  QVERIFY2(m.metrics.layers.front().dead > 0, "fashion-dying kills first-layer units");
  QVERIFY(!panel->activityView()->kymographs().empty());
  QCOMPARE(panel->classView()->classes(), 10);
  QCOMPARE(panel->classView()->units(), m.metrics.layers.front().units);
  QCOMPARE(panel->sampleGrid()->sampleCount(), relulab::ui::ImagesWorker::kSamples);
  // Clicking a test image chooses it for the feature maps.
  panel->showPage(ImagesPanel::Page::Samples);
  QTest::mouseClick(panel->sampleGrid(), Qt::LeftButton, {},
                    panel->sampleGrid()->sampleRect(3).center());
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) {
    return f.measurement && f.measurement->inspection.index == 3;
  }));
  QCOMPARE(panel->controls()->imageBox()->value(), 4);
  QCOMPARE(warnings.count(), 0);
}

void TestImagesTab::presetsSwitch() {
  if (!haveFashionMnist())
    QSKIP("Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist)");
  relulab::test::WarningCatcher warnings;
  ImagesPanel* panel = loadedPanel();
  QVERIFY(panel);
  QComboBox* box = panel->playback()->presetBox();
  QCOMPARE(box->count(), static_cast<int>(relulab::core::imagePresetList().size()));
  for (const auto& info : relulab::core::imagePresetList()) {
    const QString name = QString::fromUtf8(info.name.data(), qsizetype(info.name.size()));
    const std::uint64_t run = panel->session()->latest()->run;
    const int index = box->findData(name);
    QVERIFY2(index >= 0, qPrintable(name));
    box->setCurrentIndex(index);
    emit box->activated(index);
    const auto wanted = relulab::core::imagePreset(info.name)->network.layers;
    QVERIFY2(waitFor(*panel,
                     [&](const ImagesFrame& f) {
                       return f.run != run && f.config.network.layers == wanted;
                     }),
             qPrintable(name));
  }
  QVERIFY(panel->statusText().size() > 0);
  QCOMPARE(warnings.count(), 0);
}

void TestImagesTab::cnnShowsFeatureMaps() {
  if (!haveFashionMnist())
    QSKIP("Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist)");
  relulab::test::WarningCatcher warnings;
  ImagesPanel* panel = loadedPanel();
  QVERIFY(panel);
  ImageTrainConfig cnn = small("fashion-cnn");
  cnn.trainLimit = 1000;
  cnn.testLimit = 200;
  cnn.probeSize = 100;
  cnn.testProbe = 200;
  QVERIFY(newRun(*panel, cnn));
  panel->session()->step(relulab::ui::StepUnit::Step);
  QVERIFY(waitFor(*panel, [](const ImagesFrame& f) { return f.step == 1 && f.measurement; }));
  QVERIFY(viewsCaughtUp(*panel));
  int maps = 0;
  for (const auto& l : cnn.network.layers)
    if (l.kind == relulab::core::ImageLayerKind::Conv) maps += l.size;
  QCOMPARE(panel->featureView()->mapCount(), maps);
  // ReLU silences part of every map: some exact zeros, not all.
  QVERIFY(panel->featureView()->zeroShare() > 0.0);
  QVERIFY(panel->featureView()->zeroShare() < 1.0);
  QCOMPARE(panel->weightsView()->tileCount(), cnn.network.layers.front().size);
  QCOMPARE(warnings.count(), 0);
  panel_.reset();  // a clean shutdown
}

// A lesson step on the Images tab, applied as the Lessons dock asks: the tab
// comes forward with the preset, the page and the test image the step names
// (with or without the data); with Fashion-MNIST, the run is the preset with
// the step's activation, then a change keeps the run and its weights, and Save
// as Lesson Step… writes the set-up back.
void TestImagesTab::lessonStepSetsUpTheTab() {
  relulab::test::WarningCatcher warnings;
  panel_.reset();
  relulab::ui::MainWindow window;
  window.resize(1280, 800);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  ImagesPanel* panel = window.images();
  QVERIFY(window.tabs()->currentWidget() != panel);
  relulab::io::LessonStep step;
  step.text.fallback = QStringLiteral("<p>Watch</p>");
  relulab::io::ImagesSetup setup;
  setup.preset = QStringLiteral("fashion-cnn");
  setup.activations = {relulab::core::ActivationKind::LeakyRelu};
  setup.view = relulab::io::ImagesView::FeatureMaps;
  setup.testImage = 3;
  step.images = setup;
  emit window.lessons()->setUpRequested(step);
  QCOMPARE(window.tabs()->currentWidget(), panel);
  QCOMPARE(panel->playback()->presetBox()->currentData().toString(), QStringLiteral("fashion-cnn"));
  QCOMPARE(panel->views()->currentWidget(), panel->featureView());
  QCOMPARE(panel->currentPage(), ImagesPanel::Page::FeatureMaps);
  QCOMPARE(panel->controls()->imageBox()->value(), 3);

  if (!haveFashionMnist())
    QSKIP("Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist)");
  // The new run: fashion-cnn with Leaky ReLU in its first conv layer, paused,
  // test image 3 (index 2) in the feature maps, shown in the controls.
  const auto wanted = *relulab::io::imagesConfig(setup);
  const auto shown = [&] {
    const auto& f = panel->shownFrame();
    return f && f == panel->session()->latest() &&
           f->config.network.layers == wanted.network.layers && !f->playing && f->measurement &&
           f->measurement->inspection.index == 2;
  };
  QVERIFY(QTest::qWaitFor(shown, kTimeout));
  QCOMPARE(wanted.network.layers.front().activation.kind, relulab::core::ActivationKind::LeakyRelu);
  QCOMPARE(panel->controls()->activationBox(0)->currentData().toInt(),
           static_cast<int>(relulab::core::ActivationKind::LeakyRelu));
  QCOMPARE(panel->controls()->activationBox(1)->currentData().toInt(),
           static_cast<int>(relulab::core::ActivationKind::Relu));
  const std::uint64_t run = panel->shownFrame()->run;

  // A change to the running network through the controls, then play.
  relulab::io::ImagesSetup change;
  change.activations = {std::nullopt, relulab::core::ActivationKind::Elu};
  change.learningRate = 0.003;
  change.view = relulab::io::ImagesView::Activity;
  change.play = true;
  step.images = change;
  emit window.lessons()->setUpRequested(step);
  QCOMPARE(panel->views()->currentWidget(), panel->activityView());
  QVERIFY(waitFor(*panel, [&](const ImagesFrame& f) {
    const auto& l = f.config.network.layers;
    return f.run == run && f.playing && f.step > 0 &&
           l[0].activation.kind == relulab::core::ActivationKind::LeakyRelu &&
           l[2].activation.kind == relulab::core::ActivationKind::Elu &&
           f.config.optimizer.learningRate == 0.003;
  }));
  QCOMPARE(panel->controls()->rateBox()->currentData().toDouble(), 0.003);

  // Save as Lesson Step… on the Images tab writes what it shows, paused.
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("mine.json"));
  QVERIFY(window.saveLessonStep(path, QStringLiteral("Mine"), QStringLiteral("CNN"),
                                QStringLiteral("Watch the maps")));
  QFile file(path);
  QVERIFY(file.open(QIODevice::ReadOnly));
  const auto lesson = relulab::io::parseLesson(file.readAll(), path);
  QVERIFY2(lesson.ok(), lesson.ok() ? "" : lesson.error().c_str());
  const auto& saved = lesson->steps.back().images;
  QVERIFY(saved);
  QCOMPARE(saved->preset, QStringLiteral("fashion-cnn"));
  const std::vector<std::optional<relulab::core::ActivationKind>> kinds{
      relulab::core::ActivationKind::LeakyRelu, relulab::core::ActivationKind::Elu};
  QCOMPARE(saved->activations, kinds);
  QCOMPARE(saved->learningRate, std::optional(0.003));
  QCOMPARE(saved->play, std::optional(false));
  QCOMPARE(saved->view, std::optional(relulab::io::ImagesView::Activity));
  QCOMPARE(saved->testImage, std::optional(3));
  // Read back, it makes the same network.
  QCOMPARE(relulab::io::imagesConfig(*saved)->network.layers,
           panel->session()->latest()->config.network.layers);
  panel->session()->pause();
  QCOMPARE(warnings.count(), 0);
}

// The experiment file remembers the Images tab as the tab in front.
void TestImagesTab::experimentFileBringsTheTabBack() {
  relulab::test::WarningCatcher warnings;
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  // Recent files go to the test's own settings, never to the user's.
  const QString home = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
  const auto restore =
      qScopeGuard([&] { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home); });
  const QString path = dir.filePath(QStringLiteral("images.relulab"));
  {
    relulab::ui::MainWindow a;
    a.tabs()->setCurrentWidget(a.images());
    QVERIFY(a.document()->saveTo(path));
  }
  QFile file(path);
  QVERIFY(file.open(QIODevice::ReadOnly));
  QVERIFY(file.readAll().contains("\"tab\": \"images\""));
  relulab::ui::MainWindow b;
  QVERIFY(b.tabs()->currentWidget() != b.images());
  QVERIFY(b.openFile(path));
  QCOMPARE(b.tabs()->currentWidget(), b.images());
  QCOMPARE(warnings.count(), 0);
}

// The run's counters change with every frame (about 60 a second): showing
// them repaints the readout, not the window around it (a relayout per frame
// repainted all of it, several ms of the GUI thread each time).
void TestImagesTab::countersLeaveTheLayoutAlone() {
  if (!haveFashionMnist())
    QSKIP("Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist)");
  relulab::ui::MainWindow window;
  window.resize(1280, 800);
  window.tabs()->setCurrentWidget(window.images());
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  // The controls are shown once the data are read (the run waits, paused).
  QVERIFY(viewsCaughtUp(*window.images()));
  relulab::ui::ImagesControls* controls = window.images()->controls();
  QVERIFY(controls->isVisible());
  ImagesFrame frame;
  frame.config = *relulab::core::imagePreset("fashion-mlp");
  frame.source = QStringLiteral("Fashion-MNIST");
  frame.trainImages = 60000;
  frame.testImages = 10000;
  frame.playing = true;
  controls->showConfig(frame.config);
  controls->showFrame(frame);
  window.images()->playback()->setPlaying(true);

  struct PaintCounter : QObject {
    QList<const QObject*> painted;
    bool eventFilter(QObject* object, QEvent* event) override {
      if (event->type() == QEvent::Paint) painted << object;
      return false;
    }
  } counter;
  QWidget* outside[] = {&window, window.tabs()->tabBar(), window.images()->views(),
                        window.images()->confusionView()};
  for (QWidget* w : outside) w->installEventFilter(&counter);
  controls->readout()->installEventFilter(&counter);
  // Whatever the first frame laid out and painted is done once 200 ms pass
  // without a paint (a fixed wait was too short on a loaded machine).
  for (int i = 0; i < 50; ++i) {
    counter.painted.clear();
    QTest::qWait(200);
    if (counter.painted.isEmpty()) break;
  }
  counter.painted.clear();
  for (int step = 1; step <= 5; ++step) {
    frame.step = step * 1000;
    frame.epoch = step * 0.5;
    frame.imagesPerSecond = 1000.0 * step;
    controls->showFrame(frame);
    window.images()->playback()->setPlaying(true);
    QTest::qWait(20);  // the repaint it asked for
  }
  QVERIFY2(controls->readout()->text().contains(QLocale().toString(5000)),
           qPrintable(controls->readout()->text()));
  QVERIFY(counter.painted.contains(controls->readout()));
  for (QWidget* w : outside) QVERIFY2(!counter.painted.contains(w), w->metaObject()->className());
}

// Only when asked (RELULAB_IMAGES_SHOTS=folder; RELULAB_LANG=ar for Arabic,
// right to left): the window mid-run on the whole of Fashion-MNIST, MLP and
// CNN, each view, and presenter mode, as PNGs for a person to look at.
void TestImagesTab::screenshotsForPeople() {
  const QString folder = qEnvironmentVariable("RELULAB_IMAGES_SHOTS");
  if (folder.isEmpty()) QSKIP("RELULAB_IMAGES_SHOTS is not set");
  if (!haveFashionMnist()) QSKIP("Fashion-MNIST is not installed");
  panel_.reset();
  const QString lang = qEnvironmentVariable("RELULAB_LANG", QStringLiteral("en"));
  if (lang == QLatin1String("ar")) {
    relulab::io::installTranslators(*qApp);
    QApplication::setLayoutDirection(Qt::RightToLeft);
  }
  const QDir dir(folder);
  QVERIFY(QDir().mkpath(folder));
  const auto shot = [&](QWidget* w, const QString& name) {
    QCoreApplication::sendPostedEvents();
    QTest::qWait(100);
    QVERIFY(!relulab::ui::saveWidgetPng(
        w, dir.filePath(name + QLatin1Char('-') + lang + QStringLiteral(".png"))));
  };
  relulab::ui::MainWindow w;
  w.resize(1280, 800);
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  ImagesPanel* images = w.images();
  w.tabs()->setCurrentWidget(images);
  QVERIFY(waitFor(*images, [](const ImagesFrame& f) { return f.measurement != nullptr; }));
  const auto train = [&](const char* preset, int ms) {
    images->loadPreset(QString::fromLatin1(preset));
    QVERIFY(waitFor(*images, [&](const ImagesFrame& f) {
      return f.config.network.layers == relulab::core::imagePreset(preset)->network.layers &&
             f.step == 0;
    }));
    images->session()->play();
    QTest::qWait(ms);
  };
  train("fashion-mlp", 12000);
  images->showPage(ImagesPanel::Page::Weights);
  shot(&w, QStringLiteral("mlp-weights"));
  images->showPage(ImagesPanel::Page::ClassUnits);
  shot(&w, QStringLiteral("mlp-class-units"));
  images->showPage(ImagesPanel::Page::Activity);
  shot(&w, QStringLiteral("mlp-activity"));
  images->showPage(ImagesPanel::Page::Samples);
  shot(&w, QStringLiteral("mlp-samples"));
  train("fashion-dying", 8000);
  images->showPage(ImagesPanel::Page::Weights);
  shot(&w, QStringLiteral("dying-weights"));
  train("fashion-cnn", 15000);
  images->showPage(ImagesPanel::Page::FeatureMaps);
  shot(&w, QStringLiteral("cnn-feature-maps"));
  images->showPage(ImagesPanel::Page::ClassUnits);
  shot(&w, QStringLiteral("cnn-class-units"));
  images->session()->pause();
  w.presenter()->setActive(true);
  w.setWindowState(w.windowState() & ~Qt::WindowFullScreen);
  QTest::qWait(50);
  w.resize(1280, 800);
  (void)QTest::qWaitFor([&] { return w.size() == QSize(1280, 800); }, 2000);
  images->views()->setCurrentIndex(0);
  shot(&w, QStringLiteral("presenter-accuracy"));
  images->showPage(ImagesPanel::Page::FeatureMaps);
  shot(&w, QStringLiteral("presenter-feature-maps"));
  w.presenter()->setActive(false);
}

QTEST_MAIN(TestImagesTab)
#include "test_images_tab.moc"
