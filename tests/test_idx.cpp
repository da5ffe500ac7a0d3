// IDX files (core/images/idx.h): small files written here, raw and gzip,
// read back exactly; every kind of broken file refused with a message that
// names it; and Fashion-MNIST as Debian's dataset-fashion-mnist installs it.
#include <zlib.h>

#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>
#include <numeric>

#include "core/images/idx.h"

using namespace relulab::core;

namespace {

std::vector<std::uint8_t> header(std::uint8_t type, std::vector<std::uint32_t> dims) {
  std::vector<std::uint8_t> b{0, 0, type, static_cast<std::uint8_t>(dims.size())};
  for (const std::uint32_t d : dims)
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<std::uint8_t>(d >> shift));
  return b;
}

void write(const std::string& path, const std::vector<std::uint8_t>& bytes, bool gzip) {
  if (gzip) {
    gzFile f = gzopen(path.c_str(), "wb");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
    return;
  }
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!bytes.empty()) std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
}

}  // namespace

class TestIdx : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::string at(const char* name) { return dir_.filePath(QLatin1String(name)).toStdString(); }

 private slots:
  void readsImagesAndLabels_data() {
    QTest::addColumn<bool>("gzip");
    QTest::newRow("raw") << false;
    QTest::newRow("gzip") << true;
  }

  void readsImagesAndLabels() {
    QFETCH(bool, gzip);
    std::vector<std::uint8_t> images = header(8, {3, 2, 4});
    for (int i = 0; i < 3 * 2 * 4; ++i) images.push_back(static_cast<std::uint8_t>(i * 10 + 1));
    std::vector<std::uint8_t> labels = header(8, {3});
    labels.insert(labels.end(), {7, 0, 4});
    write(at("img"), images, gzip);
    write(at("lab"), labels, gzip);
    const auto set = readImageSet(at("img"), at("lab"));
    QVERIFY2(set.ok(), set.error().c_str());
    QCOMPARE(set->images.count, 3);
    QCOMPARE(set->images.rows, 2);
    QCOMPARE(set->images.cols, 4);
    QCOMPARE(set->images.pixels.size(), std::size_t{24});
    QCOMPARE(set->images.pixels[0], std::uint8_t{1});
    QCOMPARE(set->images.pixels[23], std::uint8_t{231});
    QCOMPARE(set->labels, (std::vector<std::uint8_t>{7, 0, 4}));
    QCOMPARE(set->classes, 8);
  }

  void brokenFilesAreNamed_data() {
    QTest::addColumn<QByteArray>("images");
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<QString>("expected");
    const auto bytes = [](const std::vector<std::uint8_t>& v) {
      return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size()));
    };
    std::vector<std::uint8_t> good = header(8, {2, 2, 2});
    good.insert(good.end(), 8, 5);
    std::vector<std::uint8_t> twoLabels = header(8, {2});
    twoLabels.insert(twoLabels.end(), {1, 2});
    QTest::newRow("wrong magic") << QByteArray("\x89PNG\r\n\x1a\n0000") << bytes(twoLabels)
                                 << "img: not an IDX file";
    QTest::newRow("labels for images")
        << bytes(twoLabels) << bytes(twoLabels) << "img: expected images, 3 dimensions";
    std::vector<std::uint8_t> cut = good;
    cut.resize(cut.size() - 3);
    QTest::newRow("cut short") << bytes(cut) << bytes(twoLabels)
                               << "img: cut short: 8 bytes of data expected, 5 found";
    std::vector<std::uint8_t> threeLabels = header(8, {3});
    threeLabels.insert(threeLabels.end(), {1, 2, 3});
    QTest::newRow("counts differ") << bytes(good) << bytes(threeLabels) << "holds 2 images but";
    QTest::newRow("empty") << QByteArray() << bytes(twoLabels) << "img: not an IDX file";
    std::vector<std::uint8_t> huge = header(8, {100000000, 28, 28});
    QTest::newRow("too large") << bytes(huge) << bytes(twoLabels) << "too large";
    // Each dimension allowed alone, their product overflows 64 bits.
    std::vector<std::uint8_t> cube = header(8, {1 << 24, 1 << 24, 1 << 24});
    QTest::newRow("product too large") << bytes(cube) << bytes(twoLabels) << "too large";
  }

  void brokenFilesAreNamed() {
    QFETCH(QByteArray, images);
    QFETCH(QByteArray, labels);
    QFETCH(QString, expected);
    write(at("img"), {images.begin(), images.end()}, false);
    write(at("lab"), {labels.begin(), labels.end()}, true);
    const auto set = readImageSet(at("img"), at("lab"));
    QVERIFY(!set.ok());
    QVERIFY2(QString::fromStdString(set.error()).contains(expected), set.error().c_str());
  }

  void missingFileIsNamed() {
    const auto set = readImageSet(at("none-images"), at("none-labels"));
    QVERIFY(!set.ok());
    QVERIFY2(QString::fromStdString(set.error())
                 .contains(QStringLiteral("none-images: cannot be opened")),
             set.error().c_str());
  }

  // Debian's dataset-fashion-mnist (installed by .ci): 60,000 + 10,000
  // images of 28 × 28, ten classes, each class 6,000 times in training.
  void fashionMnist() {
    const ImageFiles train = fashionMnistTrainFiles();
    if (!QFile::exists(QString::fromStdString(train.images)))
      QSKIP("dataset-fashion-mnist is not installed (apt-get install dataset-fashion-mnist)");
    const auto set = readImageSet(train.images, train.labels);
    QVERIFY2(set.ok(), set.error().c_str());
    QCOMPARE(set->images.count, 60000);
    QCOMPARE(set->images.rows, 28);
    QCOMPARE(set->images.cols, 28);
    QCOMPARE(set->classes, 10);
    std::vector<int> perClass(10);
    for (const std::uint8_t l : set->labels) ++perClass[l];
    for (const int n : perClass) QCOMPARE(n, 6000);
    const ImageFiles test = fashionMnistTestFiles();
    const auto testSet = readImageSet(test.images, test.labels);
    QVERIFY2(testSet.ok(), testSet.error().c_str());
    QCOMPARE(testSet->images.count, 10000);
  }
};

QTEST_GUILESS_MAIN(TestIdx)
#include "test_idx.moc"
