// The live training playground: transport (play, pause, step, reset), dead
// units in the heatmap and the diagram, reviving a dead ReLU layer by
// switching it to Leaky ReLU, adding points by click, a diverging run that
// stops itself, a clean shutdown mid-run, and screenshots for people to see.
#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

#include "core/training/presets.h"
#include "core/training/trainer.h"
#include "tests/modal_answer.h"
#include "tests/warning_catcher.h"
#include "ui/common/playground_decision_view.h"
#include "ui/common/playground_playback.h"
#include "ui/common/playground_plot.h"
#include "ui/common/playground_text.h"
#include "ui/playground/playground_controls_network.h"
#include "ui/playground/playground_controls_training.h"
#include "ui/playground/playground_dead_view.h"
#include "ui/playground/playground_network_view.h"
#include "ui/playground/playground_panel.h"
#include "ui/playground/playground_session.h"
#include "ui/playground/playground_status.h"
#include "ui/shell/main_window.h"

using relulab::core::ActivationKind;
using relulab::core::NeuronState;
using relulab::core::TrainConfig;
using relulab::ui::FramePtr;
using relulab::ui::PlaygroundNotice;
using relulab::ui::PlaygroundPanel;
using relulab::ui::StepUnit;

namespace {

constexpr int kTimeout = 20000;  // generous: CI also runs this under ASan

TrainConfig preset(const char* name) {
  return *relulab::core::preset(name);
}

// Waits until the worker's newest frame satisfies `ok`.
template <typename Pred>
bool waitFor(PlaygroundPanel& panel, Pred ok, int timeout = kTimeout) {
  return QTest::qWaitFor(
      [&] {
        const FramePtr& f = panel.session()->latest();
        return f && ok(*f);
      },
      timeout);
}

// Sends one step and waits for the frame that shows it.
bool stepOnce(PlaygroundPanel& panel, StepUnit unit) {
  const std::int64_t before = panel.session()->latest()->step;
  panel.session()->step(unit);
  return waitFor(panel, [before](const auto& f) { return f.step > before; });
}

// The first frame of a new run (after loadConfig, loadPreset or reset).
bool waitForNewRun(PlaygroundPanel& panel, std::uint64_t previousRun) {
  return waitFor(panel,
                 [previousRun](const auto& f) { return f.run != previousRun && f.step == 0; });
}

// Kills a unit with dying-relu (seed `seed`), switches its layer to Leaky
// ReLU in the network editor, and reports whether the unit came back to
// z > 0 on some points within 600 updates — with the weights kept throughout.
bool killAndRevive(PlaygroundPanel& panel, std::uint64_t seed) {
  TrainConfig config = preset("dying-relu");
  config.seed = seed;
  const std::uint64_t run = panel.session()->latest()->run;
  panel.loadConfig(config);
  if (!waitForNewRun(panel, run)) return false;
  // Epoch by epoch until a unit dies (learning rate 3 kills one within a few epochs).
  int layer = -1, neuron = -1;
  for (int epoch = 0; epoch < 200 && layer < 0; ++epoch) {
    if (!stepOnce(panel, StepUnit::Epoch)) return false;
    const FramePtr f = panel.session()->latest();
    for (int l = 0; l < static_cast<int>(f->metrics.layers.size()) && layer < 0; ++l)
      for (int j = 0; j < static_cast<int>(f->metrics.layers[l].neurons.size()); ++j)
        if (f->metrics.layers[l].neurons[j].state == NeuronState::Dead) {
          layer = l;
          neuron = j;
          break;
        }
  }
  if (layer < 0) return false;
  const FramePtr died = panel.session()->latest();
  QComboBox* box = panel.networkControls()->activationBox(layer);
  box->setCurrentIndex(box->findData(static_cast<int>(ActivationKind::LeakyRelu)));
  if (!waitFor(panel, [&](const auto& f) {
        return f.config.network.hidden[layer].activation.kind == ActivationKind::LeakyRelu;
      }))
    return false;
  const FramePtr switched = panel.session()->latest();
  // No reset: same run, same step, same weights; the unit now counts as inactive.
  if (switched->run != died->run || switched->step != died->step ||
      switched->parameters != died->parameters ||
      switched->config.network.hidden[layer].activation.param !=
          relulab::ui::PlaygroundControlsNetwork::kLeakySlope ||
      switched->neuron(layer, neuron)->state != NeuronState::Inactive)
    return false;
  for (int epoch = 0; epoch < 24; ++epoch) {  // ≤ 600 updates
    if (!stepOnce(panel, StepUnit::Epoch)) return false;
    const FramePtr f = panel.session()->latest();
    if (f->run != died->run) return false;
    if (f->neuron(layer, neuron)->activeFraction > 0.0) return true;
  }
  return false;
}

}  // namespace

