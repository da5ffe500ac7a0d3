// Messages for the user (core/message.h): the English a Message gives, how
// places are filled, and what Result keeps of a failure. Translation itself
// is test_translations' part.
#include <QtTest>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/message.h"
#include "core/result.h"

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
};

QTEST_APPLESS_MAIN(TestMessage)
#include "test_message.moc"
