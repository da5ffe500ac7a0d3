#pragma once

// How the app marks a message label: a warning (dark red, bold) or a notice
// (dark amber text in a pale amber box), and back to plain text. Done with the
// palette and the font, not a style sheet: a widget with a style sheet stops
// inheriting its parent's font and palette, so presenter mode's larger text
// and high contrast would pass such a message by.

class QLabel;

namespace relulab::ui {

// Dark red text (#b00020, 7:1 on white), bold where `bold`; with `warning`
// false the label inherits its parent's colours and font again.
void setWarningLook(QLabel* label, bool warning, bool bold = true);

// Dark amber text on a pale amber, framed background, for "these results
// are partial" notes.
void setNoticeLook(QLabel* label);

}  // namespace relulab::ui
