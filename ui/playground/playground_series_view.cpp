#include "ui/playground/playground_series_view.h"

#include <QGridLayout>

#include "ui/common/palette.h"
#include "ui/common/playground_plot.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

QList<QPointF> series(const core::History& h, int column) {
  QList<QPointF> points;
  const std::size_t rows = h.size();
  points.reserve(static_cast<qsizetype>(rows));
  for (std::size_t r = 0; r < rows; ++r) {
    const auto row = h.row(r);
    points.append(QPointF(row[HistoryColumns::kStep], row[static_cast<std::size_t>(column)]));
  }
  return points;
}

}  // namespace

PlaygroundSeriesView::PlaygroundSeriesView(QWidget* parent) : QWidget(parent) {
  loss_ = new PlaygroundPlot(this);
  loss_->setTitle(tr("Loss"));
  loss_->setAxisTitles(tr("step"), tr("loss"));
  loss_->setToolTip(
      tr("The mean loss over the training points (solid) and the test points "
         "(dashed). Test loss rising while training loss falls is overfitting."));
  accuracy_ = new PlaygroundPlot(this);
  accuracy_->setTitle(tr("Accuracy"));
  accuracy_->setAxisTitles(tr("step"), tr("fraction correct"));
  accuracy_->setFixedYRange(0.0, 1.0);
  accuracy_->setToolTip(
      tr("The share of points whose predicted sign matches their label, on the "
         "training points (solid) and the test points (dashed)."));
  sparsity_ = new PlaygroundPlot(this);
  sparsity_->setTitle(tr("Sparsity"));
  sparsity_->setAxisTitles(tr("step"), tr("zero outputs"));
  sparsity_->setFixedYRange(0.0, 1.0);
  sparsity_->setToolTip(PlaygroundText::sparsityDefinition(0.01));
  gradient_ = new PlaygroundPlot(this);
  gradient_->setTitle(tr("Gradient norm"));
  gradient_->setAxisTitles(tr("step"), tr("‖∂L/∂W‖ (log)"));
  gradient_->setLogY(true);
  gradient_->setToolTip(PlaygroundText::gradientNormDefinition());

  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(4);
  takeBackPlots();
}

void PlaygroundSeriesView::takeBackPlots() {
  auto* grid = static_cast<QGridLayout*>(layout());
  const QList<PlaygroundPlot*> all = plots();
  for (int i = 0; i < all.size(); ++i) {
    grid->addWidget(all[i], 0, i);
    all[i]->setVisible(!enlarged_ || all[i] == enlarged_);
  }
}

void PlaygroundSeriesView::setEnlarged(PlaygroundPlot* plot) {
  enlarged_ = plot;
  for (PlaygroundPlot* p : plots())
    if (p->parentWidget() == this) p->setVisible(!plot || p == plot);
}

void PlaygroundSeriesView::setFrame(const FramePtr& frame) {
  if (!frame || !frame->history || frame->history.get() == shown_) return;
  keep_ = frame->history;  // keeps shown_ valid
  shown_ = keep_.get();
  rebuild(*frame);
}

void PlaygroundSeriesView::rebuild(const PlaygroundFrame& frame) {
  const core::History& h = *frame.history;
  const HistoryColumns& c = frame.columns;
  const QColor train = palette::layer(0), test = palette::layer(1);
  loss_->setLines({{tr("train"), train, Qt::SolidLine, series(h, HistoryColumns::kTrainLoss)},
                   {tr("test"), test, Qt::DashLine, series(h, HistoryColumns::kTestLoss)}});
  if (frame.classification()) {
    accuracy_->setLines(
        {{tr("train"), train, Qt::SolidLine, series(h, HistoryColumns::kTrainAccuracy)},
         {tr("test"), test, Qt::DashLine, series(h, HistoryColumns::kTestAccuracy)}});
    accuracy_->setEmptyText(QString());
  } else {
    accuracy_->setLines({});
    accuracy_->setEmptyText(tr("No accuracy for regression: see the loss."));
  }
  QList<PlaygroundPlot::Line> sparsity, gradient;
  for (int l = 0; l < c.hiddenLayers(); ++l) {
    const QString name = tr("layer %1").arg(l + 1);
    sparsity.append({name, palette::layer(l), Qt::SolidLine, series(h, c.sparsity(l))});
    gradient.append({name, palette::layer(l), Qt::SolidLine, series(h, c.gradientNorm(l))});
  }
  gradient.append({tr("output"), palette::layer(c.hiddenLayers()), Qt::DashLine,
                   series(h, c.gradientNorm(c.hiddenLayers()))});
  sparsity_->setLines(sparsity);
  gradient_->setLines(gradient);
  sparsity_->setToolTip(PlaygroundText::sparsityDefinition(frame.metrics.nearZeroThreshold));
}

}  // namespace relulab::ui
