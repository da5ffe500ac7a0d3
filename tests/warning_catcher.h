#pragma once

// For the GUI tests that shut a window down mid-run: catches every warning
// Qt or the app prints while it lives (from any thread), then puts the
// previous message handler back. Header-only, one instance at a time.

#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QtGlobal>
#include <utility>

namespace relulab::test {

class WarningCatcher {
 public:
  WarningCatcher() {
    QMutexLocker lock(&state().mutex);
    state().count = 0;
    state().last.clear();
    previous_ = qInstallMessageHandler(&WarningCatcher::handle);
  }
  ~WarningCatcher() { qInstallMessageHandler(previous_); }
  WarningCatcher(const WarningCatcher&) = delete;
  WarningCatcher& operator=(const WarningCatcher&) = delete;

  int count() const {
    QMutexLocker lock(&state().mutex);
    return state().count;
  }
  QString last() const {
    QMutexLocker lock(&state().mutex);
    return state().last;
  }

 private:
  struct State {
    QMutex mutex;
    int count = 0;
    QString last;
  };
  static State& state() {
    static State s;
    return s;
  }
  static void handle(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtDebugMsg || type == QtInfoMsg) return;
    QMutexLocker lock(&state().mutex);
    ++state().count;
    state().last = message;
  }

  QtMessageHandler previous_ = nullptr;
};

// Runs `action` and returns what it warned, or nothing: "2 warnings; the
// last: …".
template <typename Action>
QString warningsWhile(Action&& action) {
  const WarningCatcher catcher;
  std::forward<Action>(action)();
  if (catcher.count() == 0) return {};
  return QStringLiteral("%1 warning(s); the last: %2").arg(catcher.count()).arg(catcher.last());
}

}  // namespace relulab::test
