#pragma once

// The playground's curves over training time, from the worker's compact
// history: loss and accuracy (train and test), sparsity per layer, and the
// gradient norm per layer on a log scale — the vanishing-gradient picture
// when sigmoid and ReLU are compared.

#include <QList>
#include <QWidget>

#include "ui/common/playground_frame.h"

namespace relulab::ui {

class PlaygroundPlot;

class PlaygroundSeriesView : public QWidget {
  Q_OBJECT

 public:
  explicit PlaygroundSeriesView(QWidget* parent = nullptr);

  void setFrame(const FramePtr& frame);  // cheap when the history did not change

  PlaygroundPlot* lossPlot() const { return loss_; }
  PlaygroundPlot* accuracyPlot() const { return accuracy_; }
  PlaygroundPlot* sparsityPlot() const { return sparsity_; }
  PlaygroundPlot* gradientPlot() const { return gradient_; }
  // The four plots in order, for a layout that shows them one at a time;
  // takeBackPlots() puts them back side by side here.
  QList<PlaygroundPlot*> plots() const { return {loss_, accuracy_, sparsity_, gradient_}; }
  void takeBackPlots();
  // One plot alone across the row (the others hidden), or every plot again.
  void setEnlarged(PlaygroundPlot* plot);
  PlaygroundPlot* enlarged() const { return enlarged_; }

 private:
  void rebuild(const PlaygroundFrame& frame);

  PlaygroundPlot* loss_ = nullptr;
  PlaygroundPlot* accuracy_ = nullptr;
  PlaygroundPlot* sparsity_ = nullptr;
  PlaygroundPlot* gradient_ = nullptr;
  PlaygroundPlot* enlarged_ = nullptr;
  const core::History* shown_ = nullptr;  // identity of the history last drawn
  std::shared_ptr<const core::History> keep_;
};

}  // namespace relulab::ui
