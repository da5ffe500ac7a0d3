// Measures E networks on one sample set, one thread per network: the summed
// loss (in double, as core::Propagator::evaluate), the number of correct signs,
// and per hidden unit the number of samples on which it is live (rl_gate), from
// which the host counts dead, inactive and saturated units as core::Diagnostics.
// Defines: the network's (network_glsl.cpp).

#include "activations.glsl"

layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly restrict buffer Params { float params[]; };  // E × PARAMS
layout(std430, binding = 1) readonly restrict buffer Features { float features[]; };  // INPUTS × count
layout(std430, binding = 2) readonly restrict buffer Targets { float targets[]; };
layout(std430, binding = 3) writeonly restrict buffer Loss { double loss_sum[]; };  // E
layout(std430, binding = 4) writeonly restrict buffer Correct { uint correct[]; };  // E
layout(std430, binding = 5) writeonly restrict buffer Live { uint live[]; };  // E × HIDDEN_UNITS

uniform uint networks;
uniform uint count;
uniform float saturation;

uint g_net;
#define NET_PARAM(p) params[g_net * uint(PARAMS) + uint(p)]
#include "network.glsl"

void main() {
  g_net = gl_GlobalInvocationID.x;
  if (g_net >= networks) return;
  uint live_count[HIDDEN_UNITS];
  for (int u = 0; u < HIDDEN_UNITS; ++u) live_count[u] = 0u;
  double total = 0.0LF;
  uint right = 0u;
  for (uint i = 0u; i < count; ++i) {
    float x[INPUTS];
    for (int k = 0; k < INPUTS; ++k) x[k] = features[uint(k) * count + i];
    float z[UNITS];
    float a[UNITS];
    net_forward(x, z, a);
    float t = targets[i];
    total += double(net_loss(z[UNITS - 1], a[UNITS - 1], t));
    right += (net_prediction(a[UNITS - 1]) >= 0.0) == (t > 0.0) ? 1u : 0u;
    for (int l = 0; l < HIDDEN; ++l) {
      for (int j = 0; j < WIDTH[l]; ++j) {
        int u = U_OFF[l] + j;
        float d = net_hidden_derivative(l, j, z[u]);
        int gate = rl_gate(ACT_KIND[l]);
        bool is_live = gate == 0 ? d != 0.0 : (gate == 1 ? z[u] > 0.0 : abs(d) > saturation);
        live_count[u] += is_live ? 1u : 0u;
      }
    }
  }
  loss_sum[g_net] = total;
  correct[g_net] = right;
  for (int u = 0; u < HIDDEN_UNITS; ++u) live[g_net * uint(HIDDEN_UNITS) + uint(u)] = live_count[u];
}