class TestPlayground : public QObject {
  Q_OBJECT

 private slots:
  void playPauseStepAdvanceExactly() {
    PlaygroundPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    panel.playback()->playAction()->trigger();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.playing && f.step > 50; }));
    QTRY_VERIFY_WITH_TIMEOUT(panel.playback()->playing(), kTimeout);  // shown by the repaint
    panel.playback()->playAction()->trigger();                        // now Pause
    QVERIFY(waitFor(panel, [](const auto& f) { return !f.playing; }));
    const std::int64_t paused = panel.session()->latest()->step;
    QVERIFY(paused > 50);
    // Paused means no hidden training: one Step lands on exactly paused + 1.
    panel.playback()->stepAction()->trigger();
    QVERIFY(waitFor(panel, [paused](const auto& f) { return f.step != paused; }));
    QCOMPARE(panel.session()->latest()->step, paused + 1);
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownFrame(), panel.session()->latest(), kTimeout);
    QVERIFY(panel.status()->stepText().contains(
        QLocale().toString(static_cast<qlonglong>(paused + 1))));
    // One epoch: ceil(250 training points / batch 10) = 25 updates.
    QVERIFY(stepOnce(panel, StepUnit::Epoch));
    QCOMPARE(panel.session()->latest()->step, paused + 1 + 25);
  }

  void keyboardShortcutsDriveTheRun() {
    PlaygroundPanel panel;
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.setFocus();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    QTest::keyClick(&panel, Qt::Key_Right);
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 1; }));
    QTest::keyClick(&panel, Qt::Key_Space);
    QVERIFY(waitFor(panel, [](const auto& f) { return f.playing && f.step > 10; }));
    QTRY_VERIFY_WITH_TIMEOUT(panel.playback()->playing(), kTimeout);
    QTest::keyClick(&panel, Qt::Key_Space);
    QVERIFY(waitFor(panel, [](const auto& f) { return !f.playing; }));
    const std::uint64_t run = panel.session()->latest()->run;
    QTest::keyClick(&panel, Qt::Key_R);
    QVERIFY(waitForNewRun(panel, run));
  }

  // Space twice, faster than the worker answers: the second press pauses what
  // the first started (the button follows the request, not the last frame).
  void secondPressBeforeAFramePauses() {
    PlaygroundPanel panel;
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.setFocus();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0 && !f.playing; }));
    const quint64 before = panel.session()->framesReceived();
    QTest::keyClick(&panel, Qt::Key_Space);
    QVERIFY(panel.playback()->playing());
    QTest::keyClick(&panel, Qt::Key_Space);  // no frame taken in between
    QCOMPARE(panel.session()->framesReceived(), before);
    QVERIFY(!panel.playback()->playing());
    // Play's frame, then Pause's: the run ends paused, and the button says Play.
    QVERIFY(QTest::qWaitFor(
        [&] {
          return panel.session()->framesReceived() >= before + 2 &&
                 !panel.session()->latest()->playing;
        },
        kTimeout));
    QTest::qWait(100);
    QVERIFY(!panel.session()->latest()->playing);
    QVERIFY(!panel.playback()->playing());
  }

  void resetRestoresTheSameInitialWeights() {
    PlaygroundPanel panel;
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    const FramePtr first = panel.session()->latest();
    // The same weights a headless trainer starts with for this seed.
    TrainConfig config = panel.requestedConfig();
    auto headless = relulab::core::Trainer::create(config);
    QVERIFY(headless.ok());
    QCOMPARE(first->parameters, headless->parameters());
    panel.session()->play();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step > 500; }));
    panel.session()->pause();
    QVERIFY(waitFor(panel, [](const auto& f) { return !f.playing; }));
    QVERIFY(panel.session()->latest()->parameters != first->parameters);
    panel.session()->reset();
    QVERIFY(waitForNewRun(panel, first->run));
    QCOMPARE(panel.session()->latest()->parameters, first->parameters);
    QCOMPARE(panel.session()->latest()->step, 0);
  }

  void deadUnitsShowInHeatmapAndDiagram() {
    PlaygroundPanel panel;
    panel.resize(1280, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownFrame(), panel.session()->latest(), kTimeout);
    // Bias 0.1 (TFP's): every unit alive, none greyed.
    QCOMPARE(panel.deadView()->state(0, 0), NeuronState::Active);
    QVERIFY(!panel.networkView()->neuronGreyed(0, 0));
    QVERIFY(panel.deadView()->activeFraction(0, 0) > 0.0);

    // Bias −100: z = w·x − 100 < 0 for every point in [−6, 6]², so every ReLU is dead.
    TrainConfig config = preset("tfp-relu");
    config.network.biasInit = -100.0;
    const std::uint64_t run = panel.session()->latest()->run;
    panel.loadConfig(config);
    QVERIFY(waitForNewRun(panel, run));
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownFrame(), panel.session()->latest(), kTimeout);
    QCOMPARE(panel.deadView()->layerCount(), 2);
    for (int j = 0; j < 4; ++j) {
      QCOMPARE(panel.deadView()->state(0, j), NeuronState::Dead);
      QCOMPARE(panel.deadView()->activeFraction(0, j), 0.0);
      QVERIFY(panel.networkView()->neuronGreyed(0, j));
      QVERIFY(!panel.networkView()->neuronRect(0, j).isEmpty());
      QVERIFY(panel.networkView()->neuronToolTip(0, j).contains(QStringLiteral("Dead")));
    }
    QVERIFY(panel.status()->deadText().contains(QStringLiteral("6 / 6")));
    QVERIFY(!panel.deadView()->kymograph().isNull());
  }

  void leakyReluRevivesADeadUnitWithoutReset() {
    PlaygroundPanel panel;
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    // Revival is likely, not certain: the gradient that now reaches the unit
    // can push its z either way, and learning rate 3 makes the run chaotic.
    // So five seeds, and most of them must revive.
    int revived = 0;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) revived += killAndRevive(panel, seed) ? 1 : 0;
    QVERIFY2(revived >= 4, qPrintable(QStringLiteral("%1 of 5 dead units revived").arg(revived)));
  }

  void clickAddsATrainingPoint() {
    PlaygroundPanel panel;
    panel.resize(1280, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    QVERIFY(stepOnce(panel, StepUnit::Epoch));
    const FramePtr before = panel.session()->latest();
    const std::size_t n = before->data->train.size();
    auto* view = panel.decisionView();
    QVERIFY(view->plotRect().width() >= 200);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->toWidget(2.0, 3.0).toPoint());
    QVERIFY(waitFor(panel, [n](const auto& f) { return f.data->train.size() == n + 1; }));
    const FramePtr after = panel.session()->latest();
    const auto& added = after->data->train.back();
    QCOMPARE(added.label, 1.0);
    const double pixel = 12.0 / view->plotRect().width();
    QVERIFY(std::abs(added.x1 - 2.0) <= pixel && std::abs(added.x2 - 3.0) <= pixel);
    QCOMPARE(after->step, before->step);              // the run goes on
    QCOMPARE(after->parameters, before->parameters);  // with the same weights
    QCOMPARE(after->addedPoints, 1);
    QCOMPARE(after->data->test.size(), before->data->test.size());
    QTest::mouseClick(view, Qt::RightButton, {}, view->toWidget(-4.0, -1.0).toPoint());
    QVERIFY(waitFor(panel, [n](const auto& f) { return f.data->train.size() == n + 2; }));
    QCOMPARE(panel.session()->latest()->data->train.back().label, -1.0);
    // The new points are trained on: stepping still works.
    QVERIFY(stepOnce(panel, StepUnit::Step));
  }

  void divergingRunStopsItselfAndSaysWhy() {
    PlaygroundPanel panel;
    panel.show();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    std::uint64_t run = panel.session()->latest()->run;
    panel.loadPreset(QStringLiteral("diverging"));
    QVERIFY(waitForNewRun(panel, run));
    run = panel.session()->latest()->run;
    panel.session()->play();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.divergence.has_value() && !f.playing; }));
    const FramePtr stopped = panel.session()->latest();
    QVERIFY(stopped->divergence->step > 0);
    // Nothing non-finite reaches the curves.
    for (std::size_t r = 0; r < stopped->history->size(); ++r)
      for (const double v : stopped->history->row(r)) QVERIFY(std::isfinite(v));
    QTRY_VERIFY_WITH_TIMEOUT(panel.status()->messageIsWarning(), kTimeout);
    const QString message = panel.status()->message();
    QVERIFY2(
        message.contains(QLocale().toString(static_cast<qlonglong>(stopped->divergence->step))),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("learning rate")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Reset")), qPrintable(message));
    // Play refuses while diverged: it answers with a frame that is still paused.
    QSignalSpy frames(panel.session(), &relulab::ui::PlaygroundSession::frameArrived);
    panel.session()->play();
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, kTimeout);
    QVERIFY(!panel.session()->latest()->playing);
    QVERIFY(panel.session()->latest()->divergence);

    // Reset recovers: step 0, no report, and it trains again.
    panel.session()->reset();
    QVERIFY(waitForNewRun(panel, run));
    QVERIFY(!panel.session()->latest()->divergence);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.status()->messageIsWarning(), kTimeout);
    // A smaller learning rate, live: trains on without diverging.
    QComboBox* rate = panel.trainingControls()->learningRateBox();
    rate->setCurrentIndex(rate->findData(0.01));
    emit rate->activated(rate->currentIndex());
    QVERIFY(waitFor(panel, [](const auto& f) { return f.config.optimizer.learningRate == 0.01; }));
    panel.session()->play();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step > 2000; }));
    QVERIFY(!panel.session()->latest()->divergence);
    panel.session()->pause();
  }

  // A message about the moment a run started goes once the run has moved on,
  // after the time it stays up; the step counter says where the run is.
  void stepZeroMessageGoesOnceTheRunMovesOn() {
    PlaygroundPanel panel;
    panel.show();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    const std::uint64_t run = panel.session()->latest()->run;
    panel.loadPreset(QStringLiteral("tfp-relu"));
    QVERIFY(waitForNewRun(panel, run));
    const QString fresh = relulab::ui::PlaygroundText::notice(PlaygroundNotice::Loaded, {});
    QTRY_COMPARE_WITH_TIMEOUT(panel.status()->message(), fresh, kTimeout);
    panel.session()->play();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step > 0 && f.playing; }));
    QTRY_VERIFY_WITH_TIMEOUT(panel.status()->message().isEmpty(),
                             relulab::ui::PlaygroundStatus::kLingerMs + kTimeout);
    panel.session()->pause();
  }

  // The preset box names a preset only while the run is exactly it.
  void changedSetUpIsNoLongerThePreset() {
    PlaygroundPanel panel;
    panel.show();
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    panel.loadPreset(QStringLiteral("dying-relu"));
    QComboBox* box = panel.playback()->presetBox();
    QCOMPARE(box->currentData().toString(), QStringLiteral("dying-relu"));
    QComboBox* rate = panel.trainingControls()->learningRateBox();
    rate->setCurrentIndex(rate->findData(0.01));
    emit rate->activated(rate->currentIndex());
    QVERIFY(waitFor(panel, [](const auto& f) { return f.config.optimizer.learningRate == 0.01; }));
    QCOMPARE(box->currentIndex(), -1);
    QVERIFY(!box->placeholderText().isEmpty());
    // Back at rate 3 the run is that preset again, and the box says so.
    rate->setCurrentIndex(rate->findData(3.0));
    emit rate->activated(rate->currentIndex());
    QVERIFY(waitFor(panel, [](const auto& f) { return f.config.optimizer.learningRate == 3.0; }));
    QCOMPARE(box->currentData().toString(), QStringLiteral("dying-relu"));
  }

  // The box names the run the panel starts with, whichever that is (it said
  // "TensorFlow Playground's default (tanh)" over ReLU layers).
  void presetBoxNamesTheStartingRun() {
    for (const relulab::core::PresetInfo& p : relulab::core::presetList()) {
      const QString name = QString::fromUtf8(p.name.data(), qsizetype(p.name.size()));
      PlaygroundPanel panel(*relulab::core::preset(p.name), nullptr);
      QComboBox* box = panel.playback()->presetBox();
      const auto shown = relulab::core::preset(box->currentData().toString().toStdString());
      QVERIFY2(shown && *shown == *relulab::core::preset(p.name), qPrintable(name));
    }
  }

  // The step axis's labels never overlap: whole steps only (an empty plot
  // after Reset showed 0.2, 0.4, … run together), and as many as fit, at
  // every size and font, while steps run into the millions.
  void stepAxisLabelsNeverOverlap_data() {
    QTest::addColumn<double>("lastStep");
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("fontScale");
    for (const double last : {0.0, 7.0, 999.0, 12345.0, 1234567.0})
      for (const int width : {150, 280, 600})
        for (const double scale : {1.0, 1.5})
          QTest::newRow(qPrintable(
              QStringLiteral("%1 steps, %2 px, font ×%3").arg(last).arg(width).arg(scale)))
              << last << width << scale;
  }
  void stepAxisLabelsNeverOverlap() {
    QFETCH(double, lastStep);
    QFETCH(int, width);
    QFETCH(double, fontScale);
    relulab::ui::PlaygroundPlot plot;
    QFont font = plot.font();
    font.setPointSizeF(font.pointSizeF() * fontScale);
    plot.setFont(font);
    plot.resize(width, 170);
    if (lastStep > 0) {
      relulab::ui::PlaygroundPlot::Line line;
      line.name = QStringLiteral("loss");
      for (int i = 0; i <= 50; ++i) line.points << QPointF(lastStep * i / 50, 1.0 / (1 + i));
      plot.setLines({line});
    }
    const auto ticks = plot.xTicks();
    QVERIFY(!ticks.empty());
    for (std::size_t i = 0; i < ticks.size(); ++i) {
      QCOMPARE(ticks[i].step, std::round(ticks[i].step));
      QVERIFY(!ticks[i].label.isEmpty());
      QVERIFY(ticks[i].box.left() >= 0 && ticks[i].box.right() <= width);
      if (i > 0)
        QVERIFY2(
            ticks[i].box.left() >= ticks[i - 1].box.right() + relulab::ui::PlaygroundPlot::kTickGap,
            qPrintable(ticks[i - 1].label + QLatin1Char(' ') + ticks[i].label));
    }
  }

  void badTypedLearningRateIsRefusedWithAMessage() {
    PlaygroundPanel panel;
    QVERIFY(waitFor(panel, [](const auto& f) { return f.step == 0; }));
    QSignalSpy said(&panel, &PlaygroundPanel::statusMessage);
    QComboBox* rate = panel.trainingControls()->learningRateBox();
    rate->setEditText(QStringLiteral("fast"));
    emit rate->lineEdit()->editingFinished();
    QCOMPARE(said.count(), 1);  // a warning reaches the window's status bar too
    QVERIFY(said.first().first().toString().contains(QStringLiteral("fast")));
    QVERIFY(panel.status()->messageIsWarning());
    QCOMPARE(panel.requestedConfig().optimizer.learningRate, 0.03);
  }

  void diagramFollowsRightToLeft() {
    PlaygroundPanel panel;
    panel.resize(1200, 700);
    panel.setLayoutDirection(Qt::RightToLeft);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY_WITH_TIMEOUT(panel.shownFrame() != nullptr, kTimeout);
    auto* view = panel.networkView();
    QVERIFY(view->neuronRect(0, 0).center().x() > view->neuronRect(1, 0).center().x());
    // For people to check the mirrored layout (labels, legends, nothing overlapping).
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownFrame(), panel.session()->latest(), kTimeout);
    const QDir dir(QStringLiteral(RELULAB_SCREENSHOT_DIR));
    QVERIFY(panel.grab().save(dir.filePath(QStringLiteral("playground-rtl.png"))));
  }

  void screenshots() {
    const QDir dir(QStringLiteral(RELULAB_SCREENSHOT_DIR));
    relulab::ui::MainWindow window;
    window.resize(1280, 800);
    auto* panel = window.playground();
    window.tabs()->setCurrentWidget(panel);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitFor(*panel, [](const auto& f) { return f.step == 0; }));
    std::uint64_t run = panel->session()->latest()->run;
    panel->loadPreset(QStringLiteral("dying-relu"));
    QVERIFY(waitForNewRun(*panel, run));
    // Mid-run: a few thousand updates at a display-paced speed, so the curves
    // have many points, then on until a unit is dead.
    panel->playback()->speedBox()->setCurrentIndex(panel->playback()->speedBox()->findData(50));
    panel->session()->play();
    QVERIFY(waitFor(
        *panel, [](const auto& f) { return f.step > 3000; }, 60000));
    panel->session()->pause();
    QVERIFY(waitFor(*panel, [](const auto& f) { return !f.playing; }));
    for (int i = 0; i < 100 && panel->session()->latest()->metrics.deadUnits() == 0; ++i)
      QVERIFY(stepOnce(*panel, StepUnit::Epoch));
    QVERIFY(panel->session()->latest()->metrics.deadUnits() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(panel->shownFrame(), panel->session()->latest(), kTimeout);
    const QImage midrun = window.grab().toImage();
    QCOMPARE(midrun.size(), QSize(1280, 800));
    QVERIFY(midrun.save(dir.filePath(QStringLiteral("playground-midrun.png"))));

    relulab::ui::PlaygroundDeadView dead;
    dead.resize(1280, 800);
    dead.setFrame(panel->shownFrame());
    QCOMPARE(dead.state(0, 0), panel->deadView()->state(0, 0));
    QVERIFY(dead.grab().save(dir.filePath(QStringLiteral("playground-dead.png"))));
  }

  void quitWhileTrainingStopsCleanly() {
    auto* window = new relulab::ui::MainWindow;
    auto* panel = window->playground();
    window->tabs()->setCurrentWidget(panel);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(waitFor(*panel, [](const auto& f) { return f.step == 0; }));
    panel->session()->play();
    QVERIFY(waitFor(*panel, [](const auto& f) { return f.playing && f.step > 1000; }));
    // Not saved, so closing asks first; the teacher discards it.
    bool asked = false;
    relulab::test::answerNextBox(QMessageBox::Discard, [&](QMessageBox*) { asked = true; });
    const QString warnings = relulab::test::warningsWhile([window] {
      window->close();
      delete window;  // training flat out: the worker must stop and its thread end
    });
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
    QVERIFY(asked);
  }
};

QTEST_MAIN(TestPlayground)
#include "test_playground.moc"
