// A restless student, reproducibly: random user actions on the real main
// window for a set time, chosen by a seeded generator — tab switches, every
// button (Play, Step, Reset, Run, Cancel, …), every combo box, spin box,
// slider and text field (garbage typed in too), clicks anywhere (points added
// to the playground), menu actions (lessons, presenter mode, language),
// shortcuts, window resizes, and bad files opened. Dialogs that open are
// closed again, as a student would. At the end the window must still answer
// within a second.
//
// Fails (exit 1) on any warning Qt prints, on a window that stopped
// answering, or — built with the sanitizers — on their first report (they
// abort). tests/CMakeLists.txt runs it as test_monkey for a short time; a
// longer run is a command away:
//   monkey [--seconds 60] [--seed 1] [--every-ms 15] [--trace 1]
// Run it under a display (xvfb-run -a -s "-screen 0 1920x1080x24" …). It
// keeps its settings, experiment files and the bad files it opens in a
// temporary folder of its own.
#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "ui/shell/main_window.h"
#include "ui/shell/presenter_mode.h"

namespace {

int qtWarnings = 0;

// Warnings about the machine, not about ReLU Lab, each with its reason.
bool aboutTheMachine(const QString& message) {
  // Lessons → Open My Lessons Folder on a machine without a desktop (no
  // xdg-open under Xvfb): Qt says so, and the app tells the user in its
  // status bar where the folder is.
  return message.startsWith(QLatin1String("Unable to detect a launcher for"));
}

void countWarnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
  const bool counted = type != QtDebugMsg && type != QtInfoMsg && !aboutTheMachine(message);
  if (counted) ++qtWarnings;
  std::fprintf(stderr, "monkey: Qt says%s: %s\n",
               counted ? "" : " (about the machine, not counted)", qPrintable(message));
}

// Bad files of every kind the window opens.
QStringList writeBadFiles(const QString& dir) {
  const std::pair<const char*, const char*> files[] = {
      {"truncated.relulab", "{\"format\": \"relulab-experiment\", \"version\": 1, \"tabs\": {"},
      {"garbage.relulab", "\x89PNG\r\n\x1a\n not an experiment at all"},
      {"wrong-types.relulab",
       "{\"format\": \"relulab-experiment\", \"version\": 1, \"playground\": {\"config\": 7}}"},
      {"future.relulab", "{\"format\": \"relulab-experiment\", \"version\": 999}"},
      {"points.csv", "x,y,label\n0.5,0.5,1\nnan,1,0\n1e400,2,1\nonly-one-column\n"},
      {"empty.csv", ""},
      {"lesson.json", "{\"id\": \"x\", \"steps\": [{\"set\": {\"activation\": \"nope\"}}]}"},
      {"config.json", "{\"network\": {\"hidden\": [-3, 1e9]}, \"learningRate\": \"fast\"}"},
      {"missing.relulab", nullptr},
  };
  QStringList paths;
  for (const auto& [name, text] : files) {
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    if (text) {
      QFile f(path);
      if (f.open(QIODevice::WriteOnly)) f.write(text, static_cast<qint64>(std::strlen(text)));
    }
    paths << path;
  }
  return paths;
}

template <typename W>
std::vector<W*> visible(QWidget* root) {
  std::vector<W*> out;
  for (W* w : root->findChildren<W*>())
    if (w->isVisible() && w->isEnabled()) out.push_back(w);
  return out;
}

class Monkey {
 public:
  Monkey(relulab::ui::MainWindow& window, std::uint64_t seed, QStringList badFiles)
      : window_(window), rng_(seed), badFiles_(std::move(badFiles)) {}

  // Closes an open popup or dialog; whether there was one. Runs from a timer
  // of its own: an action that opened a dialog is still inside the dialog's
  // event loop, where its own timer (the action timer) does not fire again.
  bool closeOne() {
    if (QWidget* popup = QApplication::activePopupWidget()) {
      note("close popup", popup->metaObject()->className());
      popup->close();
      return true;
    }
    if (QWidget* modal = QApplication::activeModalWidget()) {
      note("close dialog", modal->windowTitle());
      if (auto* dialog = qobject_cast<QDialog*>(modal))
        dialog->reject();
      else
        modal->close();
      return true;
    }
    return false;
  }

