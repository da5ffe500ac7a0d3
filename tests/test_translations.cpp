// The translation catalogue (resources/translations/*.ts) is keyed the way the
// program looks strings up: each Q_OBJECT class's tr() under its full
// namespaced class name, the command line's Cli::tr() under "relulab::app".
// The core's messages (core/base/message.h) under the namespace they are marked in,
// "relulab::core" or "relulab::gpu". A catalogue keyed otherwise would let a
// translator translate everything and the app show none of it. The catalogue
// must be what lupdate makes of today's sources. The round trips through
// lrelease and a QTranslator check the one string already translated into
// Arabic, and a core message translated and filled in.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <functional>
#include <vector>

#include "core/activations/activation.h"
#include "core/base/message.h"
#include "core/gpu/backend.h"
#include "core/studies/born_dead.h"
#include "core/training/train_config.h"
#include "io/core_text.h"
#include "io/language.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/playground/playground_status.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presenter_mode.h"
#include "ui/studies/studies_panel.h"

namespace {

const QString kCatalogue = QStringLiteral(RELULAB_TRANSLATIONS_DIR "/relulab_ar.ts");

QString unescapeXml(QString text) {
  text.replace(QLatin1String("&lt;"), QLatin1String("<"));
  text.replace(QLatin1String("&gt;"), QLatin1String(">"));
  text.replace(QLatin1String("&quot;"), QLatin1String("\""));
  text.replace(QLatin1String("&apos;"), QLatin1String("'"));
  text.replace(QLatin1String("&amp;"), QLatin1String("&"));
  return text;
}

QString escapeXml(const QString& text) {
  return text.toHtmlEscaped();
}

// context name → its source texts (as the program spells them), read from a
// .ts file's XML.
QHash<QString, QStringList> readCatalogue(const QString& path = kCatalogue) {
  QFile file(path);
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
    for (auto s = source.globalMatch(body); s.hasNext();)
      texts << unescapeXml(s.next().captured(1));
  }
  return contexts;
}

