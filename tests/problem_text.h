#pragma once

// A failure the UI returns (std::optional<core::Message>) as text for a
// test's assertion or its failure message: empty when there is none.

#include <QString>
#include <optional>

#include "core/base/message.h"
#include "io/core_text.h"

inline QString shown(const std::optional<relulab::core::Message>& problem) {
  return problem ? relulab::io::coreText(*problem) : QString();
}
