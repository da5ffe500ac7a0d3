// Precompiled for the GUI tests (those linking relulab_ui): Qt Test, the
// widgets and charts they drive, and the core headers under most of them
// (Eigen), parsed once for all of them instead of once per test. Nothing
// relies on it: every test includes what it uses.
#pragma once

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QWidget>
#include <QtTest>

#include "core/training/trainer.h"
