#include "core/gpu/gl_objects.h"

#include <epoxy/gl.h>

#include <bit>
#include <cstdio>
#include <map>
#include <utility>

#include "core/gpu/device.h"
#include "core/gpu/shaders_embedded.h"

namespace relulab::gpu {

Buffer::Buffer(std::size_t bytes, const void* data) : bytes_(bytes) {
  DeviceScope scope;
  // GL 4.3 calls only (no 4.5 direct state access): 4.3 is all we ask for.
  // GL_COPY_WRITE_BUFFER is a scratch target that no kernel binding uses.
  glGenBuffers(1, &id_);
  glBindBuffer(GL_COPY_WRITE_BUFFER, id_);
  // At least 16 bytes: a zero-sized store cannot be bound.
  glBufferData(GL_COPY_WRITE_BUFFER, static_cast<GLsizeiptr>(bytes ? bytes : 16), data,
               GL_DYNAMIC_COPY);
}

Buffer::~Buffer() {
  release();
}

void Buffer::release() {
  if (!id_) return;
  DeviceScope scope;
  glDeleteBuffers(1, &id_);
  id_ = 0;
}

Buffer::Buffer(Buffer&& other) noexcept
    : id_(std::exchange(other.id_, 0)), bytes_(std::exchange(other.bytes_, 0)) {}

Buffer& Buffer::operator=(Buffer&& other) noexcept {
  if (this != &other) {
    release();
    id_ = std::exchange(other.id_, 0);
    bytes_ = std::exchange(other.bytes_, 0);
  }
  return *this;
}

void Buffer::upload(std::size_t offset, std::size_t bytes, const void* data) {
  if (!bytes) return;
  glBindBuffer(GL_COPY_WRITE_BUFFER, id_);
  glBufferSubData(GL_COPY_WRITE_BUFFER, static_cast<GLintptr>(offset),
                  static_cast<GLsizeiptr>(bytes), data);
}

void Buffer::download(std::size_t offset, std::size_t bytes, void* data) const {
  if (!bytes) return;
  glBindBuffer(GL_COPY_READ_BUFFER, id_);
  glGetBufferSubData(GL_COPY_READ_BUFFER, static_cast<GLintptr>(offset),
                     static_cast<GLsizeiptr>(bytes), data);
}

void Buffer::bind(std::uint32_t index) const {
  glBindBufferBase(GL_SHADER_STORAGE_BUFFER, index, id_);
}

namespace {

std::string shaderLog(GLuint shader) {
  GLint length = 0;
  glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
  std::string log(static_cast<std::size_t>(length > 0 ? length : 0), '\0');
  if (length > 0) glGetShaderInfoLog(shader, length, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return log;
}

std::string programLog(GLuint program) {
  GLint length = 0;
  glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
  std::string log(static_cast<std::size_t>(length > 0 ? length : 0), '\0');
  if (length > 0) glGetProgramInfoLog(program, length, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return log;
}

// The shader library files a kernel may pull in with a line `#include "name"`
// (GLSL itself has no #include in core profile). Each file gets its own
// source-string number in #line (1 the kernel, 2 and on the library files),
// so the driver's log points into the right file.
std::string expandIncludes(std::string_view body) {
  struct Library {
    std::string_view name;
    std::string_view text;
  };
  constexpr Library libraries[] = {{"activations.glsl", shaders::activations_glsl},
                                   {"network.glsl", shaders::network_glsl}};
  std::string out;
  int line = 0;
  std::size_t begin = 0;
  while (begin < body.size()) {
    std::size_t end = body.find('\n', begin);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view text = body.substr(begin, end - begin);
    ++line;
    bool included = false;
    for (std::size_t i = 0; i < std::size(libraries); ++i) {
      if (text == "#include \"" + std::string(libraries[i].name) + "\"") {
        out += "#line 1 " + std::to_string(i + 2) + "\n" + std::string(libraries[i].text) +
               "\n#line " + std::to_string(line + 1) + " 1\n";
        included = true;
      }
    }
    if (!included) out += std::string(text) + "\n";
    begin = end + 1;
  }
  return out;
}

}  // namespace

core::Result<std::uint32_t> computeProgram(const std::string& key, const std::string& defines,
                                           std::string_view body) {
  // Guarded by the DeviceScope the caller holds (the device mutex).
  static std::map<std::string, GLuint> cache;
  if (auto it = cache.find(key); it != cache.end()) return it->second;

  const std::string source = "#version 430 core\n" + defines + "#line 1 1\n" + expandIncludes(body);
  GLuint shader = glCreateShader(GL_COMPUTE_SHADER);
  const char* text = source.c_str();
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    std::string log = shaderLog(shader);
    glDeleteShader(shader);
    return core::Result<std::uint32_t>::failure(
        gpuMessage(RELULAB_TEXT("compute shader '%1' failed to compile (source 1 = the kernel, "
                                "2 = activations.glsl, 3 = network.glsl): %2"),
                   key, std::move(log)));
  }
  GLuint program = glCreateProgram();
  glAttachShader(program, shader);
  glLinkProgram(program);
  glDeleteShader(shader);
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (!ok) {
    std::string log = programLog(program);
    glDeleteProgram(program);
    return core::Result<std::uint32_t>::failure(
        gpuMessage(RELULAB_TEXT("compute program '%1' failed to link: %2"), key, std::move(log)));
  }
  cache.emplace(key, program);
  return program;
}

void setUniform(std::uint32_t program, const char* name, std::uint32_t value) {
  const GLint location = glGetUniformLocation(program, name);
  if (location >= 0) glProgramUniform1ui(program, location, value);
}

void setUniform(std::uint32_t program, const char* name, int value) {
  const GLint location = glGetUniformLocation(program, name);
  if (location >= 0) glProgramUniform1i(program, location, value);
}

void setUniform(std::uint32_t program, const char* name, float value) {
  const GLint location = glGetUniformLocation(program, name);
  if (location >= 0) glProgramUniform1f(program, location, value);
}

void dispatch(std::uint32_t program, std::uint32_t groups) {
  glUseProgram(program);
  glDispatchCompute(groups, 1, 1);
  glMemoryBarrier(GL_SHADER_STORAGE_BARRIER_BIT | GL_BUFFER_UPDATE_BARRIER_BIT);
}

void dispatch2d(std::uint32_t program, std::uint32_t groupsX, std::uint32_t groupsY) {
  glUseProgram(program);
  glDispatchCompute(groupsX, groupsY, 1);
  glMemoryBarrier(GL_SHADER_STORAGE_BARRIER_BIT | GL_BUFFER_UPDATE_BARRIER_BIT);
}

void finish() {
  glFinish();
}

GpuTimer::GpuTimer() {
  glGenQueries(1, &query_);
}
GpuTimer::~GpuTimer() {
  DeviceScope scope;
  glDeleteQueries(1, &query_);
}
void GpuTimer::begin() {
  glBeginQuery(GL_TIME_ELAPSED, query_);
}
void GpuTimer::end() {
  glEndQuery(GL_TIME_ELAPSED);
}
double GpuTimer::seconds() const {
  GLuint64 nanoseconds = 0;
  glGetQueryObjectui64v(query_, GL_QUERY_RESULT, &nanoseconds);
  return static_cast<double>(nanoseconds) * 1e-9;
}

std::string glslFloat(float value) {
  char text[48];
  std::snprintf(text, sizeof text, "uintBitsToFloat(0x%08xu)", std::bit_cast<std::uint32_t>(value));
  return text;
}

}  // namespace relulab::gpu
