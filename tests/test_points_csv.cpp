// The playground's own points as CSV (io/points_csv.h) and what becomes of
// them (core/training/dataset.h): every layout the reader promises reads to
// the same points, every row it cannot read gets a message that says where
// and why, what it writes reads back bit for bit, and imported points split
// and scale as documented.
#include <QElapsedTimer>
#include <QtTest>
#include <bit>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/base/number_text.h"
#include "core/base/random.h"
#include "core/training/dataset.h"
#include "io/core_text.h"
#include "io/points_csv.h"

namespace core = relulab::core;
namespace io = relulab::io;

using Points = std::vector<core::Point>;
Q_DECLARE_METATYPE(Points)

namespace {

QStringList texts(const std::vector<core::Message>& messages) {
  QStringList list;
  for (const core::Message& m : messages) list << io::coreText(m);
  return list;
}

bool sameBits(double a, double b) {
  return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// Compares two point lists exactly, naming the first difference.
void compareExactly(const Points& got, const Points& want) {
  QCOMPARE(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    const bool same = sameBits(got[i].x1, want[i].x1) && sameBits(got[i].x2, want[i].x2) &&
                      sameBits(got[i].label, want[i].label);
    QVERIFY2(same, qPrintable(QStringLiteral("point %1: (%2, %3, %4), expected (%5, %6, %7)")
                                  .arg(i)
                                  .arg(got[i].x1, 0, 'g', 17)
                                  .arg(got[i].x2, 0, 'g', 17)
                                  .arg(got[i].label, 0, 'g', 17)
                                  .arg(want[i].x1, 0, 'g', 17)
                                  .arg(want[i].x2, 0, 'g', 17)
                                  .arg(want[i].label, 0, 'g', 17)));
  }
}

// Compares two point lists to 1e-12 (scaling rounds).
void compareNearly(const Points& got, const Points& want) {
  QCOMPARE(got.size(), want.size());
  const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-12; };
  for (std::size_t i = 0; i < got.size(); ++i) {
    QVERIFY2(near(got[i].x1, want[i].x1) && near(got[i].x2, want[i].x2) &&
                 near(got[i].label, want[i].label),
             qPrintable(QStringLiteral("point %1: (%2, %3, %4)")
                            .arg(i)
                            .arg(got[i].x1, 0, 'g', 17)
                            .arg(got[i].x2, 0, 'g', 17)
                            .arg(got[i].label, 0, 'g', 17)));
  }
}

io::PointsCsv readOk(const QByteArray& bytes) {
  auto result = io::readPointsCsv(bytes);
  if (!result) qWarning() << "unexpected failure:" << io::coreText(result.message());
  return result ? result.value() : io::PointsCsv{};
}

}  // namespace

class TestPointsCsv : public QObject {
  Q_OBJECT

