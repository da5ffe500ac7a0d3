#pragma once

// Ids are the names an enum's values go by in files and on the command line
// ("relu", "adam", "born-dead"). Each part of the core keeps one table per
// enum, in enum order, and answers id → value and value → id from it, and
// the list for messages ("sgd, momentum, …") from the same table, so a list
// is never typed out twice.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace relulab::core {

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<std::string_view, N>& ids, std::string_view id) {
  for (std::size_t i = 0; i < N; ++i)
    if (ids[i] == id) return static_cast<Enum>(i);
  return std::nullopt;
}

// "a, b, c": the ids of a range, each projected to a string_view by `id`.
template <typename Range, typename Id>
std::string joinIds(const Range& range, Id id) {
  std::string list;
  for (const auto& item : range) {
    if (!list.empty()) list += ", ";
    list += id(item);
  }
  return list;
}

template <std::size_t N>
std::string joinIds(const std::array<std::string_view, N>& ids) {
  return joinIds(ids, [](std::string_view id) { return id; });
}

}  // namespace relulab::core
