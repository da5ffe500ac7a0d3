#pragma once

// Presenter mode for a classroom projector (F11): the window goes full
// screen, every font grows by kFontScale (the charts' axes and legends too),
// the palette switches to black on white at the highest contrast, and the
// playground's data, network and training panels the teacher chose to hide
// (View → Presenter Options) disappear, so the plots get the room. F11 again
// or Esc puts back exactly what was there: window state and geometry, fonts,
// palette, which panels showed and which one was in front.

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <vector>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;
class QWidget;

namespace relulab::ui {

class PlaygroundPanel;

class PresenterMode : public QObject {
  Q_OBJECT

 public:
  static constexpr double kFontScale = 1.5;
  enum class Panel { Data, Network, Training };

  // Works on `window`'s widgets; the options hide `playground`'s side panels.
  PresenterMode(QMainWindow* window, PlaygroundPanel* playground);
  ~PresenterMode() override;

  bool isActive() const { return active_; }
  void setActive(bool active);
  void toggle() { setActive(!active_); }

  // Whether presenter mode hides a panel; takes effect at once while active.
  void setHidden(Panel panel, bool hidden);
  bool isHidden(Panel panel) const;

  QAction* toggleAction() const { return toggle_; }  // checkable, F11
  QAction* hideAction(Panel panel) const;            // checkable
  QMenu* optionsMenu() const { return options_; }    // "Presenter Options"
  // The high-contrast palette presenter mode uses (black on white).
  static QPalette highContrastPalette();

 signals:
  void activeChanged(bool active);

 private:
  struct ChartFonts;  // a chart's fonts before they grew
  void enter();
  void leave();
  void applyHiding();
  QTabWidget* sidePanels() const;
  QWidget* panelPage(Panel panel) const;

  QMainWindow* window_;
  QPointer<PlaygroundPanel> playground_;
  bool active_ = false;
  QAction* toggle_ = nullptr;
  QAction* escape_ = nullptr;
  QAction* hide_[3] = {nullptr, nullptr, nullptr};
  QMenu* options_ = nullptr;

  // What enter() changed, to put back in leave().
  Qt::WindowStates savedState_;
  QByteArray savedGeometry_;
  bool savedFontSet_ = false;
  QFont savedFont_;
  bool savedPaletteSet_ = false;
  QPalette savedPalette_;
  bool savedPanelsShown_ = true;
  bool savedTabVisible_[3] = {true, true, true};
  int savedTab_ = 0;
  std::vector<ChartFonts> savedCharts_;
  struct MenuFont {  // menus are windows of their own: they inherit no font
    QPointer<QMenu> menu;
    bool set;
    QFont font;
  };
  std::vector<MenuFont> savedMenus_;
};

}  // namespace relulab::ui
