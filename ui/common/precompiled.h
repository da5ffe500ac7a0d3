// Precompiled for relulab_ui (CMake's target_precompile_headers): the Qt and
// standard headers most of its files include, parsed once instead of once per
// file (halves the library's compile time on CI's two cores). Nothing relies
// on it: every file still includes what it uses, and the library builds with
// -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON too.
#pragma once

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QString>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWidget>
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>
