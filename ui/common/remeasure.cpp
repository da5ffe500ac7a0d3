#include "ui/common/remeasure.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QTabBar>
#include <QWidget>

namespace relulab::ui {

namespace {

// A layout and the layouts nested in it (a grid inside a column).
void invalidateAll(QLayout* layout) {
  for (int i = 0; i < layout->count(); ++i)
    if (QLayout* inner = layout->itemAt(i)->layout()) invalidateAll(inner);
  layout->invalidate();
}

}  // namespace

void remeasure(QWidget* root) {
  // A tab bar hidden while the font changed keeps its old tabs' sizes.
  for (QTabBar* bar : root->findChildren<QTabBar*>()) {
    QEvent changed(QEvent::FontChange);
    QCoreApplication::sendEvent(bar, &changed);
  }
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (w->layout()) invalidateAll(w->layout());
    w->updateGeometry();
  }
  if (root->layout()) invalidateAll(root->layout());
  root->updateGeometry();
}

}  // namespace relulab::ui
