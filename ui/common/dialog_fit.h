#pragma once

// A dialog that speaks in its window's voice: the window's font (presenter
// mode's larger text included; a new window does not inherit it), and a size
// that fits on the window's screen (a 1280×800 projector), scrolling or
// wrapping inside rather than running off the edge.

class QDialog;
class QWidget;

namespace relulab::ui {

void fitDialogToWindow(QDialog* dialog, const QWidget* window);

}  // namespace relulab::ui
