#pragma once

// What presenter mode (ui/shell) promises and the panels that lay themselves
// out for it (playground, compare) provide: one number for both.

namespace relulab::ui {

// Pixels of plot height every chart keeps on a projector, whatever the text
// around it.
inline constexpr int kPresentedPlotHeight = 240;

}  // namespace relulab::ui