 private slots:
  void readsEveryLayout_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("regression");
    QTest::addColumn<bool>("zeroOne");
    QTest::addColumn<bool>("header");
    QTest::addColumn<char>("separator");
    QTest::addColumn<Points>("points");
    const Points pm{{1, 2, 1}, {-3.5, 4, -1}};
    QTest::newRow("header, comma, ±1")
        << QByteArray("x1,x2,label\n1,2,1\n-3.5,4,-1\n") << false << false << true << ',' << pm;
    QTest::newRow("no header") << QByteArray("1,2,1\n-3.5,4,-1\n") << false << false << false << ','
                               << pm;
    QTest::newRow("semicolon") << QByteArray("x1;x2;label\n1;2;1\n-3.5;4;-1\n") << false << false
                               << true << ';' << pm;
    QTest::newRow("semicolon, decimal comma")
        << QByteArray("1;2;1\n-3,5;4;-1\n") << false << false << false << ';' << pm;
    QTest::newRow("0/1 labels") << QByteArray("1,2,1\n-3.5,4,0\n") << false << true << false << ','
                                << pm;
    QTest::newRow("class, any case, quoted")
        << QByteArray("\"X1\",\"X2\",\"Class\"\n1,2,1\n-3.5,4,0\n") << false << true << true << ','
        << pm;
    QTest::newRow("regression by its values")
        << QByteArray("1,2,0.25\n-3.5,4,-2\n") << true << false << false << ','
        << Points{{1, 2, 0.25}, {-3.5, 4, -2}};
    QTest::newRow("regression by its header: target")
        << QByteArray("x1,x2,target\n1,2,1\n-3.5,4,-1\n") << true << false << true << ',' << pm;
    QTest::newRow("regression by its header: Y")
        << QByteArray("a,b,Y\n1,2,1\n-3.5,4,-1\n") << true << false << true << ',' << pm;
    QTest::newRow("CRLF, BOM, blank lines")
        << QByteArray("\xEF\xBB\xBFx1,x2,label\r\n\r\n1,2,1\r\n  \r\n-3.5,4,-1\r\n\r\n") << false
        << false << true << ',' << pm;
    QTest::newRow("CR only, no final newline")
        << QByteArray("x1,x2,label\r1,2,1\r-3.5,4,-1") << false << false << true << ',' << pm;
    QTest::newRow("spaces, quotes, a plus sign, a trailing separator")
        << QByteArray(" +1 , \"2\" ,1,\n\t-3.5,4.0,-1\n") << false << false << false << ',' << pm;
    QTest::newRow("exponents") << QByteArray("1e0,2E0,1\n-35e-1,.4e1,-1\n") << false << false
                               << false << ',' << pm;
  }

  void readsEveryLayout() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, regression);
    QFETCH(bool, zeroOne);
    QFETCH(bool, header);
    QFETCH(char, separator);
    QFETCH(Points, points);
    const auto result = io::readPointsCsv(bytes);
    QVERIFY2(result.ok(), qPrintable(io::coreText(result.message())));
    QVERIFY2(result->problems.empty(), qPrintable(texts(result->problems).join('\n')));
    QCOMPARE(result->regression, regression);
    QCOMPARE(result->zeroOneLabels, zeroOne);
    QCOMPARE(result->header, header);
    QCOMPARE(int(result->separator), int(separator));
    QCOMPARE(result->rows, int(points.size()));
    compareExactly(result->points, points);
  }

  // Each row that cannot be read is left out with one message naming its
  // line (counted in the file, blank lines and header too), its column and
  // what is wrong; the rows around it are read.
  void namesEveryRowItCannotRead_data() {
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("problem");
    QTest::newRow("stray text") << QByteArray("3,abc,1")
                                << QStringLiteral("line 4, column 2: “abc” is not a number");
    QTest::newRow("text after a number")
        << QByteArray("3,4,1x") << QStringLiteral("line 4, column 3: “1x” is not a number");
    QTest::newRow("too few values")
        << QByteArray("3,4")
        << QStringLiteral("line 4: expected 3 values (x1, x2, and a label or target), found 2");
    QTest::newRow("too many values")
        << QByteArray("3,4,1,7")
        << QStringLiteral("line 4: expected 3 values (x1, x2, and a label or target), found 4");
    QTest::newRow("the other separator")
        << QByteArray("3;4;1")
        << QStringLiteral("line 4: expected 3 values (x1, x2, and a label or target), found 1");
    QTest::newRow("empty cell") << QByteArray("3,,1")
                                << QStringLiteral("line 4, column 2: the value is missing");
    QTest::newRow("nan") << QByteArray("nan,4,1")
                         << QStringLiteral("line 4, column 1: “nan” is not a finite number");
    QTest::newRow("inf") << QByteArray("3,-Infinity,1")
                         << QStringLiteral("line 4, column 2: “-Infinity” is not a finite number");
    QTest::newRow("too large")
        << QByteArray("1e999,4,1")
        << QStringLiteral("line 4, column 1: “1e999” is too large or too small for a number");
    QTest::newRow("a label that is no class")
        << QByteArray("3,4,0.5")
        << QStringLiteral("line 4, column 3: the label 0.5 is not −1 or 1");
    QTest::newRow("a long cell is cut")
        << QByteArray(3, 'x') + QByteArray(60, 'y') + ",4,1"
        << QStringLiteral("line 4, column 1: “xxx%1…” is not a number").arg(QString(37, 'y'));
  }

  void namesEveryRowItCannotRead() {
    QFETCH(QByteArray, row);
    QFETCH(QString, problem);
    const QByteArray csv = "x1,x2,label\n1,2,1\n\n" + row + "\n-3.5,4,-1\n";
    const auto result = io::readPointsCsv(csv);
    QVERIFY2(result.ok(), qPrintable(io::coreText(result.message())));
    QCOMPARE(result->rows, 3);
    compareExactly(result->points, {{1, 2, 1}, {-3.5, 4, -1}});
    QCOMPARE(texts(result->problems), QStringList{problem});
  }

  // A 0/1 file has its own words, and problems come in line order whichever
  // pass found them.
  void listsProblemsInLineOrder() {
    const auto csv = readOk("x1,x2,label\n1,2,0\n1,2,2\nx,2,1\n3,4,1\n");
    QCOMPARE(texts(csv.problems), (QStringList{QStringLiteral("line 3, column 3: the label 2 is "
                                                              "not 0 or 1"),
                                               QStringLiteral("line 4, column 1: “x” is not a "
                                                              "number")}));
    QVERIFY(csv.zeroOneLabels);
    compareExactly(csv.points, {{1, 2, -1}, {3, 4, 1}});
  }

  void refusesAFileWithNothingToImport_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QString empty = QStringLiteral("the file is empty");
    QTest::newRow("empty") << QByteArray() << empty;
    QTest::newRow("blank lines") << QByteArray("\n  \r\n\t\n") << empty;
    QTest::newRow("a BOM alone") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("a header alone")
        << QByteArray("x1,x2,label\n\n")
        << QStringLiteral("there is a header line but no points after it");
    QTest::newRow("no row readable")
        << QByteArray("x1,x2,label\n1,2\n1,b,1\n")
        << QStringLiteral(
               "no row could be read; the first: line 2: expected 3 values (x1, x2, and "
               "a label or target), found 2");
    QTest::newRow("not a CSV") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                               << QStringLiteral(
                                      "no row could be read; the first: line 2: "
                                      "expected 3 values (x1, x2, and a label or "
                                      "target), found 1");
    QTest::newRow("labels no class")
        << QByteArray("x1,x2,label\n1,2,3\n")
        << QStringLiteral(
               "no row could be read; the first: line 2, column 3: the label 3 is not "
               "−1 or 1");
  }

  void refusesAFileWithNothingToImport() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto result = io::readPointsCsv(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(io::coreText(result.message()), message);
  }

  // 100,000 rows of awkward doubles: all read, exactly, well under a second.
  void readsAHundredThousandRows() {
    constexpr int n = 100000;
    core::Rng rng(20261215);
    Points want;
    std::string text = "x1;x2;target\r\n";
    for (int i = 0; i < n; ++i) {
      const core::Point p{rng.uniform(-1e3, 1e3), rng.normal(0.0, 1e-5), rng.uniform(-2.0, 2.0)};
      want.push_back(p);
      text += core::formatNumber(p.x1) + ';' + core::formatNumber(p.x2) + ';' +
              core::formatNumber(p.label) + "\r\n";
    }
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    QElapsedTimer timer;
    timer.start();
    const auto result = io::readPointsCsv(bytes);
    const qint64 ms = timer.elapsed();
    QVERIFY(result.ok());
    QCOMPARE(result->rows, n);
    QVERIFY(result->regression);
    QVERIFY(result->problems.empty());
    compareExactly(result->points, want);
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
  }

  void writesWhatItReadsBitForBit() {
    constexpr double kMin = std::numeric_limits<double>::denorm_min();
    constexpr double kMax = std::numeric_limits<double>::max();
    core::Rng rng(7);
    Points regression{{0.1, -0.0, 1.0 / 3.0}, {kMin, -kMax, 1e-300}, {5.0, 2.5e-7, -123456789.125}};
    Points classes{{0.1, 0.2, 1}, {-7.25, 1e6, -1}};
    for (int i = 0; i < 1000; ++i) {
      regression.push_back({rng.normal(0, 3), rng.uniform(-6, 6), rng.normal()});
      classes.push_back({rng.normal(0, 3), rng.uniform(-6, 6), rng.below(2) ? 1.0 : -1.0});
    }
    const QByteArray regressionCsv = io::writePointsCsv(regression, true);
    QVERIFY(regressionCsv.startsWith("x1,x2,target\n0.1,-0,"));
    const auto back = readOk(regressionCsv);
    QVERIFY(back.regression);
    QVERIFY(back.problems.empty());
    compareExactly(back.points, regression);

    const QByteArray classesCsv = io::writePointsCsv(classes, false);
    QVERIFY(classesCsv.startsWith("x1,x2,label\n0.1,0.2,1\n-7.25,1e+06,-1\n"));
    const auto again = readOk(classesCsv);
    QVERIFY(!again.regression);
    QVERIFY(!again.zeroOneLabels);
    compareExactly(again.points, classes);

    // Regression targets that happen to be ±1 stay regression: the header says so.
    const Points plusMinus{{1, 2, 1}, {3, 4, -1}};
    QVERIFY(readOk(io::writePointsCsv(plusMinus, true)).regression);
    QCOMPARE(io::writePointsCsv({}, false), QByteArray("x1,x2,label\n"));
  }

  // The split makeDataset makes: one Fisher–Yates shuffle from stream 0 of
  // the seed, then the first floor(n·trainFraction) points train.
  void splitsImportedPointsAsGeneratedOnes() {
    Points points;
    for (int i = 0; i < 101; ++i) points.push_back({double(i), -double(i), i % 2 ? 1.0 : -1.0});
    core::DatasetSpec spec;
    spec.kind = core::DatasetKind::Xor;
    spec.trainFraction = 0.3;
    const core::Dataset a = core::splitPoints(points, spec, 42);
    const core::Dataset b = core::splitPoints(points, spec, 42);
    const core::Dataset c = core::splitPoints(points, spec, 43);
    QCOMPARE(a.train.size(), std::size_t{30});  // floor(101 · 0.3)
    QCOMPARE(a.test.size(), std::size_t{71});
    QCOMPARE(a.spec.points, 101);
    QVERIFY(a.spec.kind == core::DatasetKind::Xor);
    QCOMPARE(a.spec.trainFraction, 0.3);

    Points shuffled = points;
    core::Rng rng(42, 0);
    rng.shuffle(shuffled);
    Points joined = a.train;
    joined.insert(joined.end(), a.test.begin(), a.test.end());
    compareExactly(joined, shuffled);
    compareExactly(b.train, a.train);
    compareExactly(b.test, a.test);
    bool differs = false;
    for (std::size_t i = 0; i < a.train.size(); ++i) differs |= a.train[i].x1 != c.train[i].x1;
    QVERIFY(differs);
  }

  void splitLeavesAPointOnEachSide_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("train");
    QTest::newRow("2 at 0.1") << 2 << 0.1 << 1;
    QTest::newRow("2 at 0.9") << 2 << 0.9 << 1;
    QTest::newRow("3 at 0.1") << 3 << 0.1 << 1;
    QTest::newRow("5 at 0.9") << 5 << 0.9 << 4;
    QTest::newRow("10 at 0.5") << 10 << 0.5 << 5;
    QTest::newRow("1") << 1 << 0.5 << 0;
    QTest::newRow("none") << 0 << 0.5 << 0;
  }

  void splitLeavesAPointOnEachSide() {
    QFETCH(int, n);
    QFETCH(double, fraction);
    QFETCH(int, train);
    Points points(static_cast<std::size_t>(n), core::Point{1, 2, 1});
    core::DatasetSpec spec;
    spec.trainFraction = fraction;
    const core::Dataset data = core::splitPoints(points, spec, 1);
    QCOMPARE(int(data.train.size()), train);
    QCOMPARE(int(data.test.size()), n - train);
    QCOMPARE(data.spec.points, n);
  }

  void fitsPointsIntoTheSquare() {
    Points points{{0, 10, 1}, {100, 20, -1}, {50, 15, 1}};
    QVERIFY(!core::fitsSquare(points, false));
    core::fitToSquare(points, false);
    QVERIFY(core::fitsSquare(points, false));
    // x1 spans 100, x2 10: x1 fills [−6, 6], x2 keeps its tenth of that, centred.
    compareNearly(points, {{-6, -0.6, 1}, {6, 0.6, -1}, {0, 0, 1}});

    Points targets{{-1, -1, 3}, {1, 3, 7}, {0, 1, 4}};
    QVERIFY(!core::fitsSquare(targets, true));
    core::fitToSquare(targets, true);
    QVERIFY(core::fitsSquare(targets, true));
    compareNearly(targets, {{-3, -6, -1}, {3, 6, 1}, {0, 0, -0.5}});

    Points one{{1e9, -1e9, 0.25}};
    core::fitToSquare(one, true);
    compareExactly(one, {{0, 0, 0}});

    // Finite but huge: no overflow on the way.
    constexpr double kMax = std::numeric_limits<double>::max();
    Points huge{{-kMax, kMax, 1}, {kMax, -kMax, -1}};
    core::fitToSquare(huge, false);
    compareNearly(huge, {{-6, 6, 1}, {6, -6, -1}});

    Points inside{{-6, 6, 1}, {0.5, -6, -1}};
    QVERIFY(core::fitsSquare(inside, false));
    QVERIFY(core::fitsSquare(Points{{0, 0, 5}}, false));  // labels are not looked at
    QVERIFY(!core::fitsSquare(Points{{0, 0, 5}}, true));  // targets are
  }
};

QTEST_GUILESS_MAIN(TestPointsCsv)
#include "test_points_csv.moc"
