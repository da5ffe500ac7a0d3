#include "io/train_config_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>
#include <cmath>
#include <string>

#include "core/training/presets.h"
#include "io/activation_spec.h"
#include "io/core_text.h"

namespace relulab::io {

namespace {

using core::Result;

// The messages' translation context. They reach the caller as text already in
// the user's language (a verbatim core::Message).
struct Text {
  Q_DECLARE_TR_FUNCTIONS(relulab::io::TrainConfigJson)
};

// Reads one JSON object, remembering its path for messages; the first
// problem wins and later reads do nothing.
class Reader {
 public:
  Reader(const QJsonObject& object, QString path, QString* error)
      : object_(object), path_(std::move(path)), error_(error) {}

  bool ok() const { return error_->isEmpty(); }
  QString key(const QString& name) const { return path_.isEmpty() ? name : path_ + '.' + name; }
  void fail(const QString& name, const QString& message) const {
    if (ok()) *error_ = Text::tr("%1: %2").arg(key(name), message);
  }

  // Unknown keys are errors: a typo must not silently fall back to a default.
  void allow(const QStringList& known) const {
    for (const QString& k : object_.keys())
      if (!known.contains(k))
        fail(k, Text::tr("unknown key (known here: %1)").arg(known.join(QStringLiteral(", "))));
  }

  bool has(const QString& name) const { return ok() && object_.contains(name); }

  void number(const QString& name, double& out) const {
    if (!has(name)) return;
    const QJsonValue v = object_.value(name);
    if (!v.isDouble()) return fail(name, Text::tr("must be a number"));
    out = v.toDouble();
  }

  template <typename Int>
  void integer(const QString& name, Int& out, double lo, double hi) const {
    if (!has(name)) return;
    const QJsonValue v = object_.value(name);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi)
      return fail(
          name, Text::tr("must be an integer in [%1, %2]").arg(lo, 0, 'g', 17).arg(hi, 0, 'g', 17));
    out = static_cast<Int>(d);
  }

  // A string looked up with `lookup` (an id → enum function).
  template <typename Enum, typename Lookup>
  void choice(const QString& name, Enum& out, Lookup lookup, const QString& known) const {
    if (!has(name)) return;
    const QJsonValue v = object_.value(name);
    const auto e = v.isString() ? lookup(v.toString().toStdString()) : std::nullopt;
    if (!e) return fail(name, Text::tr("must be one of %1").arg(known));
    out = *e;
  }

  std::optional<Reader> object(const QString& name) const {
    if (!has(name)) return std::nullopt;
    const QJsonValue v = object_.value(name);
    if (!v.isObject()) {
      fail(name, Text::tr("must be an object"));
      return std::nullopt;
    }
    return Reader(v.toObject(), key(name), error_);
  }

  QJsonValue value(const QString& name) const { return object_.value(name); }
  Reader child(const QJsonObject& object, const QString& name) const {
    return Reader(object, key(name), error_);
  }

