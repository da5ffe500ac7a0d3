// 2-D points as CSV (File → Import Points): any bytes read either as a
// message or as points, and points written read back bit for bit.
#include <QByteArray>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "io/points_csv.h"

using namespace relulab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes =
      QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  auto csv = io::readPointsCsv(bytes);
  if (!csv) return 0;
  const auto& points = csv->points;
  for (const auto& p : points)
    if (!std::isfinite(p.x1) || !std::isfinite(p.x2) || !std::isfinite(p.label)) __builtin_trap();
  auto again = io::readPointsCsv(io::writePointsCsv(points, csv->regression));
  if (!again || again->points.size() != points.size()) __builtin_trap();
  for (std::size_t i = 0; i < points.size(); ++i)
    if (std::memcmp(&again->points[i], &points[i], sizeof(points[i])) != 0) __builtin_trap();
  return 0;
}
