#pragma once

// The dying phase diagram's runs on the GPU ensemble, and the
// study's --backend choice.
//
// Grouping. A GpuEnsemble trains members that share the data, the batch order
// (both from base.seed) and the architecture, and differ in learning rate,
// bias init and initial-weight seed. A phase-diagram run's one seed
// (phaseRunConfig: seed + s) draws its data (stream 0), weights (stream 1)
// and batch order (stream 2) together, so runs with different seeds train on
// different data and cannot share an ensemble. Runs therefore share one when
// their TrainConfigs are equal but for learning rate and bias init: for the
// bias axis, one ensemble per seed of rows × columns members; for the depth
// and activation axes, one per (seed, column) of rows members. A member's
// weight seed is its run's seed, which is what that run's CPU Trainer
// initialises from, so run for run both paths train the same network on the
// same data in the same order; they differ only in float rounding (the GPU
// sums a batch in another order), which chaotic runs (large learning rates)
// amplify, so there the two paths agree in distribution, not run by run.

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/gpu/backend.h"
#include "core/studies/phase_diagram.h"

namespace relulab::gpu {

// Trains phase-diagram runs as GPU ensembles. Used by one thread at a time
// (the study's calling thread); GL work happens inside DeviceScopes.
class GpuPhaseEnsemble final : public core::PhaseEnsemble {
 public:
  // Fails with the reason where `configs` cannot train on the GPU path: no
  // device (availability().reason), precision float64, an architecture too
  // large for the ensemble kernel, or a shader that does not build. Builds one
  // ensemble per architecture to find out (shaders are cached for the process).
  static core::Result<std::unique_ptr<GpuPhaseEnsemble>> create(
      std::span<const core::TrainConfig> configs);

  // Trains every ensemble for `epochs` epochs, converted to steps as
  // core::Trainer::trainEpochs does, one ensemble after another. Checks
  // control.cancelled() between chunks of steps sized to ~30 ms of device
  // time, and calls control.progress after each chunk (on this thread). Runs
  // of an ensemble that did not finish come back empty.
  std::vector<std::optional<core::PhaseRunOutcome>> train(
      std::span<const core::TrainConfig> configs, double epochs,
      const core::StudyControl& control) override;

  // Why the last train() left runs undone other than by cancellation (the
  // device failed part-way); empty when it did not.
  const std::optional<core::Message>& failure() const { return failure_; }

 private:
  GpuPhaseEnsemble() = default;
  std::optional<core::Message> failure_;
};

// The runs of `config`, in runPhaseDiagramStudy's order (cells row-major,
// seeds inner).
std::vector<core::TrainConfig> phaseRunConfigs(const core::PhaseDiagramConfig& config);

// The networks one ensemble trains together for these runs (the smallest
// group; see the grouping above): the width chooseBackend's
// Workload::Ensemble rule is about.
std::size_t phaseEnsembleWidth(std::span<const core::TrainConfig> configs);

struct PhaseBackend {
  BackendChoice choice;                        // what runs, and why
  std::unique_ptr<GpuPhaseEnsemble> ensemble;  // set when choice.backend is Gpu
};

// The study's backend. cpu: the CPU path. gpu: the GPU ensemble, or a failure
// that says why it cannot run (never a silent fallback). auto: chooseBackend's
// rule for Workload::Ensemble at phaseEnsembleWidth; where the rule picks the
// GPU but the runs cannot train there, the CPU path with that reason.
// `config` must be valid (core::validate).
core::Result<PhaseBackend> choosePhaseBackend(Backend requested,
                                              const core::PhaseDiagramConfig& config);

}  // namespace relulab::gpu
