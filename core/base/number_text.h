#pragma once

// Numbers as text in CSV, tables and specs: the shortest text that reads back
// to the same double (std::to_chars), so that identical results give
// byte-identical files; "nan", "inf" and "-inf" for the rest.

#include <cstdint>
#include <string>

namespace relulab::core {

std::string formatNumber(double value);
std::string formatNumber(std::int64_t value);

}  // namespace relulab::core
