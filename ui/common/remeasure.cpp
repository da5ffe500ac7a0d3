#include "ui/common/remeasure.h"

#include <QLayout>
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
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (w->layout()) invalidateAll(w->layout());
    w->updateGeometry();
  }
  if (root->layout()) invalidateAll(root->layout());
  root->updateGeometry();
}

}  // namespace relulab::ui
