// Messages for the user (core/base/message.h): the English a Message gives, how
// places are filled, what Result keeps of a failure, and a divergence's
// sentence for each kind of value that overflows. Translation itself
// is test_translations' part.
#include <QtTest>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "core/base/message.h"
#include "core/base/result.h"
#include "core/training/trainer.h"

using relulab::core::coreMessage;
using relulab::core::fillPlaces;
using relulab::core::Message;
using relulab::core::Result;

class TestMessage : public QObject {
  Q_OBJECT

 private slots:
  void placesFillInOnePass() {
    QCOMPARE(fillPlaces("%1 then %2", {"a", "b"}), std::string("a then b"));
    QCOMPARE(fillPlaces("%2 before %1", {"a", "b"}), std::string("b before a"));
    // What fills a place is never searched again.
    QCOMPARE(fillPlaces("%1, %2", {"%2", "x"}), std::string("%2, x"));
    // Places without an argument, and percent signs that are no place, stay.
    QCOMPARE(fillPlaces("%1 %3 100% %0 %", {"a", "b"}), std::string("a %3 100% %0 %"));
    QCOMPARE(fillPlaces("%1%1", {"ab"}), std::string("abab"));
    QCOMPARE(fillPlaces("", {"a"}), std::string());
  }

  void englishNestsAndFormatsIntegers() {
    const std::string key = "batch_size";
    const std::string_view unit = "points";
    const Message inner = coreMessage("%1 is %2 %3", key, -3, unit);
    const Message outer =
        coreMessage("data: %1 (seed %2)", inner, std::uint64_t{18446744073709551615u});
    QCOMPARE(inner.english(), std::string("batch_size is -3 points"));
    QCOMPARE(outer.english(),
             std::string("data: batch_size is -3 points (seed 18446744073709551615)"));
    QCOMPARE(outer.context(), std::string("relulab::core"));
    QCOMPARE(outer.text(), std::string("data: %1 (seed %2)"));
    QCOMPARE(outer.args().size(), std::size_t(2));
    QVERIFY(outer.args()[1].context().empty());  // a number is verbatim text
    QCOMPARE(outer.args()[0].context(), std::string("relulab::core"));
  }

  void verbatimTextIsNotATemplate() {
    const Message log(std::string("0:1(2): error: %1 undeclared"));
    QVERIFY(log.context().empty());
    QCOMPARE(log.english(), std::string("0:1(2): error: %1 undeclared"));
    QVERIFY(Message().empty());
  }

  void resultKeepsTheMessageAndItsEnglish() {
    const auto r = Result<int>::failure(coreMessage("%1: must be at least %2", "widths", 1));
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), std::string("widths: must be at least 1"));
    QCOMPARE(r.message().text(), std::string("%1: must be at least %2"));
    const Result<int> fine = 3;
    QVERIFY(fine.ok() && fine.message().empty() && fine.error().empty());
  }

  void divergenceSaysWhatAndWhere() {
    using relulab::core::DivergedQuantity;
    using Kind = relulab::core::ParamLayout::Kind;
    relulab::core::Divergence d;
    d.layer = 2;
    d.neuron = 1;
    d.input = 3;
    d.value = std::numeric_limits<double>::infinity();
    d.quantity = DivergedQuantity::Gradient;
    QCOMPARE(d.what(), std::string("the gradient of the weight from input 3 to neuron 1 of layer 2 "
                                   "became +inf"));
    d.quantity = DivergedQuantity::Parameter;
    d.parameterKind = Kind::Bias;
    d.value = -d.value;
    QCOMPARE(d.what(), std::string("the bias of neuron 1 of layer 2 became -inf after the update"));
    d.parameterKind = Kind::Slope;
    d.value = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(d.what(),
             std::string("the PReLU slope of neuron 1 of layer 2 became NaN after the update"));
    d.quantity = DivergedQuantity::Loss;
    QCOMPARE(d.what(), std::string("the mini-batch loss became NaN"));
    d.quantity = DivergedQuantity::Measurement;
    d.measurement = "test_loss";
    QCOMPARE(d.what(),
             std::string("the measured test_loss became NaN (every weight still finite)"));
    // Translatable: the sentence's template and, nested, where it happened.
    d.quantity = DivergedQuantity::Gradient;
    const Message m = d.message();
    QCOMPARE(m.context(), std::string("relulab::core"));
    QCOMPARE(m.args().at(0).context(), std::string("relulab::core"));
  }
};

QTEST_APPLESS_MAIN(TestMessage)
#include "test_message.moc"
