#pragma once

// Lesson steps → JSON, the inverse of io/lesson_parser.h: what "Save as
// Lesson Step…" writes, so that a teacher sets the app up, saves, and edits
// only the words. A written step reads back (parseLesson) to the same set-up.

#include <QJsonObject>
#include <QString>
#include <optional>

#include "core/base/message.h"
#include "io/lesson.h"

namespace relulab::io {

QJsonObject lessonStepToJson(const LessonStep& step);

// Adds `step` at the end of the lesson file at `path`, or makes a new lesson
// there titled `title` (its id is the file's base name). The file is written
// whole or not at all; one that cannot be read as a lesson is left alone and
// the message says why.
std::optional<core::Message> appendLessonStep(const QString& path, const QString& title,
                                              const LessonStep& step);

// A file name for a lesson title: "Why ReLUs die" → "why-relus-die".
QString lessonFileStem(const QString& title);

}  // namespace relulab::io
