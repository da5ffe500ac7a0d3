#include "core/training/train_config.h"

#include <array>
#include <cmath>

#include "core/base/ids.h"
#include "core/base/number_text.h"

namespace relulab::core {

namespace {

constexpr std::array<std::string_view, 5> kOptimizerIds{"sgd", "momentum", "nesterov", "rmsprop",
                                                        "adam"};
constexpr std::array<std::string_view, 3> kRegularizationIds{"none", "l1", "l2"};
constexpr std::array<std::string_view, 2> kBatchOrderIds{"shuffle_once", "reshuffle_each_epoch"};
constexpr std::array<std::string_view, 2> kPrecisionIds{"float32", "float64"};
constexpr std::array<std::string_view, 3> kProbeIds{"train", "test", "all"};

template <typename Enum, std::size_t N>
bool inRange(Enum e, const std::array<std::string_view, N>&) {
  const int i = static_cast<int>(e);
  return i >= 0 && i < static_cast<int>(N);
}

// "key: must be in [lo, hi], got v" unless lo ≤ v ≤ hi (NaN fails).
std::optional<Message> checkRange(const char* key, double v, double lo, double hi,
                                  bool loOpen = false, bool hiOpen = false) {
  const bool ok = (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
  if (ok) return std::nullopt;
  const char* text = loOpen ? (hiOpen ? RELULAB_TEXT("%1: must be in (%2, %3), got %4")
                                      : RELULAB_TEXT("%1: must be in (%2, %3], got %4"))
                            : (hiOpen ? RELULAB_TEXT("%1: must be in [%2, %3), got %4")
                                      : RELULAB_TEXT("%1: must be in [%2, %3], got %4"));
  return coreMessage(text, key, messageNumber(lo), messageNumber(hi), messageNumber(v));
}

}  // namespace

std::string_view optimizerId(OptimizerKind kind) {
  return kOptimizerIds.at(static_cast<int>(kind));
}
std::optional<OptimizerKind> optimizerFromId(std::string_view id) {
  return fromId<OptimizerKind>(kOptimizerIds, id);
}
std::string optimizerIdList() {
  return joinIds(kOptimizerIds);
}
std::string_view regularizationId(Regularization r) {
  return kRegularizationIds.at(static_cast<int>(r));
}
std::optional<Regularization> regularizationFromId(std::string_view id) {
  return fromId<Regularization>(kRegularizationIds, id);
}
std::string regularizationIdList() {
  return joinIds(kRegularizationIds);
}
std::string_view batchOrderId(BatchOrder order) {
  return kBatchOrderIds.at(static_cast<int>(order));
}
std::optional<BatchOrder> batchOrderFromId(std::string_view id) {
  return fromId<BatchOrder>(kBatchOrderIds, id);
}
std::string batchOrderIdList() {
  return joinIds(kBatchOrderIds);
}
std::string_view precisionId(Precision p) {
  return kPrecisionIds.at(static_cast<int>(p));
}
std::optional<Precision> precisionFromId(std::string_view id) {
  return fromId<Precision>(kPrecisionIds, id);
}
std::string precisionIdList() {
  return joinIds(kPrecisionIds);
}
std::string_view probeId(ProbeSet p) {
  return kProbeIds.at(static_cast<int>(p));
}
std::optional<ProbeSet> probeFromId(std::string_view id) {
  return fromId<ProbeSet>(kProbeIds, id);
}
std::string probeIdList() {
  return joinIds(kProbeIds);
}

std::optional<Message> validate(const OptimizerConfig& c) {
  if (!inRange(c.kind, kOptimizerIds))
    return coreMessage(RELULAB_TEXT("optimizer.kind: unknown optimizer"));
  if (!inRange(c.regularization, kRegularizationIds))
    return coreMessage(RELULAB_TEXT("optimizer.regularization: unknown penalty"));
  if (auto e = checkRange("optimizer.learning_rate", c.learningRate, 0.0, 100.0, true)) return e;
  if (auto e = checkRange("optimizer.momentum", c.momentum, 0.0, 1.0, false, true)) return e;
  if (auto e = checkRange("optimizer.rms_decay", c.rmsDecay, 0.0, 1.0, false, true)) return e;
  if (auto e = checkRange("optimizer.beta1", c.beta1, 0.0, 1.0, false, true)) return e;
  if (auto e = checkRange("optimizer.beta2", c.beta2, 0.0, 1.0, false, true)) return e;
  if (auto e = checkRange("optimizer.epsilon", c.epsilon, 0.0, 1.0, true)) return e;
  if (auto e = checkRange("optimizer.regularization_rate", c.regularizationRate, 0.0, 10.0))
    return e;
  if (auto e = checkRange("optimizer.clip_norm", c.clipNorm, 0.0, 1e6)) return e;
  return std::nullopt;
}

std::optional<Message> validate(const DiagnosticsConfig& c) {
  if (c.every < 0)
    return coreMessage(RELULAB_TEXT("diagnostics.every: must be ≥ 0 (0: record only when asked)"));
  if (!inRange(c.probe, kProbeIds))
    return coreMessage(RELULAB_TEXT("diagnostics.probe: unknown probe set"));
  if (auto e = checkRange("diagnostics.saturation_threshold", c.saturationThreshold, 0.0, 1.0))
    return e;
  if (auto e = checkRange("diagnostics.near_zero_threshold", c.nearZeroThreshold, 0.0, 1.0))
    return e;
  return std::nullopt;
}

int trainingSetSize(const DatasetSpec& spec) {
  // The generators produce ceil(points/2) per class for odd counts, as TFP does.
  int points = spec.points;
  if (!isRegression(spec.kind) && spec.kind != DatasetKind::Xor &&
      spec.kind != DatasetKind::Checkerboard)
    points = 2 * ((points + 1) / 2);
  return static_cast<int>(std::floor(points * spec.trainFraction));
}

std::optional<Message> validate(const TrainConfig& c) {
  if (auto e = validate(c.data)) return e;
  if (auto e = validate(c.network)) return e;
  if (auto e = validate(c.optimizer)) return e;
  if (auto e = validate(c.diagnostics)) return e;
  if (!inRange(c.batchOrder, kBatchOrderIds))
    return coreMessage(RELULAB_TEXT("batch_order: unknown order"));
  if (!inRange(c.precision, kPrecisionIds))
    return coreMessage(RELULAB_TEXT("precision: unknown precision"));
  if (c.network.inputs != c.data.features.count())
    return coreMessage(RELULAB_TEXT("network.inputs: is %1 but data.features gives %2 inputs"),
                       c.network.inputs, c.data.features.count());
  const bool regression = isRegression(c.data.kind);
  if (regression && c.network.output == OutputKind::SigmoidCrossEntropy)
    return coreMessage(RELULAB_TEXT("network.output: sigmoid_cross_entropy needs a classification "
                                    "data set; %1 is a regression set (use linear_squared)"),
                       datasetId(c.data.kind));
  const int train = trainingSetSize(c.data);
  if (c.batchSize < 1 || c.batchSize > train)
    return coreMessage(
        RELULAB_TEXT("batch_size: must be in [1, %1] (the training-set size), got %2"), train,
        c.batchSize);
  return std::nullopt;
}

}  // namespace relulab::core