// The .ts file `ts` compiled by lrelease into `qm`.
bool compile(const QString& ts, const QString& qm) {
  QProcess lrelease;
  lrelease.start(QStringLiteral(RELULAB_LRELEASE), {ts, QStringLiteral("-qm"), qm});
  return lrelease.waitForFinished(60000) && lrelease.exitStatus() == QProcess::NormalExit &&
         lrelease.exitCode() == 0;
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
    row(relulab::ui::MainWindow::staticMetaObject, "&Playground");
    row(relulab::ui::PlaygroundStatus::staticMetaObject, "Backend: CPU");
    row(relulab::ui::StudiesPanel::staticMetaObject, "&Backend:");
    row(relulab::ui::LessonDock::staticMetaObject, "Less&on:");
    row(relulab::ui::PresenterMode::staticMetaObject, "&Presenter Mode");
    // app/cli/command_text.h: Cli's context, and the command summaries marked for it.
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
  // The core's marks stand at namespace scope: a mark inside a class would
  // land under the class's name, where io::coreText() never looks.
  void everyContextIsOneTheProgramUses() {
    for (const QString& context : readCatalogue().keys()) {
      QVERIFY2(
          context == QLatin1String("QObject") || context.startsWith(QLatin1String("relulab::")),
          qPrintable(context));
      for (const char* ns : {"relulab::core", "relulab::gpu"})
        QVERIFY2(!context.startsWith(QLatin1String(ns) + QLatin1String("::")), qPrintable(context));
    }
  }

  // Real messages from each part of the core: every template, nested ones
  // too, is in the catalogue under the context the message names.
  void coreMessagesAreWhereTheUiLooks() {
    using relulab::core::Message;
    const QHash<QString, QStringList> catalogue = readCatalogue();
    std::vector<Message> messages;
    messages.push_back(
        relulab::core::makeActivation(relulab::core::ActivationKind::Elu, 0.0).message());
    relulab::core::TrainConfig train;
    train.batchSize = 0;
    messages.push_back(*relulab::core::validate(train));
    train = relulab::core::TrainConfig{};
    train.network.hidden.at(0).width = 0;
    messages.push_back(*relulab::core::validate(train));
    relulab::core::BornDeadConfig bornDead;
    bornDead.widths = {0};
    messages.push_back(*relulab::core::validate(bornDead));
    messages.push_back(relulab::gpu::chooseBackend(relulab::gpu::Backend::Cpu,
                                                   relulab::gpu::Workload::Activation, 1)
                           .reason);
    int templates = 0;
    const std::function<void(const Message&)> check = [&](const Message& m) {
      if (!m.context().empty()) {
        ++templates;
        const QString context = QString::fromStdString(m.context());
        const QString text = QString::fromStdString(m.text());
        QVERIFY2(catalogue.value(context).contains(text),
                 qPrintable(QStringLiteral("%1 | %2").arg(context, text)));
      }
      for (const Message& a : m.args()) check(a);
    };
    for (const Message& m : messages) {
      QVERIFY(!m.empty());
      check(m);
    }
    QVERIFY(templates >= int(messages.size()) + 2);  // ELU's name and its parameter's, nested
  }

  void catalogueIsUpToDate() {
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QStringList args = QStringLiteral(RELULAB_LUPDATE_OPTIONS).split(QLatin1Char('|'));
    args << QStringLiteral("@" RELULAB_LUPDATE_LIST) << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(RELULAB_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const auto sorted = [](QHash<QString, QStringList> catalogue) {
      QStringList pairs;
      for (auto it = catalogue.cbegin(); it != catalogue.cend(); ++it)
        for (const QString& text : it.value()) pairs << it.key() + QLatin1String(" | ") + text;
      pairs.sort();
      return pairs;
    };
    const QStringList want = sorted(readCatalogue(fresh));
    const QStringList have = sorted(readCatalogue());
    QVERIFY(want.size() > 800);  // lupdate read the sources
    for (const QString& pair : want)
      QVERIFY2(have.contains(pair),
               qPrintable(QStringLiteral("not in %1 (run the update_translations target): %2")
                              .arg(kCatalogue, pair)));
    for (const QString& pair : have)
      QVERIFY2(want.contains(pair),
               qPrintable(QStringLiteral("no longer in the sources: ") + pair));
  }

  // English counts read "1 step", "3 steps", never "3 step(s)": every
  // plural message has both English forms, and the app loads them.
  void englishPluralsAreWords() {
    const QString english = QStringLiteral(RELULAB_TRANSLATIONS_DIR "/relulab_en.ts");
    QFile file(english);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    static const QRegularExpression message(
        QStringLiteral("<message numerus=\"yes\">(.*?)</message>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression form(QStringLiteral("<numerusform>(.*?)</numerusform>"));
    int plurals = 0;
    for (auto m = message.globalMatch(xml); m.hasNext(); ++plurals) {
      const QString body = m.next().captured(1);
      QStringList forms;
      for (auto f = form.globalMatch(body); f.hasNext();) forms << f.next().captured(1);
      QVERIFY2(forms.size() == 2 && !forms[0].isEmpty() && !forms[1].isEmpty(), qPrintable(body));
      for (const QString& f : forms) QVERIFY2(!f.contains(QLatin1String("(s)")), qPrintable(f));
    }
    QVERIFY(plurals >= 10);
    QTemporaryDir dir;
    const QString qm = dir.filePath(QStringLiteral("relulab_en.qm"));
    QVERIFY(compile(english, qm));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    const char* steps = "%n step(s)";
    QCOMPARE(QCoreApplication::translate("relulab::ui::LessonDock", steps, nullptr, 1),
             QStringLiteral("1 step"));
    QCOMPARE(QCoreApplication::translate("relulab::ui::LessonDock", steps, nullptr, 3),
             QStringLiteral("3 steps"));
    QCoreApplication::removeTranslator(&translator);
  }

  // Every string has its Arabic, with the same placeholders and markup: a
  // lost %1 would drop a number from a sentence, a lost tag show as text.
  void arabicCatalogueIsComplete() {
    QFile file(kCatalogue);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    static const QRegularExpression message(
        QStringLiteral("<message( numerus=\"yes\")?>(.*?)</message>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression translation(
        QStringLiteral("<translation( type=\"[a-z]+\")?>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression form(QStringLiteral("<numerusform>(.*?)</numerusform>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression place(QStringLiteral("%L?[0-9]+"));
    static const QRegularExpression tag(QStringLiteral("&lt;/?([a-zA-Z]+)"));
    const auto all = [](const QRegularExpression& re, const QString& text, int group) {
      QStringList found;
      for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured(group);
      found.sort();
      found.removeDuplicates();
      return found;
    };
    QStringList problems;
    int messages = 0;
    for (auto it = message.globalMatch(xml); it.hasNext(); ++messages) {
      const auto m = it.next();
      const QString src = source.match(m.captured(2)).captured(1);
      const auto t = translation.match(m.captured(2));
      if (!t.hasMatch() || !t.captured(1).isEmpty()) {
        problems << QStringLiteral("not translated: ") + src;
        continue;
      }
      QStringList texts =
          m.captured(1).isEmpty() ? QStringList{t.captured(2)} : all(form, t.captured(2), 1);
      for (const QString& text : texts) {
        if (text.trimmed().isEmpty() && !src.trimmed().isEmpty())
          problems << QStringLiteral("empty: ") + src;
        if (all(place, text, 0) != all(place, src, 0))
          problems << QStringLiteral("placeholders: ") + src;
        if (all(tag, text, 1) != all(tag, src, 1)) problems << QStringLiteral("markup: ") + src;
      }
    }
    QVERIFY(messages > 1000);
    QVERIFY2(!xml.contains(QLatin1String("type=\"obsolete\"")) &&
                 !xml.contains(QLatin1String("type=\"vanished\"")),
             "obsolete entries: run the update_translations target");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }

  // A translation identical to its English source is English left behind,
  // unless all it says is names, ids, keys and formulas.
  void arabicIsNotEnglishLeftBehind() {
    QFile file(kCatalogue);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    static const QRegularExpression pair(
        QStringLiteral("<source>(.*?)</source>.*?<translation>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QStringList names =
        QStringLiteral(
            "ReLU Leaky PReLU ELU SELU CELU GELU SiLU Swish Mish Softplus Hardswish Hardsigmoid "
            "Hardtanh Tanh tanh Softsign max min softplus erf Var OpenGL Ctrl Alt Shift Return "
            "PgDown PgUp png activations relulab gpu info study phase diagram train cpu auto SGD "
            "Nesterov RMSprop Adam sin CPU GPU Xavier Glorot LeCun eta sigma")
            .split(QLatin1Char(' '));
    QStringList english;
    for (auto it = pair.globalMatch(xml); it.hasNext();) {
      const auto m = it.next();
      if (m.captured(1) != m.captured(2) || m.captured(1).contains(QLatin1String("<source>")))
        continue;
      const QString text =
          QString(m.captured(1)).remove(QRegularExpression(QStringLiteral("&lt;[^&]*&gt;")));
      for (auto w = word.globalMatch(text); w.hasNext();)
        if (!names.contains(w.next().captured(0))) {
          english << m.captured(1);
          break;
        }
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
  }

  // An Arabic mnemonic (&) stands at the start of a word. Inside one it cuts
  // the word's joined letters in two, and on a tab Qt 6.4 then draws the
  // title garbled: "ال&صور" (Images) came out as "لصو", its first and last
  // letters lost.
  void arabicMnemonicsStartAWord() {
    QFile file(kCatalogue);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    static const QRegularExpression translation(
        QStringLiteral("<(?:translation|numerusform)[^>]*>([^<]*)<"));
    // A letter, then the mnemonic, then a letter: inside a word.
    static const QRegularExpression inside(QStringLiteral("\\p{L}&\\p{L}"));
    QStringList wrong;
    for (auto it = translation.globalMatch(xml); it.hasNext();) {
      const QString text = unescapeXml(it.next().captured(1));
      if (text.contains(inside)) wrong << text;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
  }

  // Arabic numbers are written with Western digits and a decimal point, as
  // Arabic technical writing does; the text still runs right to left.
  void arabicNumbersUseWesternDigits() {
    for (const char* code : {"ar", "ar_EG", "ar_SA"}) {
      const QLocale l = relulab::io::localeFor(QString::fromLatin1(code));
      QCOMPARE(l.language(), QLocale::Arabic);
      QCOMPARE(l.textDirection(), Qt::RightToLeft);
      QCOMPARE(l.toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
    }
    QCOMPARE(relulab::io::localeFor(QStringLiteral("en")).language(), QLocale::English);
  }

  void arabicTitleRoundTrips() {
    QTemporaryDir dir;
    const QString qm = dir.filePath(QStringLiteral("relulab_ar.qm"));
    QVERIFY(compile(kCatalogue, qm));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(relulab::ui::MainWindow::tr("ReLU Lab"), QStringLiteral("مختبر ReLU"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(relulab::ui::MainWindow::tr("ReLU Lab"), QStringLiteral("ReLU Lab"));
  }

  // A translation may reorder the places; each argument is translated in its
  // own context, and verbatim text stays as it is.
  void coreMessagesTranslateThenFill() {
    using relulab::core::Message;
    const Message name = Message::of("relulab::gpu", "GPU path");
    const Message m = relulab::core::coreMessage("%1: %2 must be at most %3", name, "width", 64);
    QCOMPARE(m.english(), std::string("GPU path: width must be at most 64"));
    QCOMPARE(relulab::io::coreText(m), QStringLiteral("GPU path: width must be at most 64"));
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("test_ar.ts"));
    const QString qm = dir.filePath(QStringLiteral("test_ar.qm"));
    QFile file(ts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const auto entry = [](const char* context, const QString& source, const QString& text) {
      return QStringLiteral(
                 "<context><name>%1</name><message><source>%2</source>"
                 "<translation>%3</translation></message></context>\n")
          .arg(QString::fromLatin1(context), escapeXml(source), escapeXml(text));
    };
    file.write(
        QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                       "<TS version=\"2.1\" language=\"ar\">\n%1%2</TS>\n")
            .arg(entry("relulab::core", QStringLiteral("%1: %2 must be at most %3"),
                       QStringLiteral("%3 ≥ %2 (%1)")),
                 entry("relulab::gpu", QStringLiteral("GPU path"), QStringLiteral("مسار GPU")))
            .toUtf8());
    file.close();
    QVERIFY(compile(ts, qm));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    const QString shown = relulab::io::coreText(m);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(shown, QStringLiteral("64 ≥ width (مسار GPU)"));
  }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
