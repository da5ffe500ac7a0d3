#pragma once

// The built-in set-ups in a combo box, as the playground, compare and the
// phase-diagram study offer them: each shown by its title (translated), its
// id ("dying-relu", what files and the command line use) as the item's data,
// and its one-line summary as the item's tooltip.

class QComboBox;
class QString;

namespace relulab::ui {

void fillPresetBox(QComboBox* box);
// Selects the preset with this id; false (and nothing selected) if none has it.
bool selectPreset(QComboBox* box, const QString& id);

}  // namespace relulab::ui
