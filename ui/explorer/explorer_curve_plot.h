#pragma once

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "ui/explorer/explorer_curve.h"
#include "ui/explorer/explorer_curve_series.h"

class QChart;
class QLabel;
class QValueAxis;

namespace relulab::ui {

class ExplorerChartView;
class ExplorerPlotBar;

// The explorer's plot: every curve's f and, as chosen, f′ and f″ on one x
// axis, resampled for the visible range whenever it changes (with the exact
// kink positions inserted). Wheel zooms, drag pans, resetView() goes back to
// [−5, 5]; hovering shows a crosshair and a readout of f and f′ for every
// visible curve.
class ExplorerCurvePlot : public QWidget {
  Q_OBJECT

 public:
  // What the crosshair reads at x, one row per visible curve (curve = its index).
  struct ReadoutRow {
    int curve = 0;
    double value = 0.0;       // f(x)
    double derivative = 0.0;  // f′(x)
  };
  struct Readout {
    double x = 0.0;
    std::vector<ReadoutRow> rows;
  };

  explicit ExplorerCurvePlot(QWidget* parent = nullptr);
  ~ExplorerCurvePlot() override;

  void setCurves(const std::vector<ExplorerCurve>& curves);
  void setOrders(DerivativeOrders orders);
  DerivativeOrders orders() const { return orders_; }

  // Shows exactly [xMin, xMax] and fits y to the visible curves. A range that
  // is empty, inverted or not finite is refused: returns false, says why
  // under the plot and keeps the current view.
  bool setXRange(double xMin, double xMax);
  void resetView();  // x in [−5, 5], y fitted
  // factor < 1 zooms in; anchor (value coordinates) stays put.
  void zoom(double xFactor, double yFactor, QPointF anchor);
  // The keyboard's zoom (Ctrl++, Ctrl+−): about the origin while it is in
  // view (where the ReLU family bends, so the kink stays on screen), else
  // about the centre.
  void zoomStep(double factor);
  void pan(QPointF delta);
  double xMin() const { return xMin_; }
  double xMax() const { return xMax_; }
  double yMin() const { return yMin_; }
  double yMax() const { return yMax_; }

  const std::optional<Readout>& readout() const { return readout_; }
  QLabel* readoutLabel() const { return readoutLabel_; }
  ExplorerChartView* view() const { return view_; }
  QChart* chart() const { return chart_; }
  ExplorerPlotBar* bar() const { return bar_; }
  int curveCount() const { return static_cast<int>(series_.size()); }
  const CurveSeries& curveSeries(int curve) const {
    return *series_.at(static_cast<size_t>(curve));
  }
  // What the chart draws for a curve: order 0 is f, 1 is f′ (its pieces
  // joined, left to right), 2 is f″.
  QList<QPointF> points(int curve, int order) const;
  // Evenly spaced samples per curve (kinks come on top): by default one per
  // two pixels of the plot's width, between 300 and 1001 — smooth pieces look
  // smooth, and six curves redraw within a frame. 0 goes back to the default.
  int samplesPerCurve() const { return samples_; }
  void setSamplesPerCurve(int samples);

 signals:
  void visibilityToggleRequested(int curve);  // its name in the legend was clicked
  void ordersChanged(relulab::ui::DerivativeOrders orders);
  void readoutChanged();

 private:
  void followPlotWidth();
  void rebuildSeries();
  void resample();
  void fitY();
  void applyAxes();
  void showReadout(double x);
  void clearReadout();
  void showKinkTip(int curve, QPointF point, bool entering);

  std::vector<ExplorerCurve> curves_;
  DerivativeOrders orders_;
  std::vector<std::unique_ptr<CurveSeries>> series_;
  int samples_ = 1001;
  int fixedSamples_ = 0;  // set by setSamplesPerCurve(); 0: follow the width
  double xMin_ = -5.0;
  double xMax_ = 5.0;
  double yMin_ = -1.0;
  double yMax_ = 5.0;
  double dataYMin_ = 0.0;  // extent of the visible curves' last samples
  double dataYMax_ = 1.0;
  bool autoY_ = true;  // y follows the curves until the user zooms or pans
  std::optional<Readout> readout_;

  QChart* chart_ = nullptr;
  QValueAxis* axisX_ = nullptr;
  QValueAxis* axisY_ = nullptr;
  ExplorerChartView* view_ = nullptr;
  ExplorerPlotBar* bar_ = nullptr;
  QLabel* readoutLabel_ = nullptr;
};

}  // namespace relulab::ui
