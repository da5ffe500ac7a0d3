#include "ui/common/preset_box.h"

#include <QComboBox>

#include "core/training/presets.h"
#include "io/core_text.h"

namespace relulab::ui {

void fillPresetBox(QComboBox* box) {
  for (const core::PresetInfo& p : core::presetList()) {
    box->addItem(io::coreText(p.title), io::qstring(p.name));
    box->setItemData(box->count() - 1, io::coreText(p.summary), Qt::ToolTipRole);
  }
}

bool selectPreset(QComboBox* box, const QString& id) {
  const int index = box->findData(id);
  box->setCurrentIndex(index);
  return index >= 0;
}

}  // namespace relulab::ui
