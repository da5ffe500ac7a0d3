#include "io/experiment_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <array>
#include <cmath>
#include <limits>

#include "io/core_text.h"
#include "io/json_reader.h"
#include "io/train_config_json.h"

namespace relulab::io {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(relulab::io::ExperimentFile)
};

constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53

QJsonArray numbers(std::span<const double> values) {
  QJsonArray a;
  for (const double v : values) a.append(v);
  return a;
}

QJsonArray integers(std::span<const std::int64_t> values) {
  QJsonArray a;
  for (const std::int64_t v : values) a.append(static_cast<double>(v));
  return a;
}

QJsonArray points(const std::vector<core::Point>& list) {
  QJsonArray a;
  for (const core::Point& p : list) a.append(QJsonArray{p.x1, p.x2, p.label});
  return a;
}

QJsonObject historyToJson(const core::History::State& h) {
  QJsonObject o;
  QJsonArray columns;
  for (const std::string& c : h.columns) columns.append(QString::fromStdString(c));
  o.insert(QStringLiteral("columns"), columns);
  o.insert(QStringLiteral("capacity"), static_cast<double>(h.capacity));
  o.insert(QStringLiteral("stride"), static_cast<double>(h.stride));
  o.insert(QStringLiteral("steps"), integers(h.steps));
  QJsonArray rows;
  const std::size_t width = h.columns.size();
  for (std::size_t r = 0; r < h.steps.size(); ++r)
    rows.append(numbers(std::span(h.values).subspan(r * width, width)));
  o.insert(QStringLiteral("rows"), rows);
  if (h.latestStep) {
    o.insert(QStringLiteral("latest_step"), static_cast<double>(*h.latestStep));
    o.insert(QStringLiteral("latest"), numbers(h.latest));
  }
  return o;
}

QString hex(std::uint64_t v) {
  return QStringLiteral("%1").arg(v, 16, 16, QLatin1Char('0'));
}

// Reading, on top of JsonReader: the lists a run is made of.

bool isWhole(const QJsonValue& v, double lo, double hi) {
  const double d = v.toDouble(std::nan(""));
  return v.isDouble() && d == std::floor(d) && d >= lo && d <= hi;
}

std::optional<std::int64_t> wholeNumber(const JsonReader& r, const QString& name, double lo) {
  if (!r.has(name)) {
    r.require(name);
    return std::nullopt;
  }
  const QJsonValue v = r.value(name);
  if (!isWhole(v, lo, kMaxExactInteger)) {
    r.fail(name, Text::tr("must be a whole number ≥ %1").arg(lo));
    return std::nullopt;
  }
  return static_cast<std::int64_t>(v.toDouble());
}

std::optional<QJsonArray> list(const JsonReader& r, const QString& name) {
  if (!r.has(name)) return std::nullopt;
  if (!r.value(name).isArray()) {
    r.fail(name, Text::tr("must be a list [ … ]"));
    return std::nullopt;
  }
  return r.value(name).toArray();
}

// Finite numbers; the message names the item ("parameters[12]").
std::vector<double> finiteNumbers(const JsonReader& r, const QString& name, const QJsonArray& a) {
  std::vector<double> out;
  out.reserve(static_cast<std::size_t>(a.size()));
  for (int i = 0; i < a.size() && r.ok(); ++i) {
    const QJsonValue v = a[i];
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
      r.fail(QStringLiteral("%1[%2]").arg(name).arg(i), Text::tr("must be a finite number"));
      return {};
    }
    out.push_back(v.toDouble());
  }
  return out;
}

std::vector<double> finiteNumbers(const JsonReader& r, const QString& name) {
  const auto a = list(r, name);
  return a ? finiteNumbers(r, name, *a) : std::vector<double>{};
}

std::vector<core::Point> readPoints(const JsonReader& r, const QString& name) {
  std::vector<core::Point> out;
  const auto a = list(r, name);
  if (!a) return out;
  out.reserve(static_cast<std::size_t>(a->size()));
  for (int i = 0; i < a->size() && r.ok(); ++i) {
    const QString item = QStringLiteral("%1[%2]").arg(name).arg(i);
    const QJsonArray p = (*a)[i].toArray();
    if (!(*a)[i].isArray() || p.size() != 3) {
      r.fail(item, Text::tr("must be a point [x1, x2, label]"));
      return {};
    }
    const std::vector<double> v = finiteNumbers(r, item, p);
    if (!r.ok()) return {};
    out.push_back({v[0], v[1], v[2]});
  }
  return out;
}

