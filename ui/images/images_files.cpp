#include "ui/images/images_files.h"

#include <QFileInfo>

namespace relulab::ui {

std::optional<IdxChoice> assignIdxFiles(const QStringList& paths) {
  if (paths.size() != 4) return std::nullopt;
  std::optional<QString> roles[2][2];  // [train, test][images, labels]
  for (const QString& path : paths) {
    const QString name = QFileInfo(path).fileName().toLower();
    const bool train = name.contains(QLatin1String("train"));
    const bool test = name.contains(QLatin1String("t10k")) || name.contains(QLatin1String("test"));
    const bool images =
        name.contains(QLatin1String("images")) || name.contains(QLatin1String("idx3"));
    const bool labels =
        name.contains(QLatin1String("labels")) || name.contains(QLatin1String("idx1"));
    if (train == test || images == labels) return std::nullopt;
    std::optional<QString>& slot = roles[test ? 1 : 0][labels ? 1 : 0];
    if (slot) return std::nullopt;
    slot = path;
  }
  IdxChoice c;
  c.train = {roles[0][0]->toStdString(), roles[0][1]->toStdString()};
  c.test = {roles[1][0]->toStdString(), roles[1][1]->toStdString()};
  return c;
}

}  // namespace relulab::ui
