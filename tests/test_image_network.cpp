// Image networks' arithmetic (core/images/image_layers.h) in double: the
// gradient of the mean cross-entropy against central differences for dense,
// convolutional (3 × 3 and 5 × 5) and pooling layers with every activation of
// the library, weights, biases and PReLU slopes included; dead, inactive and
// saturated units on networks built so that the answer is known; the specs'
// validation, shapes and descriptions.
#include <QtTest>
#include <cmath>

#include "core/images/image_layers.h"
#include "core/images/image_probe.h"
#include "tests/activation_kinks.h"

using namespace relulab::core;
using images::ImageModel;

namespace {

using relulab::test::kinks;

ImageLayerSpec layer(ImageLayerKind kind, int size, Activation a, int kernel = 3) {
  ImageLayerSpec l;
  l.kind = kind;
  l.size = size;
  l.kernel = kernel;
  l.activation = a;
  return l;
}

struct Batch {
  std::vector<double> input;
  std::vector<int> labels;
};

Batch randomBatch(const ImageNetworkSpec& spec, int count, Rng& rng) {
  Batch b;
  for (int i = 0; i < count * spec.rows * spec.cols; ++i) b.input.push_back(rng.uniform01());
  for (int i = 0; i < count; ++i)
    b.labels.push_back(static_cast<int>(rng.below(static_cast<std::uint64_t>(spec.classes))));
  return b;
}

double meanLoss(ImageModel<double>& model, const Batch& b) {
  const int count = static_cast<int>(b.labels.size());
  model.forward(b.input.data(), count, true);
  return model.softmaxLoss(b.labels.data(), 1.0 / count, nullptr) / count;  // δ of the mean
}

// Every pre-activation at least `margin` from a kink, and every pooling
// window's maximum ahead of the runner-up by `margin` (or tied at an exact
// flat zero, which no small step moves).
bool clearOfKinks(const ImageModel<double>& model, const Batch& b, double margin) {
  const auto& spec = model.spec();
  for (int l = 0; l < model.hiddenCount(); ++l) {
    const ImageLayerSpec& s = spec.layers[static_cast<std::size_t>(l)];
    const std::size_t n = static_cast<std::size_t>(model.count()) *
                          model.shapes()[static_cast<std::size_t>(l) + 1].size();
    if (s.kind == ImageLayerKind::MaxPool) {
      const ImageShape& in = model.shapes()[static_cast<std::size_t>(l)];
      std::vector<double> x(static_cast<std::size_t>(in.size()));
      for (int img = 0; img < model.count(); ++img) {
        model.imageInput(l, b.input.data(), img, x.data());
        for (int c = 0; c < in.channels; ++c)
          for (int r = 0; r + 1 < in.rows; r += 2)
            for (int q = 0; q + 1 < in.cols; q += 2) {
              const double* p = x.data() + (c * in.rows + r) * in.cols + q;
              double v[4] = {p[0], p[1], p[in.cols], p[in.cols + 1]};
              std::sort(v, v + 4);
              if (v[3] - v[2] < margin && !(v[3] == v[2] && v[3] == 0.0)) return false;
            }
      }
      continue;
    }
    for (std::size_t i = 0; i < n; ++i)
      for (double k : kinks(s.activation.kind))
        if (std::fabs(model.z(l)[i] - k) < margin) return false;
  }
  return true;
}

}  // namespace

class TestImageNetwork : public QObject {
  Q_OBJECT

