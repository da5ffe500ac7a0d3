#pragma once

#include <QString>

class QWidget;

namespace relulab::ui {

// Renders a widget (and its children) to a PNG file. On failure returns false
// and sets *error to a message that says what to do.
bool saveWidgetPng(QWidget* widget, const QString& path, QString* error);

}  // namespace relulab::ui
