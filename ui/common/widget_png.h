#pragma once

#include <QString>
#include <optional>

#include "core/base/message.h"

class QWidget;

namespace relulab::ui {

// Renders a widget (and its children) to a PNG file. Nothing on success; on
// failure, a message that says what to do.
std::optional<core::Message> saveWidgetPng(QWidget* widget, const QString& path);

}  // namespace relulab::ui