 private:
  QJsonObject object_;
  QString path_;
  QString* error_;
};

void readData(const Reader& r, core::DatasetSpec& d) {
  r.allow({"kind", "points", "noise", "train_fraction", "features"});
  r.choice(QStringLiteral("kind"), d.kind, core::datasetFromId,
           QString::fromStdString(core::datasetIdList()));
  r.integer(QStringLiteral("points"), d.points, 10, 100000);
  r.number(QStringLiteral("noise"), d.noise);
  r.number(QStringLiteral("train_fraction"), d.trainFraction);
  if (r.has(QStringLiteral("features"))) {
    const QJsonValue v = r.value(QStringLiteral("features"));
    const QString known = qstring(core::featureIdList());
    if (!v.isArray())
      return r.fail(QStringLiteral("features"), Text::tr("must be a list of %1").arg(known));
    core::FeatureSet set;
    set.bits = 0;
    const QJsonArray list = v.toArray();
    for (int i = 0; i < list.size(); ++i) {
      const auto f = core::featureFromId(list[i].toString().toStdString());
      if (!f)
        return r.fail(QStringLiteral("features[%1]").arg(i),
                      Text::tr("must be one of %1").arg(known));
      set.set(*f);
    }
    d.features = set;
  }
}

void readLayer(const Reader& r, core::LayerSpec& layer) {
  r.allow({"width", "activation", "param"});
  r.integer(QStringLiteral("width"), layer.width, 1, core::kMaxWidth);
  const bool named = r.has(QStringLiteral("activation"));
  if (!named && !r.has(QStringLiteral("param"))) return;  // the layer keeps its activation
  core::ActivationKind kind = layer.activation.kind;
  if (named) {
    r.choice(QStringLiteral("activation"), kind, core::activationFromId,
             qstring(core::activationIdList()));
    if (!r.ok()) return;
  }
  std::optional<double> param;
  if (r.has(QStringLiteral("param"))) {
    double p = 0.0;
    r.number(QStringLiteral("param"), p);
    if (!r.ok()) return;
    param = p;
  }
  const auto made = withParameter(kind, param);
  if (!made) return r.fail(QStringLiteral("param"), coreText(made.message()));
  layer.activation = made.value();
}

void readNetwork(const Reader& r, core::NetworkSpec& n) {
  r.allow({"hidden", "output", "weight_init", "bias_init"});
  if (r.has(QStringLiteral("hidden"))) {
    const QJsonValue v = r.value(QStringLiteral("hidden"));
    if (!v.isArray()) return r.fail(QStringLiteral("hidden"), Text::tr("must be a list of layers"));
    const QJsonArray list = v.toArray();
    if (list.size() > core::kMaxHiddenLayers)
      return r.fail(QStringLiteral("hidden"),
                    Text::tr("at most %1 hidden layers").arg(core::kMaxHiddenLayers));
    // Layers not given inherit the base config's activation of layer 0 (or tanh).
    const core::LayerSpec base = n.hidden.empty() ? core::LayerSpec{} : n.hidden.front();
    n.hidden.assign(static_cast<std::size_t>(list.size()), base);
    for (int i = 0; i < list.size(); ++i) {
      const QString name = QStringLiteral("hidden[%1]").arg(i);
      if (!list[i].isObject()) return r.fail(name, Text::tr("must be an object"));
      readLayer(r.child(list[i].toObject(), name), n.hidden[static_cast<std::size_t>(i)]);
    }
  }
  r.choice(QStringLiteral("output"), n.output, core::outputFromId, qstring(core::outputIdList()));
  if (auto w = r.object(QStringLiteral("weight_init"))) {
    w->allow({"scheme", "scale"});
    if (w->has(QStringLiteral("scheme"))) {
      const bool zero = w->value(QStringLiteral("scheme")).toString() == QStringLiteral("zero");
      w->choice(QStringLiteral("scheme"), n.weightInit.scheme, core::initFromId,
                qstring(core::initIdList()));
      if (zero) n.weightInit.scale = 0.0;
    }
    w->number(QStringLiteral("scale"), n.weightInit.scale);
  }
  r.number(QStringLiteral("bias_init"), n.biasInit);
}

void readOptimizer(const Reader& r, core::OptimizerConfig& o) {
  r.allow({"kind", "learning_rate", "momentum", "rms_decay", "beta1", "beta2", "epsilon",
           "regularization", "regularization_rate", "clip_norm"});
  r.choice(QStringLiteral("kind"), o.kind, core::optimizerFromId, qstring(core::optimizerIdList()));
  r.number(QStringLiteral("learning_rate"), o.learningRate);
  r.number(QStringLiteral("momentum"), o.momentum);
  r.number(QStringLiteral("rms_decay"), o.rmsDecay);
  r.number(QStringLiteral("beta1"), o.beta1);
  r.number(QStringLiteral("beta2"), o.beta2);
  r.number(QStringLiteral("epsilon"), o.epsilon);
  r.choice(QStringLiteral("regularization"), o.regularization, core::regularizationFromId,
           qstring(core::regularizationIdList()));
  r.number(QStringLiteral("regularization_rate"), o.regularizationRate);
  r.number(QStringLiteral("clip_norm"), o.clipNorm);
}

void readDiagnostics(const Reader& r, core::DiagnosticsConfig& d) {
  r.allow({"every", "probe", "saturation_threshold", "near_zero_threshold"});
  r.integer(QStringLiteral("every"), d.every, 0, 1e12);
  r.choice(QStringLiteral("probe"), d.probe, core::probeFromId, qstring(core::probeIdList()));
  r.number(QStringLiteral("saturation_threshold"), d.saturationThreshold);
  r.number(QStringLiteral("near_zero_threshold"), d.nearZeroThreshold);
}

}  // namespace

