#pragma once

// The playground's own data as CSV: one 2-D point a line, x1, x2 and a third
// value, a class label or a regression target.
//
//   x1,x2,label          the header is optional; its third name decides the kind:
//   0.5,-1.25,1          label or class → classification, target, y or value →
//   2,3.75,-1            regression (any case, quoted or not)
//
// With no header (or another third name), the values decide: classification
// when every third value is −1 or 1, or every one is 0 or 1; regression
// otherwise. Classification labels come back as ±1 (0 → −1).
//
// The separator is a comma or a semicolon, whichever the first line holds;
// with semicolons a decimal comma is read too ("1,5;-2;1", as spreadsheets
// write it in much of Europe). Lines may end in LF, CRLF or CR; a UTF-8 BOM,
// blank lines, spaces around a value, double quotes around a value and
// empty cells after the third are ignored.
//
// A row that cannot be read is left out with one message that says where and
// why ("line 7, column 2: “abc” is not a number"); the rest are read. Messages
// are already in the user's language (verbatim core::Messages).

#include <QByteArray>
#include <span>
#include <vector>

#include "core/base/message.h"
#include "core/base/result.h"
#include "core/training/dataset.h"

namespace relulab::io {

struct PointsCsv {
  bool regression = false;
  std::vector<core::Point> points;      // in file order; labels ±1 when classifying
  std::vector<core::Message> problems;  // one per row left out, in line order
  int rows = 0;                         // data rows seen: header and blank lines excluded
  char separator = ',';                 // ',' or ';'
  bool header = false;                  // the first line named the columns
  bool zeroOneLabels = false;           // classification labels were written 0/1
};

// Fails only when there is nothing to import: an empty file, a header and no
// data rows, or no row that could be read. The message says what is wrong
// without the file's name (the caller knows it: "data.csv: the file is empty").
// Reads 100,000 rows in a few milliseconds.
core::Result<PointsCsv> readPointsCsv(const QByteArray& bytes);

// The header "x1,x2,label" or "x1,x2,target", then one point a line (LF), each
// number the shortest text that reads back to the same double: readPointsCsv
// returns the same points, bit for bit (labels as written, so ±1 for
// classification). Non-finite values are written as "nan"/"inf", which
// readPointsCsv refuses.
QByteArray writePointsCsv(std::span<const core::Point> points, bool regression);

}  // namespace relulab::io
