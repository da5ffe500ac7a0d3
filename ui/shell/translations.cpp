#include "ui/shell/translations.h"

#include <QApplication>

#include "io/language.h"

namespace relulab::ui {

void installTranslations(QApplication& app) {
  const QLocale locale = io::installTranslators(app);
  QApplication::setLayoutDirection(locale.textDirection());
}

}  // namespace relulab::ui
