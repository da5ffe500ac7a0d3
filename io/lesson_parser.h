#pragma once

// Lesson files (resources/lessons/*.json, format in resources/lessons/README.md)
// → Lesson values, checked in full before anything is shown: an unknown key, a
// value of the wrong type or out of range, or a playground set-up the trainer
// would refuse is an error whose message starts with the key's path
// ("steps[2].explorer.curves[0].activation: …"). Pure: no widgets, any thread.

#include <QByteArray>
#include <QString>
#include <optional>

#include "core/base/result.h"
#include "io/lesson.h"

namespace relulab::io {

// `source` is the file's path (kept in Lesson::source); the lesson's id
// defaults to the file's base name ("what-is-relu.json" → "what-is-relu").
// On failure, the message names the key's path and the problem.
core::Result<Lesson> parseLesson(const QByteArray& json, const QString& source);

}  // namespace relulab::io
