#include "io/activation_spec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "core/base/number_text.h"
#include "io/core_text.h"

namespace relulab::io {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(relulab::io::ActivationSpec)
};

core::Result<core::ActivationKind> activationKindFrom(const QString& id) {
  const QString name = id.trimmed();
  if (const auto kind = core::activationFromId(name.toStdString())) return *kind;
  return core::Result<core::ActivationKind>::failure(
      message(Text::tr("unknown activation '%1' (one of: %2)")
                  .arg(name, qstring(core::activationIdList()))));
}

}  // namespace

core::Result<core::Activation> withParameter(core::ActivationKind kind,
                                             std::optional<double> param) {
  const core::ActivationInfo& info = core::activationInfo(kind);
  if (param && !info.parameter)
    return core::Result<core::Activation>::failure(
        message(Text::tr("%1 has no parameter; leave it out").arg(qstring(info.id))));
  return core::makeActivation(kind, param);
}

core::Result<core::Activation> activationFrom(const QString& id, std::optional<double> param) {
  const auto kind = activationKindFrom(id);
  if (!kind) return core::Result<core::Activation>::failure(kind.message());
  return withParameter(*kind, param);
}

core::Result<core::Activation> parseActivationSpec(const QString& spec) {
  using R = core::Result<core::Activation>;
  const QStringList parts = spec.split(QLatin1Char(':'));
  if (parts.size() > 2 || parts.front().trimmed().isEmpty())
    return R::failure(message(Text::tr("'%1' is not NAME or NAME:PARAM").arg(spec.trimmed())));
  std::optional<double> param;
  if (parts.size() == 2) {
    bool ok = false;
    param = QLocale::c().toDouble(parts[1].trimmed(), &ok);
    if (!ok)
      return R::failure(message(
          Text::tr("'%1' is not a number (use a dot for decimals)").arg(parts[1].trimmed())));
  }
  return activationFrom(parts.front(), param);
}

QString activationSpec(const core::Activation& activation) {
  const core::ActivationInfo& info = core::activationInfo(activation.kind);
  QString spec = qstring(info.id);
  if (info.parameter) spec += QLatin1Char(':') + qstring(core::formatNumber(activation.param));
  return spec;
}

}  // namespace relulab::io
