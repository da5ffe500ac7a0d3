#include "io/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace relulab::io {

QSettings appSettings() {
  // The same file for the window and the command line, whatever each calls itself.
  return QSettings(QSettings::UserScope, QStringLiteral("ReLU Lab"), QStringLiteral("ReLU Lab"));
}

QString savedLanguage() {
  return appSettings().value(QStringLiteral("language")).toString();
}

void saveLanguage(const QString& code) {
  appSettings().setValue(QStringLiteral("language"), code);
}

QLocale localeFor(const QString& code) {
  if (code.isEmpty()) return QLocale::system();
  const QLocale asked(code);
  if (asked.language() == QLocale::Arabic)
    return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);  // Western digits, "."
  return asked;
}

QLocale chosenLocale() {
  const QString forced = qEnvironmentVariable("RELULAB_LANG");
  return localeFor(forced.isEmpty() ? savedLanguage() : forced);
}

QLocale installTranslators(QCoreApplication& app) {
  const QLocale locale = chosenLocale();
  QLocale::setDefault(locale);
  auto* qt = new QTranslator(&app);
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  // A language without a catalogue reads English, with English plurals.
  auto* ours = new QTranslator(&app);
  if (ours->load(locale, QStringLiteral("relulab"), QStringLiteral("_"),
                 QStringLiteral(":/i18n")) ||
      ours->load(QStringLiteral("relulab_en"), QStringLiteral(":/i18n")))
    QCoreApplication::installTranslator(ours);
  return locale;
}

}  // namespace relulab::io
