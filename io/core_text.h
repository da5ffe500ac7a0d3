#pragma once

#include <QCoreApplication>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/message.h"

namespace relulab::io {

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

}  // namespace relulab::io
