#include "ui/common/message_look.h"

#include <QFont>
#include <QLabel>
#include <QPalette>

namespace relulab::ui {

void setWarningLook(QLabel* label, bool warning, bool bold) {
  // A default-constructed palette or font resolves nothing: setting one
  // gives the label back its parent's. Setting one role or the weight alone
  // keeps the rest inherited, the size included.
  QPalette palette;
  QFont font;
  if (warning) {
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
    if (bold) font.setBold(true);
  }
  label->setPalette(palette);
  label->setFont(font);
}

void setNoticeLook(QLabel* label) {
  QPalette palette;
  palette.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
  palette.setColor(QPalette::WindowText, QColor(0x66, 0x4d, 0x03));  // 7:1 on the amber
  label->setPalette(palette);
  label->setAutoFillBackground(true);
  label->setFrameShape(QFrame::Box);  // a plain box drawn in the text colour
  label->setMargin(4);
}

}  // namespace relulab::ui