  // One action, unless a dialog or a popup is open (closeOne's turn).
  void act() {
    if (QApplication::activePopupWidget() || QApplication::activeModalWidget()) return;
    switch (pick(13)) {
      case 0:
        switchTab();
        break;
      case 1:
      case 2:
      case 3:
        clickButton();
        break;
      case 4:
        changeCombo();
        break;
      case 5:
        changeSpin();
        break;
      case 6:
        changeSlider();
        break;
      case 7:
        typeText();
        break;
      case 8:
      case 9:
        clickSomewhere();
        break;
      case 10:
        menuAction();
        break;
      case 11:
        pressKey();
        break;
      case 12:
        other();
        break;
    }
  }

  bool trace = false;  // --trace: each action on stderr, to replay a failure

  int actions() const {
    int n = 0;
    for (const auto& [name, count] : counts_) n += count;
    return n;
  }
  const std::map<std::string, int>& counts() const { return counts_; }

 private:
  void note(const char* what, const QString& detail = {}) {
    ++counts_[what];
    if (trace) std::fprintf(stderr, "monkey: %s %s\n", what, qPrintable(detail));
  }
  // A value in [lo, hi], whole int range included.
  int between(int lo, int hi) {
    return static_cast<int>(std::uniform_int_distribution<long long>(lo, hi)(rng_));
  }
  int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }
  template <typename T>
  T* any(const std::vector<T*>& v) {
    return v.empty() ? nullptr : v[static_cast<std::size_t>(pick(static_cast<int>(v.size())))];
  }
  QWidget* page() { return window_.tabs()->currentWidget(); }

  void switchTab() {
    const int tab = pick(window_.tabs()->count());
    QTest::keyClick(&window_, static_cast<Qt::Key>(Qt::Key_1 + tab), Qt::ControlModifier);
    note("switch tab");
  }
  void clickButton() {
    if (QAbstractButton* b = any(visible<QAbstractButton>(page()))) {
      note("click button", b->text() + QLatin1Char(' ') + b->objectName());
      QTest::mouseClick(b, Qt::LeftButton, Qt::NoModifier, b->rect().center());
    }
  }
  void changeCombo() {
    if (QComboBox* c = any(visible<QComboBox>(page())); c && c->count() > 0) {
      c->setCurrentIndex(pick(c->count()));
      note("change combo box");
    }
  }
  void changeSpin() {
    QAbstractSpinBox* s = any(visible<QAbstractSpinBox>(page()));
    if (!s) return;
    if (auto* d = qobject_cast<QDoubleSpinBox*>(s)) {
      std::uniform_real_distribution<double> u(d->minimum(), d->maximum());
      d->setValue(u(rng_));
    } else if (auto* i = qobject_cast<QSpinBox*>(s)) {
      i->setValue(between(i->minimum(), i->maximum()));
    } else {
      s->stepBy(pick(21) - 10);
    }
    note("change spin box");
  }
  void changeSlider() {
    if (QAbstractSlider* s = any(visible<QAbstractSlider>(page()))) {
      s->setValue(between(s->minimum(), s->maximum()));
      note("move slider");
    }
  }
  void typeText() {
    QLineEdit* e = any(visible<QLineEdit>(page()));
    if (!e || e->isReadOnly()) return;
    static const char* texts[] = {
        "0.01", "-5",    "1e309",       "nan",   "relu, gelu", "leaky_relu:0.2",
        "",     "ﻻ شيء", "99999999999", "4,4,4", "abc"};
    e->selectAll();
    const QString text = QString::fromUtf8(texts[pick(std::size(texts))]);
    bool ascii = true;
    for (QChar c : text) ascii = ascii && c.unicode() < 128;
    if (ascii)
      QTest::keyClicks(e, text);  // QTest types ASCII only
    else
      e->insert(text);
    QTest::keyClick(e, Qt::Key_Return);
    note("type text");
  }
  void clickSomewhere() {
    QWidget* w = any(visible<QWidget>(page()));
    if (!w || w->width() < 2 || w->height() < 2) return;
    const QPoint at(pick(w->width()), pick(w->height()));
    QTest::mouseClick(w, pick(4) == 0 ? Qt::RightButton : Qt::LeftButton, Qt::NoModifier, at);
    note("click");
  }
  void menuAction() {
    std::vector<QAction*> actions;
    for (QMenu* m : window_.menuBar()->findChildren<QMenu*>())
      for (QAction* a : m->actions())
        if (a->isEnabled() && !a->isSeparator() && !a->menu() &&
            a->shortcut() != QKeySequence(QKeySequence::Quit))
          actions.push_back(a);
    if (QAction* a = any(actions)) {
      note("menu action", a->text());
      a->trigger();
    }
  }
  void pressKey() {
    static const Qt::Key keys[] = {Qt::Key_Space, Qt::Key_Return, Qt::Key_Escape, Qt::Key_Tab,
                                   Qt::Key_Left,  Qt::Key_Right,  Qt::Key_Up,     Qt::Key_Down,
                                   Qt::Key_R,     Qt::Key_S,      Qt::Key_F11,    Qt::Key_Delete};
    QWidget* to = QApplication::focusWidget() ? QApplication::focusWidget() : &window_;
    QTest::keyClick(to, keys[pick(std::size(keys))],
                    pick(3) == 0 ? Qt::ControlModifier : Qt::NoModifier);
    note("key");
  }
  void other() {
    switch (pick(3)) {
      case 0:
        window_.resize(640 + pick(1281), 480 + pick(601));
        note("resize");
        break;
      case 1:
        window_.presenter()->toggleAction()->trigger();
        note("presenter mode");
        break;
      case 2: {
        const QString path = badFiles_[pick(static_cast<int>(badFiles_.size()))];
        note("open bad file", path);
        window_.openFile(path);
      } break;
    }
  }

  relulab::ui::MainWindow& window_;
  std::mt19937_64 rng_;
  QStringList badFiles_;
  std::map<std::string, int> counts_;
};

