#include "ui/explorer/explorer_export.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>

#include "io/core_text.h"
#include "ui/explorer/explorer_sampling.h"

namespace relulab::ui {

namespace {

QString cannotWrite(const QString& path) {
  return QObject::tr(
             "Could not write %1: check that the folder exists and that you may write "
             "to it.")
      .arg(path);
}

QString exactNumber(double value) {
  return QString::number(value, 'g', 17);
}

QString columnName(const core::Activation& activation) {
  const auto& info = core::activationInfo(activation.kind);
  QString name = io::qstring(info.id);
  if (info.parameter) name += QStringLiteral("[%1]").arg(exactNumber(activation.param));
  return name;
}

}  // namespace

std::optional<ExportFormat> exportFormatFor(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("png")) return ExportFormat::Png;
  if (suffix == QLatin1String("svg")) return ExportFormat::Svg;
  if (suffix == QLatin1String("csv")) return ExportFormat::Csv;
  return std::nullopt;
}

QString exportFilters() {
  return QObject::tr(
      "PNG image of the plot (*.png);;SVG drawing of the plot (*.svg);;"
      "CSV table of the curves (*.csv)");
}

std::optional<core::Message> exportPng(QChartView* view, const QString& path) {
  const QPixmap pixmap = view->grab();
  if (pixmap.isNull()) {
    return io::message(QObject::tr("Could not render the plot to an image."));
  }
  if (!pixmap.save(path, "PNG")) {
    return io::message(cannotWrite(path));
  }
  return std::nullopt;
}

std::optional<core::Message> exportSvg(QChartView* view, const QString& path) {
  // QSvgGenerator reports no errors itself: check that the file can be made first.
  QFile probe(path);
  if (!probe.open(QIODevice::WriteOnly)) {
    return io::message(cannotWrite(path));
  }
  probe.close();
  const QRectF source = view->scene()->sceneRect();
  QSvgGenerator svg;
  svg.setFileName(path);
  svg.setSize(source.size().toSize());
  svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
  svg.setTitle(QObject::tr("ReLU Lab: activation curves"));
  svg.setDescription(QObject::tr("Activation functions and their derivatives, drawn by ReLU Lab."));
  QPainter painter;
  if (!painter.begin(&svg)) {
    return io::message(cannotWrite(path));
  }
  view->scene()->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
  painter.end();
  return std::nullopt;
}

QString curvesCsv(const std::vector<ExplorerCurve>& curves, double xMin, double xMax, int samples) {
  std::vector<double> kinks;
  QStringList header{QStringLiteral("x")};
  std::vector<const ExplorerCurve*> shown;
  for (const ExplorerCurve& c : curves) {
    if (!c.visible) continue;
    shown.push_back(&c);
    const std::vector<double> k = kinkPositions(c.activation);
    kinks.insert(kinks.end(), k.begin(), k.end());
    const QString name = columnName(c.activation);
    header << name + QStringLiteral(":f") << name + QStringLiteral(":df");
  }
  std::sort(kinks.begin(), kinks.end());
  QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
  for (double x : sampleGrid(xMin, xMax, samples, kinks)) {
    csv += exactNumber(x);
    for (const ExplorerCurve* c : shown)
      csv += QLatin1Char(',') + exactNumber(core::value(c->activation, x)) + QLatin1Char(',') +
             exactNumber(core::derivative(c->activation, x));
    csv += QLatin1Char('\n');
  }
  return csv;
}

std::optional<core::Message> exportCsv(const std::vector<ExplorerCurve>& curves, double xMin,
                                       double xMax, int samples, const QString& path) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    return io::message(cannotWrite(path));
  }
  file.write(curvesCsv(curves, xMin, xMax, samples).toUtf8());
  if (!file.commit()) {
    return io::message(cannotWrite(path));
  }
  return std::nullopt;
}

}  // namespace relulab::ui