std::optional<core::History::State> readHistory(const JsonReader& r) {
  r.allow({"columns", "capacity", "stride", "steps", "rows", "latest_step", "latest"});
  core::History::State h;
  if (const auto columns = list(r, QStringLiteral("columns")))
    for (int i = 0; i < columns->size(); ++i) {
      if (!(*columns)[i].isString()) {
        r.fail(QStringLiteral("columns[%1]").arg(i), Text::tr("must be a text"));
        return std::nullopt;
      }
      h.columns.push_back((*columns)[i].toString().toStdString());
    }
  h.capacity = static_cast<std::size_t>(wholeNumber(r, QStringLiteral("capacity"), 2).value_or(0));
  h.stride = wholeNumber(r, QStringLiteral("stride"), 1).value_or(1);
  if (const auto steps = list(r, QStringLiteral("steps")))
    for (int i = 0; i < steps->size() && r.ok(); ++i) {
      if (!isWhole((*steps)[i], 0, kMaxExactInteger))
        r.fail(QStringLiteral("steps[%1]").arg(i), Text::tr("must be a whole number ≥ 0"));
      h.steps.push_back(static_cast<std::int64_t>((*steps)[i].toDouble()));
    }
  if (const auto rows = list(r, QStringLiteral("rows"))) {
    if (rows->size() != static_cast<qsizetype>(h.steps.size()))
      r.fail(QStringLiteral("rows"), Text::tr("must hold one row per step"));
    for (int i = 0; i < rows->size() && r.ok(); ++i) {
      const QString item = QStringLiteral("rows[%1]").arg(i);
      const QJsonArray row = (*rows)[i].toArray();
      if (!(*rows)[i].isArray() || row.size() != static_cast<qsizetype>(h.columns.size())) {
        r.fail(item, Text::tr("must hold one number per column (%1)").arg(h.columns.size()));
        break;
      }
      const std::vector<double> v = finiteNumbers(r, item, row);
      h.values.insert(h.values.end(), v.begin(), v.end());
    }
  }
  if (r.has(QStringLiteral("latest_step"))) {
    h.latestStep = wholeNumber(r, QStringLiteral("latest_step"), 0);
    h.latest = finiteNumbers(r, QStringLiteral("latest"));
  }
  if (!r.ok()) return std::nullopt;
  if (auto problem = core::History::check(h)) {
    r.fail(QString(), coreText(*problem));
    return std::nullopt;
  }
  return h;
}

