// The activation explorer, driven through its real widgets: the
// plotted series against the core's values as parameters move and overlays
// come and go, the hover readout, the editable worked example, the Gaussian
// input view's zero fraction against Φ(−μ/σ), the exports, and screenshots.
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QtTest>
#include <cmath>

#include "core/activations/activation.h"
#include "problem_text.h"
#include "ui/common/widget_png.h"
#include "ui/explorer/example_table.h"
#include "ui/explorer/explorer_chart_view.h"
#include "ui/explorer/explorer_controls.h"
#include "ui/explorer/explorer_curve_plot.h"
#include "ui/explorer/explorer_curve_row.h"
#include "ui/explorer/explorer_gaussian.h"
#include "ui/explorer/explorer_gaussian_stats.h"
#include "ui/explorer/explorer_panel.h"
#include "ui/explorer/explorer_plot_bar.h"
#include "ui/explorer/explorer_properties.h"
#include "ui/shell/main_window.h"

using relulab::core::Activation;
using relulab::core::ActivationKind;
using relulab::ui::ExplorerCurvePlot;
using relulab::ui::ExplorerPanel;
using relulab::ui::ExplorerProperties;
using relulab::ui::MainWindow;

namespace {

// Every point of curve `curve`'s f (order 0), f′ (1) or f″ (2) is the core's value.
void verifySeriesMatchCore(const ExplorerCurvePlot* plot, int curve, const Activation& a) {
  const auto f = plot->points(curve, 0);
  const auto df = plot->points(curve, 1);
  QVERIFY(f.size() >= 200);
  QCOMPARE(f.size(), df.size());
  QCOMPARE(f.first().x(), plot->xMin());
  QCOMPARE(f.last().x(), plot->xMax());
  for (qsizetype i = 0; i < f.size(); ++i) {
    QCOMPARE(f[i].y(), relulab::core::value(a, f[i].x()));
    QCOMPARE(df[i].x(), f[i].x());
    QCOMPARE(df[i].y(), relulab::core::derivative(a, df[i].x()));
  }
}

int visibleLegendMarkers(const QChart* chart) {
  int n = 0;
  for (const QLegendMarker* m : chart->legend()->markers()) n += m->isVisible() ? 1 : 0;
  return n;
}

// Not blank: a plot has many distinct colours.
void verifyNotBlank(const QImage& image) {
  QVERIFY(!image.isNull());
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += 5)
    for (int x = 0; x < image.width(); x += 5) colours.insert(image.pixel(x, y));
  QVERIFY2(colours.size() > 20, "the image looks blank");
}

QString screenshotPath(const char* name) {
  QDir().mkpath(QStringLiteral(RELULAB_SCREENSHOT_DIR));
  return QDir(QStringLiteral(RELULAB_SCREENSHOT_DIR)).filePath(QLatin1String(name));
}

// A pointer move delivered straight to the widget. QTest::mouseMove without a
// button moves the display's one shared pointer instead, which the other GUI
// tests running beside this one on the same display move too.
void hoverAt(QWidget* widget, QPoint at) {
  QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                   Qt::NoModifier);
  QApplication::sendEvent(widget, &move);
}

struct Fixture {
  MainWindow window;
  ExplorerPanel* panel = window.explorer();
  ExplorerCurvePlot* plot = panel->curvePlot();
  relulab::ui::ExplorerControls* controls = panel->controls();
  bool show() {
    window.resize(1280, 800);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
  }
};

}  // namespace

class TestExplorer : public QObject {
  Q_OBJECT

 private slots:
  void defaultViewIsReluAlone() {
    Fixture t;
    QVERIFY(t.show());
    QCOMPARE(t.controls->count(), 1);
    QCOMPARE(t.plot->curveCount(), 1);
    QCOMPARE(t.controls->curves().front().activation.kind, ActivationKind::Relu);
    QCOMPARE(visibleLegendMarkers(t.plot->chart()), 1);
    QCOMPARE(t.plot->curveSeries(0).legendMarker()->label(), QStringLiteral("ReLU"));
    verifySeriesMatchCore(t.plot, 0, Activation{});
    QVERIFY(t.panel->properties()->label()->text().contains(QStringLiteral("max(0")));
  }

