#include "ui/playground/playground_network_view.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "core/model/network.h"
#include "ui/common/palette.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

constexpr int kFeatureMapSize = 40;

std::vector<int> chosenFeatures(const core::FeatureSet& set) {
  std::vector<int> f;
  for (int i = 0; i < core::kFeatureCount; ++i)
    if (set.has(static_cast<core::Feature>(i))) f.push_back(i);
  return f;
}

}  // namespace

struct PlaygroundNetworkView::Geometry {
  std::vector<int> counts;  // nodes per column: inputs, hidden layers, output
  double top = 0, height = 0, columnWidth = 0, side = 0, gap = 0;
  bool labels = false;  // room for a "dead" label under a node
};

PlaygroundNetworkView::PlaygroundNetworkView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);
}

void PlaygroundNetworkView::setFrame(const FramePtr& frame) {
  frame_ = frame;
  update();
}

PlaygroundNetworkView::Geometry PlaygroundNetworkView::geometry() const {
  Geometry g;
  if (!frame_) return g;
  const QFontMetrics fm(font());
  g.counts.push_back(static_cast<int>(chosenFeatures(frame_->config.data.features).size()));
  for (const core::LayerSpec& l : frame_->config.network.hidden) g.counts.push_back(l.width);
  g.counts.push_back(1);
  const int most = *std::max_element(g.counts.begin(), g.counts.end());
  g.top = fm.height() * 2 + 8;
  g.height = std::max(10.0, height() - g.top - 6);
  g.columnWidth = static_cast<double>(width()) / static_cast<double>(g.counts.size());
  const double label = fm.height() + 2;
  g.side = std::min({48.0, g.columnWidth * 0.42, (g.height - (most - 1) * (label + 4)) / most});
  g.labels = g.side >= 18;
  if (!g.labels) g.side = std::min({48.0, g.columnWidth * 0.42, g.height / (most * 1.25)});
  g.side = std::max(4.0, g.side);
  g.gap = g.labels ? label + 4 : g.side * 0.25;
  return g;
}

QRectF PlaygroundNetworkView::nodeRect(const Geometry& g, int column, int index) const {
  const int n = g.counts[static_cast<std::size_t>(column)];
  const double total = n * g.side + (n - 1) * g.gap;
  const double y = g.top + (g.height - total) / 2 + index * (g.side + g.gap);
  double cx = (column + 0.5) * g.columnWidth;
  if (layoutDirection() == Qt::RightToLeft) cx = width() - cx;
  return QRectF(cx - g.side / 2, y, g.side, g.side);
}

core::NeuronState PlaygroundNetworkView::neuronState(int layer, int neuron) const {
  const core::NeuronStats* s = frame_ ? frame_->neuron(layer, neuron) : nullptr;
  return s ? s->state : core::NeuronState::Active;
}

bool PlaygroundNetworkView::neuronGreyed(int layer, int neuron) const {
  return neuronState(layer, neuron) != core::NeuronState::Active;
}

QRectF PlaygroundNetworkView::neuronRect(int layer, int neuron) const {
  if (!frame_ || !frame_->neuron(layer, neuron)) return {};
  return nodeRect(geometry(), layer + 1, neuron);
}

QString PlaygroundNetworkView::neuronToolTip(int layer, int neuron) const {
  const core::NeuronStats* s = frame_ ? frame_->neuron(layer, neuron) : nullptr;
  if (!s) return {};
  const core::Activation& a =
      frame_->config.network.hidden[static_cast<std::size_t>(layer)].activation;
  const QLocale locale;
  QString text = tr("<b>Layer %1, neuron %2</b> · %3")
                     .arg(layer + 1)
                     .arg(neuron + 1)
                     .arg(PlaygroundText::activationName(a.kind));
  text += QStringLiteral("<br>") + tr("Active on %1% of the probe points")
                                       .arg(locale.toString(s->activeFraction * 100.0, 'f', 1));
  text += QStringLiteral("<br>") +
          tr("Mean activation %1").arg(locale.toString(s->meanActivation, 'g', 3));
  text += QStringLiteral("<br>") +
          tr("Mean |gradient| %1").arg(locale.toString(s->meanAbsGradient, 'g', 3));
  switch (s->state) {
    case core::NeuronState::Active:
      text += QStringLiteral("<hr>") + PlaygroundText::activeDefinition();
      break;
    case core::NeuronState::Dead:
      text += QStringLiteral("<hr>") + PlaygroundText::deadDefinition();
      break;
    case core::NeuronState::Inactive:
      text += QStringLiteral("<hr>") + PlaygroundText::inactiveDefinition();
      break;
    case core::NeuronState::Saturated:
      text += QStringLiteral("<hr>") +
              PlaygroundText::saturatedDefinition(frame_->metrics.saturationThreshold);
      break;
  }
  return text;
}