std::optional<core::TrainerState> readRun(const JsonReader& r) {
  r.allow({"config", "data", "step", "parameters", "optimizer", "batches", "history", "step_base",
           "epoch_base", "added_points", "data_source", "chart", "curve", "loss_reached",
           "accuracy_reached", "divergence"});
  for (const char* key : {"config", "data", "step", "parameters", "batches"}) r.require(key);
  core::TrainerState s;
  if (const auto c = r.object(QStringLiteral("config"))) {
    auto parsed = parseTrainConfig(c->json());
    if (!parsed) {
      c->fail(QString(), coreText(parsed.message()));
      return std::nullopt;
    }
    s.config = parsed->config;
  }
  if (const auto d = r.object(QStringLiteral("data"))) {
    d->allow({"train", "test"});
    d->require(QStringLiteral("train"));
    d->require(QStringLiteral("test"));
    s.data.spec = s.config.data;
    s.data.train = readPoints(*d, QStringLiteral("train"));
    s.data.test = readPoints(*d, QStringLiteral("test"));
  }
  s.step = wholeNumber(r, QStringLiteral("step"), 0).value_or(0);
  s.parameters = finiteNumbers(r, QStringLiteral("parameters"));
  if (const auto o = r.object(QStringLiteral("optimizer"))) {
    o->allow({"first", "second", "steps"});
    s.first = finiteNumbers(*o, QStringLiteral("first"));
    s.second = finiteNumbers(*o, QStringLiteral("second"));
    if (o->has(QStringLiteral("steps")))
      s.optimizerSteps = wholeNumber(*o, QStringLiteral("steps"), 0).value_or(0);
  }
  if (const auto b = r.object(QStringLiteral("batches"))) {
    b->allow({"rng", "permutations", "offset", "served"});
    b->require(QStringLiteral("rng"));
    if (const auto rng = list(*b, QStringLiteral("rng"))) {
      bool ok = rng->size() == 4;
      for (int i = 0; ok && i < 4; ++i) {
        const QString word = (*rng)[i].toString();
        s.batchRng[static_cast<std::size_t>(i)] = word.toULongLong(&ok, 16);
        ok = ok && word.size() == 16;
      }
      if (!ok) b->fail(QStringLiteral("rng"), Text::tr("must be four 16-digit hexadecimal texts"));
    }
    if (const auto perms = list(*b, QStringLiteral("permutations")))
      for (int i = 0; i < perms->size() && b->ok(); ++i) {
        const QJsonArray p = (*perms)[i].toArray();
        std::vector<std::uint32_t> order;
        order.reserve(static_cast<std::size_t>(p.size()));
        for (int k = 0; k < p.size(); ++k) {
          if (!isWhole(p[k], 0, std::numeric_limits<std::uint32_t>::max())) {
            b->fail(QStringLiteral("permutations[%1][%2]").arg(i).arg(k),
                    Text::tr("must be a whole number ≥ 0"));
            break;
          }
          order.push_back(static_cast<std::uint32_t>(p[k].toDouble()));
        }
        s.permutations.push_back(std::move(order));
      }
    s.batchOffset = wholeNumber(*b, QStringLiteral("offset"), 0).value_or(0);
    s.samplesServed = wholeNumber(*b, QStringLiteral("served"), 0).value_or(0);
  }
  if (const auto h = r.object(QStringLiteral("history")))
    if (auto history = readHistory(*h)) s.history = *history;
  if (!r.ok()) return std::nullopt;
  // Everything fits together: the same checks as continuing the run.
  const auto restored = core::Trainer::restore(s);
  if (!restored) {
    r.fail(QString(), coreText(restored.message()));
    return std::nullopt;
  }
  return s;
}

constexpr std::array<const char*, 4> kQuantities{"loss", "gradient", "parameter", "measurement"};
constexpr std::array<const char*, 3> kParameterKinds{"weight", "bias", "slope"};

QJsonValue special(double v) {
  if (std::isnan(v)) return QStringLiteral("nan");
  if (std::isinf(v)) return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
  return v;
}

QJsonObject divergenceToJson(const core::Divergence& d) {
  return {{QStringLiteral("step"), static_cast<double>(d.step)},
          {QStringLiteral("quantity"), kQuantities[static_cast<std::size_t>(d.quantity)]},
          {QStringLiteral("kind"), kParameterKinds[static_cast<std::size_t>(d.parameterKind)]},
          {QStringLiteral("layer"), d.layer},
          {QStringLiteral("neuron"), d.neuron},
          {QStringLiteral("input"), d.input},
          {QStringLiteral("value"), special(d.value)},
          {QStringLiteral("measurement"), QString::fromStdString(d.measurement)}};
}

std::optional<core::Divergence> readDivergence(const JsonReader& r) {
  r.allow({"step", "quantity", "kind", "layer", "neuron", "input", "value", "measurement"});
  core::Divergence d;
  d.step = wholeNumber(r, QStringLiteral("step"), 0).value_or(0);
  const auto pick = [&r](const char* key, const auto& ids) -> int {
    const QString id = r.value(QLatin1String(key)).toString();
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (id == QLatin1String(ids[i])) return static_cast<int>(i);
    r.fail(QLatin1String(key), Text::tr("is not one this ReLU Lab knows"));
    return 0;
  };
  d.quantity = static_cast<core::DivergedQuantity>(pick("quantity", kQuantities));
  d.parameterKind = static_cast<core::ParamLayout::Kind>(pick("kind", kParameterKinds));
  d.layer = r.integer(QStringLiteral("layer"), 0, 100).value_or(0);
  d.neuron = r.integer(QStringLiteral("neuron"), 0, 100000).value_or(0);
  d.input = r.integer(QStringLiteral("input"), 0, 100000).value_or(0);
  const QJsonValue v = r.value(QStringLiteral("value"));
  const QString word = v.toString();
  d.value = v.isDouble()                   ? v.toDouble()
            : word == QLatin1String("nan") ? std::nan("")
            : word == QLatin1String("inf") ? std::numeric_limits<double>::infinity()
                                           : -std::numeric_limits<double>::infinity();
  if (r.has(QStringLiteral("measurement")))
    d.measurement = r.value(QStringLiteral("measurement")).toString().toStdString();
  if (!r.ok()) return std::nullopt;
  return d;
}

