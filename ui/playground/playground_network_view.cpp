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
  const std::size_t columns = frame ? frame->config.network.hidden.size() + 2 : 0;
  if (columns != columns_) {
    columns_ = columns;
    updateGeometry();
  }
  update();
}

QSize PlaygroundNetworkView::minimumSizeHint() const {
  QFont bold = font();
  bold.setBold(true);
  const QFontMetrics boldMetrics(bold);
  int column = fontMetrics().height() + 6;  // a unit's square, at the least
  const std::size_t columns = std::max<std::size_t>(columns_, 4);
  for (std::size_t c : {std::size_t{0}, columns - 2, columns - 1})  // x, the last layer, ŷ
    column = std::max(column, boldMetrics.horizontalAdvance(briefHeader(c, columns)) + 8);
  return {static_cast<int>(columns) * column, 200};
}

// A column's header in a narrow column: "x", "L3", "ŷ".
QString PlaygroundNetworkView::briefHeader(std::size_t column, std::size_t columns) {
  if (column == 0) return tr("x", "the inputs, over a narrow column");
  if (column == columns - 1) return tr("ŷ", "the output, over a narrow column");
  return tr("L%1", "short for Layer 1, …").arg(column);
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

// Full names where they fit the column ("Layer 3", "Leaky ReLU"), else short
// ones ("L3"): never an elided "Lay…". Whatever does not fit even short is left
// out; the units' tooltips name everything.
std::vector<std::pair<QString, QString>> PlaygroundNetworkView::headers(const Geometry& g) const {
  if (!frame_) return {};
  QFont bold = font();
  bold.setBold(true);
  const QFontMetrics fm(font()), boldMetrics(bold);
  const double room = g.columnWidth - 4;
  const auto fits = [room](const QFontMetrics& m, const QString& text) {
    return m.horizontalAdvance(text) <= room;
  };
  const auto& hidden = frame_->config.network.hidden;
  const std::size_t columns = g.counts.size();
  std::vector<std::pair<QString, QString>> full, brief;
  for (std::size_t c = 0; c < columns; ++c) {
    const QString name = c == 0 || c == columns - 1
                             ? QString()
                             : PlaygroundText::activationName(hidden[c - 1].activation.kind);
    full.push_back({c == 0             ? tr("Inputs")
                    : c == columns - 1 ? tr("Output")
                                       : tr("Layer %1").arg(c),
                    name});
    brief.push_back({briefHeader(c, columns), name});
  }
  // One form for every column, so the row reads evenly.
  bool allFull = true;
  for (const auto& [first, second] : full)
    allFull = allFull && fits(boldMetrics, first) && fits(fm, second);
  if (allFull) return full;
  for (auto& [first, second] : brief) {
    if (!fits(boldMetrics, first)) first.clear();
    if (!fits(fm, second)) second.clear();
  }
  return brief;
}

QList<QPair<QString, QString>> PlaygroundNetworkView::shownHeaders() const {
  QList<QPair<QString, QString>> out;
  for (const auto& [first, second] : headers(geometry())) out.append({first, second});
  return out;
}

double PlaygroundNetworkView::headerWidth() const {
  return geometry().columnWidth - 4;
}

void PlaygroundNetworkView::drawHeaders(QPainter& p, const Geometry& g) const {
  const QFontMetrics fm(font());
  p.setPen(palette().color(QPalette::WindowText));
  const auto texts = headers(g);
  for (std::size_t c = 0; c < texts.size(); ++c) {
    double cx = (static_cast<double>(c) + 0.5) * g.columnWidth;
    if (layoutDirection() == Qt::RightToLeft) cx = width() - cx;
    const QRectF r(cx - g.columnWidth / 2, 2, g.columnWidth, fm.height());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(r, Qt::AlignCenter, texts[c].first);
    p.setFont(font());
    p.drawText(r.translated(0, fm.height()), Qt::AlignCenter, texts[c].second);
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
      if (state != core::NeuronState::Active) drawMark(p, g, r, state);
    }
  }
  const QRectF out = nodeRect(g, layers + 1, 0);
  if (!frame_->neuronMaps.empty()) p.drawImage(out, frame_->neuronMaps.back());
  p.setPen(frameColour);
  p.drawRect(out);
}

void PlaygroundNetworkView::drawMark(QPainter& p, const Geometry& g, const QRectF& r,
                                     core::NeuronState state) const {
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
  const QRectF tag = stateTag(g, r, state);
  if (tag.isEmpty()) return;
  p.fillRect(tag, colour);
  p.setPen(Qt::white);
  p.drawText(tag, Qt::AlignCenter, PlaygroundText::stateName(state));
}

// The word under a marked unit ("dead"), where the layout left room for it:
// below the unit and inside its column, so it never covers the next unit.
QRectF PlaygroundNetworkView::stateTag(const Geometry& g, const QRectF& r,
                                       core::NeuronState state) const {
  if (!g.labels || state == core::NeuronState::Active) return {};
  const QFontMetrics fm(font());
  const double w = fm.horizontalAdvance(PlaygroundText::stateName(state)) + 8;
  if (w > g.columnWidth - 4 || fm.height() + 2 > g.gap) return {};
  return QRectF(r.center().x() - w / 2, r.bottom() + 2, w, fm.height());
}

QRectF PlaygroundNetworkView::stateTagRect(int layer, int neuron) const {
  const QRectF r = neuronRect(layer, neuron);
  if (r.isEmpty()) return {};
  return stateTag(geometry(), r, neuronState(layer, neuron));
}

}  // namespace relulab::ui
