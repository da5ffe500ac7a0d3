#pragma once

// The lessons the app offers: those compiled in (resources/lessons/*.json, as
// the Qt resource folder ":/lessons") and those a teacher drops into the user
// folder (userFolder()). A file that cannot be read or parsed is left out and
// reported with its name and the problem; it never stops the others.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

#include "io/lesson.h"

namespace relulab::ui {

class LessonLibrary {
  Q_DECLARE_TR_FUNCTIONS(relulab::ui::LessonLibrary)

 public:
  static QString bundledFolder();  // ":/lessons"
  // <AppDataLocation>/lessons, e.g. ~/.local/share/ReLU Lab/lessons; may not exist yet.
  static QString userFolder();
  static QStringList defaultFolders() { return {bundledFolder(), userFolder()}; }

  // Reads every *.json file in the folders, in that order (a missing folder
  // holds none). A lesson whose id an earlier folder already used replaces
  // it, so a teacher can adapt a bundled lesson; within one folder a repeated
  // id is a problem. Lessons come sorted by their order, then title.
  void load(const QStringList& folders);

  const std::vector<io::Lesson>& lessons() const { return lessons_; }
  const io::Lesson* find(const QString& id) const;
  // One line per file left out: "…/my-lesson.json: steps[1].text: is missing".
  const QStringList& problems() const { return problems_; }

 private:
  void loadFolder(const QString& folder);

  std::vector<io::Lesson> lessons_;
  QStringList problems_;
};

}  // namespace relulab::ui