QJsonObject compareRunToJson(const CompareRun& c) {
  QJsonObject o = runToJson(c.run);
  QJsonArray curve;
  for (const auto& [step, loss] : c.curve)
    curve.append(QJsonArray{static_cast<double>(step), loss});
  o.insert(QStringLiteral("curve"), curve);
  o.insert(QStringLiteral("loss_reached"), integers(c.lossReached));
  o.insert(QStringLiteral("accuracy_reached"), integers(c.accuracyReached));
  if (c.divergence) o.insert(QStringLiteral("divergence"), divergenceToJson(*c.divergence));
  return o;
}

std::vector<std::int64_t> reachedSteps(const JsonReader& r, const QString& name) {
  std::vector<std::int64_t> out;
  const auto a = list(r, name);
  if (!a) return out;
  for (int i = 0; i < a->size() && r.ok(); ++i) {
    if (!isWhole((*a)[i], -1, kMaxExactInteger))
      r.fail(QStringLiteral("%1[%2]").arg(name).arg(i), Text::tr("must be a step, or -1"));
    out.push_back(static_cast<std::int64_t>((*a)[i].toDouble()));
  }
  return out;
}

std::optional<CompareRun> readCompareRun(const JsonReader& r) {
  CompareRun c;
  const auto run = readRun(r);
  if (!run) return std::nullopt;
  c.run = *run;
  if (const auto curve = list(r, QStringLiteral("curve")))
    for (int i = 0; i < curve->size() && r.ok(); ++i) {
      const QString item = QStringLiteral("curve[%1]").arg(i);
      const QJsonArray point = (*curve)[i].toArray();
      if (point.size() != 2 || !isWhole(point[0], 0, kMaxExactInteger)) {
        r.fail(item, Text::tr("must be a point [step, loss]"));
        break;
      }
      const std::vector<double> v = finiteNumbers(r, item, point);
      if (r.ok()) c.curve.emplace_back(static_cast<std::int64_t>(v[0]), v[1]);
    }
  c.lossReached = reachedSteps(r, QStringLiteral("loss_reached"));
  c.accuracyReached = reachedSteps(r, QStringLiteral("accuracy_reached"));
  if (const auto d = r.object(QStringLiteral("divergence"))) c.divergence = readDivergence(*d);
  if (!r.ok()) return std::nullopt;
  return c;
}

std::optional<PlaygroundRun> readPlayground(const JsonReader& r) {
  PlaygroundRun p;
  const auto run = readRun(r);
  if (!run) return std::nullopt;
  p.run = *run;
  if (r.has(QStringLiteral("step_base")))
    p.stepBase = wholeNumber(r, QStringLiteral("step_base"), 0).value_or(0);
  p.epochBase = r.number(QStringLiteral("epoch_base"), 0, 1e15).value_or(0.0);
  p.addedPoints = r.integer(QStringLiteral("added_points"), 0, 1000000).value_or(0);
  p.dataSource = r.string(QStringLiteral("data_source")).value_or(QString());
  if (const auto c = r.object(QStringLiteral("chart"))) p.chart = readHistory(*c);
  if (!r.ok()) return std::nullopt;
  return p;
}

