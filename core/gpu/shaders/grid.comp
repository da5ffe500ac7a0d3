// Forward passes over a grid of points for one or more networks of one
// architecture: the decision map (the prediction in label units) and, when
// WRITE_NEURONS, every hidden unit's activation map. Work group (x, y):
// points along x, the network index along y.
// Defines: the network's (network_glsl.cpp), FEATURE_BITS (core::FeatureSet),
// WRITE_NEURONS.
//
// Features come from per-column and per-row tables (v, v², sin v) the host
// builds exactly as core::GridEvaluator does, so the inputs are the CPU
// path's floats; x1·x2 is their float product there and here.

#include "activations.glsl"

layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly restrict buffer Params { float params[]; };
layout(std430, binding = 1) readonly restrict buffer Columns { float column_features[]; };
layout(std430, binding = 2) readonly restrict buffer Rows { float row_features[]; };
layout(std430, binding = 3) writeonly restrict buffer Decision { float decision[]; };
#if WRITE_NEURONS
layout(std430, binding = 4) writeonly restrict buffer Neurons { float neurons[]; };
#endif

uniform uint size;  // the grid is size × size, row 0 at the top

uint g_network;
#define NET_PARAM(p) params[g_network * uint(PARAMS) + uint(p)]
#include "network.glsl"

void main() {
  uint point = gl_GlobalInvocationID.x;
  uint points = size * size;
  if (point >= points) return;
  g_network = gl_WorkGroupID.y;
  uint r = point / size;
  uint c = point - r * size;

  float product = column_features[3u * c] * row_features[3u * r];
  float all[7] = float[7](column_features[3u * c], row_features[3u * r],
                          column_features[3u * c + 1u], row_features[3u * r + 1u], product,
                          column_features[3u * c + 2u], row_features[3u * r + 2u]);
  float x[INPUTS];
  int n = 0;
  for (int i = 0; i < 7; ++i) {
    if (((FEATURE_BITS >> i) & 1) != 0) {
      x[n] = all[i];
      ++n;
    }
  }

  float z[UNITS];
  float a[UNITS];
  net_forward(x, z, a);
  decision[g_network * points + point] = net_prediction(a[UNITS - 1]);
#if WRITE_NEURONS
  for (int u = 0; u < HIDDEN_UNITS; ++u)
    neurons[(g_network * uint(HIDDEN_UNITS) + uint(u)) * points + point] = a[u];
#endif
}
