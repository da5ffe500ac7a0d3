#include "io/points_csv.h"

#include <QCoreApplication>
#include <QString>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include "core/base/number_text.h"
#include "io/core_text.h"

namespace relulab::io {

namespace {

// The messages' translation context. They reach the caller as text already in
// the user's language (a verbatim core::Message).
struct Text {
  Q_DECLARE_TR_FUNCTIONS(relulab::io::PointsCsv)
};

constexpr std::size_t kColumns = 3;
constexpr std::size_t kQuotedMax = 40;  // longer cells are cut in messages

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A cell without its spaces and the double quotes around it, if any.
std::string_view cellText(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = trim(s.substr(1, s.size() - 2));
  return s;
}

void splitCells(std::string_view line, char separator, std::vector<std::string_view>& cells) {
  cells.clear();
  for (;;) {
    const std::size_t at = line.find(separator);
    cells.push_back(cellText(line.substr(0, at)));
    if (at == std::string_view::npos) return;
    line.remove_prefix(at + 1);
  }
}

enum class Cell { Number, Empty, NotNumber, NotFinite, OutOfRange };

// One cell as a double, exactly as written (std::from_chars rounds correctly,
// so the shortest text of a double reads back to the same bits). A leading
// '+' is allowed; with `decimalComma`, "1,5" reads as 1.5.
Cell readNumber(std::string_view cell, bool decimalComma, std::string& scratch, double& out) {
  if (cell.empty()) return Cell::Empty;
  if (decimalComma && cell.find(',') != std::string_view::npos) {
    scratch.assign(cell);
    std::replace(scratch.begin(), scratch.end(), ',', '.');
    cell = scratch;
  }
  if (cell.size() > 1 && cell.front() == '+' && cell[1] != '-') cell.remove_prefix(1);
  const char* end = cell.data() + cell.size();
  const auto [ptr, ec] = std::from_chars(cell.data(), end, out);
  if (ptr != end || ec == std::errc::invalid_argument) return Cell::NotNumber;
  if (ec == std::errc::result_out_of_range) return Cell::OutOfRange;
  return std::isfinite(out) ? Cell::Number : Cell::NotFinite;
}

QString quoted(std::string_view cell) {
  QString text = qstring(cell.substr(0, kQuotedMax));
  if (cell.size() > kQuotedMax) text += QChar(0x2026);  // …
  return text;
}

QString cellProblem(Cell kind, int line, int column, std::string_view cell) {
  switch (kind) {
    case Cell::Empty:
      return Text::tr("line %1, column %2: the value is missing").arg(line).arg(column);
    case Cell::NotNumber:
      return Text::tr("line %1, column %2: “%3” is not a number")
          .arg(line)
          .arg(column)
          .arg(quoted(cell));
    case Cell::NotFinite:
      return Text::tr("line %1, column %2: “%3” is not a finite number")
          .arg(line)
          .arg(column)
          .arg(quoted(cell));
    case Cell::OutOfRange:
      return Text::tr("line %1, column %2: “%3” is too large or too small for a number")
          .arg(line)
          .arg(column)
          .arg(quoted(cell));
    case Cell::Number:
      break;
  }
  return {};
}

enum class Kind { Unknown, Classification, Regression };

// The kind the header's third name gives: "label" or "class" classify,
// "target", "y" or "value" regress.
Kind kindFromName(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (lower == "label" || lower == "class") return Kind::Classification;
  if (lower == "target" || lower == "y" || lower == "value") return Kind::Regression;
  return Kind::Unknown;
}

// Each line of `bytes` after a UTF-8 BOM, with its 1-based number; a line
// ends at LF, CRLF or CR.
class Lines {
 public:
  explicit Lines(const QByteArray& bytes) : text_(bytes.constData(), bytes.size()) {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
  }
  bool next(std::string_view& line, int& number) {
    if (text_.empty()) return false;
    const std::size_t end = text_.find_first_of("\r\n");
    line = text_.substr(0, end);
    number = ++count_;
    if (end == std::string_view::npos) {
      text_ = {};
    } else {
      const bool crlf = text_[end] == '\r' && end + 1 < text_.size() && text_[end + 1] == '\n';
      text_.remove_prefix(end + (crlf ? 2 : 1));
    }
    return true;
  }

