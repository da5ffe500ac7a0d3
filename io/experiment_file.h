#pragma once

// Experiment files (.relulab): everything needed to see a run again and to
// continue it exactly — the data, the set-up, the weights, the optimiser's
// moments, the batch order's random state, the step and the metric history —
// plus what the window showed. JSON, versioned; README.md ("Experiment
// files") documents the schema:
//
// {
//   "format": "relulab-experiment", "version": 1,
//   "view": {"tab": "playground", "lesson": "dying-relu", "lesson_step": 2,
//            "unit": {"layer": 1, "neuron": 3}, "speed": 10},
//   "playground": RUN + {"step_base": 0, "epoch_base": 0, "added_points": 0,
//                        "data_source": "points.csv", "chart": HISTORY},
//   "compare": {"step": 700, "curve_stride": 1, "runs": [RUN + {"curve": [[step, loss], …],
//               "loss_reached": [step or -1, …], "accuracy_reached": […],
//               "divergence": {"step": 12, "quantity": "gradient", "kind": "weight",
//                              "layer": 1, "neuron": 2, "input": 1, "value": "inf"}}, …]},
//   "study": {"kind": "born-dead", "seed": 11, "settings": {…the form's inputs…},
//             "results_csv": "…", "complete": true}   (kept as the Studies tab wrote it)
// }
// RUN = {"config": {…as relulab train --config…}, "data": {"train": [[x1, x2, label], …],
//        "test": […]}, "step": 700, "parameters": […], "optimizer": {"first": […],
//        "second": […], "steps": 700}, "batches": {"rng": ["hex", ×4], "permutations":
//        [[…], …], "offset": 3, "served": 7000}, "history": HISTORY}
// HISTORY = {"columns": […], "capacity": 600, "stride": 1, "steps": […], "rows": [[…], …],
//            "latest_step": 701, "latest": […]}
//
// Numbers are written in the shortest form that reads back to the same
// double, so weights round-trip bit for bit. Version 0 is the training
// set-up file (`relulab train --config`, resources/presets/*.json): it is
// read as an experiment whose run has not started.
//
// Reading checks everything before anything is used: a file that cannot be
// read gives one message naming the place ("playground.parameters[12]: must
// be a finite number") and the caller's work stays as it was.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <span>
#include <vector>

#include "core/base/result.h"
#include "core/training/trainer.h"

namespace relulab::io {

inline constexpr int kExperimentVersion = 1;
inline constexpr const char* kExperimentSuffix = "relulab";

// The playground's run: the trainer's state and what the window adds to it.
struct PlaygroundRun {
  core::TrainerState run;
  // Steps and epochs before the trainer was last rebuilt (a point added by a
  // click keeps the weights and starts a new trainer on the larger data).
  std::int64_t stepBase = 0;
  double epochBase = 0.0;
  int addedPoints = 0;
  QString dataSource;                         // the CSV file the points came from; empty: generated
  std::optional<core::History::State> chart;  // the window's compact history
};

// Compare mode: its 2–4 runs in lockstep, with what its views show beyond
// the trainers (the loss curves, the steps where targets were reached, why
// a run stopped).
struct CompareRun {
  core::TrainerState run;                              // its activation is in run.config.network
  std::vector<std::pair<std::int64_t, double>> curve;  // (step, train loss)
  std::vector<std::int64_t> lossReached;               // per target; −1: not yet
  std::vector<std::int64_t> accuracyReached;           // per target; −1: not yet
  std::optional<core::Divergence> divergence;          // the run stopped here
};
struct CompareRuns {
  std::vector<CompareRun> runs;
  std::int64_t step = 0;         // the lockstep count
  std::int64_t curveStride = 1;  // checks between curve points
};

struct ExperimentView {
  // "explorer", "playground", "compare", "studies", "images"; empty: as it
  // is. The Images tab's run is not in the file: opening shows the tab.
  QString tab;
  QString lesson;
  int lessonStep = 0;  // 0-based
  int unitLayer = -1;  // the selected unit, 0-based; -1: none
  int unitNeuron = -1;
  int speed = -1;  // the playground's updates per frame; -1: as it is
};

struct Experiment {
  std::optional<PlaygroundRun> playground;
  // Version 0 files: a set-up whose run has not started.
  std::optional<core::TrainConfig> playgroundConfig;
  std::optional<CompareRuns> compare;
  QJsonObject study;  // kept as the study wrote it
  ExperimentView view;
};

QByteArray writeExperiment(const Experiment& experiment);
// The message names the place in the file and the problem (not the file).
core::Result<Experiment> readExperiment(const QByteArray& json);

// From and to disk. Reading: the message starts with the file's name.
// Writing is atomic (QSaveFile): the old file stays whole until the new one is.
core::Result<Experiment> readExperimentFile(const QString& path);
std::optional<core::Message> writeExperimentFile(const QString& path, const Experiment& experiment);
std::optional<core::Message> writeFileAtomically(const QString& path, const QByteArray& bytes);

// One run as JSON (RUN above), for the places that hold runs.
QJsonObject runToJson(const core::TrainerState& state);
core::Result<core::TrainerState> runFromJson(const QJsonObject& object);

// A network's weights alone: {"format": "relulab-weights", "version": 1,
// "network": {…}, "parameters": […]}.
struct Weights {
  core::NetworkSpec network;
  std::vector<double> parameters;  // core::ParamLayout order
};
QByteArray writeWeights(const core::NetworkSpec& network, std::span<const double> parameters);
// Checks the count against the network it names.
core::Result<Weights> readWeights(const QByteArray& json);
core::Result<Weights> readWeightsFile(const QString& path);

}  // namespace relulab::io
