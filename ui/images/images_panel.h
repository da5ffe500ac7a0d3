#pragma once

// The Images tab: ReLU networks on real pictures. Fashion-MNIST (Debian's
// dataset-fashion-mnist) or any IDX pair, an MLP or a small CNN from a
// preset, trained live in a worker thread (ImagesSession) while the views
// show accuracy and loss, the confusion matrix, the first layer's weights
// with dead units crossed out, unit activity over time, a test image's
// feature maps before and after ReLU, which units answer which class, and
// test images with the network's answers.
//
// The data are read when the tab is first shown, in the worker; until then,
// and when they cannot be read, the tab says so (naming the package to
// install) and offers Open IDX Files…. A ≤ 60 Hz timer hands the newest frame
// to the views, so the GUI thread only draws. Thread: GUI only.

#include <QString>
#include <QWidget>

#include "core/images/image_trainer.h"
#include "ui/images/images_frame.h"

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace relulab::ui {

class ColumnScrollArea;
class ImagesActivityView;
class ImagesClassView;
class ImagesConfusionView;
class ImagesControls;
class ImagesFeatureView;
class ImagesSampleGrid;
class ImagesSession;
class ImagesWeightsView;
class PlaygroundPlayback;
class PlaygroundPlot;

class ImagesPanel : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kRepaintIntervalMs = 16;
  static constexpr const char* kDefaultPreset = "fashion-mlp";

  explicit ImagesPanel(QWidget* parent = nullptr);
  ~ImagesPanel() override;

  // Reads Fashion-MNIST from `folder` (in the worker) and starts a run on it;
  // the tab reads the default folder by itself when first shown.
  void loadFolder(const QString& folder);
  void loadFiles(const core::ImageFiles& train, const core::ImageFiles& test);
  // A new run from a built-in preset (imagePresetList()); false, with a
  // message, for an unknown name.
  bool loadPreset(const QString& name);
  void loadConfig(const core::ImageTrainConfig& config);  // a new run
  // Stops repainting and the worker (also done by the destructor).
  void shutdown();

  // Presenter mode: every view large, one at a time, in the views' tabs
  // (PgUp/PgDown turn them).
  void setPresenting(bool presenting);
  bool isPresenting() const { return presenting_; }

  // The views' pages, and the confusion matrix and the curves above them
  // (pages of their own only in presenter mode).
  enum class Page { Weights, Activity, FeatureMaps, ClassUnits, Samples, Confusion, Curves };
  // Brings the page forward; Confusion and Curves are always in sight but in
  // presenter mode, where their tab comes to the front.
  void showPage(Page page);
  Page currentPage() const;  // the views' page in front

  ImagesSession* session() const { return session_; }
  const ImagesFramePtr& shownFrame() const { return shown_; }
  quint64 repaintCount() const { return repaints_; }  // frames handed to the views
  PlaygroundPlayback* playback() const { return playback_; }
  ImagesControls* controls() const { return controls_; }
  QTabWidget* views() const { return deck_; }
  PlaygroundPlot* accuracyPlot() const { return accuracy_; }
  PlaygroundPlot* lossPlot() const { return loss_; }
  ImagesConfusionView* confusionView() const { return confusion_; }
  ImagesWeightsView* weightsView() const { return weights_; }
  ImagesActivityView* activityView() const { return activity_; }
  ImagesFeatureView* featureView() const { return features_; }
  ImagesClassView* classView() const { return classes_; }
  ImagesSampleGrid* sampleGrid() const { return samples_; }
  // What the tab says in place of its views (loading, no data), if anything.
  QString dataMessage() const;
  bool hasData() const;  // a run is shown
  QString statusText() const;

 signals:
  void statusMessage(const QString& message);  // for the window's status bar

 protected:
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;

 private:
  QWidget* buildViews();
  void connectControls();
  void repaintTick();
  void noticeArrived(ImagesNotice kind, const QString& detail);
  void showDataMessage(const QString& text, bool warning);
  void say(const QString& message, bool warning = false);
  void openIdxFiles();
  void placeForPresenting();

  ImagesSession* session_ = nullptr;
  ImagesFramePtr shown_;
  std::uint64_t shownRun_ = 0;
  quint64 repaints_ = 0;
  std::shared_ptr<const ImagesMeasurement> shownMeasurement_;
  bool loadRequested_ = false;
  bool presenting_ = false;
  QTimer* repaint_ = nullptr;

  PlaygroundPlayback* playback_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QLabel* dataMessage_ = nullptr;
  QPushButton* messageOpen_ = nullptr;
  ImagesControls* controls_ = nullptr;
  QSplitter* main_ = nullptr;
  ColumnScrollArea* column_ = nullptr;
  QSplitter* viewsSplit_ = nullptr;
  QWidget* topRow_ = nullptr;
  QTabWidget* deck_ = nullptr;
  PlaygroundPlot* accuracy_ = nullptr;
  PlaygroundPlot* loss_ = nullptr;
  ImagesConfusionView* confusion_ = nullptr;
  ImagesWeightsView* weights_ = nullptr;
  ImagesActivityView* activity_ = nullptr;
  ImagesFeatureView* features_ = nullptr;
  ImagesClassView* classes_ = nullptr;
  ImagesSampleGrid* samples_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace relulab::ui
