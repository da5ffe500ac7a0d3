// The one reader of activation notations (io/activation_spec.h) and the id
// lists the messages name (core/base/ids.h): every spec the app writes reads
// back to the same activation, every mistake is refused with a message that
// says what to type, and every id a list names reads back to its value.
#include <QtTest>
#include <cmath>
#include <string>

#include "core/activations/activation.h"
#include "core/base/random.h"
#include "core/model/network_spec.h"
#include "core/studies/study_ids.h"
#include "core/training/dataset.h"
#include "core/training/train_config.h"
#include "io/activation_spec.h"
#include "io/core_text.h"

namespace core = relulab::core;
namespace io = relulab::io;

namespace {

// Each id of a ", "-joined list, looked up with `fromId`; the list must name
// `count` distinct values.
template <typename FromId>
void checkList(const std::string& list, int count, FromId fromId) {
  const QStringList ids = QString::fromStdString(list).split(QStringLiteral(", "));
  QSet<int> seen;
  for (const QString& id : ids) {
    const auto value = fromId(id.toStdString());
    QVERIFY2(value.has_value(), qPrintable(id + QStringLiteral(" does not read back")));
    seen.insert(static_cast<int>(*value));
  }
  QCOMPARE(seen.size(), count);
}

}  // namespace

class TestActivationSpec : public QObject {
  Q_OBJECT

 private slots:
  void everySpecReadsBack() {
    core::Rng rng(20261206);
    for (const core::ActivationInfo& info : core::activationInfos()) {
      core::Activation a = core::defaultActivation(info.kind);
      for (int trial = 0; trial < 20; ++trial) {
        const QString spec = io::activationSpec(a);
        const auto back = io::parseActivationSpec(spec);
        QVERIFY2(back.ok(), qPrintable(spec + QStringLiteral(": ") + io::coreText(back.message())));
        QCOMPARE(back->kind, a.kind);
        QCOMPARE(back->param, a.param);  // exactly: the spec's number is the shortest round trip
        if (!info.parameter) {
          QCOMPARE(spec, io::qstring(info.id));
          break;
        }
        // Next: a parameter drawn inside the valid range, awkward digits and all.
        const double lo = std::max(info.parameter->minimum, -1e3);
        const double hi = std::min(info.parameter->maximum, 1e3);
        const double p = lo + (hi - lo) * rng.uniform01();
        if (core::isValidParameter(info.kind, p)) a.param = p;
      }
    }
  }

  void idAndParameterAreReadApart() {
    const auto leaky = io::activationFrom(QStringLiteral(" leaky_relu "), 0.2);
    QVERIFY(leaky.ok());
    QCOMPARE(leaky->kind, core::ActivationKind::LeakyRelu);
    QCOMPARE(leaky->param, 0.2);
    // No parameter given: the activation's default.
    const auto elu = io::activationFrom(QStringLiteral("elu"), std::nullopt);
    QVERIFY(elu.ok());
    QCOMPARE(elu->param, core::defaultActivation(core::ActivationKind::Elu).param);
    QCOMPARE(io::parseActivationSpec(QStringLiteral("swish"))->kind, core::ActivationKind::Silu);
  }

  void mistakesAreRefusedWithWhatToType_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown id") << "rellu"
                                << "one of: relu, leaky_relu";
    QTest::newRow("upper case") << "ReLU"
                                << "unknown activation 'ReLU'";
    QTest::newRow("no name") << ":0.1"
                             << "NAME:PARAM";
    QTest::newRow("two colons") << "leaky_relu:0.1:2"
                                << "NAME:PARAM";
    QTest::newRow("not a number") << "leaky_relu:abc"
                                  << "'abc' is not a number";
    QTest::newRow("decimal comma") << "leaky_relu:0,1"
                                   << "use a dot";
    QTest::newRow("parameter not taken") << "relu:1"
                                         << "relu has no parameter";
    QTest::newRow("out of range") << "celu:-1"
                                  << "must be in (0, 10], got -1";
    QTest::newRow("nan") << "elu:nan"
                         << "must be in";
  }
  void mistakesAreRefusedWithWhatToType() {
    QFETCH(QString, spec);
    QFETCH(QString, says);
    const auto a = io::parseActivationSpec(spec);
    QVERIFY2(!a.ok(), qPrintable(spec));
    const QString text = io::coreText(a.message());
    QVERIFY2(text.contains(says), qPrintable(text));
  }

  void everyIdListReadsBack() {
    checkList(core::activationIdList(), core::kActivationCount, core::activationFromId);
    checkList(core::optimizerIdList(), 5, core::optimizerFromId);
    checkList(core::regularizationIdList(), 3, core::regularizationFromId);
    checkList(core::batchOrderIdList(), 2, core::batchOrderFromId);
    checkList(core::precisionIdList(), 2, core::precisionFromId);
    checkList(core::probeIdList(), 3, core::probeFromId);
    checkList(core::datasetIdList(), core::kDatasetKindCount, core::datasetFromId);
    checkList(core::featureIdList(), core::kFeatureCount, core::featureFromId);
    checkList(core::outputIdList(), 3, core::outputFromId);
    // "zero" is another name for "constant".
    checkList(core::initIdList(), 7, core::initFromId);
    checkList(core::studyIdList(), core::kStudyCount, core::studyFromId);
    for (int i = 0; i < core::kStudyCount; ++i) {
      const auto study = static_cast<core::StudyId>(i);
      QCOMPARE(core::studyFromId(core::studyId(study)), std::optional(study));
    }
  }
};

QTEST_GUILESS_MAIN(TestActivationSpec)
#include "test_activation_spec.moc"