ExperimentView readView(const JsonReader& r) {
  r.allow({"tab", "lesson", "lesson_step", "unit", "speed"});
  ExperimentView v;
  if (r.has(QStringLiteral("tab"))) {
    v.tab = r.string(QStringLiteral("tab")).value_or(QString());
    if (r.ok() &&
        !QStringList{"explorer", "playground", "compare", "studies", "images"}.contains(v.tab))
      r.fail(QStringLiteral("tab"), Text::tr("must be one of %1")
                                        .arg(QStringLiteral("explorer, playground, compare, "
                                                            "studies, images")));
  }
  v.lesson = r.string(QStringLiteral("lesson")).value_or(QString());
  v.lessonStep = r.integer(QStringLiteral("lesson_step"), 0, 1000).value_or(0);
  if (const auto u = r.object(QStringLiteral("unit"))) {
    u->allow({"layer", "neuron"});
    v.unitLayer = u->integer(QStringLiteral("layer"), 0, 100).value_or(-1);
    v.unitNeuron = u->integer(QStringLiteral("neuron"), 0, 10000).value_or(-1);
  }
  v.speed = r.integer(QStringLiteral("speed"), 0, 1000000).value_or(-1);
  return v;
}

using ExperimentResult = core::Result<Experiment>;

ExperimentResult failure(const QString& text) {
  return ExperimentResult::failure(message(text));
}

// Version 0: a training set-up (what `relulab train --config` reads).
ExperimentResult migrateSetup(const QJsonObject& object) {
  const auto setup = parseTrainConfig(object);
  if (!setup)
    return failure(Text::tr("not an experiment (no \"format\"), nor a training set-up: %1")
                       .arg(coreText(setup.message())));
  Experiment e;
  e.playgroundConfig = setup->config;
  e.view.tab = QStringLiteral("playground");
  return e;
}

}  // namespace

QJsonObject runToJson(const core::TrainerState& s) {
  QJsonObject o;
  QJsonObject config = toJson(s.config);
  o.insert(QStringLiteral("config"), config);
  o.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("train"), points(s.data.train)},
                                               {QStringLiteral("test"), points(s.data.test)}});
  o.insert(QStringLiteral("step"), static_cast<double>(s.step));
  o.insert(QStringLiteral("parameters"), numbers(s.parameters));
  QJsonObject optimizer{{QStringLiteral("steps"), static_cast<double>(s.optimizerSteps)}};
  if (!s.first.empty()) optimizer.insert(QStringLiteral("first"), numbers(s.first));
  if (!s.second.empty()) optimizer.insert(QStringLiteral("second"), numbers(s.second));
  o.insert(QStringLiteral("optimizer"), optimizer);
  QJsonArray rng;
  for (const std::uint64_t word : s.batchRng) rng.append(hex(word));
  QJsonArray perms;
  for (const auto& p : s.permutations) {
    QJsonArray order;
    for (const std::uint32_t i : p) order.append(static_cast<double>(i));
    perms.append(order);
  }
  QJsonObject batches{{QStringLiteral("rng"), rng},
                      {QStringLiteral("offset"), static_cast<double>(s.batchOffset)},
                      {QStringLiteral("served"), static_cast<double>(s.samplesServed)}};
  if (!perms.isEmpty()) batches.insert(QStringLiteral("permutations"), perms);
  o.insert(QStringLiteral("batches"), batches);
  o.insert(QStringLiteral("history"), historyToJson(s.history));
  return o;
}

core::Result<core::TrainerState> runFromJson(const QJsonObject& object) {
  QString error;
  const JsonReader r(object, QString(), &error);
  const auto run = readRun(r);
  if (!run) return core::Result<core::TrainerState>::failure(message(error));
  return *run;
}

