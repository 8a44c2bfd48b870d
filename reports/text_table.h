// Plain-text tables for the terminal: columns aligned by the width a
// terminal shows (code points, combining marks taking none, wide characters
// two), optionally coloured with ANSI escapes that never count as width.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace genaudit {

// Returns the number of terminal columns `s` occupies: the sum of
// utf8proc_charwidth() over its code points, so that a Vietnamese letter is
// 1 whether written precomposed or with combining marks. A byte that is not
// valid UTF-8 counts as 1.
int display_width(std::string_view s);

// Returns `s` padded with spaces to `width` columns, on the right
// (kLeft) or the left (kRight). Never truncates.
enum class Align { kLeft, kRight };
std::string pad(std::string_view s, int width, Align align);

// ANSI colours; kNone writes nothing.
enum class Color { kNone, kRed, kGreen, kBold };

// Returns `s` wrapped in the escape of `color` and a reset, or `s` itself
// when `color` is kNone.
std::string colorize(std::string_view s, Color color);

struct TableCell {
  std::string text;
  Color color = Color::kNone;
};

// A table with a header row: columns separated by two spaces, each as wide
// as its widest cell, every line starting with `indent` and without trailing
// spaces. Every header and cell is made one safe terminal line
// (terminal_line(), reports/escaping.h) as it comes in: register text in a
// table can neither break its line nor send the terminal an escape.
class TextTable {
 public:
  struct Column {
    std::string header;
    Align align = Align::kLeft;
  };

  explicit TextTable(std::vector<Column> columns);

  // REQUIRES: one cell per column.
  void add_row(std::vector<TableCell> cells);

  // The lines of the table, each ending in '\n'. Cell colours are written
  // only when `color` is true; the header is bold then.
  std::string render(std::string_view indent, bool color) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<TableCell>> rows_;
};

}  // namespace genaudit
