#include "core/gpu/device.h"

#include <dlfcn.h>
#include <epoxy/egl.h>
#include <epoxy/gl.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string_view>

#include "core/gpu/status.h"

namespace relulab::gpu {

namespace {

struct EglContext {
  EGLDisplay display = EGL_NO_DISPLAY;
  EGLContext context = EGL_NO_CONTEXT;
  EGLSurface surface = EGL_NO_SURFACE;
};

// Created once and never destroyed: tearing a context down from a static
// destructor races the drivers' own exit handlers (NVIDIA's in particular),
// and the process ends right after anyway.
struct State {
  std::once_flag probed;
  std::recursive_mutex mutex;
  Availability availability;
  EglContext egl;
};

State& state() {
  static State* s = new State;
  return *s;
}

thread_local int t_depth = 0;

// The names are EGL's own, shown as they are.
Message eglErrorName(EGLint error) {
  switch (error) {
    case EGL_SUCCESS:
      return Message("EGL_SUCCESS");
    case EGL_NOT_INITIALIZED:
      return Message("EGL_NOT_INITIALIZED");
    case EGL_BAD_ACCESS:
      return Message("EGL_BAD_ACCESS");
    case EGL_BAD_ALLOC:
      return Message("EGL_BAD_ALLOC");
    case EGL_BAD_ATTRIBUTE:
      return Message("EGL_BAD_ATTRIBUTE");
    case EGL_BAD_CONFIG:
      return Message("EGL_BAD_CONFIG");
    case EGL_BAD_CONTEXT:
      return Message("EGL_BAD_CONTEXT");
    case EGL_BAD_DISPLAY:
      return Message("EGL_BAD_DISPLAY");
    case EGL_BAD_MATCH:
      return Message("EGL_BAD_MATCH");
    case EGL_BAD_PARAMETER:
      return Message("EGL_BAD_PARAMETER");
    case EGL_BAD_SURFACE:
      return Message("EGL_BAD_SURFACE");
    case EGL_CONTEXT_LOST:
      return Message("EGL_CONTEXT_LOST");
    default: {
      char code[16];
      std::snprintf(code, sizeof code, "0x%04x", static_cast<unsigned>(error));
      return gpuMessage(RELULAB_TEXT("EGL error %1"), code);
    }
  }
}

Message lastEglError(const char* call) {
  return gpuMessage(RELULAB_TEXT("%1: %2"), call, eglErrorName(eglGetError()));
}

bool envDisabled() {
  const char* v = std::getenv("RELULAB_DISABLE_GPU");
  return v && *v && std::string_view(v) != "0";
}

// libepoxy aborts the process when it cannot dlopen a GL library, so look for
// them first and turn their absence into a reason.
bool librariesPresent(Message* why) {
  if (!dlopen("libEGL.so.1", RTLD_LAZY | RTLD_GLOBAL)) {
    *why = gpuMessage(RELULAB_TEXT("libEGL.so.1 not found (%1)"), dlerror());
    return false;
  }
  if (!dlopen("libOpenGL.so.0", RTLD_LAZY | RTLD_GLOBAL) &&
      !dlopen("libGL.so.1", RTLD_LAZY | RTLD_GLOBAL)) {
    *why = gpuMessage(RELULAB_TEXT("neither libOpenGL.so.0 nor libGL.so.1 found (%1)"), dlerror());
    return false;
  }
  return true;
}

bool chooseConfig(EGLDisplay display, EGLConfig* config) {
  // A pbuffer-capable config lets us fall back to a 1×1 pbuffer where the
  // driver cannot make a context current without a surface.
  const EGLint withPbuffer[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE,
                                EGL_OPENGL_BIT, EGL_NONE};
  const EGLint anySurface[] = {EGL_SURFACE_TYPE, 0, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
  EGLint count = 0;
  if (eglChooseConfig(display, withPbuffer, config, 1, &count) && count > 0) return true;
  return eglChooseConfig(display, anySurface, config, 1, &count) && count > 0;
}

// Makes a 4.3 core context on an opened display and leaves it current.
bool makeContext(EGLDisplay display, EglContext* out, Message* why) {
  EGLint major = 0;
  EGLint minor = 0;
  if (!eglInitialize(display, &major, &minor)) {
    *why = lastEglError("eglInitialize");
    return false;
  }
  if (!eglBindAPI(EGL_OPENGL_API)) {
    *why = gpuMessage(RELULAB_TEXT("no desktop OpenGL on this display (%1)"),
                      lastEglError("eglBindAPI"));
    return false;
  }
  EGLConfig config = EGL_NO_CONFIG_KHR;
  const bool haveConfig = chooseConfig(display, &config);
  if (!haveConfig && !epoxy_has_egl_extension(display, "EGL_KHR_no_config_context")) {
    *why = gpuMessage(RELULAB_TEXT("no EGL config renders desktop OpenGL"));
    return false;
  }
  const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION,
                               4,
                               EGL_CONTEXT_MINOR_VERSION,
                               3,
                               EGL_CONTEXT_OPENGL_PROFILE_MASK,
                               EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                               EGL_NONE};
  EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, attributes);
  if (context == EGL_NO_CONTEXT) {
    *why = gpuMessage(RELULAB_TEXT("no OpenGL 4.3 core context (%1)"),
                      lastEglError("eglCreateContext"));
    return false;
  }
  EGLSurface surface = EGL_NO_SURFACE;
  if (!epoxy_has_egl_extension(display, "EGL_KHR_surfaceless_context") && haveConfig) {
    const EGLint size[] = {EGL_WIDTH, 1, EGL_HEIGHT, 1, EGL_NONE};
    surface = eglCreatePbufferSurface(display, config, size);
  }
  if (!eglMakeCurrent(display, surface, surface, context)) {
    *why = lastEglError("eglMakeCurrent");
    eglDestroyContext(display, context);
    return false;
  }
  const int version = epoxy_gl_version();
  if (version < 43) {
    *why = gpuMessage(RELULAB_TEXT("OpenGL %1.%2 only; compute shaders need 4.3"), version / 10,
                      version % 10);
    eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display, context);
    return false;
  }
  out->display = display;
  out->context = context;
  out->surface = surface;
  return true;
}

