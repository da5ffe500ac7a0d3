#include "ui/shell/translations.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

#include "io/language.h"

namespace relulab::ui {

void installTranslations(QApplication& app) {
  const QLocale locale = io::installTranslators(app);
  QApplication::setLayoutDirection(locale.textDirection());
  // Arabic letters from a face made for them (Noto Sans Arabic, from
  // fonts-noto-core) where the system has one, not whatever fallback it finds;
  // the usual face comes first, so lines keep its compact height.
  if (locale.language() == QLocale::Arabic) {
    const QString arabic = QStringLiteral("Noto Sans Arabic");
    if (QFontDatabase::families().contains(arabic)) {
      QFont font = QApplication::font();
      font.setFamilies({font.family(), arabic});
      QApplication::setFont(font);
    }
  }
}

}  // namespace relulab::ui
