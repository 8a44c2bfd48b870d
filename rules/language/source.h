// A rule file's text and name, and the mapping from byte offsets to the
// line/column a user sees. Positions in the AST are byte offsets; they become
// line and column (counted in code points, from 1) only for display.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace genaudit::rules {

struct SourceSpan {
  std::size_t begin = 0;  // byte offset of the first character
  std::size_t end = 0;    // byte offset one past the last character
};

struct SourcePosition {
  int line = 0;    // from 1
  int column = 0;  // from 1, in code points
};

class Source {
 public:
  Source(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }

  SourcePosition position(std::size_t offset) const;
  // The byte offset of (line, column), both from 1, column in code points;
  // clamped to the text.
  std::size_t offset_of(int line, int column) const;
  // The text of line `line` (from 1), without its line end.
  std::string_view line_text(int line) const;

  // "name:line:col: message", the line itself and a caret under the column:
  //   rules/pack/x.rules:3:17: expected `)`
  //     when count(posts > 0
  //                     ^
  std::string format_diagnostic(std::size_t offset, std::string_view message) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace genaudit::rules
