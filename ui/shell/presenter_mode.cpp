#include "ui/shell/presenter_mode.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>
#include <cmath>
#include <utility>

#include "ui/common/column_scroll_area.h"
#include "ui/common/presenting.h"
#include "ui/common/remeasure.h"
#include "ui/playground/playground_controls_data.h"
#include "ui/playground/playground_controls_network.h"
#include "ui/playground/playground_controls_training.h"
#include "ui/playground/playground_panel.h"

namespace relulab::ui {

namespace {

QFont scaled(QFont font, double factor) {
  if (font.pointSizeF() > 0)
    font.setPointSizeF(font.pointSizeF() * factor);
  else if (font.pixelSize() > 0)
    font.setPixelSize(static_cast<int>(std::lround(font.pixelSize() * factor)));
  return font;
}

}  // namespace

// Charts draw their text with fonts of their own, not the widget's.
struct PresenterMode::ChartFonts {
  QPointer<QChartView> view;
  int minimumHeight;
  QPointer<QChart> chart;
  QFont title;
  QFont legend;
  std::vector<std::pair<QPointer<QAbstractAxis>, std::pair<QFont, QFont>>> axes;  // labels, title
};

PresenterMode::PresenterMode(QMainWindow* window, PlaygroundPanel* playground)
    : QObject(window), window_(window), playground_(playground) {
  toggle_ = new QAction(tr("&Presenter Mode"), this);
  toggle_->setCheckable(true);
  toggle_->setShortcut(QKeySequence(Qt::Key_F11));
  toggle_->setStatusTip(
      tr("Full screen, larger text and high contrast for a projector; F11 "
         "or Esc goes back."));
  connect(toggle_, &QAction::toggled, this, &PresenterMode::setActive);
  window_->addAction(toggle_);  // F11 works with the menu bar hidden too

  escape_ = new QAction(tr("Leave Presenter Mode"), this);
  escape_->setShortcut(QKeySequence(Qt::Key_Escape));
  escape_->setEnabled(false);  // Esc belongs to the widgets unless presenting
  connect(escape_, &QAction::triggered, this, [this] { setActive(false); });
  window_->addAction(escape_);

  options_ = new QMenu(tr("Presenter &Options"), window_);
  const std::pair<Panel, QString> panels[] = {
      {Panel::Data, tr("Hide &Data Controls")},
      {Panel::Network, tr("Hide &Network Editor")},
      {Panel::Training, tr("Hide &Training Controls")},
  };
  for (const auto& [panel, text] : panels) {
    QAction* action = options_->addAction(text);
    action->setCheckable(true);
    action->setStatusTip(
        tr("In presenter mode, hide this panel of the playground so the "
           "plots get the room."));
    connect(action, &QAction::toggled, this, [this, panel](bool on) { setHidden(panel, on); });
    hide_[static_cast<int>(panel)] = action;
  }
}

PresenterMode::~PresenterMode() = default;

QAction* PresenterMode::hideAction(Panel panel) const {
  return hide_[static_cast<int>(panel)];
}

bool PresenterMode::isHidden(Panel panel) const {
  return hideAction(panel)->isChecked();
}

void PresenterMode::setHidden(Panel panel, bool hidden) {
  hideAction(panel)->setChecked(hidden);  // re-enters through toggled() once
  if (active_) applyHiding();
}

void PresenterMode::setActive(bool active) {
  if (active == active_) return;
  active_ = active;
  if (active)
    enter();
  else
    leave();
  {
    const QSignalBlocker block(toggle_);
    toggle_->setChecked(active);
  }
  escape_->setEnabled(active);
  emit activeChanged(active);
}

QPalette PresenterMode::highContrastPalette() {
  QPalette p;
  const QColor black(Qt::black), white(Qt::white);
  for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
    // Disabled text stays dark enough to read on a projector (8:1 on white).
    const QColor text = group == QPalette::Disabled ? QColor(0x50, 0x50, 0x50) : black;
    p.setColor(group, QPalette::Window, white);
    p.setColor(group, QPalette::WindowText, text);
    p.setColor(group, QPalette::Base, white);
    p.setColor(group, QPalette::AlternateBase, QColor(0xeb, 0xeb, 0xeb));
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
    p.setColor(group, QPalette::Button, white);
    p.setColor(group, QPalette::ButtonText, text);
    p.setColor(group, QPalette::BrightText, white);
    p.setColor(group, QPalette::Light, white);
    p.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(group, QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(group, QPalette::Dark, QColor(0x30, 0x30, 0x30));
    p.setColor(group, QPalette::Shadow, black);
    p.setColor(group, QPalette::Highlight, QColor(0x00, 0x2f, 0xa7));  // 10:1 with white
    p.setColor(group, QPalette::HighlightedText, white);
    p.setColor(group, QPalette::Link, QColor(0x00, 0x2f, 0xa7));
    p.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x1a, 0x8b));
    p.setColor(group, QPalette::ToolTipBase, white);
    p.setColor(group, QPalette::ToolTipText, black);
  }
  return p;
}

