#include "core/gpu/network_glsl.h"

#include <algorithm>
#include <vector>

#include "core/gpu/gl_objects.h"

namespace relulab::gpu {

namespace {

std::string intArray(const char* name, const std::vector<std::size_t>& values) {
  std::string s = "const int " + std::string(name) + "[LAYERS] = int[LAYERS](";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) s += ", ";
    s += std::to_string(values[i]);
  }
  return s + ");\n";
}

}  // namespace

std::string networkDefines(const core::NetworkSpec& spec) {
  const core::ParamLayout layout(spec);
  const std::size_t layers = layout.layers.size();
  std::vector<std::size_t> width, fanIn, wOff, bOff, sOff, uOff, kind;
  std::string params = "const float ACT_PARAM[LAYERS] = float[LAYERS](";
  std::size_t units = 0;
  int maxWidth = spec.inputs;
  for (std::size_t l = 0; l < layers; ++l) {
    const auto& layer = layout.layers[l];
    width.push_back(static_cast<std::size_t>(layer.out));
    fanIn.push_back(static_cast<std::size_t>(layer.in));
    wOff.push_back(layer.weights);
    bOff.push_back(layer.biases);
    sOff.push_back(layer.slopes);
    uOff.push_back(units);
    units += static_cast<std::size_t>(layer.out);
    maxWidth = std::max(maxWidth, layer.out);
    const bool hidden = l + 1 < layers;
    // The output layer's "activation" is the head's (OUTPUT_KIND), never read here.
    const core::Activation a = hidden ? spec.hidden[l].activation : core::Activation{};
    kind.push_back(static_cast<std::size_t>(a.kind));
    if (l) params += ", ";
    params += glslFloat(static_cast<float>(a.param));
  }
  params += ");\n";
  std::string s;
  s += "#define INPUTS " + std::to_string(spec.inputs) + "\n";
  s += "#define LAYERS " + std::to_string(layers) + "\n";
  s += "#define HIDDEN " + std::to_string(layers - 1) + "\n";
  s += "#define UNITS " + std::to_string(units) + "\n";
  s += "#define HIDDEN_UNITS " + std::to_string(units - 1) + "\n";
  s += "#define MAX_WIDTH " + std::to_string(maxWidth) + "\n";
  s += "#define PARAMS " + std::to_string(layout.size) + "\n";
  s += "#define WEIGHT_COUNT " + std::to_string(layout.weightCount) + "\n";
  s += "#define OUTPUT_KIND " + std::to_string(static_cast<int>(spec.output)) + "\n";
  s += intArray("WIDTH", width) + intArray("FAN_IN", fanIn) + intArray("W_OFF", wOff) +
       intArray("B_OFF", bOff) + intArray("S_OFF", sOff) + intArray("U_OFF", uOff) +
       intArray("ACT_KIND", kind) + params;
  return s;
}

std::string networkKey(const core::NetworkSpec& spec) {
  // Appended piecewise: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string&&.
  std::string key = std::to_string(spec.inputs);
  for (const auto& layer : spec.hidden) {
    key += '-';
    key += std::to_string(layer.width);
    key += ':';
    key += std::to_string(static_cast<int>(layer.activation.kind));
    key += ':';
    key += glslFloat(static_cast<float>(layer.activation.param));
  }
  key += "-o";
  key += std::to_string(static_cast<int>(spec.output));
  return key;
}

}  // namespace relulab::gpu