// Whether the event loop runs a zero-time timer within `ms`.
bool answers(int ms) {
  bool ran = false;
  QEventLoop loop;
  QTimer::singleShot(0, &loop, [&] {
    ran = true;
    loop.quit();
  });
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
  return ran;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 60.0;
  std::uint64_t seed = 1;
  int everyMs = 15;
  bool trace = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--seconds"))
      seconds = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seed"))
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--every-ms"))
      everyMs = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--trace"))
      trace = std::atoi(argv[i + 1]) != 0;
  }
  // Settings, autosaves and recent files in a folder of its own.
  QTemporaryDir home;
  if (!home.isValid()) return 2;
  for (const char* var :
       {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
    qputenv(var, home.path().toUtf8());
  QFile::setPermissions(home.path(),
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
  qputenv("RELULAB_LANG", "en");
  QApplication app(argc, argv);
  qInstallMessageHandler(countWarnings);
  const QStringList badFiles = writeBadFiles(home.path());

  relulab::ui::MainWindow window;
  window.resize(1280, 800);
  window.show();
  Monkey monkey(window, seed, badFiles);
  monkey.trace = trace;
  QElapsedTimer clock;
  clock.start();
  QTimer tick;
  tick.setInterval(everyMs);
  QObject::connect(&tick, &QTimer::timeout, [&] { monkey.act(); });
  tick.start();
  QTimer closer;
  closer.setInterval(4 * everyMs);
  QObject::connect(&closer, &QTimer::timeout, [&] { monkey.closeOne(); });
  closer.start();
  QEventLoop loop;
  QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
  loop.exec();
  tick.stop();
  // Close whatever is still open, then the window must answer.
  for (int i = 0; i < 10 && monkey.closeOne(); ++i) answers(50);
  closer.stop();
  const bool alive = answers(1000);

  QTextStream out(stdout);
  out << "monkey: seed " << seed << ", " << clock.elapsed() / 1000.0 << " s, " << monkey.actions()
      << " actions:";
  for (const auto& [name, count] : monkey.counts())
    out << " " << name.c_str() << " " << count << ";";
  out << "\nmonkey: Qt warnings " << qtWarnings << ", window "
      << (alive ? "answers" : "STOPPED ANSWERING") << Qt::endl;
  return qtWarnings == 0 && alive ? 0 : 1;
}
