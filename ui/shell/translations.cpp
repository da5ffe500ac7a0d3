#include "ui/shell/translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relulab::ui {

void installTranslations(QApplication& app) {
  const QString override = qEnvironmentVariable("RELULAB_LANG");
  const QLocale locale = override.isEmpty() ? QLocale() : QLocale(override);
  QLocale::setDefault(locale);

  auto* qtTranslator = new QTranslator(&app);
  if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(qtTranslator);
  // Compiled into the executable by qt_add_translations (resource prefix /i18n).
  // A language without a catalogue reads English, with English plurals.
  auto* ours = new QTranslator(&app);
  if (ours->load(locale, QStringLiteral("relulab"), QStringLiteral("_"),
                 QStringLiteral(":/i18n")) ||
      ours->load(QStringLiteral("relulab_en"), QStringLiteral(":/i18n")))
    QApplication::installTranslator(ours);
  QApplication::setLayoutDirection(locale.textDirection());
}

}  // namespace relulab::ui
