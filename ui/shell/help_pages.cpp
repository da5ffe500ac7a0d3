#include "ui/shell/help_pages.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relulab::ui {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(relulab::ui::HelpPages)
};

// "&Presenter Mode" → "Presenter Mode"; "&&" stays one "&".
QString withoutMnemonic(QString text) {
  text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
  text.remove(QLatin1Char('&'));
  text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
  return text;
}

}  // namespace

QList<std::pair<QString, QString>> keyboardShortcuts(const QWidget* window) {
  QList<std::pair<QString, QString>> list;
  for (const QAction* a : window->findChildren<QAction*>()) {
    if (a->shortcut().isEmpty() || a->text().isEmpty()) continue;
    const std::pair<QString, QString> entry{withoutMnemonic(a->text()),
                                            a->shortcut().toString(QKeySequence::NativeText)};
    if (!list.contains(entry)) list.append(entry);
  }
  return list;
}

QDialog* makeShortcutsDialog(QWidget* window) {
  auto* dialog = new QDialog(window);
  dialog->setWindowTitle(Text::tr("Keyboard Shortcuts"));
  const auto shortcuts = keyboardShortcuts(window);
  auto* table = new QTableWidget(static_cast<int>(shortcuts.size()), 2, dialog);
  table->setObjectName(QStringLiteral("shortcutsTable"));
  table->setHorizontalHeaderLabels({Text::tr("Action"), Text::tr("Key")});
  for (int row = 0; row < shortcuts.size(); ++row) {
    table->setItem(row, 0, new QTableWidgetItem(shortcuts[row].first));
    table->setItem(row, 1, new QTableWidgetItem(shortcuts[row].second));
  }
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
  QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(dialog);
  layout->addWidget(table);
  layout->addWidget(buttons);
  dialog->resize(520, 480);
  return dialog;
}

QString gettingStartedText() {
  return Text::tr(
      "<p><b>ReLU Lab in four tabs</b></p>"
      "<p><b>Explorer</b>: pick activations on the left and compare their curves and slopes; "
      "point at the plot to read values.</p>"
      "<p><b>Playground</b>: a tiny network trains live. Space plays or pauses, → takes one "
      "step, R starts again. A crossed-out unit is dead: no gradient reaches it.</p>"
      "<p><b>Compare</b>: the same network with two to four activations, trained in step.</p>"
      "<p><b>Studies</b>: the classic dying-ReLU experiments, with the papers' numbers.</p>"
      "<p>The <b>Lessons</b> (Ctrl+L) walk you through all of this step by step; F11 is "
      "presenter mode for a projector.</p>");
}

QString licenceText() {
  return Text::tr(
      "Copyright © 2026 The ReLU Lab authors.\n"
      "Licence: GNU GPL version 3 or later (GPL-3.0-or-later), "
      "<https://www.gnu.org/licenses/gpl-3.0.html>.\n"
      "This is free software: you are free to change and redistribute it. "
      "There is NO WARRANTY, to the extent permitted by law.");
}

}  // namespace relulab::ui
