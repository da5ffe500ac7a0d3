// Activation value / derivative / parameter derivative over an array.
// Defined by the host before this text (see activation_kernel.cpp):
//   KIND             activation (RL_* in activations.glsl)
//   WRITE_Y, WRITE_DYDX, WRITE_DYDP   0 or 1: which outputs exist
//   LOCAL_SIZE, PER_THREAD   threads per group, elements per thread per pass
//   SCALAR           1: one float per element (the naive form); 0: vec4
// With vec4 the host pads the arrays to a whole number of vec4s, so no thread
// needs a scalar tail. Each thread issues all its loads before any math: that
// keeps PER_THREAD elements in flight per thread, which is what a
// bandwidth-bound kernel needs to approach the memory's peak.

#include "activations.glsl"

layout(local_size_x = LOCAL_SIZE) in;

#if SCALAR
#define ELEMENT float
#else
#define ELEMENT vec4
#endif

layout(std430, binding = 0) readonly restrict buffer XBuffer { ELEMENT xs[]; };
#if WRITE_Y
layout(std430, binding = 1) writeonly restrict buffer YBuffer { ELEMENT ys[]; };
#endif
#if WRITE_DYDX
layout(std430, binding = 2) writeonly restrict buffer DBuffer { ELEMENT dydxs[]; };
#endif
#if WRITE_DYDP
layout(std430, binding = 3) writeonly restrict buffer PBuffer { ELEMENT dydps[]; };
#endif

uniform uint count;  // elements (floats or vec4s)
uniform float param;

float apply_value(float x) { return rl_value(KIND, param, x); }
float apply_derivative(float x) { return rl_derivative(KIND, param, x); }
float apply_param_derivative(float x) { return rl_param_derivative(KIND, param, x); }
vec4 apply_value(vec4 x) {
  return vec4(apply_value(x.x), apply_value(x.y), apply_value(x.z), apply_value(x.w));
}
vec4 apply_derivative(vec4 x) {
  return vec4(apply_derivative(x.x), apply_derivative(x.y), apply_derivative(x.z),
              apply_derivative(x.w));
}
vec4 apply_param_derivative(vec4 x) {
  return vec4(apply_param_derivative(x.x), apply_param_derivative(x.y),
              apply_param_derivative(x.z), apply_param_derivative(x.w));
}

void main() {
  uint stride = gl_NumWorkGroups.x * gl_WorkGroupSize.x;
  // Consecutive threads touch consecutive elements (coalesced); the k-th load
  // of a thread lies one whole grid further on.
  for (uint base = gl_GlobalInvocationID.x; base < count; base += stride * PER_THREAD) {
    ELEMENT x[PER_THREAD];
    for (uint k = 0u; k < PER_THREAD; ++k) {
      uint i = base + k * stride;
      x[k] = i < count ? xs[i] : ELEMENT(0.0);
    }
    for (uint k = 0u; k < PER_THREAD; ++k) {
      uint i = base + k * stride;
      if (i >= count) break;
#if WRITE_Y
      ys[i] = apply_value(x[k]);
#endif
#if WRITE_DYDX
      dydxs[i] = apply_derivative(x[k]);
#endif
#if WRITE_DYDP
      dydps[i] = apply_param_derivative(x[k]);
#endif
    }
  }
}
