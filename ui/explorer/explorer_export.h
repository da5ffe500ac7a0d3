#pragma once

// Exporting what the explorer shows: the plot as a PNG image or an SVG
// drawing, and the curves as a CSV table (x, then f and f′ for every visible
// curve, on the plot's grid with the exact kink positions, 17 significant
// digits so the numbers read back exactly). Each function returns nothing on
// success, and a message the user can act on when the file cannot be written.

#include <QString>
#include <optional>
#include <vector>

#include "core/base/message.h"
#include "ui/explorer/explorer_curve.h"

class QChartView;

namespace relulab::ui {

enum class ExportFormat { Png, Svg, Csv };

// From a file name's suffix (case-insensitive); nullopt for anything else.
std::optional<ExportFormat> exportFormatFor(const QString& path);
// The file dialog's filter line for all three formats.
QString exportFilters();

std::optional<core::Message> exportPng(QChartView* view, const QString& path);
std::optional<core::Message> exportSvg(QChartView* view, const QString& path);

// Header: x,relu:f,relu:df,leaky_relu[0.01]:f,leaky_relu[0.01]:df
QString curvesCsv(const std::vector<ExplorerCurve>& curves, double xMin, double xMax, int samples);
std::optional<core::Message> exportCsv(const std::vector<ExplorerCurve>& curves, double xMin,
                                       double xMax, int samples, const QString& path);

}  // namespace relulab::ui
