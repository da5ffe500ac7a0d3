#pragma once

// Sets the app up for a lesson step through its own controls — the explorer's
// curve picker, plot bar, view tabs and Gaussian sliders; the playground's
// data, network and training controls and its transport — so that what the
// student sees is what the step asked for, and the controls never disagree
// with what runs. GUI thread only.

class QTabWidget;

namespace relulab::io {
struct ExplorerSetup;
struct LessonStep;
struct PlaygroundChange;
struct PlaygroundSetup;
}  // namespace relulab::io

namespace relulab::ui {

class ExplorerPanel;
class PlaygroundPanel;

class LessonApplier {
 public:
  LessonApplier(QTabWidget* tabs, ExplorerPanel* explorer, PlaygroundPanel* playground)
      : tabs_(tabs), explorer_(explorer), playground_(playground) {}

  // Shows the step's tab and sets what it names; a step with neither an
  // explorer nor a playground set-up changes nothing.
  void apply(const io::LessonStep& step) const;

 private:
  void applyExplorer(const io::ExplorerSetup& setup) const;
  void applyPlayground(const io::PlaygroundSetup& setup) const;
  void applyChange(const io::PlaygroundChange& change) const;

  QTabWidget* tabs_;
  ExplorerPanel* explorer_;
  PlaygroundPanel* playground_;
};

}  // namespace relulab::ui
