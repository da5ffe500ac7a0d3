#pragma once

// The process's one headless OpenGL 4.3 core context, made with EGL: on an EGL
// device (EGL_EXT_platform_device, hardware devices before software ones),
// else on Mesa's surfaceless platform, else on the default display. No window,
// no X server and no Qt are needed, so the same code runs on a headless NVIDIA
// server and on llvmpipe in CI. GL entry points come through libepoxy; this
// header includes no GL header, so Qt code may include it.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/message.h"

namespace relulab::gpu {

struct DeviceInfo {
  std::string platform;     // how the display was opened, e.g. "EGL device /dev/dri/card0"
  std::string eglVersion;   // "1.5", with the EGL vendor
  std::string vendor;       // GL_VENDOR
  std::string renderer;     // GL_RENDERER
  std::string version;      // GL_VERSION
  std::string glslVersion;  // GL_SHADING_LANGUAGE_VERSION
  int major = 0;
  int minor = 0;
  bool software = false;  // llvmpipe, softpipe, swrast: the shaders run on the CPU
  std::array<int, 3> maxWorkGroupCount{};
  std::array<int, 3> maxWorkGroupSize{};
  int maxWorkGroupInvocations = 0;
  int maxSharedMemoryBytes = 0;
  std::int64_t maxShaderStorageBlockBytes = 0;
  int maxShaderStorageBindings = 0;
  int timerQueryBits = 0;  // 0: GL_TIME_ELAPSED queries are not usable
};

struct Availability {
  bool available = false;
  core::Message reason;               // why not, when unavailable (for the user); empty otherwise
  DeviceInfo info;                    // filled when available
  std::vector<std::string> attempts;  // each way tried, and what it answered (in English)
};

// Whether the GPU path can be used, and why not. The first call probes EGL and
// creates the context (tens of milliseconds); later calls return the cached
// answer. RELULAB_DISABLE_GPU=1 is read at every call and reports the path as
// unavailable without touching EGL, which is how tests and users simulate a
// machine without a usable GPU. Thread-safe.
Availability availability();
// availability().available without copying the report: cheap enough for
// every call. (The first call probes, as availability() does.)
bool isAvailable();
// The device's limits; meaningful only when isAvailable().
const DeviceInfo& deviceInfo();

// The device held by this thread with its context current, for the lifetime of
// the scope. Nested scopes on one thread cost nothing; a scope on another
// thread waits. Every GL call and every GL object's destruction happens inside
// one. Precondition: availability().available (else current() is false and
// nothing may be drawn).
class DeviceScope {
 public:
  DeviceScope();
  ~DeviceScope();
  DeviceScope(const DeviceScope&) = delete;
  DeviceScope& operator=(const DeviceScope&) = delete;

  // False when the context could not be made current (no device, context lost).
  bool current() const { return current_; }

 private:
  bool current_ = false;
  bool locked_ = false;
};

}  // namespace relulab::gpu
