// The trainer: convergence, determinism, divergence detection, TFP's batch
// semantics, live hyper-parameter changes, the history's bounded memory and
// the decision grid.

#include <QtTest>
#include <atomic>
#include <cmath>
#include <sstream>

#include "core/training/presets.h"
#include "core/training/trainer.h"

using namespace relulab::core;

Q_DECLARE_METATYPE(relulab::core::DatasetKind)
Q_DECLARE_METATYPE(relulab::core::OptimizerKind)
Q_DECLARE_METATYPE(relulab::core::Precision)

namespace {

Trainer make(const TrainConfig& c) {
  auto t = Trainer::create(c);
  if (!t) qFatal("Trainer::create: %s", t.error().c_str());
  return std::move(t).value();
}

std::string csv(const Trainer& t) {
  std::ostringstream s;
  t.history().writeCsv(s);
  return s.str();
}

bool allFinite(std::span<const double> v) {
  return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
}

}  // namespace

class TestTraining : public QObject {
  Q_OBJECT

 private slots:
  void convergence_data() {
    QTest::addColumn<DatasetKind>("kind");
    QTest::newRow("circle") << DatasetKind::Circle;
    QTest::newRow("xor") << DatasetKind::Xor;
  }

  void convergence() {
    // tfp-relu (2-[4,2]-1 ReLU, SGD 0.03, batch 10) reaches ≥ 95 % test
    // accuracy in 1000 epochs. A net this small sometimes stalls on XOR (in 20
    // seeds: 15 reach it, as some ReLUs die or settle in a poor minimum), so
    // the test asks for 4 of seeds 1–5 on each data set.
    QFETCH(DatasetKind, kind);
    int reached = 0;
    QString accuracies;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
      TrainConfig c = *preset("tfp-relu");
      c.data.kind = kind;
      c.seed = seed;
      c.diagnostics.every = 0;
      Trainer t = make(c);
      t.trainEpochs(1000);
      QVERIFY(!t.divergence());
      const double accuracy = *t.measure().testAccuracy;
      reached += accuracy >= 0.95 ? 1 : 0;
      accuracies += QStringLiteral(" %1").arg(accuracy, 0, 'f', 3);
    }
    qInfo("%s: test accuracy per seed:%s", std::string(datasetId(kind)).c_str(),
          qPrintable(accuracies));
    QVERIFY(reached >= 4);
  }

  void determinism_data() {
    QTest::addColumn<Precision>("precision");
    QTest::newRow("float32") << Precision::Float32;
    QTest::newRow("float64") << Precision::Float64;
  }

  void determinism() {
    QFETCH(Precision, precision);
    TrainConfig c = *preset("tfp-relu");
    c.precision = precision;
    c.batchOrder = BatchOrder::ReshuffleEachEpoch;
    c.batchSize = 7;  // batches straddle epochs
    c.diagnostics.every = 20;
    Trainer a = make(c), b = make(c);
    a.train(2000);
    b.train(2000);
    QCOMPARE(a.parameters(), b.parameters());
    QCOMPARE(csv(a), csv(b));
    QVERIFY(a.history().size() > 50);
    c.seed = 2;
    Trainer other = make(c);
    other.train(2000);
    QVERIFY(csv(other) != csv(a));
  }

  void divergenceIsDetected_data() {
    QTest::addColumn<int>("every");
    QTest::addColumn<Precision>("precision");
    QTest::newRow("in the step, float32") << 0 << Precision::Float32;
    QTest::newRow("in the step, float64") << 0 << Precision::Float64;
    QTest::newRow("measured every step") << 1 << Precision::Float32;
  }

  void divergenceIsDetected() {
    // Regression, linear output, squared error, ReLU hidden layers, η = 10: the
    // weights grow geometrically until something overflows.
    QFETCH(int, every);
    QFETCH(Precision, precision);
    TrainConfig c = *preset("diverging");
    c.diagnostics.every = every;
    c.precision = precision;
    Trainer t = make(c);
    const RunResult r = t.train(100000);
    QVERIFY(r.diverged);
    QVERIFY(t.divergence());
    const Divergence& d = *t.divergence();
    qInfo("diverged: step %lld, %s", static_cast<long long>(d.step), d.what().c_str());
    QVERIFY(!std::isfinite(d.value));  // it really overflowed
    QCOMPARE(d.keptStep(), t.step());  // reported at the step that failed
    QCOMPARE(d.step, d.quantity == DivergedQuantity::Measurement ? t.step() : t.step() + 1);
    QCOMPARE(r.steps, t.step());
    QVERIFY(d.step > 1);
    QVERIFY(!d.what().empty());
    if (d.quantity == DivergedQuantity::Gradient || d.quantity == DivergedQuantity::Parameter) {
      QVERIFY(d.layer >= 1 && d.layer <= 3);
      QVERIFY(d.neuron >= 1);
    }
    // The last finite state is kept and nothing non-finite reached the history.
    QVERIFY(allFinite(t.parameters()));
    for (std::size_t i = 0; i < t.history().size(); ++i) QVERIFY(allFinite(t.history().row(i)));
    // Recorded up to the last finite measurement.
    if (every == 1)
      QCOMPARE(t.history().step(t.history().size() - 1),
               d.quantity == DivergedQuantity::Measurement ? t.step() - 1 : t.step());
    if (every == 0) QVERIFY(d.quantity != DivergedQuantity::Measurement);
    // Stopped: further calls do nothing until something changes.
    QVERIFY(t.train(10).diverged);
    QCOMPARE(t.step(), d.keptStep());
    OptimizerConfig gentle = t.config().optimizer;
    gentle.learningRate = 1e-6;
    QVERIFY(!t.setOptimizer(gentle));
    QVERIFY(!t.divergence());
  }

  void tfpBatchSemantics() {
    TrainConfig c = *preset("tfp-default");
    c.diagnostics.every = 0;
    Trainer t = make(c);
    QCOMPARE(t.stepsPerEpoch(), 25);  // 250 training points, batches of 10
    t.trainEpochs(1);
    QCOMPARE(t.step(), std::int64_t{25});
    QCOMPARE(t.epoch(), 1.0);
    QVERIFY(!t.setBatchSize(7));
    t.trainEpochs(1);  // 250 more samples in batches of 7: 36 steps, the last straddling
    QCOMPARE(t.step(), std::int64_t{25 + 36});
    QCOMPARE(t.epoch(), (250.0 + 36 * 7) / 250.0);
    QVERIFY(t.setBatchSize(0).has_value());
    QVERIFY(t.setBatchSize(251).has_value());
  }

  void optimizersLearn_data() {
    QTest::addColumn<OptimizerKind>("kind");
    QTest::addColumn<double>("rate");
    QTest::newRow("sgd") << OptimizerKind::Sgd << 0.03;
    QTest::newRow("momentum") << OptimizerKind::Momentum << 0.01;
    QTest::newRow("nesterov") << OptimizerKind::Nesterov << 0.01;
    QTest::newRow("rmsprop") << OptimizerKind::RmsProp << 0.003;
    QTest::newRow("adam") << OptimizerKind::Adam << 0.01;
  }

  void optimizersLearn() {
    QFETCH(OptimizerKind, kind);
    QFETCH(double, rate);
    TrainConfig c = *preset("tfp-default");
    c.optimizer.kind = kind;
    c.optimizer.learningRate = rate;
    c.optimizer.regularization = Regularization::L2;
    c.optimizer.regularizationRate = 1e-4;
    c.optimizer.clipNorm = 5.0;
    c.diagnostics.every = 0;
    Trainer t = make(c);
    const double before = t.measure().trainLoss;
    t.trainEpochs(100);
    const Metrics m = t.measure();
    QVERIFY(!t.divergence());
    QVERIFY2(m.trainLoss < 0.5 * before,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(m.trainLoss)));
  }

  void l1DrivesWeightsToExactZero() {
    TrainConfig c = *preset("tfp-default");
    c.optimizer.regularization = Regularization::L1;
    c.optimizer.regularizationRate = 0.3;
    c.diagnostics.every = 0;
    Trainer t = make(c);
    t.trainEpochs(50);
    const auto p = t.parameters();
    const auto zeros =
        std::count(p.begin(), p.begin() + static_cast<std::ptrdiff_t>(t.layout().weightCount), 0.0);
    QVERIFY(zeros > 0);
  }

  void liveActivationChangeKeepsWeights() {
    TrainConfig c = *preset("dying-relu");
    c.diagnostics.every = 0;
    Trainer t = make(c);
    t.trainEpochs(20);
    const auto before = t.parameters();
    QVERIFY(!t.setActivation(0, defaultActivation(ActivationKind::LeakyRelu)));
    QCOMPARE(t.parameters(), before);
    QCOMPARE(t.config().network.hidden[0].activation.kind, ActivationKind::LeakyRelu);
    QCOMPARE(t.measure().layers[0].activation.kind, ActivationKind::LeakyRelu);
    // PReLU's slopes start at its parameter and are then learned.
    QVERIFY(!t.setActivation(1, defaultActivation(ActivationKind::Prelu)));
    const std::size_t slope = t.layout().layers[1].slopes;
    QCOMPARE(t.parameters()[slope], defaultActivation(ActivationKind::Prelu).param);
    OptimizerConfig o = t.config().optimizer;
    o.learningRate = 0.03;
    QVERIFY(!t.setOptimizer(o));
    t.trainEpochs(5);
    QVERIFY(t.parameters()[slope] != defaultActivation(ActivationKind::Prelu).param);
    QVERIFY(t.setActivation(5, defaultActivation(ActivationKind::Relu)).has_value());
    OptimizerConfig bad = o;
    bad.learningRate = -1;
    QVERIFY(t.setOptimizer(bad)->english().starts_with("optimizer.learning_rate"));
  }

  void stopFlagInterrupts() {
    TrainConfig c = *preset("tfp-default");
    Trainer t = make(c);
    std::atomic<bool> stop{true};
    const RunResult r = t.train(1000, &stop);
    QVERIFY(r.interrupted);
    QCOMPARE(r.steps, std::int64_t{0});
  }

  void historyMemoryIsFlat() {
    History h({"a", "b", "c"}, 3000);
    const std::size_t capacity = h.capacity();
    const double row[3] = {1, 2, 3};
    for (std::int64_t step = 0; step < 10'000'000; ++step) {
      h.append(step, row);
      QVERIFY(h.size() <= capacity + 1);
    }
    QVERIFY(h.stride() > 1);
    QCOMPARE(h.step(0), std::int64_t{0});
    QCOMPARE(h.step(h.size() - 1), std::int64_t{9'999'999});
    for (std::size_t i = 1; i + 1 < h.size(); ++i) QCOMPARE(h.step(i) - h.step(i - 1), h.stride());
    QVERIFY(h.size() >= capacity / 2);
    // The trainer only measures when the history wants the step.
    QVERIFY(h.wants(h.stride() * 7));
    QVERIFY(!h.wants(h.stride() * 7 + 1));
  }

  void historyRecordsTheConfiguredColumns() {
    TrainConfig c = *preset("tfp-relu");
    c.diagnostics.every = 25;
    Trainer t = make(c);
    t.trainEpochs(10);
    const History& h = t.history();
    QCOMPARE(h.size(), std::size_t{11});  // steps 0, 25, …, 250
    QCOMPARE(h.step(10), std::int64_t{250});
    QCOMPARE(h.columns().size(), h.row(0).size());
    QCOMPARE(h.columns()[0], std::string("epoch"));
    QVERIFY(std::find(h.columns().begin(), h.columns().end(), "l2_dead") != h.columns().end());
    QVERIFY(std::find(h.columns().begin(), h.columns().end(), "l1n4_mean_abs_grad") !=
            h.columns().end());
    QCOMPARE(h.row(10)[0], 10.0);  // epoch
  }

  void grid() {
    TrainConfig c = *preset("tfp-relu");
    Trainer t = make(c);
    t.trainEpochs(50);
    GridSpec spec;
    spec.size = 25;
    const DecisionGrid g = t.grid(spec);
    QCOMPARE(g.output.size(), std::size_t{625});
    QCOMPARE(g.neurons.size(), std::size_t{625 * 6});
    // Corner (0, 0) is (x1, x2) = (−6, 6); the centre cell is (0, 0).
    TrainConfig probe = c;
    (void)probe;
    const auto params = t.parameters();
    const auto& L = t.layout();
    const auto forward = [&](double x1, double x2, std::vector<double>& units) {
      std::vector<double> in{x1, x2};
      units.clear();
      for (std::size_t l = 0; l < L.layers.size(); ++l) {
        const auto& ly = L.layers[l];
        std::vector<double> out(static_cast<std::size_t>(ly.out));
        for (int j = 0; j < ly.out; ++j) {
          double z = params[ly.biases + static_cast<std::size_t>(j)];
          for (int k = 0; k < ly.in; ++k)
            z += params[ly.weights + static_cast<std::size_t>(j * ly.in + k)] *
                 in[static_cast<std::size_t>(k)];
          out[static_cast<std::size_t>(j)] =
              l + 1 < L.layers.size() ? std::max(z, 0.0) : std::tanh(z);
          if (l + 1 < L.layers.size()) units.push_back(out[static_cast<std::size_t>(j)]);
        }
        in = out;
      }
      return in[0];
    };
    std::vector<double> units;
    for (const auto& [r, col] :
         {std::pair{0, 0}, std::pair{12, 12}, std::pair{24, 3}, std::pair{7, 19}}) {
      const double x1 = -6.0 + 12.0 * col / 24.0, x2 = 6.0 - 12.0 * r / 24.0;
      const double expected = forward(x1, x2, units);
      const std::size_t cell = static_cast<std::size_t>(r * 25 + col);
      QVERIFY(std::abs(g.output[cell] - expected) < 1e-4);
      std::size_t u = 0;
      for (int l = 0; l < 2; ++l)
        for (int j = 0; j < g.widths[static_cast<std::size_t>(l)]; ++j, ++u)
          QVERIFY(std::abs(g.neuronMap(l, j)[cell] - units[u]) < 1e-4);
    }
    const TrainingSnapshot s = t.snapshot(spec);
    QCOMPARE(s.step, t.step());
    QVERIFY(s.grid.has_value());
    QCOMPARE(s.parameters, t.parameters());
  }

  // A run saved mid-way and restored continues exactly as one that never
  // stopped: weights, moments, batch order and history, bit for bit.
  void restoreContinuesExactly_data() {
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<bool>("reshuffle");
    QTest::addColumn<int>("batch");
    QTest::newRow("sgd float32 once") << OptimizerKind::Sgd << Precision::Float32 << false << 10;
    QTest::newRow("adam float32 reshuffle")
        << OptimizerKind::Adam << Precision::Float32 << true << 7;
    QTest::newRow("momentum float64 reshuffle")
        << OptimizerKind::Momentum << Precision::Float64 << true << 33;
    QTest::newRow("rmsprop float64 once")
        << OptimizerKind::RmsProp << Precision::Float64 << false << 1;
  }

  void restoreContinuesExactly() {
    QFETCH(OptimizerKind, optimizer);
    QFETCH(Precision, precision);
    QFETCH(bool, reshuffle);
    QFETCH(int, batch);
    for (const std::uint64_t seed : {3u, 11u}) {
      TrainConfig c = *preset("tfp-relu");
      c.seed = seed;
      c.optimizer.kind = optimizer;
      c.optimizer.learningRate = optimizer == OptimizerKind::Sgd ? 0.03 : 0.01;
      c.precision = precision;
      c.batchOrder = reshuffle ? BatchOrder::ReshuffleEachEpoch : BatchOrder::ShuffleOnce;
      c.batchSize = batch;
      c.diagnostics.every = 5;
      Trainer whole = make(c);
      Trainer first = make(c);
      // An odd number of steps ends mid-epoch; a live batch change on the way.
      QVERIFY(!whole.train(337).diverged);
      QVERIFY(!first.train(337).diverged);
      QVERIFY(!whole.setBatchSize(batch + 2));
      QVERIFY(!first.setBatchSize(batch + 2));
      QVERIFY(!whole.train(120).diverged);
      QVERIFY(!first.train(120).diverged);
      auto resumed = Trainer::restore(first.state());
      QVERIFY2(resumed.ok(), resumed.error().c_str());
      Trainer second = std::move(resumed).value();
      QCOMPARE(second.step(), first.step());
      QCOMPARE(second.epoch(), first.epoch());
      QVERIFY(!whole.train(443).diverged);
      QVERIFY(!second.train(443).diverged);
      QCOMPARE(second.parameters(), whole.parameters());
      QCOMPARE(second.step(), whole.step());
      QCOMPARE(csv(second), csv(whole));
      const TrainerState a = second.state(), b = whole.state();
      QCOMPARE(a.first, b.first);
      QCOMPARE(a.second, b.second);
      QCOMPARE(a.permutations, b.permutations);
      QCOMPARE(a.batchRng, b.batchRng);
      // Stopped after an epoch's last batch, which may reach into the next.
      Trainer edge = make(c);
      QVERIFY(!edge.train(edge.stepsPerEpoch()).diverged);
      auto fromEdge = Trainer::restore(edge.state());
      QVERIFY2(fromEdge.ok(), fromEdge.error().c_str());
      QVERIFY(!edge.train(60).diverged);
      QVERIFY(!fromEdge.value().train(60).diverged);
      QCOMPARE(fromEdge->parameters(), edge.parameters());
    }
  }

  void restoreRefusesWhatDoesNotFit() {
    TrainConfig c = *preset("tfp-relu");
    c.optimizer.kind = OptimizerKind::Adam;
    c.batchOrder = BatchOrder::ReshuffleEachEpoch;
    Trainer t = make(c);
    t.train(40);
    const TrainerState good = t.state();
    const auto refused = [](const TrainerState& s, const char* part) {
      const auto r = Trainer::restore(s);
      if (r.ok()) return QStringLiteral("accepted");
      const QString text = QString::fromStdString(r.error());
      return text.contains(QLatin1String(part)) ? QString() : text;
    };
    TrainerState s = good;
    s.parameters.pop_back();
    QCOMPARE(refused(s, "parameters: expected"), QString());
    s = good;
    s.parameters[5] = std::nan("");
    QCOMPARE(refused(s, "parameters[5]: must be a finite number"), QString());
    s = good;
    s.parameters[2] = 1e300;  // finite in double, not in float32
    QCOMPARE(refused(s, "parameters[2]"), QString());
    s = good;
    s.second.clear();
    QCOMPARE(refused(s, "optimizer.second"), QString());
    s = good;
    s.permutations[0][0] = s.permutations[0][1];
    QCOMPARE(refused(s, "batches: permutations"), QString());
    s = good;
    s.batchRng = {0, 0, 0, 0};
    QCOMPARE(refused(s, "batches: rng"), QString());
    s = good;
    s.history.columns.pop_back();
    QCOMPARE(refused(s, "history.columns"), QString());
    s = good;
    s.history.steps.push_back(1);
    QCOMPARE(refused(s, "history."), QString());
    s = good;
    s.data.train.clear();
    QVERIFY(!Trainer::restore(s).ok());
    QVERIFY(Trainer::restore(good).ok());
  }

  void invalidConfigsNameTheField() {
    TrainConfig c;
    c.network.hidden[1].width = 0;
    QVERIFY(Trainer::create(c).error().starts_with("network.hidden[1].width"));
    c = {};
    c.batchSize = 1000;
    QVERIFY(Trainer::create(c).error().starts_with("batch_size"));
    c = {};
    c.network.inputs = 3;
    QVERIFY(Trainer::create(c).error().starts_with("network.inputs"));
    c = {};
    c.data.kind = DatasetKind::RegressPlane;
    c.network.output = OutputKind::SigmoidCrossEntropy;
    QVERIFY(Trainer::create(c).error().starts_with("network.output"));
    c = {};
    c.optimizer.momentum = 1.0;
    QVERIFY(Trainer::create(c).error().starts_with("optimizer.momentum"));
    QVERIFY(Trainer::create(TrainConfig{}).ok());
    QVERIFY(*preset("tfp-default") == TrainConfig{});
    for (const PresetInfo& p : presetList()) QVERIFY(!validate(*preset(p.name)));
  }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
