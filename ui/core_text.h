#pragma once

#include <QCoreApplication>
#include <string>
#include <string_view>

namespace relulab::ui {

// The core is Qt-free and speaks English; its strings (activation names,
// formulas, properties) are translated here, in the context "relulab::core".
inline QString coreText(std::string_view text) {
  const std::string key(text);
  return QCoreApplication::translate("relulab::core", key.c_str());
}

}  // namespace relulab::ui