struct Candidate {
  std::string label;
  EGLDisplay display;
};

std::vector<Candidate> deviceDisplays(std::vector<Message>* attempts) {
  std::vector<Candidate> hardware;
  std::vector<Candidate> software;
  if (!epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_EXT_platform_device") ||
      !epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_EXT_device_enumeration")) {
    attempts->push_back(
        gpuMessage(RELULAB_TEXT("EGL device platform: not offered by this libEGL")));
    return {};
  }
  EGLint count = 0;
  if (!eglQueryDevicesEXT(0, nullptr, &count) || count <= 0) {
    attempts->push_back(gpuMessage(RELULAB_TEXT("EGL device platform: no devices")));
    return {};
  }
  std::vector<EGLDeviceEXT> devices(static_cast<std::size_t>(count));
  eglQueryDevicesEXT(count, devices.data(), &count);
  for (EGLint i = 0; i < count; ++i) {
    const char* extensions = eglQueryDeviceStringEXT(devices[i], EGL_EXTENSIONS);
    const bool isSoftware = extensions && std::strstr(extensions, "EGL_MESA_device_software");
    std::string label = "EGL device " + std::to_string(i);
    if (extensions && std::strstr(extensions, "EGL_EXT_device_drm")) {
      if (const char* file = eglQueryDeviceStringEXT(devices[i], EGL_DRM_DEVICE_FILE_EXT))
        label += std::string(" (") + file + ")";
    }
    if (isSoftware) label += " (software)";
    EGLDisplay display = eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr);
    if (display == EGL_NO_DISPLAY) {
      attempts->push_back(
          gpuMessage(RELULAB_TEXT("%1: %2"), label, lastEglError("eglGetPlatformDisplayEXT")));
      continue;
    }
    (isSoftware ? software : hardware).push_back({label, display});
  }
  hardware.insert(hardware.end(), software.begin(), software.end());
  return hardware;
}

std::vector<Candidate> otherDisplays(std::vector<Message>* attempts) {
  std::vector<Candidate> list;
  if (epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless")) {
    EGLDisplay d =
        eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (d != EGL_NO_DISPLAY)
      list.push_back({"surfaceless (EGL_MESA_platform_surfaceless)", d});
    else
      attempts->push_back(
          gpuMessage(RELULAB_TEXT("surfaceless: %1"), lastEglError("eglGetPlatformDisplayEXT")));
  } else {
    attempts->push_back(gpuMessage(RELULAB_TEXT("surfaceless: not offered by this libEGL")));
  }
  EGLDisplay d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
  if (d != EGL_NO_DISPLAY)
    list.push_back({"default display", d});
  else
    attempts->push_back(
        gpuMessage(RELULAB_TEXT("default display: %1"), lastEglError("eglGetDisplay")));
  return list;
}

std::string glString(GLenum name) {
  const GLubyte* s = glGetString(name);
  return s ? reinterpret_cast<const char*>(s) : "";
}