bool PlaygroundNetworkView::event(QEvent* e) {
  if (e->type() == QEvent::ToolTip && frame_) {
    auto* help = static_cast<QHelpEvent*>(e);
    const Geometry g = geometry();
    for (int l = 0; l < static_cast<int>(frame_->config.network.hidden.size()); ++l)
      for (int j = 0; j < g.counts[static_cast<std::size_t>(l) + 1]; ++j)
        if (nodeRect(g, l + 1, j).adjusted(-2, -2, 2, 2).contains(help->pos())) {
          QToolTip::showText(help->globalPos(), neuronToolTip(l, j), this);
          return true;
        }
    QToolTip::showText(help->globalPos(),
                       tr("Each square shows what a unit outputs over the input plane. Lines are "
                          "weights: thicker for larger |w|, blue positive, orange negative. Hover "
                          "a unit for its numbers."),
                       this);
    return true;
  }
  return QWidget::event(e);
}

void PlaygroundNetworkView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  paint::absolute(p);
  p.fillRect(rect(), palette().window());
  if (!frame_) return;
  const Geometry g = geometry();
  drawHeaders(p, g);
  drawLinks(p, g);
  drawNodes(p, g);
}

void PlaygroundNetworkView::drawHeaders(QPainter& p, const Geometry& g) const {
  const QFontMetrics fm(font());
  const auto& hidden = frame_->config.network.hidden;
  p.setPen(palette().color(QPalette::WindowText));
  for (std::size_t c = 0; c < g.counts.size(); ++c) {
    QString first, second;
    if (c == 0) {
      first = tr("Inputs");
    } else if (c == g.counts.size() - 1) {
      first = tr("Output");
    } else {
      first = tr("Layer %1").arg(c);
      second = PlaygroundText::activationName(hidden[c - 1].activation.kind);
    }
    double cx = (static_cast<double>(c) + 0.5) * g.columnWidth;
    if (layoutDirection() == Qt::RightToLeft) cx = width() - cx;
    const QRectF r(cx - g.columnWidth / 2, 2, g.columnWidth, fm.height());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(r, Qt::AlignCenter, fm.elidedText(first, Qt::ElideRight, int(g.columnWidth)));
    p.setFont(font());
    p.drawText(r.translated(0, fm.height()), Qt::AlignCenter,
               fm.elidedText(second, Qt::ElideRight, int(g.columnWidth)));
  }
}

void PlaygroundNetworkView::drawLinks(QPainter& p, const Geometry& g) const {
  const core::ParamLayout layout(frame_->config.network);
  const std::vector<double>& w = frame_->parameters;
  if (w.size() != layout.size) return;
  double largest = 1e-12;
  for (std::size_t i = 0; i < layout.weightCount; ++i) largest = std::max(largest, std::abs(w[i]));
  p.setRenderHint(QPainter::Antialiasing);
  const bool rtl = layoutDirection() == Qt::RightToLeft;
  for (std::size_t l = 0; l < layout.layers.size(); ++l) {
    const auto& ly = layout.layers[l];
    for (int j = 0; j < ly.out; ++j) {
      const QRectF to = nodeRect(g, static_cast<int>(l) + 1, j);
      for (int k = 0; k < ly.in; ++k) {
        const QRectF from = nodeRect(g, static_cast<int>(l), k);
        const double v = w[ly.weights + static_cast<std::size_t>(j * ly.in + k)];
        const double t = std::abs(v) / largest;
        QColor c = v >= 0 ? palette::positive() : palette::negative();
        c.setAlphaF(static_cast<float>(0.25 + 0.75 * t));
        p.setPen(QPen(c, 0.6 + 4.0 * t));
        const QPointF a(rtl ? from.left() : from.right(), from.center().y());
        const QPointF b(rtl ? to.right() : to.left(), to.center().y());
        p.drawLine(a, b);
      }
    }
  }
  p.setRenderHint(QPainter::Antialiasing, false);
}