void PresenterMode::enter() {
  savedState_ = window_->windowState();
  savedGeometry_ = window_->saveGeometry();
  savedFontSet_ = window_->testAttribute(Qt::WA_SetFont);
  savedFont_ = window_->font();
  savedPaletteSet_ = window_->testAttribute(Qt::WA_SetPalette);
  savedPalette_ = window_->palette();

  window_->setFont(scaled(window_->font(), kFontScale));
  savedMenus_.clear();
  for (QMenu* menu : window_->findChildren<QMenu*>()) {
    savedMenus_.push_back({menu, menu->testAttribute(Qt::WA_SetFont), menu->font()});
    menu->setFont(scaled(menu->font(), kFontScale));
  }
  window_->setPalette(highContrastPalette());
  savedCharts_.clear();
  for (QChartView* view : window_->findChildren<QChartView*>()) {
    QChart* chart = view->chart();
    if (!chart) continue;
    ChartFonts saved{
        view, view->minimumHeight(), chart, chart->titleFont(), chart->legend()->font(), {}};
    chart->setTitleFont(scaled(saved.title, kFontScale));
    chart->legend()->setFont(scaled(saved.legend, kFontScale));
    // Room for kPresentedPlotHeight of plot under the title and legend, above the
    // bottom axis's labels and title: where a page cannot give it, it scrolls.
    const auto line = [](const QFont& f) { return QFontMetrics(f).height(); };
    int chrome = 24;  // the chart's margins
    if (!chart->title().isEmpty()) chrome += line(chart->titleFont()) * 3 / 2;
    if (chart->legend()->isVisible()) chrome += line(chart->legend()->font()) * 3 / 2;
    for (QAbstractAxis* axis : chart->axes()) {
      saved.axes.push_back({axis, {axis->labelsFont(), axis->titleFont()}});
      axis->setLabelsFont(scaled(axis->labelsFont(), kFontScale));
      axis->setTitleFont(scaled(axis->titleFont(), kFontScale));
      if (axis->orientation() == Qt::Horizontal)
        chrome += line(axis->labelsFont()) + line(axis->titleFont()) + 8;
    }
    view->setMinimumHeight(std::max(saved.minimumHeight, kPresentedPlotHeight + chrome));
    savedCharts_.push_back(std::move(saved));
  }

  if (QTabWidget* panels = sidePanels()) {
    savedPanelsShown_ = !panels->isHidden();
    savedTab_ = panels->currentIndex();
    for (int i = 0; i < 3; ++i)
      savedTabVisible_[i] = panels->isTabVisible(panels->indexOf(panelPage(Panel(i))));
  }
  applyHiding();
  for (auto* area : window_->findChildren<ColumnScrollArea*>()) area->setSqueezable(true);
  window_->setWindowState(savedState_ | Qt::WindowFullScreen);
  window_->show();
}

void PresenterMode::leave() {
  for (auto* area : window_->findChildren<ColumnScrollArea*>()) area->setSqueezable(false);
  if (QTabWidget* panels = sidePanels()) {
    for (int i = 0; i < 3; ++i)
      panels->setTabVisible(panels->indexOf(panelPage(Panel(i))), savedTabVisible_[i]);
    panels->setCurrentIndex(savedTab_);
    panels->setVisible(savedPanelsShown_);
  }
  for (const ChartFonts& saved : savedCharts_) {
    if (saved.view) saved.view->setMinimumHeight(saved.minimumHeight);
    if (!saved.chart) continue;
    saved.chart->setTitleFont(saved.title);
    saved.chart->legend()->setFont(saved.legend);
    for (const auto& [axis, fonts] : saved.axes) {
      if (!axis) continue;
      axis->setLabelsFont(fonts.first);
      axis->setTitleFont(fonts.second);
    }
  }
  savedCharts_.clear();
  for (const MenuFont& saved : savedMenus_)
    if (saved.menu) saved.menu->setFont(saved.set ? saved.font : QFont());
  savedMenus_.clear();
  // A default-constructed font or palette resolves nothing: the window
  // inherits the application's again, as before.
  window_->setPalette(savedPaletteSet_ ? savedPalette_ : QPalette());
  window_->setFont(savedFontSet_ ? savedFont_ : QFont());
  window_->setWindowState(savedState_);
  window_->restoreGeometry(savedGeometry_);
  // Hidden pages still hold their sizes in the large text. (The playground
  // puts its own panels' width back: it lays itself out for presenting.)
  remeasure(window_);
}

void PresenterMode::applyHiding() {
  QTabWidget* panels = sidePanels();
  if (!active_ || !panels) return;
  bool any = false;
  for (int i = 0; i < 3; ++i) {
    const bool show = savedTabVisible_[i] && !isHidden(Panel(i));
    panels->setTabVisible(panels->indexOf(panelPage(Panel(i))), show);
    any = any || show;
  }
  // With every panel hidden the strip goes too, and the views take its room.
  panels->setVisible(savedPanelsShown_ && any);
}

// The tab widget that holds the playground's three control panels.
QTabWidget* PresenterMode::sidePanels() const {
  if (!playground_) return nullptr;
  for (QWidget* w = playground_->dataControls(); w && w != playground_; w = w->parentWidget())
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) return tabs;
  return nullptr;
}

// The page (a scroll area) of a panel in sidePanels().
QWidget* PresenterMode::panelPage(Panel panel) const {
  QTabWidget* panels = sidePanels();
  if (!panels) return nullptr;
  QWidget* controls = panel == Panel::Data ? static_cast<QWidget*>(playground_->dataControls())
                      : panel == Panel::Network
                          ? static_cast<QWidget*>(playground_->networkControls())
                          : playground_->trainingControls();
  for (int i = 0; i < panels->count(); ++i)
    if (panels->widget(i)->isAncestorOf(controls)) return panels->widget(i);
  return nullptr;
}

}  // namespace relulab::ui
