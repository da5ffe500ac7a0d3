#pragma once

// Reading JSON files that people write or edit (lessons, experiment files):
// one object at a time, with the path to it ("steps[2].playground"), so that
// every problem names its place. The first problem wins; later reads do
// nothing and return nothing. Messages are in the user's language.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <cmath>
#include <optional>
#include <vector>

#include "core/activations/activation.h"
#include "io/activation_spec.h"
#include "io/core_text.h"
#include "io/lesson.h"

namespace relulab::io {

// Reads one JSON object, remembering its path for messages; the first
// problem wins and later reads do nothing.
class JsonReader {
  Q_DECLARE_TR_FUNCTIONS(relulab::io::JsonReader)

 public:
  JsonReader(const QJsonObject& object, QString path, QString* error)
      : object_(object), path_(std::move(path)), error_(error) {}

  bool ok() const { return error_->isEmpty(); }
  QString key(const QString& name) const {
    if (name.isEmpty()) return path_;
    return path_.isEmpty() ? name : path_ + QLatin1Char('.') + name;
  }
  void fail(const QString& name, const QString& message) const {
    if (ok()) *error_ = key(name) + QStringLiteral(": ") + message;
  }
  bool has(const QString& name) const { return ok() && object_.contains(name); }
  QJsonValue value(const QString& name) const { return object_.value(name); }
  const QJsonObject& json() const { return object_; }
  JsonReader child(const QJsonObject& object, const QString& name) const {
    return JsonReader(object, key(name), error_);
  }

  // Unknown keys are errors, so a typo never falls back to a default without
  // a word. Keys in `localized` may also come as key_<language>: "text_ar".
  void allow(const QStringList& known, const QStringList& localized = {}) const {
    static const QRegularExpression language(QStringLiteral("^([a-z]+)_[a-z]{2,3}(_[A-Z]{2})?$"));
    for (const QString& k : object_.keys()) {
      if (known.contains(k) || localized.contains(k)) continue;
      const QRegularExpressionMatch m = language.match(k);
      if (m.hasMatch() && localized.contains(m.captured(1))) continue;
      fail(k, tr("unknown key (known here: %1)").arg(known.join(QStringLiteral(", "))));
    }
  }

  void require(const QString& name) const {
    if (ok() && !object_.contains(name)) fail(name, tr("is missing"));
  }

  std::optional<double> number(const QString& name, double lo, double hi) const {
    if (!has(name)) return std::nullopt;
    const double d = object_.value(name).toDouble(std::nan(""));
    if (!object_.value(name).isDouble() || !(d >= lo && d <= hi)) {
      fail(name, tr("must be a number from %1 to %2").arg(lo).arg(hi));
      return std::nullopt;
    }
    return d;
  }

  std::optional<int> integer(const QString& name, int lo, int hi) const {
    if (!has(name)) return std::nullopt;
    const double d = object_.value(name).toDouble(std::nan(""));
    if (!object_.value(name).isDouble() || d != std::floor(d) || d < lo || d > hi) {
      fail(name, tr("must be a whole number from %1 to %2").arg(lo).arg(hi));
      return std::nullopt;
    }
    return static_cast<int>(d);
  }

  std::optional<bool> boolean(const QString& name) const {
    if (!has(name)) return std::nullopt;
    if (!object_.value(name).isBool()) {
      fail(name, tr("must be true or false"));
      return std::nullopt;
    }
    return object_.value(name).toBool();
  }

  std::optional<QString> string(const QString& name) const {
    if (!has(name)) return std::nullopt;
    const QJsonValue v = object_.value(name);
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
      fail(name, tr("must be a text that is not empty"));
      return std::nullopt;
    }
    return v.toString();
  }

  // name and its translations name_<language>.
  LocalizedText text(const QString& name) const {
    LocalizedText t;
    t.fallback = string(name).value_or(QString());
    const QString prefix = name + QLatin1Char('_');
    for (const QString& k : object_.keys())
      if (k.startsWith(prefix))
        if (auto s = string(k)) t.languages.insert(k.mid(prefix.size()), *s);
    return t;
  }

  std::optional<JsonReader> object(const QString& name) const {
    if (!has(name)) return std::nullopt;
    if (!object_.value(name).isObject()) {
      fail(name, tr("must be an object { … }"));
      return std::nullopt;
    }
    return child(object_.value(name).toObject(), name);
  }

  std::optional<QJsonArray> array(const QString& name, int minSize, int maxSize) const {
    if (!has(name)) return std::nullopt;
    const QJsonValue v = object_.value(name);
    if (!v.isArray() || v.toArray().size() < minSize || v.toArray().size() > maxSize) {
      fail(name, tr("must be a list [ … ] of %1 to %2 items").arg(minSize).arg(maxSize));
      return std::nullopt;
    }
    return v.toArray();
  }

  // A list of numbers, each in [lo, hi].
  std::vector<double> numbers(const QString& name, int minSize, int maxSize, double lo,
                              double hi) const {
    std::vector<double> out;
    const auto list = array(name, minSize, maxSize);
    if (!list) return out;
    for (const QJsonValue& v : *list) {
      if (!v.isDouble() || !(v.toDouble() >= lo && v.toDouble() <= hi)) {
        fail(name, tr("must hold numbers from %1 to %2").arg(lo).arg(hi));
        return {};
      }
      out.push_back(v.toDouble());
    }
    return out;
  }

  // An id looked up with `lookup` (an id → enum function).
  template <typename Enum, typename Lookup>
  std::optional<Enum> choice(const QString& name, Lookup lookup, const QString& known) const {
    const auto s = string(name);
    if (!s) return std::nullopt;
    const auto e = lookup(s->toStdString());
    if (!e) fail(name, tr("must be one of %1").arg(known));
    return e;
  }

  // {"activation": id, "param": number}: the parameter checked against its range.
  std::optional<core::Activation> activation() const {
    const auto kind = choice<core::ActivationKind>(
        QStringLiteral("activation"), core::activationFromId, qstring(core::activationIdList()));
    if (!kind) return std::nullopt;
    std::optional<double> param;
    if (has(QStringLiteral("param"))) {
      param = number(QStringLiteral("param"), -1e9, 1e9);
      if (!param) return std::nullopt;
    }
    const auto made = withParameter(*kind, param);
    if (!made) {
      fail(QStringLiteral("param"), coreText(made.message()));
      return std::nullopt;
    }
    return made.value();
  }

 private:
  QJsonObject object_;
  QString path_;
  QString* error_;
};

// "line 3, column 7" for a byte offset into a file (a JSON parse error's place).
inline QString jsonPosition(const QByteArray& json, int offset) {
  const QByteArray before = json.left(offset);
  const int line = static_cast<int>(before.count('\n')) + 1;
  const int column = static_cast<int>(offset - before.lastIndexOf('\n'));
  return JsonReader::tr("line %1, column %2").arg(line).arg(column);
}

}  // namespace relulab::io