DeviceInfo readInfo(const EglContext& egl, std::string platform) {
  DeviceInfo info;
  info.platform = std::move(platform);
  if (const char* v = eglQueryString(egl.display, EGL_VERSION)) info.eglVersion = v;
  if (const char* v = eglQueryString(egl.display, EGL_VENDOR))
    info.eglVersion += std::string(" (") + v + ")";
  info.vendor = glString(GL_VENDOR);
  info.renderer = glString(GL_RENDERER);
  info.version = glString(GL_VERSION);
  info.glslVersion = glString(GL_SHADING_LANGUAGE_VERSION);
  glGetIntegerv(GL_MAJOR_VERSION, &info.major);
  glGetIntegerv(GL_MINOR_VERSION, &info.minor);
  for (const char* soft : {"llvmpipe", "softpipe", "swrast", "Software Rasterizer", "SwiftShader"})
    if (info.renderer.find(soft) != std::string::npos) info.software = true;
  for (GLuint i = 0; i < 3; ++i) {
    glGetIntegeri_v(GL_MAX_COMPUTE_WORK_GROUP_COUNT, i, &info.maxWorkGroupCount[i]);
    glGetIntegeri_v(GL_MAX_COMPUTE_WORK_GROUP_SIZE, i, &info.maxWorkGroupSize[i]);
  }
  glGetIntegerv(GL_MAX_COMPUTE_WORK_GROUP_INVOCATIONS, &info.maxWorkGroupInvocations);
  glGetIntegerv(GL_MAX_COMPUTE_SHARED_MEMORY_SIZE, &info.maxSharedMemoryBytes);
  GLint64 block = 0;
  glGetInteger64v(GL_MAX_SHADER_STORAGE_BLOCK_SIZE, &block);
  info.maxShaderStorageBlockBytes = block;
  glGetIntegerv(GL_MAX_SHADER_STORAGE_BUFFER_BINDINGS, &info.maxShaderStorageBindings);
  glGetQueryiv(GL_TIME_ELAPSED, GL_QUERY_COUNTER_BITS, &info.timerQueryBits);
  return info;
}

// Why no context could be made, with every way tried.
Message noContextReason(const std::vector<Message>& attempts) {
  if (attempts.empty())
    return gpuMessage(RELULAB_TEXT("no OpenGL 4.3 context could be made with EGL"));
  Message list = attempts.front();
  for (std::size_t i = 1; i < attempts.size(); ++i)
    //: Joins the ways tried to make a GPU context into one list.
    list = gpuMessage(RELULAB_TEXT("%1; %2"), std::move(list), attempts[i]);
  return gpuMessage(RELULAB_TEXT("no OpenGL 4.3 context could be made with EGL (%1)"),
                    std::move(list));
}

void probe(State& s) {
  Availability& a = s.availability;
  Message why;
  if (!librariesPresent(&why)) {
    a.reason = why;
    return;
  }
  std::vector<Message> attempts;
  std::vector<Candidate> candidates = deviceDisplays(&attempts);
  for (Candidate& c : otherDisplays(&attempts)) candidates.push_back(std::move(c));
  for (const Candidate& c : candidates) {
    if (makeContext(c.display, &s.egl, &why)) {
      a.info = readInfo(s.egl, c.label);
      attempts.push_back(
          gpuMessage(RELULAB_TEXT("%1: %2, OpenGL %3"), c.label, a.info.renderer, a.info.version));
      a.available = true;
      eglMakeCurrent(s.egl.display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
      break;
    }
    attempts.push_back(gpuMessage(RELULAB_TEXT("%1: %2"), c.label, why));
  }
  for (const Message& attempt : attempts) a.attempts.push_back(attempt.english());
  if (!a.available) a.reason = noContextReason(attempts);
}

}  // namespace

namespace {

const Availability& probed() {
  State& s = state();
  std::call_once(s.probed, [&s] {
    std::lock_guard lock(s.mutex);
    probe(s);
  });
  return s.availability;
}

}  // namespace

Availability availability() {
  if (envDisabled()) {
    Availability a;
    a.reason = gpuMessage(RELULAB_TEXT("the GPU path is disabled by RELULAB_DISABLE_GPU"));
    return a;
  }
  return probed();
}

bool isAvailable() {
  return !envDisabled() && probed().available;
}

const DeviceInfo& deviceInfo() {
  return probed().info;
}

DeviceScope::DeviceScope() {
  if (!isAvailable()) return;
  State& s = state();
  s.mutex.lock();
  locked_ = true;
  if (t_depth++ > 0) {
    current_ = true;
    return;
  }
  current_ = eglMakeCurrent(s.egl.display, s.egl.surface, s.egl.surface, s.egl.context);
}

DeviceScope::~DeviceScope() {
  if (!locked_) return;
  State& s = state();
  if (--t_depth == 0) eglMakeCurrent(s.egl.display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  s.mutex.unlock();
}

}  // namespace relulab::gpu
