#pragma once

// Thin owners of GL objects for the kernels and the benchmark. No GL header
// here (ids are plain integers) so that Qt code including a kernel header does
// not meet libepoxy's. Every call must happen inside a DeviceScope; the
// destructors open one themselves.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "core/gpu/status.h"

namespace relulab::gpu {

// A shader storage buffer of `bytes` bytes on the device.
class Buffer {
 public:
  Buffer() = default;
  explicit Buffer(std::size_t bytes, const void* data = nullptr);
  ~Buffer();
  Buffer(Buffer&& other) noexcept;
  Buffer& operator=(Buffer&& other) noexcept;
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;

  std::uint32_t id() const { return id_; }
  std::size_t bytes() const { return bytes_; }
  void upload(std::size_t offset, std::size_t bytes, const void* data);
  void download(std::size_t offset, std::size_t bytes, void* data) const;
  void bind(std::uint32_t index) const;  // GL_SHADER_STORAGE_BUFFER binding point

  template <typename T>
  void upload(std::span<const T> values) {
    upload(0, values.size_bytes(), values.data());
  }
  template <typename T>
  void download(std::span<T> values) const {
    download(0, values.size_bytes(), values.data());
  }

 private:
  void release();
  std::uint32_t id_ = 0;
  std::size_t bytes_ = 0;
};

// A linked compute program, compiled once per key for the process (the cache
// lives as long as the context). `defines` is inserted after #version; a line
// `#include "activations.glsl"` or `#include "network.glsl"` in `body` pulls
// in that shader library file. A compile or link failure comes back with the
// driver's log.
core::Result<std::uint32_t> computeProgram(const std::string& key, const std::string& defines,
                                           std::string_view body);

// Uniform setters by name; a name the compiler optimised away is ignored.
void setUniform(std::uint32_t program, const char* name, std::uint32_t value);
void setUniform(std::uint32_t program, const char* name, int value);
void setUniform(std::uint32_t program, const char* name, float value);

// glUseProgram + glDispatchCompute(groups, 1, 1) + a barrier so later shader
// reads and buffer downloads see the writes.
void dispatch(std::uint32_t program, std::uint32_t groups);
void dispatch2d(std::uint32_t program, std::uint32_t groupsX, std::uint32_t groupsY);
void finish();  // glFinish

// GL_TIME_ELAPSED around a span of GL commands: device time, not host time.
class GpuTimer {
 public:
  GpuTimer();
  ~GpuTimer();
  GpuTimer(const GpuTimer&) = delete;
  GpuTimer& operator=(const GpuTimer&) = delete;
  void begin();
  void end();
  double seconds() const;  // waits for the result

 private:
  std::uint32_t query_ = 0;
};

// "0.5" → exact float literal for GLSL (uintBitsToFloat(0x3f000000u)), so a
// parameter compiled into a shader is bit-for-bit the host's float.
std::string glslFloat(float value);

}  // namespace relulab::gpu
