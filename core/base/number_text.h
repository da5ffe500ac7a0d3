#pragma once

// Numbers as text in CSV, tables and specs: the shortest text that reads back
// to the same double (std::to_chars), so that identical results give
// byte-identical files; "nan", "inf" and "-inf" for the rest.

#include <cstdint>
#include <string>

namespace relulab::core {

std::string formatNumber(double value);
std::string formatNumber(std::int64_t value);

// A number inside a message for people: six significant digits, as printf's
// %g writes it ("0.001", "1e+06").
std::string messageNumber(double value);

}  // namespace relulab::core
