#pragma once

// The Help menu's pages: every keyboard shortcut the window has, read from
// its actions (so the list is never out of date), and a short getting-started
// page that can open the first lesson.

#include <QList>
#include <QString>
#include <utility>

class QDialog;
class QWidget;

namespace relulab::ui {

// (what it does, its key) for every action in `window` that has a shortcut,
// in the order the actions were made, each pair once; mnemonics removed.
QList<std::pair<QString, QString>> keyboardShortcuts(const QWidget* window);

// The shortcuts as a table in a dialog (not yet shown).
QDialog* makeShortcutsDialog(QWidget* window);

// The getting-started page's text (rich text): the tabs and where to begin.
QString gettingStartedText();

// Who holds the copyright and the licence (GPL-3.0-or-later, as Qt Charts
// requires), in plain text, one statement a line: for the About box and
// `relulab --version` (whose form help2man reads into the man page).
QString licenceText();

}  // namespace relulab::ui
