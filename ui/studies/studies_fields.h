#pragma once

// The input widgets the study forms share, and reading them: comma-separated
// lists (with a one-line reason when a list is wrong), spin boxes with their
// range and tooltip, the activation picker, the init and bias pickers.

#include <QCoreApplication>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

#include "core/activations/activation.h"
#include "core/base/result.h"
#include "core/studies/study_network.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QCheckBox;
class QSpinBox;

namespace relulab::ui {

class StudiesFields {
  Q_DECLARE_TR_FUNCTIONS(relulab::ui::StudiesFields)

 public:
  // Lists are typed with a dot for decimals, separated by commas or spaces.
  static QString listHint();
  static QString formatIntegers(const std::vector<int>& values);
  static QString formatNumbers(const std::vector<double>& values);
  // A message naming the field ("Widths: …") when the text is not such a list.
  static core::Result<std::vector<int>> parseIntegers(const QString& text, int lo, int hi,
                                                      const QString& what);
  static core::Result<std::vector<double>> parseNumbers(const QString& text, const QString& what);

  // The values a parameter takes, the box set to its default.
  static void setParameterRange(QDoubleSpinBox* box, const core::ParameterSpec& spec);
  static QLineEdit* listEdit(const QString& objectName, const QString& tip, QWidget* parent);
  static QSpinBox* integerBox(const QString& objectName, int lo, int hi, const QString& tip,
                              QWidget* parent);
  static QDoubleSpinBox* numberBox(const QString& objectName, double lo, double hi, int decimals,
                                   const QString& tip, QWidget* parent);
  static QComboBox* initBox(const QString& objectName, QWidget* parent);
  static QComboBox* biasBox(const QString& objectName, QWidget* parent);
  // A spin box shows `decimals` decimals, so an irrational default (√3) reads
  // back rounded; this gives the exact default back when the shown value is it.
  static double exactIfShown(double shown, double exact, int decimals);
  // Selects the item whose data is value.
  static void select(QComboBox* box, int value);
};

// An activation and, when it has one, its parameter (checked against its range).
class StudiesActivationPicker : public QWidget {
  Q_OBJECT

 public:
  explicit StudiesActivationPicker(const QString& objectName, QWidget* parent = nullptr);
  core::Activation activation() const;
  void setActivation(const core::Activation& a);

 private:
  void kindChanged();

  QComboBox* kind_ = nullptr;
  QDoubleSpinBox* param_ = nullptr;
};

// Several activations, each with its parameter: a box to tick per activation
// (by name, in the library's order) and its parameter beside it, limited to
// the values the activation takes. The studies that compare activations use
// it rather than a typed list of ids.
class StudiesActivationList : public QWidget {
  Q_OBJECT

 public:
  StudiesActivationList(const QString& objectName, const QString& tip, QWidget* parent = nullptr);
  // The ticked activations; a message naming `what` when none is.
  core::Result<std::vector<core::Activation>> activations(const QString& what) const;
  void setActivations(const std::vector<core::Activation>& list);
  QCheckBox* box(core::ActivationKind kind) const;
  QDoubleSpinBox* parameter(core::ActivationKind kind) const;  // nullptr: none

 private:
  struct Row {
    core::ActivationKind kind;
    QCheckBox* box;
    QDoubleSpinBox* param;  // nullptr for an activation without a parameter
  };
  std::vector<Row> rows_;
};

}  // namespace relulab::ui
