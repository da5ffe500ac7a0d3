#pragma once

#include <QCoreApplication>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/message.h"

namespace relulab::io {

// Text the UI or the command line wrote itself (already translated, tr())
// as a message, for the same Result and optional<Message> returns as the
// core's; coreText() shows it as it is.
inline core::Message message(const QString& text) {
  return core::Message(text.toStdString());
}

// The core's UTF-8 text (an id, a name, CSV) as it is, untranslated.
inline QString qstring(std::string_view text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The core is Qt-free and speaks English; its strings (activation names,
// formulas, properties) are translated here, in the context "relulab::core".
inline QString coreText(std::string_view text) {
  const std::string key(text);
  return QCoreApplication::translate("relulab::core", key.c_str());
}

// A core message in the user's language: its template is looked up in the
// context it was marked in (core/base/message.h), then its places are filled with
// the arguments, each translated in its turn. Verbatim text stays as it is.
inline QString coreText(const core::Message& message) {
  const QString text =
      message.context().empty()
          ? QString::fromStdString(message.text())
          : QCoreApplication::translate(message.context().c_str(), message.text().c_str());
  if (message.args().empty()) return text;
  std::vector<std::string> args;
  args.reserve(message.args().size());
  for (const core::Message& arg : message.args()) args.push_back(coreText(arg).toStdString());
  return QString::fromStdString(core::fillPlaces(text.toStdString(), args));
}

// The one rule for core text in rich text (a QLabel with Qt::RichText, a
// tooltip with markup): the core's text is plain, so it is escaped, and
// "x < 0" shows as written. Only the fields the core marks as rich
// (ActivationInfo::formulaRich and ParameterSpec::symbol) go in as they are.
inline QString coreHtml(std::string_view text) {
  return coreText(text).toHtmlEscaped();
}
inline QString coreHtml(const core::Message& message) {
  return coreText(message).toHtmlEscaped();
}

}  // namespace relulab::io