const QImage& PlaygroundNetworkView::featureImage(int feature) const {
  if (features_.empty()) {
    for (int f = 0; f < core::kFeatureCount; ++f) {
      std::vector<float> values(kFeatureMapSize * kFeatureMapSize);
      core::FeatureSet one;
      one.bits = 1U << f;
      for (int r = 0; r < kFeatureMapSize; ++r)
        for (int c = 0; c < kFeatureMapSize; ++c) {
          const double x1 = -6.0 + 12.0 * c / (kFeatureMapSize - 1);
          const double x2 = 6.0 - 12.0 * r / (kFeatureMapSize - 1);
          double v = 0;
          one.compute(x1, x2, &v);
          values[static_cast<std::size_t>(r * kFeatureMapSize + c)] = static_cast<float>(v);
        }
      const double scale = f == 2 || f == 3 ? 36.0 : f == 4 ? 36.0 : f >= 5 ? 1.0 : 6.0;
      QImage image;
      palette::fillDiverging(values.data(), kFeatureMapSize, scale, image);
      features_.push_back(std::move(image));
    }
  }
  return features_[static_cast<std::size_t>(feature)];
}

void PlaygroundNetworkView::drawNodes(QPainter& p, const Geometry& g) const {
  const std::vector<int> inputs = chosenFeatures(frame_->config.data.features);
  const QColor frameColour = palette().color(QPalette::Mid);
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  for (int k = 0; k < static_cast<int>(inputs.size()); ++k) {
    const QRectF r = nodeRect(g, 0, k);
    p.drawImage(r, featureImage(inputs[static_cast<std::size_t>(k)]));
    p.setPen(frameColour);
    p.drawRect(r);
    if (g.labels) {
      p.setPen(palette().color(QPalette::WindowText));
      p.drawText(QRectF(r.left() - 20, r.bottom() + 1, r.width() + 40, g.gap - 2),
                 Qt::AlignHCenter | Qt::AlignTop,
                 PlaygroundText::featureName(
                     static_cast<core::Feature>(inputs[static_cast<std::size_t>(k)])));
    }
  }
  int unit = 0;
  const int layers = static_cast<int>(frame_->config.network.hidden.size());
  for (int l = 0; l < layers; ++l) {
    for (int j = 0; j < g.counts[static_cast<std::size_t>(l) + 1]; ++j, ++unit) {
      const QRectF r = nodeRect(g, l + 1, j);
      const core::NeuronState state = neuronState(l, j);
      if (unit < static_cast<int>(frame_->neuronMaps.size())) {
        const QImage& map = frame_->neuronMaps[static_cast<std::size_t>(unit)];
        if (state == core::NeuronState::Active)
          p.drawImage(r, map);
        else
          p.drawImage(r, map.convertToFormat(QImage::Format_Grayscale8));
      }
      p.setPen(frameColour);
      p.setBrush(Qt::NoBrush);
      p.drawRect(r);
      if (state != core::NeuronState::Active) drawMark(p, r, state);
    }
  }
  const QRectF out = nodeRect(g, layers + 1, 0);
  if (!frame_->neuronMaps.empty()) p.drawImage(out, frame_->neuronMaps.back());
  p.setPen(frameColour);
  p.drawRect(out);
}

void PlaygroundNetworkView::drawMark(QPainter& p, const QRectF& r, core::NeuronState state) const {
  const QColor colour = state == core::NeuronState::Dead       ? palette::dead()
                        : state == core::NeuronState::Inactive ? palette::inactive()
                                                               : palette::saturated();
  p.fillRect(r, QColor(255, 255, 255, 110));  // washed out
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(QPen(colour, std::max(1.5, r.width() / 16)));
  p.drawRect(r);
  if (state == core::NeuronState::Dead) {  // a cross: unmistakable even in grey print
    const QRectF c =
        r.adjusted(r.width() * 0.2, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2);
    p.drawLine(c.topLeft(), c.bottomRight());
    p.drawLine(c.topRight(), c.bottomLeft());
  }
  p.setRenderHint(QPainter::Antialiasing, false);
  const QFontMetrics fm(font());
  if (r.width() < 18) return;
  const QString word = PlaygroundText::stateName(state);
  const double w = fm.horizontalAdvance(word) + 8;
  const QRectF tag(r.center().x() - w / 2, r.bottom() + 2, w, fm.height());
  p.fillRect(tag, colour);
  p.setPen(Qt::white);
  p.drawText(tag, Qt::AlignCenter, word);
}

}  // namespace relulab::ui
