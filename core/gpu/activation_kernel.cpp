#include "core/gpu/activation_kernel.h"

#include <algorithm>
#include <string>

#include "core/gpu/device.h"
#include "core/gpu/shaders_embedded.h"

namespace relulab::gpu {

namespace {

std::string shapeDefines(const KernelShape& shape) {
  return "#define LOCAL_SIZE " + std::to_string(shape.localSize) + "\n#define PER_THREAD " +
         std::to_string(shape.perThread) + "u\n#define SCALAR " + (shape.vec4 ? "0" : "1") + "\n";
}

std::string shapeKey(const KernelShape& shape) {
  return std::to_string(shape.localSize) + "x" + std::to_string(shape.perThread) +
         (shape.vec4 ? "v4" : "s");
}

// Enough groups for one pass over the array, within the device's limit (the
// kernels stride over whatever one pass does not cover).
std::uint32_t groupsFor(std::size_t elements, const KernelShape& shape) {
  const std::size_t perGroup =
      static_cast<std::size_t>(shape.localSize) * static_cast<std::size_t>(shape.perThread);
  const std::size_t wanted = std::max<std::size_t>(1, (elements + perGroup - 1) / perGroup);
  const std::size_t limit =
      static_cast<std::size_t>(std::max(1, deviceInfo().maxWorkGroupCount[0]));
  return static_cast<std::uint32_t>(std::min(wanted, limit));
}

Status validShape(const KernelShape& shape) {
  if (shape.localSize < 1 || shape.localSize > 1024 || shape.perThread < 1 || shape.perThread > 64)
    return Status::failure(
        gpuMessage(RELULAB_TEXT("kernel shape out of range: %1"), shapeKey(shape)));
  return success();
}

}  // namespace

core::Result<ActivationKernel> ActivationKernel::create(const core::Activation& activation,
                                                        unsigned outputs, KernelShape shape) {
  using R = core::Result<ActivationKernel>;
  if (const Status s = validShape(shape); !s) return R::failure(s.message());
  if (!isAvailable()) return R::failure(availability().reason);
  const int kind = static_cast<int>(activation.kind);
  const std::string key = "activation " + std::to_string(kind) + " outputs " +
                          std::to_string(outputs) + " " + shapeKey(shape);
  const std::string defines =
      shapeDefines(shape) + "#define KIND " + std::to_string(kind) + "\n#define WRITE_Y " +
      std::to_string(outputs & kValue ? 1 : 0) + "\n#define WRITE_DYDX " +
      std::to_string(outputs & kDerivative ? 1 : 0) + "\n#define WRITE_DYDP " +
      std::to_string(outputs & kParamDerivative ? 1 : 0) + "\n";
  DeviceScope scope;
  auto program = computeProgram(key, defines, shaders::activation_comp);
  if (!program) return R::failure(program.message());
  ActivationKernel kernel;
  kernel.program_ = *program;
  kernel.shape_ = shape;
  kernel.param_ = static_cast<float>(activation.param);
  return kernel;
}

void ActivationKernel::run(const Buffer& x, const Buffer* y, const Buffer* dydx, const Buffer* dydp,
                           std::size_t count) const {
  DeviceScope scope;
  const std::size_t elements = shape_.vec4 ? count / 4 : count;
  x.bind(0);
  if (y) y->bind(1);
  if (dydx) dydx->bind(2);
  if (dydp) dydp->bind(3);
  setUniform(program_, "count", static_cast<std::uint32_t>(elements));
  setUniform(program_, "param", param_);
  dispatch(program_, groupsFor(elements, shape_));
}

core::Result<CopyKernel> CopyKernel::create(KernelShape shape) {
  using R = core::Result<CopyKernel>;
  if (const Status s = validShape(shape); !s) return R::failure(s.message());
  if (!isAvailable()) return R::failure(availability().reason);
  DeviceScope scope;
  auto program = computeProgram("copy " + shapeKey(shape), shapeDefines(shape), shaders::copy_comp);
  if (!program) return R::failure(program.message());
  CopyKernel kernel;
  kernel.program_ = *program;
  kernel.shape_ = shape;
  return kernel;
}

void CopyKernel::run(const Buffer& a, const Buffer& b, std::size_t count) const {
  DeviceScope scope;
  const std::size_t elements = shape_.vec4 ? count / 4 : count;
  a.bind(0);
  b.bind(1);
  setUniform(program_, "count", static_cast<std::uint32_t>(elements));
  dispatch(program_, groupsFor(elements, shape_));
}

Status evaluateActivation(const core::Activation& activation, std::span<const float> x,
                          std::span<float> y, std::span<float> dydx, std::span<float> dydp) {
  for (std::span<float> out : {y, dydx, dydp})
    if (!out.empty() && out.size() != x.size())
      return Status::failure(
          gpuMessage(RELULAB_TEXT("activation output size differs from the input's")));
  const unsigned outputs = (y.empty() ? 0u : kValue) | (dydx.empty() ? 0u : kDerivative) |
                           (dydp.empty() ? 0u : kParamDerivative);
  if (x.empty() || outputs == 0) return success();
  // One float per thread: the transfers dominate host-array calls anyway, and
  // the smaller shader compiles several times faster on llvmpipe.
  auto kernel = ActivationKernel::create(activation, outputs, KernelShape{256, 1, false});
  if (!kernel) return Status::failure(kernel.message());

  DeviceScope scope;
  // In chunks no larger than one shader storage block may be (llvmpipe
  // allows only 128 MiB).
  const std::size_t blockFloats = static_cast<std::size_t>(
      std::min<std::int64_t>(deviceInfo().maxShaderStorageBlockBytes, std::int64_t{1} << 30) / 4);
  const std::size_t chunk = std::min(x.size(), std::max<std::size_t>(4, blockFloats / 4 * 4));
  Buffer xs(chunk * sizeof(float));
  Buffer ys(y.empty() ? 0 : chunk * sizeof(float));
  Buffer ds(dydx.empty() ? 0 : chunk * sizeof(float));
  Buffer ps(dydp.empty() ? 0 : chunk * sizeof(float));
  for (std::size_t begin = 0; begin < x.size(); begin += chunk) {
    const std::size_t n = std::min(chunk, x.size() - begin);
    const std::size_t bytes = n * sizeof(float);
    xs.upload(0, bytes, x.data() + begin);
    kernel->run(xs, &ys, &ds, &ps, n);
    if (!y.empty()) ys.download(0, bytes, y.data() + begin);
    if (!dydx.empty()) ds.download(0, bytes, dydx.data() + begin);
    if (!dydp.empty()) ps.download(0, bytes, dydp.data() + begin);
  }
  return success();
}

}  // namespace relulab::gpu
