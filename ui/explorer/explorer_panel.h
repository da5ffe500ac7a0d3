#pragma once

#include <QList>
#include <QWidget>
#include <optional>

#include "core/base/message.h"

class QAction;
class QSplitter;
class QSplitter;
class QTabWidget;

namespace relulab::ui {

class ExampleTable;
class ExplorerControls;
class ExplorerCurvePlot;
class ExplorerGaussian;
class ExplorerProperties;

// The activation explorer (the main window's first tab): the picker and the
// selected curve's properties on one side; the curves (or the Gaussian input
// view) and the worked example on the other. Owns no numbers of its own: the
// picker holds the curves, and every other panel is told when they change.
class ExplorerPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ExplorerPanel(QWidget* parent = nullptr);

  ExplorerControls* controls() const { return controls_; }
  ExplorerCurvePlot* curvePlot() const { return plot_; }
  ExplorerProperties* properties() const { return properties_; }
  ExampleTable* exampleTable() const { return table_; }
  ExplorerGaussian* gaussian() const { return gaussian_; }
  QTabWidget* views() const { return views_; }
  void showGaussianView(bool gaussian);
  // Presenter mode's layout: the worked example becomes a third tab beside
  // the curves and the Gaussian view, so the plot keeps its height on a
  // projector; showExample() brings it to the front there.
  void setPresenting(bool presenting);
  void showExample();

  // Keyboard shortcuts, active while focus is in this panel; the main window
  // also lists them in its menus.
  QAction* exportAction() const { return export_; }
  QList<QAction*> viewActions() const { return viewActions_; }

  // Writes the plot (PNG, SVG) or the curves (CSV), chosen by the suffix.
  std::optional<core::Message> exportTo(const QString& path);

 signals:
  void statusMessage(const QString& message);

 private:
  void createActions();
  void curvesChanged();
  void selectionChanged();
  void exportWithDialog();

  ExplorerControls* controls_ = nullptr;
  ExplorerCurvePlot* plot_ = nullptr;
  ExplorerProperties* properties_ = nullptr;
  ExampleTable* table_ = nullptr;
  ExplorerGaussian* gaussian_ = nullptr;
  QTabWidget* views_ = nullptr;
  QSplitter* right_ = nullptr;  // views over the worked example
  bool presenting_ = false;
  QAction* export_ = nullptr;
  QList<QAction*> viewActions_;
};

}  // namespace relulab::ui
