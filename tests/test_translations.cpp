// The translation catalogue (resources/translations/*.ts) is keyed the way the
// program looks strings up: each Q_OBJECT class's tr() under its full
// namespaced class name, the command line's Cli::tr() under "relulab::app".
// A catalogue keyed otherwise would let a translator translate everything
// and the app show none of it. The round trip through lrelease and a
// QTranslator checks the one string already translated into Arabic.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "ui/lesson_dock.h"
#include "ui/main_window.h"
#include "ui/playground_status.h"
#include "ui/presenter_mode.h"
#include "ui/studies_panel.h"

namespace {

const QString kCatalogue = QStringLiteral(RELULAB_TRANSLATIONS_DIR "/relulab_ar.ts");

// context name → its source texts, read from the .ts XML.
QHash<QString, QStringList> readCatalogue() {
  QFile file(kCatalogue);
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QString xml = QString::fromUtf8(file.readAll());
  QHash<QString, QStringList> contexts;
  static const QRegularExpression context(QStringLiteral("<context>(.*?)</context>"),
                                          QRegularExpression::DotMatchesEverythingOption);
  static const QRegularExpression name(QStringLiteral("<name>(.*?)</name>"));
  static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                         QRegularExpression::DotMatchesEverythingOption);
  for (auto c = context.globalMatch(xml); c.hasNext();) {
    const QString body = c.next().captured(1);
    QStringList& texts = contexts[name.match(body).captured(1)];
    for (auto s = source.globalMatch(body); s.hasNext();) texts << s.next().captured(1);
  }
  return contexts;
}

}  // namespace

class TestTranslations : public QObject {
  Q_OBJECT

 private slots:
  void contextsAreTheClassNames_data() {
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("text");
    const auto row = [](const QMetaObject& m, const char* text) {
      QTest::newRow(m.className()) << QString::fromLatin1(m.className()) << QString::fromUtf8(text);
    };
    row(relulab::ui::MainWindow::staticMetaObject, "&amp;Playground");
    row(relulab::ui::PlaygroundStatus::staticMetaObject, "Backend: CPU");
    row(relulab::ui::StudiesPanel::staticMetaObject, "&amp;Backend:");
    row(relulab::ui::LessonDock::staticMetaObject, "Less&amp;on:");
    row(relulab::ui::PresenterMode::staticMetaObject, "&amp;Presenter Mode");
    // app/command_text.h: Cli's context, and the command summaries marked for it.
    QTest::newRow("relulab::app") << QStringLiteral("relulab::app")
                                  << QStringLiteral("Commands (relulab COMMAND --help for each):");
    QTest::newRow("relulab::app summary")
        << QStringLiteral("relulab::app")
        << QStringLiteral("List the activations, their parameters and defaults");
  }

  void contextsAreTheClassNames() {
    QFETCH(QString, context);
    QFETCH(QString, text);
    const QHash<QString, QStringList> catalogue = readCatalogue();
    QVERIFY2(!catalogue.isEmpty(), qPrintable(kCatalogue));
    QVERIFY2(catalogue.contains(context),
             qPrintable(QStringLiteral("no context %1 in %2: refresh it with the "
                                       "update_translations target")
                            .arg(context, kCatalogue)));
    QVERIFY2(catalogue.value(context).contains(text), qPrintable(text));
  }

  // No context lupdate could not place: a class name without its namespace
  // is one the program never looks up.
  void everyContextIsOneTheProgramUses() {
    for (const QString& context : readCatalogue().keys())
      QVERIFY2(
          context == QLatin1String("QObject") || context.startsWith(QLatin1String("relulab::")),
          qPrintable(context));
  }

  void arabicTitleRoundTrips() {
    QTemporaryDir dir;
    const QString qm = dir.filePath(QStringLiteral("relulab_ar.qm"));
    QProcess lrelease;
    lrelease.start(QStringLiteral(RELULAB_LRELEASE), {kCatalogue, QStringLiteral("-qm"), qm});
    QVERIFY(lrelease.waitForFinished(60000));
    QCOMPARE(lrelease.exitCode(), 0);
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(relulab::ui::MainWindow::tr("ReLU Lab"), QStringLiteral("مختبر ReLU"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(relulab::ui::MainWindow::tr("ReLU Lab"), QStringLiteral("ReLU Lab"));
  }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
