#pragma once

// Ensembles: E networks of one architecture, each with its own seed (initial
// weights), learning rate and bias init, trained together on the same data
// with the same batches, each reporting its loss, accuracy and dead counts.
// For studies and sweeps: thousands of tiny networks are where a GPU wins.
//
// Member m is, on either path, exactly the run of a core::Trainer made from
// `base` with optimizer.learningRate and network.biasInit replaced by the
// member's, whose parameters are then set to a network initialised from
// Rng(member.seed, 1) (a Trainer seeded with member.seed starts there too).
// The data and the batch order come from base.seed, shared by all members.
//
// The CPU path runs those Trainers on all cores; the GPU path runs one compute
// shader (core/gpu/shaders/ensemble.comp) with the same arithmetic in float32
// (a base with precision float64 is refused there, so it runs on the CPU).
// A member whose step produces a non-finite loss, gradient or parameter stops
// there, in its last finite state, as the Trainer does.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/gpu/backend.h"
#include "core/gpu/status.h"
#include "core/model/network.h"
#include "core/training/train_config.h"

namespace relulab::gpu {

struct EnsembleMember {
  std::uint64_t seed = 1;  // initial weights: Rng(seed, 1)
  double learningRate = 0.03;
  double biasInit = 0.1;
  bool operator==(const EnsembleMember&) const = default;
};

struct EnsembleConfig {
  core::TrainConfig base;  // data, architecture, optimiser, batch size and order, probe set
  std::vector<EnsembleMember> members;
};

struct MemberResult {
  std::int64_t steps = 0;  // updates applied
  bool diverged = false;
  double trainLoss = 0.0;               // mean ℓ over the training set
  double testLoss = 0.0;                // mean ℓ over the test set (0 if empty)
  std::optional<double> trainAccuracy;  // classification only
  std::optional<double> testAccuracy;
  // Per hidden layer, on the probe set (core/training/diagnostics.h's definitions).
  std::vector<int> dead;
  std::vector<int> inactive;
  std::vector<int> saturated;
  std::vector<double> parameters;  // final, core::ParamLayout order
  int deadUnits() const;
};

struct EnsembleReport {
  std::vector<MemberResult> members;
};

// Empty when valid, else the problem (the TrainConfig's own checks included).
std::optional<core::Message> validate(const EnsembleConfig& config);

// Member m's starting network (both paths start here).
core::Network<float> initialNetwork(const EnsembleConfig& config, int member);

// The CPU path: one core::Trainer per member on `threads` threads (0: all).
core::Result<EnsembleReport> trainEnsembleCpu(const EnsembleConfig& config, std::int64_t steps,
                                              int threads = 0);

// The GPU path, keeping the networks on the device between calls.
class GpuEnsemble {
 public:
  // Fails with the reason where the GPU path is unavailable, the architecture
  // needs more shared memory than the device has, or a shader does not build.
  static core::Result<GpuEnsemble> create(const EnsembleConfig& config);
  GpuEnsemble(GpuEnsemble&&) noexcept;
  GpuEnsemble& operator=(GpuEnsemble&&) noexcept;
  ~GpuEnsemble();

  // Runs `steps` more updates of every member still finite.
  Status train(std::int64_t steps);
  // Loss, accuracy and unit counts of every member now.
  core::Result<EnsembleReport> measure();
  // Member m's parameters (core::ParamLayout order).
  std::vector<float> parameters(int member) const;
  std::int64_t step() const;

  struct State;

 private:
  explicit GpuEnsemble(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

struct EnsembleRun {
  EnsembleReport report;
  BackendChoice backend;
};

// Trains every member for `steps` updates on the backend chooseBackend picks
// for members.size() networks; a GPU failure falls back to the CPU path and
// says so.
core::Result<EnsembleRun> trainEnsemble(Backend requested, const EnsembleConfig& config,
                                        std::int64_t steps);

}  // namespace relulab::gpu