 private:
  // Checks ∂L/∂θ for every parameter against (L(θ + h) − L(θ − h)) / 2h.
  void checkGradient(ImageNetworkSpec spec) {
    QFETCH(int, kind);
    const auto act = defaultActivation(static_cast<ActivationKind>(kind));
    for (ImageLayerSpec& l : spec.layers) l.activation = act;
    // Pre-activations of a few units on either side of every kink: biases
    // drawn around the kinks' scale so that both sides are exercised.
    for (std::uint64_t seed = 1; seed < 200; ++seed) {
      Rng rng(seed);
      ImageModel<double> model(spec);
      model.initialize(rng);
      auto& p = model.parameters();
      for (const auto& pl : model.layout().layers)
        for (int j = 0; j < pl.out; ++j) p[pl.biases + j] = rng.uniform(-0.5, 0.5);
      const auto& layers = model.layout().layers;
      if (act.kind == ActivationKind::Prelu)  // slopes of their own, learned per unit
        for (std::size_t l = 0; l + 1 < layers.size(); ++l)
          for (int j = 0; j < layers[l].out; ++j) p[layers[l].slopes + j] = rng.uniform(0.05, 0.5);
      const Batch b = randomBatch(spec, 3, rng);
      meanLoss(model, b);
      if (!clearOfKinks(model, b, 1e-3)) continue;

      std::vector<double> grad(p.size());
      const double loss = meanLoss(model, b);
      QVERIFY(std::isfinite(loss));
      model.backward(b.input.data(), grad.data());
      const double h = 1e-6;
      int checked = 0;
      for (std::size_t i = 0; i < p.size(); ++i) {
        const double keep = p[i];
        p[i] = keep + h;
        const double up = meanLoss(model, b);
        p[i] = keep - h;
        const double down = meanLoss(model, b);
        p[i] = keep;
        const double fd = (up - down) / (2 * h);
        if (std::fabs(fd - grad[i]) > 1e-6 * std::max(1.0, std::fabs(fd)))
          QFAIL(qPrintable(QStringLiteral("%1, parameter %2 of %3: analytic %4, central %5")
                               .arg(QString::fromUtf8(activationInfo(act.kind).id.data(),
                                                      activationInfo(act.kind).id.size()))
                               .arg(i)
                               .arg(p.size())
                               .arg(grad[i], 0, 'g', 12)
                               .arg(fd, 0, 'g', 12)));
        ++checked;
      }
      QCOMPARE(checked, static_cast<int>(model.layout().size));
      // PReLU slopes have a gradient; other activations' slopes none.
      double slopeGrad = 0.0;
      for (std::size_t l = 0; l + 1 < model.layout().layers.size(); ++l) {
        const auto& pl = model.layout().layers[l];
        for (int j = 0; j < pl.out; ++j) slopeGrad += std::fabs(grad[pl.slopes + j]);
      }
      if (act.kind == ActivationKind::Prelu)
        QVERIFY(slopeGrad > 0.0);
      else
        QCOMPARE(slopeGrad, 0.0);
      return;
    }
    QFAIL("no seed kept every pre-activation away from the kinks");
  }

  static void activations() {
    QTest::addColumn<int>("kind");
    for (const ActivationInfo& info : activationInfos())
      QTest::newRow(std::string(info.id).c_str()) << static_cast<int>(info.kind);
  }

 private slots:
  void denseGradient_data() { activations(); }
  void denseGradient() {
    ImageNetworkSpec spec;
    spec.rows = 4;
    spec.cols = 4;
    spec.classes = 3;
    spec.layers = {layer(ImageLayerKind::Dense, 5, {}), layer(ImageLayerKind::Dense, 4, {})};
    checkGradient(spec);
  }

  // conv 3×3 → pool → conv 5×5 → dense → softmax: both kernels, padding at
  // every border, pooling, and the gather from maps to a dense layer.
  void convGradient_data() { activations(); }
  void convGradient() {
    ImageNetworkSpec spec;
    spec.rows = 7;  // odd: pooling drops the last row and column
    spec.cols = 6;
    spec.classes = 3;
    spec.layers = {layer(ImageLayerKind::Conv, 3, {}, 3), layer(ImageLayerKind::MaxPool, 0, {}),
                   layer(ImageLayerKind::Conv, 2, {}, 5), layer(ImageLayerKind::Dense, 4, {})};
    checkGradient(spec);
  }

  // Conv straight into the softmax layer, and pooling twice.
  void convToSoftmaxGradient_data() { activations(); }
  void convToSoftmaxGradient() {
    ImageNetworkSpec spec;
    spec.rows = 8;
    spec.cols = 8;
    spec.classes = 4;
    spec.layers = {layer(ImageLayerKind::Conv, 2, {}, 3), layer(ImageLayerKind::MaxPool, 0, {}),
                   layer(ImageLayerKind::Conv, 3, {}, 3), layer(ImageLayerKind::MaxPool, 0, {})};
    checkGradient(spec);
  }

