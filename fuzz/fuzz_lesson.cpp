// Lessons (resources/lessons/*.json and the user's own): any bytes read
// either as a message or as a lesson.
#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

#include "io/lesson_parser.h"

using namespace relulab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes =
      QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  (void)io::parseLesson(bytes, QStringLiteral("fuzz.json"));
  return 0;
}