 private:
  std::string_view text_;
  int count_ = 0;
};

struct Row {
  double x1, x2, value;
  int line;
};

// The data rows read, and a message for each one that could not be.
struct Table {
  std::vector<Row> rows;
  std::vector<std::pair<int, QString>> problems;  // line, message
  Kind kind = Kind::Unknown;                      // from the header
  int seen = 0;
  bool header = false;
  char separator = ',';
};

// Reads one data row into `table`.
void readRow(std::string_view line, int number, Table& table, std::vector<std::string_view>& cells,
             std::string& scratch) {
  ++table.seen;
  splitCells(line, table.separator, cells);
  while (cells.size() > kColumns && cells.back().empty()) cells.pop_back();
  if (cells.size() != kColumns) {
    table.problems.emplace_back(
        number, Text::tr("line %1: expected 3 values (x1, x2, and a label or target), found %2")
                    .arg(number)
                    .arg(cells.size()));
    return;
  }
  double v[kColumns];
  for (std::size_t c = 0; c < kColumns; ++c) {
    const Cell kind = readNumber(cells[c], table.separator == ';', scratch, v[c]);
    if (kind != Cell::Number) {
      table.problems.emplace_back(number, cellProblem(kind, number, int(c) + 1, cells[c]));
      return;
    }
  }
  table.rows.push_back({v[0], v[1], v[2], number});
}

Table readTable(const QByteArray& bytes) {
  Table table;
  Lines lines(bytes);
  std::vector<std::string_view> cells;
  std::string scratch;
  std::string_view line;
  int number = 0;
  bool first = true;
  while (lines.next(line, number)) {
    if (trim(line).empty()) continue;
    if (first) {
      first = false;
      // The separator is the first line's: a semicolon if it has one (its
      // numbers may then hold decimal commas), else a comma.
      table.separator = line.find(';') != std::string_view::npos ? ';' : ',';
      // A header is a first line with no number in it.
      splitCells(line, table.separator, cells);
      double ignored = 0.0;
      table.header = std::none_of(cells.begin(), cells.end(), [&](std::string_view cell) {
        const Cell kind = readNumber(cell, table.separator == ';', scratch, ignored);
        return kind == Cell::Number || kind == Cell::OutOfRange;
      });
      if (table.header) {
        if (cells.size() >= kColumns) table.kind = kindFromName(cells[kColumns - 1]);
        continue;
      }
    }
    readRow(line, number, table, cells, scratch);
  }
  return table;
}

// Classification when the header says so, or, with no word from the header,
// when every third value is −1 or 1, or every one is 0 or 1. Labels are
// written 0/1 when there is a 0 among them and no −1.
void decideKind(const Table& table, PointsCsv& csv) {
  const auto any = [&](double a) {
    return std::any_of(table.rows.begin(), table.rows.end(),
                       [&](const Row& r) { return r.value == a; });
  };
  const auto all = [&](double a, double b) {
    return std::all_of(table.rows.begin(), table.rows.end(),
                       [&](const Row& r) { return r.value == a || r.value == b; });
  };
  csv.regression = table.kind == Kind::Regression ||
                   (table.kind == Kind::Unknown && !all(-1.0, 1.0) && !all(0.0, 1.0));
  csv.zeroOneLabels = !csv.regression && any(0.0) && !any(-1.0);
}

}  // namespace

core::Result<PointsCsv> readPointsCsv(const QByteArray& bytes) {
  Table table = readTable(bytes);
  if (table.seen == 0) {
    return core::Result<PointsCsv>::failure(
        message(table.header ? Text::tr("there is a header line but no points after it")
                             : Text::tr("the file is empty")));
  }
  PointsCsv csv;
  csv.rows = table.seen;
  csv.separator = table.separator;
  csv.header = table.header;
  decideKind(table, csv);

  csv.points.reserve(table.rows.size());
  const double low = csv.zeroOneLabels ? 0.0 : -1.0;
  for (const Row& r : table.rows) {
    if (csv.regression) {
      csv.points.push_back({r.x1, r.x2, r.value});
    } else if (r.value == low || r.value == 1.0) {
      csv.points.push_back({r.x1, r.x2, r.value == 1.0 ? 1.0 : -1.0});
    } else {
      const QString number = qstring(core::formatNumber(r.value));
      table.problems.emplace_back(
          r.line,
          csv.zeroOneLabels
              ? Text::tr("line %1, column 3: the label %2 is not 0 or 1").arg(r.line).arg(number)
              : Text::tr("line %1, column 3: the label %2 is not −1 or 1").arg(r.line).arg(number));
    }
  }
  // Label problems come after the rows' own: put them all in line order.
  std::sort(table.problems.begin(), table.problems.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  if (csv.points.empty()) {
    return core::Result<PointsCsv>::failure(message(
        Text::tr("no row could be read; the first: %1").arg(table.problems.front().second)));
  }
  csv.problems.reserve(table.problems.size());
  for (const auto& [line, text] : table.problems) csv.problems.push_back(message(text));
  return csv;
}

QByteArray writePointsCsv(std::span<const core::Point> points, bool regression) {
  std::string text = regression ? "x1,x2,target\n" : "x1,x2,label\n";
  text.reserve(text.size() + points.size() * 48);
  for (const core::Point& p : points) {
    text += core::formatNumber(p.x1);
    text += ',';
    text += core::formatNumber(p.x2);
    text += ',';
    text += core::formatNumber(p.label);
    text += '\n';
  }
  return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace relulab::io
