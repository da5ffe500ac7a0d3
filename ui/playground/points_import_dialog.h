#pragma once

// Importing the playground's own points from a CSV file (io/points_csv.h):
// the dialog reads the file, says what it found (classification or
// regression, how many points, how many rows were left out and why), shows
// the first points, and offers to scale them into the plot's square. Nothing
// changes until the caller takes points() after exec() returns Accepted; a
// file that cannot be read only shows its message here.

#include <QDialog>
#include <QString>
#include <vector>

#include "core/training/dataset.h"
#include "io/points_csv.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace relulab::ui {

class PointsImportDialog : public QDialog {
  Q_OBJECT

 public:
  // At most this many points in the preview table, and problems in the list.
  static constexpr int kPreviewRows = 200;
  static constexpr int kListedProblems = 100;

  // Reads the file at `path` now (on the GUI thread: files are small, 100,000
  // rows read in milliseconds); a file over 64 MiB is refused unread.
  explicit PointsImportDialog(const QString& path, QWidget* parent = nullptr);

  // The points to import, labels ±1 for classification; moved and scaled
  // into [−6, 6]² (targets into [−1, 1]) when scaleToFit(). Empty when the
  // file could not be read.
  std::vector<core::Point> points() const;
  bool regression() const { return csv_.regression; }
  int skippedRows() const { return static_cast<int>(csv_.problems.size()); }
  bool scaleToFit() const;
  // Empty when the file was read and its points can be imported; otherwise
  // what is wrong, as shown in the dialog ("data.csv: the file is empty").
  QString error() const { return error_; }

  // For tests.
  QLabel* messageLabel() const { return message_; }
  QLabel* kindLabel() const { return kind_; }
  QTableWidget* previewTable() const { return table_; }
  QListWidget* problemList() const { return problems_; }
  QCheckBox* scaleBox() const { return scale_; }
  QPushButton* importButton() const { return import_; }

 private:
  void read(const QString& path);
  void showSummary();
  void showProblems();
  void showRanges();
  void fillTable();

  QString fileName_;
  io::PointsCsv csv_;
  QString error_;

  QLabel* kind_;
  QLabel* counts_;
  QLabel* message_;
  QLabel* notice_;
  QGroupBox* previewBox_;
  QTableWidget* table_;
  QLabel* previewCaption_;
  QGroupBox* problemsBox_;
  QListWidget* problems_;
  QCheckBox* scale_;
  QLabel* ranges_;
  QPushButton* import_;
};

}  // namespace relulab::ui
