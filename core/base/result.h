#pragma once

#include <optional>
#include <string>
#include <utility>

#include "core/base/message.h"

namespace relulab::core {

// A value or a message the user can act on (core/base/message.h). The core
// reports user-caused failures this way (bad parameter, corrupt config,
// diverging run) and throws only for programmer errors. (std::expected is
// C++23; GCC 12 lacks it.)
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  static Result failure(Message message) {
    Result r;
    r.message_ = std::move(message);
    return r;
  }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  const T* operator->() const { return &*value_; }
  std::string error() const { return message_.english(); }  // in English
  const Message& message() const { return message_; }       // for the UI to translate

 private:
  Result() = default;
  std::optional<T> value_;
  Message message_;
};

}  // namespace relulab::core
