#pragma once

// Sets the app up for a lesson step through its own controls — the explorer's
// curve picker, plot bar, view tabs and Gaussian sliders; the playground's
// data, network and training controls and its transport; the Images tab's
// preset box, layer and training controls, views and transport — so that what
// the student sees is what the step asked for, and the controls never
// disagree with what runs. Only the tab a step shows trains: the others are
// paused. GUI thread only.

#include <QCoreApplication>
#include <QString>
#include <vector>

#include "core/activations/activation.h"

class QTabWidget;

namespace relulab::io {
struct ExplorerSetup;
struct ImagesSetup;
struct LessonStep;
struct PlaygroundChange;
struct PlaygroundSetup;
}  // namespace relulab::io

namespace relulab::ui {

class ExplorerPanel;
class ImagesPanel;
class PlaygroundPanel;

class LessonApplier {
  Q_DECLARE_TR_FUNCTIONS(relulab::ui::LessonApplier)

 public:
  LessonApplier(QTabWidget* tabs, ExplorerPanel* explorer, PlaygroundPanel* playground,
                ImagesPanel* images)
      : tabs_(tabs), explorer_(explorer), playground_(playground), images_(images) {}

  // Shows the step's tab and sets what it names; a step with no set-up
  // (explorer, playground or images) changes nothing. Returns what the user
  // should know, if anything: a step that replaced curves the user had set
  // up says so (and restoreCurves() puts them back); a step that changes
  // more layers than the Images tab's network has says so.
  QString apply(const io::LessonStep& step);

  bool canRestoreCurves() const { return !saved_.empty(); }
  // The inverse of apply(): a step that sets the app up as it is now — the
  // explorer's curves and views when the explorer is in front; the Images
  // tab's preset, activations and learning rate (a new run, paused), page and
  // test image when it is; else the playground's set-up (a new run on it,
  // paused), speed and large view.
  io::LessonStep capture() const;
  void restoreCurves();

 private:
  struct Curve {  // a row of the explorer's picker
    core::Activation activation;
    bool visible;
    bool operator==(const Curve&) const = default;
  };
  std::vector<Curve> shownCurves() const;
  void setCurves(const std::vector<Curve>& curves);
  QString applyExplorer(const io::ExplorerSetup& setup);
  void applyPlayground(const io::PlaygroundSetup& setup) const;
  void applyChange(const io::PlaygroundChange& change) const;
  QString applyImages(const io::ImagesSetup& setup) const;
  QString changeImagesRun(const io::ImagesSetup& setup) const;
  io::ImagesSetup captureImages() const;

  QTabWidget* tabs_;
  ExplorerPanel* explorer_;
  PlaygroundPanel* playground_;
  ImagesPanel* images_;
  std::vector<Curve> lessonCurves_;  // what the last step set: not the user's own
  std::vector<Curve> saved_;         // the user's curves a step replaced
  int savedSelected_ = 0;
};

}  // namespace relulab::ui
