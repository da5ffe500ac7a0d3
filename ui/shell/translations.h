#pragma once

class QApplication;

namespace relulab::ui {

// Loads ReLU Lab's and Qt's translations for the language chosen
// (io/language.h: --lang, RELULAB_LANG, View → Language, the system's) and
// sets the layout direction from it, so Arabic opens right-to-left.
void installTranslations(QApplication& app);

}  // namespace relulab::ui
