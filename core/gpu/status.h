#pragma once

// The GPU path reports failures the way the core does (core/result.h): a value
// or a message the user can act on. Status is the value-less form.

#include "core/result.h"

namespace relulab::gpu {

struct Done {};
using Status = core::Result<Done>;

inline Status success() {
  return Done{};
}

}  // namespace relulab::gpu
