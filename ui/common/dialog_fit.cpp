#include "ui/common/dialog_fit.h"

#include <QDialog>
#include <QScreen>

namespace relulab::ui {

void fitDialogToWindow(QDialog* dialog, const QWidget* window) {
  if (!dialog || !window) return;
  const double before = dialog->font().pointSizeF();
  dialog->setFont(window->font());
  // A dialog that chose its size for its text keeps it, in the larger text;
  // one that did not is sized when it shows (QDialog::adjustSize).
  if (!dialog->testAttribute(Qt::WA_Resized)) return;
  const double ratio = before > 0 ? window->font().pointSizeF() / before : 1.0;
  QSize size = dialog->size() * (ratio > 0 ? ratio : 1.0);
  if (const QScreen* screen = window->screen())  // room for a window manager's frame
    size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
  dialog->resize(size.expandedTo(dialog->minimumSizeHint()));
}

}  // namespace relulab::ui
