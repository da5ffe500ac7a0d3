#pragma once

// The GPU path reports failures the way the core does (core/base/result.h): a value
// or a message the user can act on. Status is the value-less form.

#include <utility>

#include "core/base/result.h"

namespace relulab::gpu {

using core::Message;

// A message whose template is marked (RELULAB_TEXT) in namespace relulab::gpu.
template <typename... Args>
Message gpuMessage(const char* text, Args&&... args) {
  return Message::of("relulab::gpu", text, std::forward<Args>(args)...);
}

struct Done {};
using Status = core::Result<Done>;

inline Status success() {
  return Done{};
}

}  // namespace relulab::gpu