  // A convolution by hand: a 3 × 3 image, one 3 × 3 kernel, zero padding.
  void convolutionByHand() {
    ImageNetworkSpec spec;
    spec.rows = 3;
    spec.cols = 3;
    spec.classes = 2;
    spec.layers = {layer(ImageLayerKind::Conv, 1, {ActivationKind::Hardtanh, 0.0}, 3)};
    spec.layers[0].activation = {ActivationKind::Tanh, 0.0};
    ImageModel<double> model(spec);
    auto& p = model.parameters();
    const auto& conv = model.layout().layers[0];
    for (int i = 0; i < 9; ++i) p[conv.weights + i] = i + 1;  // k[ky][kx] = 3ky + kx + 1
    p[conv.biases] = 0.5;
    const std::vector<double> image{1, 2, 3, 4, 5, 6, 7, 8, 9};
    model.forward(image.data(), 1, false);
    // Centre: Σ k·x = 1·1 + 2·2 + … + 9·9 = 285; corner (0,0) sees x[0..1][0..1]
    // through k[1..2][1..2]: 5·1 + 6·2 + 8·4 + 9·5 = 94.
    QCOMPARE(model.z(0)[4], 285.5);
    QCOMPARE(model.z(0)[0], 94.5);
    QCOMPARE(model.a(0)[4], std::tanh(285.5));
  }

  // Max pooling picks the first maximum and drops an odd last row/column.
  void poolingByHand() {
    ImageNetworkSpec spec;
    spec.rows = 3;
    spec.cols = 5;
    spec.classes = 2;
    spec.layers = {layer(ImageLayerKind::MaxPool, 0, {})};
    ImageModel<double> model(spec);
    const std::vector<double> image{1, 7, 3, 3, 9, 4, 2, 0, 5, 9, 9, 9, 9, 9, 9};
    model.forward(image.data(), 1, false);
    QCOMPARE(model.shapes()[1], (ImageShape{1, 1, 2}));
    QCOMPARE(model.a(0)[0], 7.0);
    QCOMPARE(model.a(0)[1], 5.0);
  }

