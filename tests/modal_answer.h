#pragma once

// For GUI tests where the code opens a modal dialog and waits in exec():
// a timer finds the dialog once it is up and answers it, so the test goes on.
// Header-only.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <functional>

namespace relulab::test {

// The next modal dialog of class T gets `answer` (which may read it, then
// accept or reject it). The timer lives until then, or until `owner` dies.
template <typename T>
void whenModal(QObject* owner, std::function<void(T*)> answer) {
  auto* timer = new QTimer(owner);
  timer->setInterval(20);
  QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
    auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
    if (!dialog) return;
    timer->stop();
    timer->deleteLater();
    answer(dialog);
  });
  timer->start();
}

// The next message box: `seen` reads it first, then `button` is pressed.
inline void answerNextBox(QMessageBox::StandardButton button,
                          std::function<void(QMessageBox*)> seen = {}) {
  whenModal<QMessageBox>(qApp, [button, seen](QMessageBox* box) {
    if (seen) seen(box);
    box->button(button)->click();
  });
}

}  // namespace relulab::test
