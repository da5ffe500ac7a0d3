#include "io/lesson_parser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <cmath>

#include "io/activation_spec.h"
#include "io/core_text.h"
#include "io/json_reader.h"
#include "io/train_config_json.h"

namespace relulab::io {

QString LocalizedText::forLocale(const QLocale& locale) const {
  const QString name = locale.name();  // "ar_EG"
  if (auto it = languages.find(name); it != languages.end()) return *it;
  const QString language = name.section(QLatin1Char('_'), 0, 0);
  if (auto it = languages.find(language); it != languages.end()) return *it;
  return fallback;
}

bool LocalizedText::translatedFor(const QLocale& locale) const {
  if (fallback.isEmpty() || locale.language() == QLocale::English ||
      locale.language() == QLocale::C)
    return true;
  const QString name = locale.name();
  return languages.contains(name) || languages.contains(name.section(QLatin1Char('_'), 0, 0));
}

std::optional<core::ImageTrainConfig> imagesConfig(const ImagesSetup& setup) {
  std::optional<core::ImageTrainConfig> config =
      setup.preset.isEmpty() ? std::nullopt : core::imagePreset(setup.preset.toStdString());
  if (!config) return std::nullopt;
  std::size_t row = 0;
  for (core::ImageLayerSpec& layer : config->network.layers) {
    if (layer.kind == core::ImageLayerKind::MaxPool) continue;
    if (row < setup.activations.size() && setup.activations[row] &&
        *setup.activations[row] != layer.activation.kind)
      layer.activation = core::defaultActivation(*setup.activations[row]);
    ++row;
  }
  if (setup.learningRate) config->optimizer.learningRate = *setup.learningRate;
  return config;
}

namespace {

// Limits of the controls a step sets, so that what they show is what the
// lesson asked for (a spin box would silently clamp anything beyond them).
constexpr double kMaxX = 1e6;
constexpr int kMaxInputs = 20;
constexpr int kMaxSeed = 999999;

using Reader = JsonReader;

ExplorerSetup readExplorer(const Reader& r) {
  r.allow({"curves", "selected", "derivative", "second_derivative", "x_range", "view", "gaussian",
           "inputs"});
  ExplorerSetup e;
  if (const auto list = r.array(QStringLiteral("curves"), 1, kMaxExplorerCurves)) {
    for (int i = 0; i < list->size() && r.ok(); ++i) {
      const QString name = QStringLiteral("curves[%1]").arg(i);
      if (!(*list)[i].isObject()) {
        r.fail(name, JsonReader::tr("must be an object { … }"));
        break;
      }
      const Reader c = r.child((*list)[i].toObject(), name);
      c.allow({"activation", "param", "visible"});
      c.require(QStringLiteral("activation"));
      ExplorerCurveSetup curve;
      if (auto a = c.activation()) curve.activation = *a;
      curve.visible = c.boolean(QStringLiteral("visible")).value_or(true);
      e.curves.push_back(curve);
    }
  }
  const int curves = e.curves.empty() ? kMaxExplorerCurves : static_cast<int>(e.curves.size());
  e.selected = r.integer(QStringLiteral("selected"), 0, curves - 1);
  e.derivative = r.boolean(QStringLiteral("derivative"));
  e.secondDerivative = r.boolean(QStringLiteral("second_derivative"));
  if (r.has(QStringLiteral("x_range"))) {
    const std::vector<double> range = r.numbers(QStringLiteral("x_range"), 2, 2, -kMaxX, kMaxX);
    if (range.size() == 2 && !(range[0] < range[1]))
      r.fail(QStringLiteral("x_range"),
             JsonReader::tr("must run from a smaller to a larger number"));
    else if (range.size() == 2)
      e.xRange = std::pair{range[0], range[1]};
  }
  if (const auto view = r.string(QStringLiteral("view"))) {
    if (*view != QLatin1String("curves") && *view != QLatin1String("gaussian"))
      r.fail(QStringLiteral("view"), JsonReader::tr("must be \"curves\" or \"gaussian\""));
    e.gaussianView = *view == QLatin1String("gaussian");
  }
  if (const auto g = r.object(QStringLiteral("gaussian"))) {
    g->allow({"mu", "sigma"});
    e.mu = g->number(QStringLiteral("mu"), -3.0, 3.0);
    e.sigma = g->number(QStringLiteral("sigma"), 0.05, 3.0);
  }
  e.inputs = r.numbers(QStringLiteral("inputs"), 1, kMaxInputs, -kMaxX, kMaxX);
  return e;
}

PlaygroundChange readChange(const Reader& r) {
  r.allow({"activation", "param", "learning_rate", "optimizer", "batch_size", "regularization",
           "regularization_rate"});
  if (r.ok() && r.json().isEmpty()) r.fail(QString(), JsonReader::tr("says nothing to change"));
  if (r.has(QStringLiteral("param"))) r.require(QStringLiteral("activation"));
  PlaygroundChange c;
  if (r.has(QStringLiteral("activation"))) c.activation = r.activation();
  c.learningRate = r.number(QStringLiteral("learning_rate"), 1e-6, 100.0);
  c.optimizer = r.choice<core::OptimizerKind>(QStringLiteral("optimizer"), core::optimizerFromId,
                                              qstring(core::optimizerIdList()));
  c.batchSize = r.integer(QStringLiteral("batch_size"), 1, 10000);
  c.regularization =
      r.choice<core::Regularization>(QStringLiteral("regularization"), core::regularizationFromId,
                                     qstring(core::regularizationIdList()));
  c.regularizationRate = r.number(QStringLiteral("regularization_rate"), 0.0, 10.0);
  return c;
}

// The same keys as `relulab train --config` (io/train_config_json.h), within
// what the playground's controls can show.
std::optional<core::TrainConfig> readConfig(const Reader& r, QString* preset) {
  const QJsonObject json = r.json();
  for (const char* unused : {"steps", "epochs"})
    if (json.contains(QLatin1String(unused)))
      r.fail(QLatin1String(unused), JsonReader::tr("not used here: a lesson's run goes on until "
                                                   "the student pauses it"));
  if (!r.ok()) return std::nullopt;
  const auto parsed = parseTrainConfig(json);
  if (!parsed.ok()) {
    // "network.hidden[1].width: …" names the key inside the config.
    const QString message = coreText(parsed.message());
    const qsizetype colon = message.indexOf(QStringLiteral(": "));
    if (colon > 0 && !message.left(colon).contains(QLatin1Char(' ')))
      r.fail(message.left(colon), message.mid(colon + 2));
    else
      r.fail(QString(), message);
    return std::nullopt;
  }
  const core::TrainConfig& c = parsed->config;
  const auto outside = [&](const char* key, const QString& limit) {
    r.fail(QLatin1String(key), JsonReader::tr("the playground's controls show %1").arg(limit));
  };
  if (c.seed > static_cast<std::uint64_t>(kMaxSeed)) outside("seed", QStringLiteral("0–999999"));
  if (c.data.points > core::kMaxDatasetPoints) outside("data.points", QStringLiteral("10–100000"));
  if (!(c.data.noise >= 0.0 && c.data.noise <= 0.5)) outside("data.noise", QStringLiteral("0–0.5"));
  if (!(c.data.trainFraction >= 0.1 && c.data.trainFraction <= 0.9))
    outside("data.train_fraction", QStringLiteral("0.1–0.9"));
  if (std::abs(c.network.biasInit) > 100.0) outside("network.bias_init", QStringLiteral("±100"));
  if (c.network.weightInit.scale > 10.0)
    outside("network.weight_init.scale", QStringLiteral("0–10"));
  *preset = json.value(QStringLiteral("preset")).toString();
  return c;
}

PlaygroundSetup readPlayground(const Reader& r) {
  r.allow({"config", "change", "play", "speed", "view"});
  PlaygroundSetup p;
  if (r.has(QStringLiteral("config")) && r.has(QStringLiteral("change")))
    r.fail(
        QStringLiteral("change"),
        JsonReader::tr("give \"config\" (a new run) or \"change\" (keep the weights), not both"));
  if (const auto config = r.object(QStringLiteral("config")))
    p.config = readConfig(*config, &p.preset);
  if (const auto change = r.object(QStringLiteral("change"))) p.change = readChange(*change);
  p.play = r.boolean(QStringLiteral("play"));
  p.speed = r.integer(QStringLiteral("speed"), 0, 100000);
  const auto& offered = kPlaygroundSpeeds;
  if (p.speed && std::find(offered.begin(), offered.end(), *p.speed) == offered.end()) {
    QStringList list;
    for (const int n : offered) list << QString::number(n);
    r.fail(QStringLiteral("speed"),
           JsonReader::tr("must be one of the playground's speeds: %1 (0: as fast as possible)")
               .arg(list.join(QStringLiteral(", "))));
    p.speed.reset();
  }
  if (const auto view = r.string(QStringLiteral("view"))) {
    const auto& ids = kPlaygroundViewIds;
    const auto at = std::find_if(ids.begin(), ids.end(),
                                 [&](const char* id) { return *view == QLatin1String(id); });
    if (at == ids.end()) {
      QStringList list;
      for (const char* id : ids) list << QLatin1String(id);
      r.fail(QStringLiteral("view"),
             JsonReader::tr("must be one of %1").arg(list.join(QStringLiteral(", "))));
    } else {
      p.view = static_cast<PlaygroundView>(at - ids.begin());
    }
  }
  return p;
}

int activationLayers(const core::ImageNetworkSpec& network) {
  return static_cast<int>(std::count_if(
      network.layers.begin(), network.layers.end(),
      [](const core::ImageLayerSpec& l) { return l.kind != core::ImageLayerKind::MaxPool; }));
}

// The Images tab: a preset (a new run) or a change to the running network,
// within what the tab's controls show (an activation box offers each
// activation at its default parameter).
ImagesSetup readImages(const Reader& r) {
  r.allow({"preset", "activations", "learning_rate", "play", "view", "test_image"});
  ImagesSetup s;
  std::optional<core::ImageTrainConfig> preset;
  if (const auto name = r.string(QStringLiteral("preset"))) {
    preset = core::imagePreset(name->toStdString());
    if (preset)
      s.preset = *name;
    else
      r.fail(QStringLiteral("preset"),
             JsonReader::tr("must be one of %1").arg(qstring(core::imagePresetNameList())));
  }
  const int layers = preset ? activationLayers(preset->network) : kMaxImagesLayers;
  if (r.has(QStringLiteral("activations")) && r.value(QStringLiteral("activations")).isArray() &&
      r.value(QStringLiteral("activations")).toArray().size() > layers && preset) {
    r.fail(QStringLiteral("activations"),
           JsonReader::tr("must be a list [ … ] of at most one item per Conv or Dense layer of "
                          "%1 (%2)")
               .arg(s.preset)
               .arg(layers));
  }
  if (const auto list = r.array(QStringLiteral("activations"), 1, layers)) {
    for (int i = 0; i < list->size() && r.ok(); ++i) {
      const QJsonValue v = (*list)[i];
      const auto kind = v.isString() ? core::activationFromId(v.toString().toStdString())
                                     : std::optional<core::ActivationKind>();
      if (v.isNull()) {
        s.activations.emplace_back();
      } else if (kind) {
        s.activations.emplace_back(*kind);
      } else {
        r.fail(QStringLiteral("activations[%1]").arg(i),
               JsonReader::tr("must be one of %1, or null to keep the layer's")
                   .arg(qstring(core::activationIdList())));
      }
    }
  }
  s.learningRate = r.number(QStringLiteral("learning_rate"), 1e-6, 100.0);
  s.play = r.boolean(QStringLiteral("play"));
  if (const auto view = r.string(QStringLiteral("view"))) {
    const auto& ids = kImagesViewIds;
    const auto at = std::find_if(ids.begin(), ids.end(),
                                 [&](const char* id) { return *view == QLatin1String(id); });
    if (at == ids.end()) {
      QStringList list;
      for (const char* id : ids) list << QLatin1String(id);
      r.fail(QStringLiteral("view"),
             JsonReader::tr("must be one of %1").arg(list.join(QStringLiteral(", "))));
    } else {
      s.view = static_cast<ImagesView>(at - ids.begin());
    }
  }
  s.testImage = r.integer(QStringLiteral("test_image"), 1, 10000);
  // The new run must be one the trainer takes.
  if (r.ok() && preset) {
    if (const auto problem = core::validate(*imagesConfig(s)))
      r.fail(QStringLiteral("activations"), coreText(*problem));
  }
  return s;
}

LessonStep readStep(const Reader& r) {
  r.allow({"explorer", "playground", "images"}, {"title", "text"});
  r.require(QStringLiteral("text"));
  LessonStep step;
  step.title = r.text(QStringLiteral("title"));
  step.text = r.text(QStringLiteral("text"));
  QStringList setUps;
  for (const char* key : {"explorer", "playground", "images"})
    if (r.has(QLatin1String(key))) setUps << QLatin1String(key);
  if (setUps.size() > 1)
    r.fail(setUps.last(),
           JsonReader::tr("a step sets up one of the explorer, the playground and the Images "
                          "tab, not %1 and %2")
               .arg(setUps.first(), setUps.last()));
  if (const auto e = r.object(QStringLiteral("explorer"))) step.explorer = readExplorer(*e);
  if (const auto p = r.object(QStringLiteral("playground"))) step.playground = readPlayground(*p);
  if (const auto i = r.object(QStringLiteral("images"))) step.images = readImages(*i);
  return step;
}

}  // namespace

core::Result<Lesson> parseLesson(const QByteArray& json, const QString& source) {
  using R = core::Result<Lesson>;
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return R::failure(
        message(JsonReader::tr("not valid JSON at %1: %2")
                    .arg(jsonPosition(json, parseError.offset), parseError.errorString())));
  if (!doc.isObject())
    return R::failure(message(JsonReader::tr("the file must hold one object { … }")));

  QString error;
  const Reader r(doc.object(), QString(), &error);
  r.allow({"id", "order", "steps"}, {"title", "summary"});
  r.require(QStringLiteral("title"));
  r.require(QStringLiteral("steps"));
  Lesson lesson;
  lesson.source = source;
  lesson.id = r.string(QStringLiteral("id")).value_or(QFileInfo(source).completeBaseName());
  lesson.order = r.integer(QStringLiteral("order"), -100000, 100000).value_or(1000);
  lesson.title = r.text(QStringLiteral("title"));
  lesson.summary = r.text(QStringLiteral("summary"));
  if (const auto steps = r.array(QStringLiteral("steps"), 1, 50)) {
    for (int i = 0; i < steps->size() && r.ok(); ++i) {
      const QString name = QStringLiteral("steps[%1]").arg(i);
      if (!(*steps)[i].isObject()) {
        r.fail(name, JsonReader::tr("must be an object { … }"));
        break;
      }
      lesson.steps.push_back(readStep(r.child((*steps)[i].toObject(), name)));
    }
  }
  if (!error.isEmpty()) return R::failure(message(error));
  return lesson;
}

}  // namespace relulab::io