  // Float pooling runs four windows at a time in SSE2 (rows of 4 windows or
  // more, the last four overlapping), double one window at a time: the same
  // maxima, and the gradient routed to the same input (the first maximum),
  // on a 9 × 11 map (5 windows a row, an odd row and column dropped) full of
  // ties. An identity kernel makes the pooled map the image itself, so each
  // weight's gradient depends on which pixel of each window won.
  void poolingFloatMatchesDouble() {
    ImageNetworkSpec spec;
    spec.rows = 9;
    spec.cols = 11;
    spec.classes = 3;
    spec.layers = {layer(ImageLayerKind::Conv, 1, {ActivationKind::Relu, 0.0}, 3),
                   layer(ImageLayerKind::MaxPool, 0, {})};
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
      Rng rng(seed);
      ImageModel<double> exact(spec);
      exact.initialize(rng);
      auto& p = exact.parameters();
      const auto& conv = exact.layout().layers[0];
      for (int i = 0; i < 9; ++i) p[conv.weights + i] = i == 4 ? 1.0 : 0.0;
      p[conv.biases] = 0.0;
      ImageModel<float> fast(spec);
      for (std::size_t i = 0; i < p.size(); ++i) fast.parameters()[i] = static_cast<float>(p[i]);
      const int count = 3;
      const double levels[] = {-1.0, 0.0, 0.5, 1.0, 2.0};
      std::vector<double> input;
      std::vector<float> inputF;
      for (int i = 0; i < count * spec.rows * spec.cols; ++i) {
        input.push_back(levels[rng.below(5)]);
        inputF.push_back(static_cast<float>(input.back()));
      }
      std::vector<int> labels;
      for (int i = 0; i < count; ++i) labels.push_back(static_cast<int>(rng.below(3)));
      exact.forward(input.data(), count, true);
      fast.forward(inputF.data(), count, true);
      const std::size_t pooled = static_cast<std::size_t>(count) * exact.shapes()[2].size();
      QCOMPARE(pooled, std::size_t{3 * 4 * 5});
      for (std::size_t i = 0; i < pooled; ++i)
        QCOMPARE(static_cast<double>(fast.a(1)[i]), exact.a(1)[i]);
      exact.softmaxLoss(labels.data(), 1.0 / count, nullptr);
      fast.softmaxLoss(labels.data(), 1.0f / count, nullptr);
      std::vector<double> g(p.size());
      std::vector<float> gF(p.size());
      exact.backward(input.data(), g.data());
      fast.backward(inputF.data(), gF.data());
      for (std::size_t i = 0; i < p.size(); ++i)
        if (std::fabs(gF[i] - g[i]) > 1e-5 * std::max(1.0, std::fabs(g[i])))
          QFAIL(qPrintable(QStringLiteral("seed %1, parameter %2: float %3, double %4")
                               .arg(seed)
                               .arg(i)
                               .arg(gF[i])
                               .arg(g[i])));
    }
    // A NaN wins its window wherever it stands in it.
    ImageNetworkSpec flat;
    flat.rows = 2;
    flat.cols = 10;
    flat.layers = {layer(ImageLayerKind::MaxPool, 0, {})};
    ImageModel<float> pool(flat);
    for (int window = 0; window < 5; ++window)
      for (int corner = 0; corner < 4; ++corner) {
        std::vector<float> image(20);
        for (int i = 0; i < 20; ++i) image[static_cast<std::size_t>(i)] = static_cast<float>(i);
        image[static_cast<std::size_t>((corner / 2) * 10 + 2 * window + corner % 2)] =
            std::nanf("");
        pool.forward(image.data(), 1, false);
        for (int j = 0; j < 5; ++j) QCOMPARE(std::isnan(pool.a(0)[j]), j == window);
      }
  }

  // A convolution works through its images in blocks sized to the cache
  // (one 28 × 28 image at a time for 8 input maps in double): a chunk of
  // three gives the same values and gradient as the three images one by one.
  void convolutionBlocksMatchSingleImages() {
    ImageNetworkSpec spec;
    spec.classes = 4;
    spec.layers = {layer(ImageLayerKind::Conv, 8, {ActivationKind::Elu, 1.0}, 3),
                   layer(ImageLayerKind::Conv, 2, {ActivationKind::Relu, 0.0}, 5),
                   layer(ImageLayerKind::MaxPool, 0, {})};
    Rng rng(7);
    ImageModel<double> model(spec);
    model.initialize(rng);
    for (const auto& pl : model.layout().layers)
      for (int j = 0; j < pl.out; ++j) model.parameters()[pl.biases + j] = rng.uniform(-0.2, 0.2);
    const Batch b = randomBatch(spec, 3, rng);
    const std::size_t size = model.layout().size;
    std::vector<double> whole(size), sum(size, 0.0), one(size);
    model.forward(b.input.data(), 3, true);
    model.softmaxLoss(b.labels.data(), 1.0, nullptr);
    model.backward(b.input.data(), whole.data());
    const std::size_t pixels = static_cast<std::size_t>(spec.rows * spec.cols);
    const std::size_t outSize = static_cast<std::size_t>(model.shapes()[3].size());
    for (int s = 0; s < 3; ++s) {
      ImageModel<double> single(spec);
      single.parameters() = model.parameters();
      const double* x = b.input.data() + s * pixels;
      single.forward(x, 1, true);
      std::vector<double> mine(outSize), theirs(outSize);
      single.imageOutput(2, 0, false, mine.data());
      model.imageOutput(2, s, false, theirs.data());
      for (std::size_t i = 0; i < outSize; ++i) QCOMPARE(mine[i], theirs[i]);
      single.softmaxLoss(&b.labels[static_cast<std::size_t>(s)], 1.0, nullptr);
      single.backward(x, one.data());
      for (std::size_t i = 0; i < size; ++i) sum[i] += one[i];
    }
    for (std::size_t i = 0; i < size; ++i)
      QVERIFY2(std::fabs(sum[i] - whole[i]) <= 1e-9 * std::max(1.0, std::fabs(whole[i])),
               qPrintable(
                   QStringLiteral("parameter %1: %2 against %3").arg(i).arg(whole[i]).arg(sum[i])));
  }

  // Units made dead (ReLU, bias −100), inactive (Leaky ReLU), saturated
  // (sigmoid) or kept alive (bias +100), in a dense and a conv layer.
  void deadUnitsKnown_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("dead");
    QTest::addColumn<int>("inactive");
    QTest::addColumn<int>("saturated");
    QTest::newRow("relu") << static_cast<int>(ActivationKind::Relu) << 2 << 0 << 0;
    QTest::newRow("relu6") << static_cast<int>(ActivationKind::Relu6) << 3 << 0 << 0;
    QTest::newRow("leaky_relu") << static_cast<int>(ActivationKind::LeakyRelu) << 0 << 2 << 0;
    QTest::newRow("elu") << static_cast<int>(ActivationKind::Elu) << 0 << 2 << 0;
    QTest::newRow("sigmoid") << static_cast<int>(ActivationKind::Sigmoid) << 0 << 0 << 3;
  }
  void deadUnitsKnown() {
    QFETCH(int, kind);
    QFETCH(int, dead);
    QFETCH(int, inactive);
    QFETCH(int, saturated);
    const Activation act = defaultActivation(static_cast<ActivationKind>(kind));
    ImageNetworkSpec spec;
    spec.rows = 6;
    spec.cols = 6;
    spec.classes = 3;
    spec.layers = {layer(ImageLayerKind::Conv, 4, act, 3), layer(ImageLayerKind::MaxPool, 0, {}),
                   layer(ImageLayerKind::Dense, 5, act)};
    ImageModel<double> model(spec);
    Rng rng(7);
    model.initialize(rng);
    auto& p = model.parameters();
    const auto& conv = model.layout().layers[0];
    const auto& dense = model.layout().layers[2];
    // Small weights (|w·x| < 0.5 on every image) and biases of 0.5: every
    // unit lives, but those given a bias of ±100, which decides alone. The
    // dense units do not read map 4 (≈ 100 everywhere).
    for (std::size_t i = 0; i < model.layout().weightCount; ++i) p[i] *= 0.01;
    for (int j = 0; j < 4; ++j) p[conv.biases + j] = 0.5;
    for (int j = 0; j < 5; ++j) p[dense.biases + j] = 0.5;
    for (int j = 0; j < 5; ++j)
      for (int q = 0; q < 9; ++q) p[dense.weights + j * dense.in + 3 * 9 + q] = 0.0;
    p[conv.biases + 1] = -100.0;  // map 2: below zero everywhere
    p[conv.biases + 3] = 100.0;   // map 4: above (ReLU6: clipped at 6, f′ = 0)
    p[dense.biases + 0] = -100.0;
    p[dense.biases + 4] = 100.0;
    Batch b = randomBatch(spec, 20, rng);
    images::ProbeCounts counts;
    model.forward(b.input.data(), 20, true);
    model.softmaxLoss(b.labels.data(), 1.0 / 20, nullptr);
    std::vector<double> grad(p.size());
    model.backward(b.input.data(), grad.data());
    images::countProbe(model, counts);
    const auto stats = images::probeStats(model, counts, grad.data());
    QCOMPARE(static_cast<int>(stats.size()), 3);
    QCOMPARE(stats[1].units, 0);
    QCOMPARE(stats[1].kind, ImageLayerKind::MaxPool);
    const int total = stats[0].dead + stats[2].dead;
    // ReLU6: the +100 units are flat too (f′ = 0 above 6), so dead as well —
    // but the dense one's input is 0 after a dead map only in part; count per layer.
    const auto check = [&](const ImageLayerStats& s, int deadHere, int inactiveHere,
                           int saturatedHere) {
      QCOMPARE(s.dead, deadHere);
      QCOMPARE(s.inactive, inactiveHere);
      QCOMPARE(s.saturated, saturatedHere);
    };
    if (dead == 2) {
      check(stats[0], 1, 0, 0);
      check(stats[2], 1, 0, 0);
      QCOMPARE(stats[0].state[1], NeuronState::Dead);
      QCOMPARE(stats[0].active[1], 0.0);
      QCOMPARE(stats[0].active[3], 1.0);  // live at every (image, position)
      // Sparsity: map 2 is zero everywhere, the others nowhere.
      QCOMPARE(stats[0].sparsity, 0.25);
      QCOMPARE(stats[2].sparsity, 0.2);
    } else if (dead == 3) {  // ReLU6: below 0 and above 6 are both flat
      check(stats[0], 2, 0, 0);
      check(stats[2], 2, 0, 0);
    } else if (inactive == 2) {
      check(stats[0], 0, 1, 0);
      check(stats[2], 0, 1, 0);
      QCOMPARE(stats[0].state[1], NeuronState::Inactive);
    } else {  // sigmoid: saturated at both ends
      check(stats[0], 0, 0, 2);
      check(stats[2], 0, 0, 2);
    }
    QCOMPARE(total, dead == 2 ? 2 : (dead == 3 ? 4 : 0));
    (void)saturated;
    // Gradient norm of a dead map's weights: none reaches them.
    if (dead > 0) {
      double g = 0.0;
      for (int i = 0; i < 9; ++i) g += std::fabs(grad[conv.weights + 9 + i]);
      QCOMPARE(g, 0.0);
    }
    QVERIFY(stats[0].gradientNorm > 0.0);
    QVERIFY(stats[0].weightNorm > 0.0);
  }

  void validateNamesTheField_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("field");
    QTest::newRow("kernel") << 0 << "network.layers[1].kernel";
    QTest::newRow("conv after dense") << 1 << "network.layers[1].kind";
    QTest::newRow("dense size") << 2 << "network.layers[0].size";
    QTest::newRow("conv maps") << 3 << "network.layers[0].size";
    QTest::newRow("classes") << 4 << "network.classes";
    QTest::newRow("rows") << 5 << "network.rows";
    QTest::newRow("too many layers") << 6 << "network.layers";
    QTest::newRow("param") << 7 << "network.layers[0].param";
    QTest::newRow("pool too small") << 8 << "network.layers[2]";
    QTest::newRow("bias") << 9 << "network.bias_init";
  }
  void validateNamesTheField() {
    QFETCH(int, which);
    QFETCH(QString, field);
    ImageNetworkSpec spec;
    QVERIFY(!validate(spec));
    switch (which) {
      case 0:
        spec.layers = {layer(ImageLayerKind::Conv, 8, {}), layer(ImageLayerKind::Conv, 8, {}, 4)};
        break;
      case 1:
        spec.layers = {layer(ImageLayerKind::Dense, 8, {}), layer(ImageLayerKind::Conv, 8, {})};
        break;
      case 2:
        spec.layers = {layer(ImageLayerKind::Dense, 1025, {})};
        break;
      case 3:
        spec.layers = {layer(ImageLayerKind::Conv, 65, {})};
        break;
      case 4:
        spec.classes = 1;
        break;
      case 5:
        spec.rows = 0;
        break;
      case 6:
        spec.layers.assign(9, layer(ImageLayerKind::Dense, 4, {}));
        break;
      case 7:
        spec.layers = {layer(ImageLayerKind::Dense, 8, {ActivationKind::Elu, -1.0})};
        break;
      case 8:
        spec.rows = 3;
        spec.cols = 3;
        spec.layers = {layer(ImageLayerKind::MaxPool, 0, {}), layer(ImageLayerKind::Conv, 2, {}),
                       layer(ImageLayerKind::MaxPool, 0, {})};
        break;
      case 9:
        spec.biasInit = std::nan("");
        break;
    }
    const auto problem = validate(spec);
    QVERIFY(problem);
    const QString text = QString::fromStdString(problem->english());
    QVERIFY2(text.startsWith(field + ":"), qPrintable(text));
  }

  void shapesAndDescription() {
    ImageNetworkSpec spec;
    spec.layers = {layer(ImageLayerKind::Conv, 8, {}), layer(ImageLayerKind::MaxPool, 0, {}),
                   layer(ImageLayerKind::Dense, 100, {ActivationKind::LeakyRelu, 0.01})};
    QVERIFY(!validate(spec));
    const auto shapes = imageShapes(spec);
    QCOMPARE(shapes.size(), std::size_t{5});
    QCOMPARE(shapes[0], (ImageShape{1, 28, 28}));
    QCOMPARE(shapes[1], (ImageShape{8, 28, 28}));
    QCOMPARE(shapes[2], (ImageShape{8, 14, 14}));
    QCOMPARE(shapes[3], (ImageShape{100, 1, 1}));
    QCOMPARE(shapes[4], (ImageShape{10, 1, 1}));
    QCOMPARE(imageUnits(spec.layers[1]), 0);
    QCOMPARE(describe(spec),
             std::string("conv 8@3×3 relu → pool → dense 100 leaky_relu → softmax 10"));
    QCOMPARE(imageLayerFromId("maxpool"), std::optional(ImageLayerKind::MaxPool));
    QCOMPARE(imageLayerId(ImageLayerKind::Conv), std::string_view("conv"));
    QVERIFY(!imageLayerFromId("pool"));
    const images::ImageParamLayout layout(spec);
    QCOMPARE(layout.weightCount, std::size_t(8 * 9 + 100 * 8 * 14 * 14 + 10 * 100));
    QCOMPARE(layout.size, layout.weightCount + 8 + 100 + 10 + 8 + 100);
  }
};

QTEST_APPLESS_MAIN(TestImageNetwork)
#include "test_image_network.moc"