QByteArray writeExperiment(const Experiment& e) {
  QJsonObject o{{QStringLiteral("format"), QStringLiteral("relulab-experiment")},
                {QStringLiteral("version"), kExperimentVersion}};
  if (!QCoreApplication::applicationVersion().isEmpty())
    o.insert(QStringLiteral("saved_by"),
             QStringLiteral("ReLU Lab %1").arg(QCoreApplication::applicationVersion()));
  QJsonObject view;
  if (!e.view.tab.isEmpty()) view.insert(QStringLiteral("tab"), e.view.tab);
  if (!e.view.lesson.isEmpty()) {
    view.insert(QStringLiteral("lesson"), e.view.lesson);
    view.insert(QStringLiteral("lesson_step"), e.view.lessonStep);
  }
  if (e.view.unitLayer >= 0 && e.view.unitNeuron >= 0)
    view.insert(QStringLiteral("unit"), QJsonObject{{QStringLiteral("layer"), e.view.unitLayer},
                                                    {QStringLiteral("neuron"), e.view.unitNeuron}});
  if (e.view.speed >= 0) view.insert(QStringLiteral("speed"), e.view.speed);
  o.insert(QStringLiteral("view"), view);
  if (e.playground) {
    QJsonObject p = runToJson(e.playground->run);
    p.insert(QStringLiteral("step_base"), static_cast<double>(e.playground->stepBase));
    p.insert(QStringLiteral("epoch_base"), e.playground->epochBase);
    p.insert(QStringLiteral("added_points"), e.playground->addedPoints);
    if (!e.playground->dataSource.isEmpty())
      p.insert(QStringLiteral("data_source"), e.playground->dataSource);
    if (e.playground->chart) p.insert(QStringLiteral("chart"), historyToJson(*e.playground->chart));
    o.insert(QStringLiteral("playground"), p);
  } else if (e.playgroundConfig) {
    o.insert(QStringLiteral("playground"),
             QJsonObject{{QStringLiteral("config"), toJson(*e.playgroundConfig)}});
  }
  if (e.compare) {
    QJsonArray runs;
    for (const CompareRun& r : e.compare->runs) runs.append(compareRunToJson(r));
    o.insert(
        QStringLiteral("compare"),
        QJsonObject{{QStringLiteral("runs"), runs},
                    {QStringLiteral("step"), static_cast<double>(e.compare->step)},
                    {QStringLiteral("curve_stride"), static_cast<double>(e.compare->curveStride)}});
  }
  if (!e.study.isEmpty()) o.insert(QStringLiteral("study"), e.study);
  return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

ExperimentResult readExperiment(const QByteArray& json) {
  if (json.trimmed().isEmpty()) return failure(Text::tr("the file is empty"));
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return failure(
        Text::tr("not valid JSON at %1: %2 (is the file cut short, or not an experiment?)")
            .arg(jsonPosition(json, parseError.offset), parseError.errorString()));
  if (!doc.isObject()) return failure(Text::tr("the file must hold one object { … }"));
  const QJsonObject root = doc.object();
  if (!root.contains(QStringLiteral("format"))) return migrateSetup(root);
  const QString format = root.value(QStringLiteral("format")).toString();
  if (format != QStringLiteral("relulab-experiment"))
    return failure(Text::tr("format: this is “%1”, not a ReLU Lab experiment (“%2”)")
                       .arg(format, QStringLiteral("relulab-experiment")));
  const QJsonValue version = root.value(QStringLiteral("version"));
  if (!isWhole(version, 0, 1e9))
    return failure(Text::tr("version: must be a whole number, got %1")
                       .arg(QString::fromUtf8(QJsonDocument(QJsonArray{version})
                                                  .toJson(QJsonDocument::Compact)
                                                  .chopped(1)
                                                  .mid(1))));
  if (version.toInt() > kExperimentVersion)
    return failure(Text::tr("version %1 is newer than this ReLU Lab reads (up to %2): open it "
                            "with a newer ReLU Lab")
                       .arg(version.toInt())
                       .arg(kExperimentVersion));

  QString error;
  const JsonReader r(root, QString(), &error);
  r.allow({"format", "version", "saved_by", "view", "playground", "compare", "study"});
  Experiment e;
  if (const auto v = r.object(QStringLiteral("view"))) e.view = readView(*v);
  if (const auto p = r.object(QStringLiteral("playground"))) {
    if (p->json().keys() == QStringList{QStringLiteral("config")}) {
      // A set-up alone (a version 0 file saved again): no run yet.
      // Not an object: object() has said so, and there is nothing to read.
      if (const auto c = p->object(QStringLiteral("config"))) {
        auto parsed = parseTrainConfig(c->json());
        if (!parsed)
          c->fail(QString(), coreText(parsed.message()));
        else
          e.playgroundConfig = parsed->config;
      }
    } else {
      e.playground = readPlayground(*p);
    }
  }
  if (const auto c = r.object(QStringLiteral("compare"))) {
    c->allow({"runs", "step", "curve_stride"});
    CompareRuns compare;
    compare.step = wholeNumber(*c, QStringLiteral("step"), 0).value_or(0);
    compare.curveStride = wholeNumber(*c, QStringLiteral("curve_stride"), 1).value_or(1);
    if (const auto runs = c->array(QStringLiteral("runs"), 2, 4))
      for (int i = 0; i < runs->size() && r.ok(); ++i) {
        const QString name = QStringLiteral("runs[%1]").arg(i);
        if (!(*runs)[i].isObject()) {
          c->fail(name, JsonReader::tr("must be an object { … }"));
          break;
        }
        if (auto run = readCompareRun(c->child((*runs)[i].toObject(), name)))
          compare.runs.push_back(std::move(*run));
      }
    c->require(QStringLiteral("runs"));
    if (r.ok()) e.compare = std::move(compare);
  }
  if (const auto s = r.object(QStringLiteral("study"))) e.study = s->json();
  if (!error.isEmpty()) return failure(error);
  return e;
}

ExperimentResult readExperimentFile(const QString& path) {
  QFile file(path);
  const QString name = QFileInfo(path).fileName();
  if (!file.open(QIODevice::ReadOnly))
    return failure(Text::tr("%1: cannot be read: %2").arg(name, file.errorString()));
  auto read = readExperiment(file.readAll());
  if (!read) return failure(Text::tr("%1: %2").arg(name, coreText(read.message())));
  return read;
}

std::optional<core::Message> writeFileAtomically(const QString& path, const QByteArray& bytes) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
    return message(
        Text::tr("%1: cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
  return std::nullopt;
}

std::optional<core::Message> writeExperimentFile(const QString& path, const Experiment& e) {
  return writeFileAtomically(path, writeExperiment(e));
}

QByteArray writeWeights(const core::NetworkSpec& network, std::span<const double> parameters) {
  core::TrainConfig c;
  c.network = network;
  const QJsonObject o{{QStringLiteral("format"), QStringLiteral("relulab-weights")},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("inputs"), network.inputs},
                      {QStringLiteral("network"), toJson(c).value(QStringLiteral("network"))},
                      {QStringLiteral("parameters"), numbers(parameters)}};
  return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

core::Result<Weights> readWeights(const QByteArray& json) {
  using R = core::Result<Weights>;
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return R::failure(
        message(Text::tr("not valid JSON at %1: %2")
                    .arg(jsonPosition(json, parseError.offset), parseError.errorString())));
  const QJsonObject root = doc.object();
  if (root.value(QStringLiteral("format")).toString() != QStringLiteral("relulab-weights"))
    return R::failure(message(Text::tr("format: not a ReLU Lab weights file (“%1”)")
                                  .arg(QStringLiteral("relulab-weights"))));
  if (root.value(QStringLiteral("version")).toInt(0) != 1)
    return R::failure(message(Text::tr("version: this ReLU Lab reads version 1 only")));
  QString error;
  const JsonReader r(root, QString(), &error);
  r.allow({"format", "version", "inputs", "network", "parameters"});
  r.require(QStringLiteral("network"));
  r.require(QStringLiteral("parameters"));
  Weights w;
  const int inputs = r.integer(QStringLiteral("inputs"), 1, core::kFeatureCount).value_or(2);
  if (const auto n = r.object(QStringLiteral("network"))) {
    const auto parsed = parseTrainConfig(QJsonObject{{QStringLiteral("network"), n->json()}});
    if (!parsed)
      r.fail(QString(), coreText(parsed.message()));
    else
      w.network = parsed->config.network;
    w.network.inputs = inputs;
  }
  w.parameters = finiteNumbers(r, QStringLiteral("parameters"));
  if (r.ok()) {
    const std::size_t expected = core::ParamLayout(w.network).size;
    if (w.parameters.size() != expected)
      r.fail(QStringLiteral("parameters"),
             Text::tr("the network named here has %1 parameters, the list holds %2")
                 .arg(expected)
                 .arg(w.parameters.size()));
  }
  if (!error.isEmpty()) return R::failure(message(error));
  return w;
}

core::Result<Weights> readWeightsFile(const QString& path) {
  QFile file(path);
  const QString name = QFileInfo(path).fileName();
  if (!file.open(QIODevice::ReadOnly))
    return core::Result<Weights>::failure(
        message(Text::tr("%1: cannot be read: %2").arg(name, file.errorString())));
  auto read = readWeights(file.readAll());
  if (!read)
    return core::Result<Weights>::failure(
        message(Text::tr("%1: %2").arg(name, coreText(read.message()))));
  return read;
}

}  // namespace relulab::io
