#include "ui/lessons/lesson_library.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <algorithm>

#include "io/core_text.h"
#include "io/lesson_parser.h"

namespace relulab::ui {

namespace {
constexpr qint64 kMaxFileBytes = 1 << 20;  // a lesson is a few kilobytes of text
}  // namespace

QString LessonLibrary::bundledFolder() {
  return QStringLiteral(":/lessons");
}

QString LessonLibrary::userFolder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
      .filePath(QStringLiteral("lessons"));
}

void LessonLibrary::load(const QStringList& folders) {
  lessons_.clear();
  problems_.clear();
  for (const QString& folder : folders) loadFolder(folder);
  std::stable_sort(lessons_.begin(), lessons_.end(), [](const io::Lesson& a, const io::Lesson& b) {
    if (a.order != b.order) return a.order < b.order;
    return a.title.forLocale().localeAwareCompare(b.title.forLocale()) < 0;
  });
}

void LessonLibrary::loadFolder(const QString& folder) {
  const QDir dir(folder);
  if (!dir.exists()) return;
  std::vector<io::Lesson> found;
  const QStringList names =
      dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
  for (const QString& name : names) {
    const QString path = dir.filePath(name);
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
      problems_ << tr("%1: could not be read (%2)").arg(shown, file.errorString());
      continue;
    }
    if (file.size() > kMaxFileBytes) {
      problems_ << tr("%1: is larger than 1 MiB, too large for a lesson").arg(shown);
      continue;
    }
    core::Result<io::Lesson> parsed = io::parseLesson(file.readAll(), path);
    if (!parsed) {
      problems_ << tr("%1: %2").arg(shown, io::coreText(parsed.message()));
      continue;
    }
    const auto same = [&](const io::Lesson& l) { return l.id == parsed->id; };
    if (const auto twin = std::find_if(found.begin(), found.end(), same); twin != found.end()) {
      problems_ << tr("%1: the id “%2” is already used by %3")
                       .arg(shown, parsed->id, QDir::toNativeSeparators(twin->source));
      continue;
    }
    found.push_back(std::move(parsed).value());
  }
  for (io::Lesson& lesson : found) {
    const auto same = [&](const io::Lesson& l) { return l.id == lesson.id; };
    if (auto it = std::find_if(lessons_.begin(), lessons_.end(), same); it != lessons_.end())
      *it = std::move(lesson);  // the later folder wins: a teacher's own version
    else
      lessons_.push_back(std::move(lesson));
  }
}

const io::Lesson* LessonLibrary::find(const QString& id) const {
  const auto it = std::find_if(lessons_.begin(), lessons_.end(),
                               [&](const io::Lesson& l) { return l.id == id; });
  return it == lessons_.end() ? nullptr : &*it;
}

}  // namespace relulab::ui