  // Core text is plain: shown in rich text, a "<" in it must stay visible,
  // for every activation and every sentence the panel shows about it.
  void coreTextKeepsItsLessThanSigns() {
    for (const relulab::core::ActivationInfo& info : relulab::core::activationInfos()) {
      QTextDocument shown;
      shown.setHtml(ExplorerProperties::describe(relulab::core::defaultActivation(info.kind)));
      const QString text = shown.toPlainText();
      for (std::string_view field :
           {info.note, info.flatRegion, info.outputRange, info.kinkConvention, info.displayName}) {
        const QString plain = QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size()));
        QVERIFY2(text.contains(plain), qPrintable(plain + QStringLiteral(" | ") + text));
      }
    }
  }

  void parameterSliderMovesTheCurve() {
    Fixture t;
    QVERIFY(t.show());
    QVERIFY(t.controls->addCurve(ActivationKind::LeakyRelu));
    relulab::ui::ExplorerCurveRow* row = t.controls->row(1);
    QTRY_VERIFY(row->slider()->isVisible());
    QSignalSpy changed(t.controls, &relulab::ui::ExplorerControls::curvesChanged);
    const double before = row->curve().activation.param;
    QCOMPARE(before, 0.01);
    // As a user would: keyboard on the slider (PageUp moves it a twentieth).
    row->slider()->setFocus();
    QTest::keyClick(row->slider(), Qt::Key_PageUp);
    QTest::keyClick(row->slider(), Qt::Key_PageUp);
    QTRY_VERIFY(changed.count() >= 2);
    const Activation leaky = row->curve().activation;
    QVERIFY(leaky.param > 0.09);
    QCOMPARE(leaky.param, row->spinBox()->value());  // slider and spin box agree
    verifySeriesMatchCore(t.plot, 1, leaky);
    // Left of 0 the curve has the new slope.
    QCOMPARE(t.plot->points(1, 1).first().y(), leaky.param);
    // The spin box drives the slider and the curve too.
    row->spinBox()->setValue(0.5);
    QCOMPARE(row->curve().activation.param, 0.5);
    QCOMPARE(row->slider()->value(), row->valueToSlider(0.5));
    verifySeriesMatchCore(t.plot, 1, row->curve().activation);
    // Softplus β (an excluded minimum) and ELU α spans come from the descriptor.
    row->activationBox()->setCurrentIndex(
        row->activationBox()->findData(static_cast<int>(ActivationKind::Softplus)));
    QCOMPARE(row->curve().activation.kind, ActivationKind::Softplus);
    row->slider()->setValue(0);
    QVERIFY(row->curve().activation.param > 0.0);
    verifySeriesMatchCore(t.plot, 1, row->curve().activation);
  }

  // "Add curve" stays where it is as rows are added (a second click never
  // misses), and its arrow offers every activation, not only the next one.
  void addCurveStaysPutAndOffersEveryActivation() {
    Fixture t;
    QVERIFY(t.show());
    QToolButton* add = t.controls->addButton();
    const QPoint where = add->mapTo(&t.window, QPoint(0, 0));
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(t.controls->count(), 3);
    QCOMPARE(add->mapTo(&t.window, QPoint(0, 0)), where);
    QMenu* menu = add->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), relulab::core::kActivationCount);
    const QString tanh =
        relulab::io::coreText(relulab::core::activationInfo(ActivationKind::Tanh).displayName);
    QAction* pick = nullptr;
    for (QAction* a : menu->actions())
      if (a->text() == tanh) pick = a;
    QVERIFY(pick);
    pick->trigger();
    QCOMPARE(t.controls->count(), 4);
    QCOMPARE(t.controls->curves().back().activation.kind, ActivationKind::Tanh);
  }

  // The keyboard's zoom keeps the kink at the origin on screen.
  void keyboardZoomKeepsTheKinkInView() {
    Fixture t;
    QVERIFY(t.show());
    QAction* zoomIn = t.panel->viewActions().at(1);
    QCOMPARE(zoomIn->shortcut(), QKeySequence(QKeySequence::ZoomIn));
    for (int i = 0; i < 8; ++i) {
      zoomIn->trigger();
      QVERIFY(t.plot->xMin() < 0 && 0 < t.plot->xMax());
      QVERIFY2(t.plot->yMin() < 0 && 0 < t.plot->yMax(),
               qPrintable(QStringLiteral("%1 %2").arg(t.plot->yMin()).arg(t.plot->yMax())));
    }
    QVERIFY(t.plot->xMax() - t.plot->xMin() < 2.0);  // it did zoom in
  }

  void overlaysChangeSeriesAndLegend() {
    Fixture t;
    QVERIFY(t.show());
    QChart* chart = t.plot->chart();
    const auto seriesBefore = chart->series().size();
    QTest::mouseClick(t.controls->addButton(), Qt::LeftButton);
    QTest::mouseClick(t.controls->addButton(), Qt::LeftButton);
    QCOMPARE(t.plot->curveCount(), 3);
    QTRY_COMPARE(visibleLegendMarkers(chart), 3);  // the legend shows its items once laid out
    QVERIFY(chart->series().size() > seriesBefore);
    const auto kinds = t.controls->curves();
    QCOMPARE(kinds[1].activation.kind, ActivationKind::LeakyRelu);
    QCOMPARE(kinds[2].activation.kind, ActivationKind::Gelu);
    QVERIFY(kinds[0].colour != kinds[1].colour && kinds[1].colour != kinds[2].colour);
    verifySeriesMatchCore(t.plot, 2, kinds[2].activation);
    // The legend names them.
    QCOMPARE(t.plot->curveSeries(2).legendMarker()->label(), QStringLiteral("GELU"));
    // Up to six, then the button says no.
    while (t.controls->addButton()->isEnabled())
      QTest::mouseClick(t.controls->addButton(), Qt::LeftButton);
    QCOMPARE(t.plot->curveCount(), 6);
    QVERIFY(!t.controls->addCurve());
    // Remove the Leaky ReLU row with its button.
    QTest::mouseClick(t.controls->row(1)->removeButton(), Qt::LeftButton);
    QCOMPARE(t.plot->curveCount(), 5);
    QTRY_COMPARE(visibleLegendMarkers(chart), 5);
    QCOMPARE(t.controls->curves()[1].activation.kind, ActivationKind::Gelu);
    verifySeriesMatchCore(t.plot, 1, t.controls->curves()[1].activation);
    QVERIFY(t.controls->addButton()->isEnabled());
    // Hide one with its check box: its series go, its legend entry stays (dimmed).
    QTest::mouseClick(t.controls->row(1)->visibleBox(), Qt::LeftButton);
    QVERIFY(!t.plot->curveSeries(1).value()->isVisible());
    QCOMPARE(visibleLegendMarkers(chart), 5);
    // A click on the legend entry brings it back.
    emit t.plot->curveSeries(1).legendMarker()->clicked();
    QVERIFY(t.controls->row(1)->visibleBox()->isChecked());
    QVERIFY(t.plot->curveSeries(1).value()->isVisible());
  }

  void hoverShowsCoreValues() {
    Fixture t;
    QVERIFY(t.show());
    QVERIFY(t.controls->addCurve(ActivationKind::Elu));
    t.controls->setCurveParameter(1, 2.0);
    auto* view = t.plot->view();
    QSignalSpy readouts(t.plot, &ExplorerCurvePlot::readoutChanged);
    // The plot area settles only after the new curve's legend entry is laid
    // out, so the position is mapped afresh on every try.
    const auto pointAt = [&](double x) {
      const QPointF scene =
          view->chart()->mapToScene(view->chart()->mapToPosition(QPointF(x, 0.5)));
      hoverAt(view->viewport(), view->mapFromScene(scene));
      return t.plot->readout().has_value() && std::abs(t.plot->readout()->x - x) < 0.05;
    };
    for (const double x : {1.5, -0.75}) {
      QTRY_VERIFY(pointAt(x));
      const auto& readout = *t.plot->readout();
      QCOMPARE(readout.rows.size(), size_t(2));
      const auto curves = t.controls->curves();
      for (const auto& row : readout.rows) {
        const Activation& a = curves[static_cast<size_t>(row.curve)].activation;
        QCOMPARE(row.value, relulab::core::value(a, readout.x));
        QCOMPARE(row.derivative, relulab::core::derivative(a, readout.x));
      }
      const QString text = t.plot->readoutLabel()->text();
      QVERIFY2(text.contains(QLocale().toString(readout.rows[1].value, 'g', 5)), qPrintable(text));
    }
    QVERIFY(readouts.count() >= 2);
  }

  void kinkDotsShowLimitsAndConvention() {
    Fixture t;
    QVERIFY(t.show());
    const auto& relu = t.plot->curveSeries(0);
    QVERIFY(relu.limitDots() && relu.usedDots());
    QCOMPARE(relu.limitDots()->points(), (QList<QPointF>{{0, 0}, {0, 1}}));
    QCOMPARE(relu.usedDots()->points(), (QList<QPointF>{{0, 0}}));  // f′(0) = 0, as PyTorch
    // f′ has a true jump: the piece left of 0 ends at 0, the right one starts at 1.
    QCOMPARE(relu.derivative().size(), size_t(2));
    QCOMPARE(relu.derivative()[0]->points().last().y(), 0.0);
    QCOMPARE(relu.derivative()[1]->points().first().y(), 1.0);
    QVERIFY(relu.derivative()[0]->points().last().x() < 0.0);
    QVERIFY(relu.derivative()[1]->points().first().x() > 0.0);
    // Pointing at a dot explains the convention in plain words.
    emit relu.usedDots()->hovered(QPointF(0, 0), true);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("PyTorch")));
    emit relu.usedDots()->hovered(QPointF(0, 0), false);
    // ELU jumps at 0 only when α ≠ 1: no dots at α = 1, dots at α = 2.
    QVERIFY(t.controls->addCurve(ActivationKind::Elu));
    QVERIFY(t.plot->curveSeries(1).usedDots()->points().isEmpty());
    t.controls->setCurveParameter(1, 2.0);
    QCOMPARE(t.plot->curveSeries(1).limitDots()->points(), (QList<QPointF>{{0, 2}, {0, 1}}));
    QVERIFY(t.panel->properties()->label()->text().contains(QStringLiteral("kinked")));
  }

  void secondDerivativeOnDemand() {
    Fixture t;
    QVERIFY(t.show());
    QVERIFY(t.controls->addCurve(ActivationKind::Gelu));
    QVERIFY(t.plot->points(1, 2).isEmpty());
    QTest::mouseClick(t.plot->bar()->secondBox(), Qt::LeftButton);
    QVERIFY(t.plot->orders().second);
    const auto d2 = t.plot->points(1, 2);
    QVERIFY(d2.size() >= 200);
    const Activation gelu = t.controls->curves()[1].activation;
    for (const QPointF& p : d2) QCOMPARE(p.y(), relulab::core::secondDerivative(gelu, p.x()));
    verifySeriesMatchCore(t.plot, 1, gelu);
  }

  void zoomPanResetAndExactRange() {
    Fixture t;
    QVERIFY(t.show());
    auto* view = t.plot->view();
    const QPointF centre = view->chart()->mapToPosition(QPointF(1.0, 1.0));
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 480),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(t.plot->xMax() - t.plot->xMin() < 6.0);  // zoomed in by half
    QVERIFY(t.plot->xMin() < 1.0 && t.plot->xMax() > 1.0);
    verifySeriesMatchCore(t.plot, 0, Activation{});  // resampled on the new range
    // Drag to pan.
    const double xMin = t.plot->xMin();
    const QPoint from = centre.toPoint();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), from + QPoint(-100, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(-100, 0));
    QVERIFY(t.plot->xMin() > xMin);
    // Ctrl+0 resets.
    QApplication::setActiveWindow(&t.window);  // for the shortcut and the focus
    QCOMPARE(QApplication::activeWindow(), &t.window);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(t.plot->xMin(), -5.0);
    QCOMPARE(t.plot->xMax(), 5.0);
    // An exact range, typed; then an inverted one is refused with a message.
    t.plot->bar()->fromBox()->setValue(-0.001);
    t.plot->bar()->toBox()->setValue(0.002);
    QCOMPARE(t.plot->xMin(), -0.001);
    QCOMPARE(t.plot->xMax(), 0.002);
    verifySeriesMatchCore(t.plot, 0, Activation{});
    auto* axis = qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axis->min(), -0.001);
    t.plot->bar()->fromBox()->setValue(1.0);
    QVERIFY(!t.plot->bar()->message()->isHidden());
    QVERIFY(t.plot->bar()->message()->text().contains(QStringLiteral("smaller")));
    QCOMPARE(t.plot->xMin(), -0.001);
    QVERIFY(!t.plot->setXRange(2.0, 1.0));
    QVERIFY(!t.plot->setXRange(0.0, qQNaN()));
  }

  // A range typed far wider (or narrower) than the last one: the axes never
  // hold a range with a tick step made for another one. Qt Charts lays out
  // every tick at each change, so −10⁶…10⁶ at the step of −5…5 (two million
  // ticks) froze the window.
  void hugeRangeKeepsFewTicks() {
    Fixture t;
    QVERIFY(t.show());
    int worst = 0;
    for (QAbstractAxis* a : t.plot->view()->chart()->axes()) {
      auto* axis = qobject_cast<QValueAxis*>(a);
      QVERIFY(axis);
      const auto check = [axis, &worst] {
        worst =
            std::max(worst, static_cast<int>((axis->max() - axis->min()) / axis->tickInterval()));
      };
      connect(axis, &QValueAxis::rangeChanged, this, check);
      connect(axis, &QValueAxis::tickIntervalChanged, this, check);
    }
    const std::pair<double, double> ranges[] = {
        {-1e6, 5.0}, {-1e6, 1e6}, {-0.001, 0.002}, {-5.0, 1e6}, {-5.0, 5.0}};
    for (const auto& [lo, hi] : ranges) {
      t.plot->bar()->fromBox()->setValue(lo);
      t.plot->bar()->toBox()->setValue(hi);
      QCOMPARE(t.plot->xMin(), lo);
      QCOMPARE(t.plot->xMax(), hi);
    }
    QVERIFY2(worst > 0 && worst <= 25, qPrintable(QString::number(worst)));
  }

  void exampleTableRecomputesOnEdit() {
    Fixture t;
    QVERIFY(t.show());
    QVERIFY(t.controls->addCurve(ActivationKind::LeakyRelu));
    auto* example = t.panel->exampleTable();
    QTableWidget* table = example->table();
    QCOMPARE(table->columnCount(), 5);         // x, then f and f′ per curve
    QApplication::setActiveWindow(&t.window);  // for the shortcut and the focus
    QCOMPARE(QApplication::activeWindow(), &t.window);
    table->setFocus();
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_3, {}, 0);  // typing starts the editor
    QTRY_VERIFY(QApplication::focusWidget() != table);
    QTest::keyClicks(QApplication::focusWidget(), QLocale().toString(0.5).mid(1));  // ".5"
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(table->item(1, 0)->data(Qt::UserRole).toDouble(), 3.5);
    QCOMPARE(table->item(1, 1)->data(Qt::UserRole).toDouble(), 3.5);
    QCOMPARE(table->item(1, 2)->data(Qt::UserRole).toDouble(), 1.0);
    const Activation leaky = t.controls->curves()[1].activation;
    table->item(0, 0)->setText(QStringLiteral("−4"));  // a typographic minus is fine
    QCOMPARE(table->item(0, 3)->data(Qt::UserRole).toDouble(), relulab::core::value(leaky, -4.0));
    QCOMPARE(table->item(0, 4)->data(Qt::UserRole).toDouble(), 0.01);
    // A mistyped value is refused with a message; the old input stays.
    table->item(2, 0)->setText(QStringLiteral("zero"));
    QVERIFY(!example->message()->isHidden());
    QVERIFY(example->message()->text().contains(QStringLiteral("zero")));
    QCOMPARE(table->item(2, 0)->data(Qt::UserRole).toDouble(), 0.0);
    QCOMPARE(table->item(2, 0)->text(), QLocale().toString(0.0));
    // Changing a parameter recomputes the table too.
    t.controls->setCurveParameter(1, 0.2);
    QCOMPARE(table->item(0, 3)->data(Qt::UserRole).toDouble(), -0.8);
    QVERIFY(example->note()->text().contains(QStringLiteral("PyTorch")));
  }

  void gaussianZeroFractionMatchesPhi_data() {
    QTest::addColumn<double>("mu");
    QTest::addColumn<double>("sigma");
    QTest::newRow("standard") << 0.0 << 1.0;
    QTest::newRow("shifted and wide") << 0.5 << 1.5;
    QTest::newRow("mostly negative") << -1.0 << 2.0;
  }
  void gaussianZeroFractionMatchesPhi() {
    QFETCH(double, mu);
    QFETCH(double, sigma);
    Fixture t;
    QVERIFY(t.show());
    auto* gaussian = t.panel->gaussian();
    QSignalSpy updated(gaussian, &relulab::ui::ExplorerGaussian::updated);
    t.panel->showGaussianView(true);  // computed when first shown
    gaussian->setMu(mu);
    gaussian->setSigma(sigma);
    QTRY_COMPARE(gaussian->output().mu, mu);
    QTRY_COMPARE(gaussian->output().sigma, sigma);
    const double phi = relulab::ui::normalCdf(-mu / sigma);
    const auto& out = gaussian->output();
    QCOMPARE(out.samples, 100000);
    QVERIFY2(std::abs(out.sampled.zeroFraction - phi) < 0.01,
             qPrintable(QStringLiteral("%1 vs %2").arg(out.sampled.zeroFraction).arg(phi)));
    QVERIFY(std::abs(out.exact.zeroFraction - phi) < 1e-12);
    // Mean and variance of ReLU(x): μΦ(μ/σ) + σφ(μ/σ), and E[f²] − mean².
    const double a = mu / sigma;
    const double pdf = std::exp(-0.5 * a * a) / std::sqrt(2 * M_PI);
    const double mean = mu * relulab::ui::normalCdf(a) + sigma * pdf;
    const double second = (mu * mu + sigma * sigma) * relulab::ui::normalCdf(a) + mu * sigma * pdf;
    QVERIFY(std::abs(out.exact.mean - mean) < 1e-7);
    QVERIFY(std::abs(out.exact.variance - (second - mean * mean)) < 1e-7);
    QVERIFY(std::abs(out.sampled.mean - mean) < 0.02 * sigma);
    QVERIFY(gaussian->statsLabel()->text().contains(QStringLiteral("Φ(−μ/σ)")));
    QVERIFY(updated.count() >= 1);
  }

  void gaussianSlidersAndSelectedCurve() {
    Fixture t;
    QVERIFY(t.show());
    t.panel->showGaussianView(true);
    auto* gaussian = t.panel->gaussian();
    QTest::keyClick(gaussian->muSlider(), Qt::Key_PageUp);
    QTRY_VERIFY(gaussian->output().mu > 0.0);
    QCOMPARE(gaussian->output().mu, gaussian->muBox()->value());
    // A new curve is selected; the view follows it (Leaky ReLU has no exact zeros).
    QVERIFY(t.controls->addCurve(ActivationKind::LeakyRelu));
    QTRY_COMPARE(gaussian->output().sampled.zeroFraction, 0.0);
    QVERIFY(t.panel->properties()->label()->text().contains(QStringLiteral("Leaky ReLU")));
    t.controls->setSelected(0);
    QTRY_VERIFY(gaussian->output().sampled.zeroFraction > 0.3);
  }

  void exportsCsvSvgAndPng() {
    Fixture t;
    QVERIFY(t.show());
    QVERIFY(t.controls->addCurve(ActivationKind::LeakyRelu));
    QVERIFY(t.controls->addCurve(ActivationKind::Hardtanh));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvPath = dir.filePath(QStringLiteral("curves.csv"));
    auto problem = t.panel->exportTo(csvPath);
    QVERIFY2(!problem, qPrintable(shown(problem)));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines =
        QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("x,relu:f,relu:df,leaky_relu[0.01]:f,leaky_relu[0.01]:df,"
                            "hardtanh:f,hardtanh:df"));
    const auto curves = t.controls->curves();
    QVERIFY(lines.size() > 200);
    bool sawKink = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
      const QStringList cells = lines[i].split(QLatin1Char(','));
      QCOMPARE(cells.size(), 7);
      bool ok = false;
      const double x = cells[0].toDouble(&ok);
      QVERIFY(ok);
      sawKink = sawKink || x == -1.0;
      for (int c = 0; c < 3; ++c) {
        const Activation& a = curves[static_cast<size_t>(c)].activation;
        QCOMPARE(cells[1 + 2 * c].toDouble(&ok), relulab::core::value(a, x));
        QVERIFY(ok);
        QCOMPARE(cells[2 + 2 * c].toDouble(&ok), relulab::core::derivative(a, x));
        QVERIFY(ok);
      }
    }
    QVERIFY(sawKink);  // Hardtanh's kink at −1 is on the grid
    const QString svgPath = dir.filePath(QStringLiteral("plot.svg"));
    problem = t.panel->exportTo(svgPath);
    QVERIFY2(!problem, qPrintable(shown(problem)));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray svgText = svg.readAll();
    QVERIFY(svgText.size() > 1000);
    QVERIFY(svgText.contains("<svg") && svgText.contains("<path"));
    const QString pngPath = dir.filePath(QStringLiteral("plot.png"));
    problem = t.panel->exportTo(pngPath);
    QVERIFY2(!problem, qPrintable(shown(problem)));
    verifyNotBlank(QImage(pngPath));
    // Bad names and places are reported, not crashed on.
    problem = t.panel->exportTo(dir.filePath(QStringLiteral("plot.gif")));
    QVERIFY(problem);
    QVERIFY(shown(problem).contains(QStringLiteral(".png")));
    problem = t.panel->exportTo(QStringLiteral("/proc/nope/plot.csv"));
    QVERIFY(problem);
    QVERIFY(!shown(problem).isEmpty());
    QVERIFY(t.panel->exportTo(QStringLiteral("/proc/nope/plot.svg")));
  }

  // At 1280×800 with a Leaky ReLU curve and the kink note on two lines,
  // nothing covers anything: the parameter's name is not under its slider,
  // the note is not over the table's last row.
  void nothingOverlaps() {
    Fixture t;
    t.controls->addCurve(ActivationKind::LeakyRelu);
    t.controls->addCurve(ActivationKind::Gelu);
    QVERIFY(t.show());
    auto* row = t.controls->row(1);
    QLabel* name = nullptr;
    for (QLabel* l : row->findChildren<QLabel*>())
      if (l->buddy() == row->spinBox()) name = l;
    QVERIFY(name);
    QTRY_VERIFY(name->isVisible() && row->slider()->isVisible());
    const auto rectIn = [&t](const QWidget* w) {
      return QRect(w->mapTo(&t.window, QPoint(0, 0)), w->size());
    };
    QVERIFY(name->width() >= name->sizeHint().width());
    QVERIFY(!rectIn(name).intersects(rectIn(row->slider())));
    relulab::ui::ExampleTable* example = t.window.findChild<relulab::ui::ExampleTable*>();
    QVERIFY(example);
    QTRY_VERIFY(example->note()->isVisible() && !example->note()->text().isEmpty());
    QTableWidget* table = example->table();
    const int lastRow = table->rowCount() - 1;
    const QRect last = table->visualItemRect(table->item(lastRow, 0));
    const int lastBottom = table->viewport()->mapTo(&t.window, last.bottomLeft()).y();
    const int tableBottom = rectIn(table).bottom();
    QVERIFY(lastBottom <= tableBottom);  // five rows fit, none scrolled under
    QVERIFY2(rectIn(example->note()).top() > tableBottom,
             qPrintable(QStringLiteral("note at %1, table ends at %2")
                            .arg(rectIn(example->note()).top())
                            .arg(tableBottom)));
    QVERIFY(example->note()->height() >= example->note()->heightForWidth(example->note()->width()));
  }

  void screenshotOverlay() {
    Fixture t;
    t.controls->addCurve(ActivationKind::LeakyRelu);
    t.controls->setCurveParameter(1, 0.1);
    t.controls->addCurve(ActivationKind::Gelu);
    QVERIFY(t.show());
    const auto pointAtMinusOne = [&] {
      auto* view = t.plot->view();
      hoverAt(view->viewport(), view->mapFromScene(view->chart()->mapToScene(
                                    view->chart()->mapToPosition(QPointF(-1.0, 0.0)))));
      return t.plot->readout().has_value() && std::abs(t.plot->readout()->x + 1.0) < 0.05;
    };
    QTRY_VERIFY(pointAtMinusOne());
    const QString path = screenshotPath("explorer-overlay.png");
    const auto problem = relulab::ui::saveWidgetPng(&t.window, path);
    QVERIFY2(!problem, qPrintable(shown(problem)));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 800));
    verifyNotBlank(image);
  }

  void screenshotGaussian() {
    Fixture t;
    t.panel->showGaussianView(true);
    QVERIFY(t.show());
    t.panel->gaussian()->setMu(0.3);
    t.panel->gaussian()->setSigma(1.2);
    // The legend takes the new names from the event loop: the picture must
    // show N(0.3, 1.2²), not the N(0, 1²) it started with.
    QChart* chart = t.panel->gaussian()->findChild<QChartView*>()->chart();
    const auto legendSays = [chart](const QString& text) {
      for (const QLegendMarker* m : chart->legend()->markers())
        if (m->label().contains(text)) return true;
      return false;
    };
    QTRY_VERIFY(legendSays(QStringLiteral("N(0.3, 1.2²)")));
    QVERIFY(!legendSays(QStringLiteral("N(0, 1²)")));
    // The legend lays the new labels out in a posted layout request: run it
    // before the grab, as the event loop would before the next paint.
    QCoreApplication::sendPostedEvents();
    const QString path = screenshotPath("explorer-gaussian.png");
    const auto problem = relulab::ui::saveWidgetPng(&t.window, path);
    QVERIFY2(!problem, qPrintable(shown(problem)));
    verifyNotBlank(QImage(path));
  }

  void rightToLeftLayout() {
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    {
      Fixture t;
      t.controls->addCurve(ActivationKind::Elu);
      QVERIFY(t.show());
      QVERIFY(t.panel->isRightToLeft());
      // The picker sits on the right in a right-to-left layout.
      const QPoint controls = t.controls->mapTo(&t.window, QPoint(0, 0));
      const QPoint plot = t.plot->mapTo(&t.window, QPoint(0, 0));
      QVERIFY(controls.x() > plot.x());
      const QString path = screenshotPath("explorer-rtl.png");
      const auto problem = relulab::ui::saveWidgetPng(&t.window, path);
      QVERIFY2(!problem, qPrintable(shown(problem)));
      verifyNotBlank(QImage(path));
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
  }
};

QTEST_MAIN(TestExplorer)
#include "test_explorer.moc"
