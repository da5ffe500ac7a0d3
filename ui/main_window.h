#pragma once

#include <QMainWindow>

namespace relulab::ui {

class FunctionPlot;
class ExampleTable;

// The app's main window.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

  FunctionPlot* functionPlot() const { return plot_; }
  ExampleTable* exampleTable() const { return table_; }

 private:
  void createMenus();
  void saveScreenshot();

  FunctionPlot* plot_ = nullptr;
  ExampleTable* table_ = nullptr;
};

}  // namespace relulab::ui