Result<TrainFile> parseTrainConfig(const QJsonObject& object) {
  QString error;
  const Reader r(object, QString(), &error);
  r.allow({"description", "preset", "seed", "precision", "batch_size", "batch_order", "steps",
           "epochs", "data", "network", "optimizer", "diagnostics"});
  TrainFile file;
  if (r.has(QStringLiteral("preset"))) {
    const std::string name = r.value(QStringLiteral("preset")).toString().toStdString();
    const auto base = core::preset(name);
    if (!base)
      r.fail(QStringLiteral("preset"), Text::tr("unknown preset \"%1\" (known: %2)")
                                           .arg(QString::fromStdString(name),
                                                QString::fromStdString(core::presetNameList())));
    else
      file.config = *base;
  }
  core::TrainConfig& c = file.config;
  r.integer(QStringLiteral("seed"), c.seed, 0, 9007199254740992.0);  // 2^53: exact in JSON
  r.choice(QStringLiteral("precision"), c.precision, core::precisionFromId,
           qstring(core::precisionIdList()));
  r.integer(QStringLiteral("batch_size"), c.batchSize, 1, 100000);
  r.choice(QStringLiteral("batch_order"), c.batchOrder, core::batchOrderFromId,
           qstring(core::batchOrderIdList()));
  if (r.has(QStringLiteral("steps"))) {
    std::int64_t steps = 0;
    r.integer(QStringLiteral("steps"), steps, 0, 1e12);
    file.steps = steps;
  }
  if (r.has(QStringLiteral("epochs"))) {
    double epochs = 0;
    r.number(QStringLiteral("epochs"), epochs);
    if (!(epochs >= 0 && epochs <= 1e9))
      r.fail(QStringLiteral("epochs"), Text::tr("must be in [0, 1e9]"));
    file.epochs = epochs;
  }
  if (file.steps && file.epochs)
    r.fail(QStringLiteral("epochs"), Text::tr("give steps or epochs, not both"));
  if (auto d = r.object(QStringLiteral("data"))) readData(*d, c.data);
  if (auto n = r.object(QStringLiteral("network"))) readNetwork(*n, c.network);
  if (auto o = r.object(QStringLiteral("optimizer"))) readOptimizer(*o, c.optimizer);
  if (auto d = r.object(QStringLiteral("diagnostics"))) readDiagnostics(*d, c.diagnostics);
  if (!error.isEmpty()) return Result<TrainFile>::failure(core::Message(error.toStdString()));
  c.network.inputs = c.data.features.count();
  if (auto problem = core::validate(c)) return Result<TrainFile>::failure(*problem);
  return file;
}

Result<TrainFile> parseTrainConfig(const QByteArray& json) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return Result<TrainFile>::failure(
        core::Message(Text::tr("not valid JSON at offset %1: %2")
                          .arg(QString::number(parseError.offset), parseError.errorString())
                          .toStdString()));
  if (!doc.isObject())
    return Result<TrainFile>::failure(
        core::Message(Text::tr("the top level must be a JSON object").toStdString()));
  return parseTrainConfig(doc.object());
}

QJsonObject toJson(const core::TrainConfig& c) {
  const auto s = [](std::string_view v) { return io::qstring(v); };
  QJsonArray features;
  for (int i = 0; i < core::kFeatureCount; ++i)
    if (c.data.features.has(static_cast<core::Feature>(i)))
      features.append(s(core::featureId(static_cast<core::Feature>(i))));
  QJsonArray hidden;
  for (const core::LayerSpec& layer : c.network.hidden) {
    QJsonObject l{{"width", layer.width},
                  {"activation", s(core::activationInfo(layer.activation.kind).id)}};
    if (core::activationInfo(layer.activation.kind).parameter)
      l.insert("param", layer.activation.param);
    hidden.append(l);
  }
  return QJsonObject{
      {"seed", static_cast<double>(c.seed)},
      {"precision", s(core::precisionId(c.precision))},
      {"batch_size", c.batchSize},
      {"batch_order", s(core::batchOrderId(c.batchOrder))},
      {"data", QJsonObject{{"kind", s(core::datasetId(c.data.kind))},
                           {"points", c.data.points},
                           {"noise", c.data.noise},
                           {"train_fraction", c.data.trainFraction},
                           {"features", features}}},
      {"network", QJsonObject{{"hidden", hidden},
                              {"output", s(core::outputId(c.network.output))},
                              {"weight_init",
                               QJsonObject{{"scheme", s(core::initId(c.network.weightInit.scheme))},
                                           {"scale", c.network.weightInit.scale}}},
                              {"bias_init", c.network.biasInit}}},
      {"optimizer",
       QJsonObject{{"kind", s(core::optimizerId(c.optimizer.kind))},
                   {"learning_rate", c.optimizer.learningRate},
                   {"momentum", c.optimizer.momentum},
                   {"rms_decay", c.optimizer.rmsDecay},
                   {"beta1", c.optimizer.beta1},
                   {"beta2", c.optimizer.beta2},
                   {"epsilon", c.optimizer.epsilon},
                   {"regularization", s(core::regularizationId(c.optimizer.regularization))},
                   {"regularization_rate", c.optimizer.regularizationRate},
                   {"clip_norm", c.optimizer.clipNorm}}},
      {"diagnostics", QJsonObject{{"every", static_cast<double>(c.diagnostics.every)},
                                  {"probe", s(core::probeId(c.diagnostics.probe))},
                                  {"saturation_threshold", c.diagnostics.saturationThreshold},
                                  {"near_zero_threshold", c.diagnostics.nearZeroThreshold}}},
  };
}

}  // namespace relulab::io
