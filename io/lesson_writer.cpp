#include "io/lesson_writer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "io/core_text.h"
#include "io/experiment_file.h"
#include "io/lesson_parser.h"
#include "io/train_config_json.h"

namespace relulab::io {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(relulab::io::LessonWriter)
};

void putText(QJsonObject& o, const QString& key, const LocalizedText& text) {
  if (!text.fallback.isEmpty()) o.insert(key, text.fallback);
  for (auto it = text.languages.begin(); it != text.languages.end(); ++it)
    o.insert(key + QLatin1Char('_') + it.key(), it.value());
}

QJsonObject explorerToJson(const ExplorerSetup& e) {
  QJsonObject o;
  if (!e.curves.empty()) {
    QJsonArray curves;
    for (const ExplorerCurveSetup& c : e.curves) {
      QJsonObject curve{
          {QStringLiteral("activation"), qstring(core::activationInfo(c.activation.kind).id)}};
      if (core::activationInfo(c.activation.kind).parameter)
        curve.insert(QStringLiteral("param"), c.activation.param);
      if (!c.visible) curve.insert(QStringLiteral("visible"), false);
      curves.append(curve);
    }
    o.insert(QStringLiteral("curves"), curves);
  }
  if (e.selected) o.insert(QStringLiteral("selected"), *e.selected);
  if (e.derivative) o.insert(QStringLiteral("derivative"), *e.derivative);
  if (e.secondDerivative) o.insert(QStringLiteral("second_derivative"), *e.secondDerivative);
  if (e.xRange) o.insert(QStringLiteral("x_range"), QJsonArray{e.xRange->first, e.xRange->second});
  if (e.gaussianView)
    o.insert(QStringLiteral("view"),
             *e.gaussianView ? QStringLiteral("gaussian") : QStringLiteral("curves"));
  QJsonObject gaussian;
  if (e.mu) gaussian.insert(QStringLiteral("mu"), *e.mu);
  if (e.sigma) gaussian.insert(QStringLiteral("sigma"), *e.sigma);
  if (!gaussian.isEmpty()) o.insert(QStringLiteral("gaussian"), gaussian);
  if (!e.inputs.empty()) {
    QJsonArray inputs;
    for (const double x : e.inputs) inputs.append(x);
    o.insert(QStringLiteral("inputs"), inputs);
  }
  return o;
}

QJsonObject playgroundToJson(const PlaygroundSetup& p) {
  QJsonObject o;
  if (p.config) {
    QJsonObject config = toJson(*p.config);
    if (!p.preset.isEmpty()) config.insert(QStringLiteral("preset"), p.preset);
    o.insert(QStringLiteral("config"), config);
  }
  if (p.play) o.insert(QStringLiteral("play"), *p.play);
  if (p.speed) o.insert(QStringLiteral("speed"), *p.speed);
  if (p.view)
    o.insert(QStringLiteral("view"),
             QLatin1String(kPlaygroundViewIds[static_cast<std::size_t>(*p.view)]));
  return o;
}

QJsonObject imagesToJson(const ImagesSetup& s) {
  QJsonObject o;
  if (!s.preset.isEmpty()) o.insert(QStringLiteral("preset"), s.preset);
  if (!s.activations.empty()) {
    QJsonArray activations;
    for (const std::optional<core::ActivationKind>& a : s.activations)
      activations.append(a ? QJsonValue(qstring(core::activationInfo(*a).id)) : QJsonValue());
    o.insert(QStringLiteral("activations"), activations);
  }
  if (s.learningRate) o.insert(QStringLiteral("learning_rate"), *s.learningRate);
  if (s.play) o.insert(QStringLiteral("play"), *s.play);
  if (s.view)
    o.insert(QStringLiteral("view"),
             QLatin1String(kImagesViewIds[static_cast<std::size_t>(*s.view)]));
  if (s.testImage) o.insert(QStringLiteral("test_image"), *s.testImage);
  return o;
}

}  // namespace

QJsonObject lessonStepToJson(const LessonStep& step) {
  QJsonObject o;
  putText(o, QStringLiteral("title"), step.title);
  putText(o, QStringLiteral("text"), step.text);
  if (step.explorer) o.insert(QStringLiteral("explorer"), explorerToJson(*step.explorer));
  if (step.playground) o.insert(QStringLiteral("playground"), playgroundToJson(*step.playground));
  if (step.images) o.insert(QStringLiteral("images"), imagesToJson(*step.images));
  return o;
}

QString lessonFileStem(const QString& title) {
  QString stem = title.toLower();
  stem.replace(
      QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
      QStringLiteral("-"));
  stem.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
  return stem.isEmpty() ? QStringLiteral("my-lesson") : stem.left(60);
}

std::optional<core::Message> appendLessonStep(const QString& path, const QString& title,
                                              const LessonStep& step) {
  const QString name = QFileInfo(path).fileName();
  QJsonObject lesson;
  QFile file(path);
  if (file.exists()) {
    if (!file.open(QIODevice::ReadOnly))
      return message(Text::tr("%1: cannot be read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto parsed = parseLesson(bytes, path);
    if (!parsed)
      return message(Text::tr("%1 is not a lesson this step can be added to: %2")
                         .arg(name, coreText(parsed.message())));
    lesson = QJsonDocument::fromJson(bytes).object();
  } else {
    lesson.insert(QStringLiteral("id"), QFileInfo(path).completeBaseName());
    lesson.insert(QStringLiteral("title"), title);
  }
  QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
  steps.append(lessonStepToJson(step));
  lesson.insert(QStringLiteral("steps"), steps);
  // What is written must read back as a lesson, or nothing is written.
  const QByteArray bytes = QJsonDocument(lesson).toJson(QJsonDocument::Indented);
  if (const auto check = parseLesson(bytes, path); !check)
    return message(
        Text::tr("%1: the step cannot be saved: %2").arg(name, coreText(check.message())));
  return writeFileAtomically(path, bytes);
}

}  // namespace relulab::io
