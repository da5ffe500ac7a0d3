#pragma once

// The language ReLU Lab speaks, for the window and the command line alike.
// Chosen, first to last: `relulab --lang CODE` (which main() passes on as
// RELULAB_LANG), the RELULAB_LANG variable, the choice saved from View →
// Language, the system's. "ar" is Arabic, "en" English; any other language
// has no catalogue and reads English.
//
// Arabic numbers use Western digits and a decimal point (the convention of
// Arabic technical writing, docs/translation-ar.md): the locale is Arabic as
// written in the United Arab Emirates, whose numbers are "1,234.5".

#include <QLocale>
#include <QString>

#include <QSettings>

class QCoreApplication;

namespace relulab::io {

// Where ReLU Lab keeps what it remembers (the language, the window, recent
// files): one file for the window and the command line alike.
QSettings appSettings();

// The saved choice: "" (the system's), "en" or "ar".
QString savedLanguage();
void saveLanguage(const QString& code);

// The locale for a language code ("" or unknown: the system's).
QLocale localeFor(const QString& code);
// The language in use, as chosen above.
QLocale chosenLocale();

// Makes chosenLocale() the default locale and installs ReLU Lab's catalogue
// (compiled in under :/i18n) and Qt's own for it; returns the locale.
QLocale installTranslators(QCoreApplication& app);

}  // namespace relulab::io
