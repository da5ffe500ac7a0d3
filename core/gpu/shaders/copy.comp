// The bandwidth baseline: b[i] = a[i], same access pattern as activation.comp
// (so the two differ only in the math). Defines: LOCAL_SIZE, PER_THREAD, and
// SCALAR (1: one float per thread per step, the naive form; 0: vec4).

layout(local_size_x = LOCAL_SIZE) in;

#if SCALAR
#define ELEMENT float
#else
#define ELEMENT vec4
#endif

layout(std430, binding = 0) readonly restrict buffer ABuffer { ELEMENT src[]; };
layout(std430, binding = 1) writeonly restrict buffer BBuffer { ELEMENT dst[]; };

uniform uint count;  // elements of ELEMENT

void main() {
  uint stride = gl_NumWorkGroups.x * gl_WorkGroupSize.x;
  for (uint base = gl_GlobalInvocationID.x; base < count; base += stride * PER_THREAD) {
    ELEMENT v[PER_THREAD];
    for (uint k = 0u; k < PER_THREAD; ++k) {
      uint i = base + k * stride;
      v[k] = i < count ? src[i] : ELEMENT(0.0);
    }
    for (uint k = 0u; k < PER_THREAD; ++k) {
      uint i = base + k * stride;
      if (i < count) dst[i] = v[k];
    }
  }
}
