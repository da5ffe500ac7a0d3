#pragma once

class QApplication;

namespace relulab::ui {

// Loads ReLU Lab's and Qt's translations for the system locale (LANG, or
// RELULAB_LANG to override, e.g. RELULAB_LANG=ar) and sets the layout
// direction from the language, so Arabic opens right-to-left.
void installTranslations(QApplication& app);

}  // namespace relulab::ui
