#include "rules/language/source.h"

#include <algorithm>

namespace genaudit::rules {
namespace {

bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

Source::Source(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourcePosition Source::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  int column = 1;
  for (std::size_t i = line_starts_[line_index]; i < offset; ++i) {
    if (!is_utf8_continuation(text_[i])) ++column;
  }
  return {static_cast<int>(line_index) + 1, column};
}

std::size_t Source::offset_of(int line, int column) const {
  if (line < 1) return 0;
  if (static_cast<std::size_t>(line) > line_starts_.size()) return text_.size();
  std::size_t offset = line_starts_[static_cast<std::size_t>(line) - 1];
  for (int c = 1; c < column && offset < text_.size() && text_[offset] != '\n'; ++c) {
    ++offset;
    while (offset < text_.size() && is_utf8_continuation(text_[offset])) ++offset;
  }
  return offset;
}

std::string_view Source::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[static_cast<std::size_t>(line) - 1];
  std::size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

std::string Source::format_diagnostic(std::size_t offset, std::string_view message) const {
  const SourcePosition pos = position(offset);
  std::string out = name_ + ":" + std::to_string(pos.line) + ":" +
                    std::to_string(pos.column) + ": " + std::string(message) + "\n";
  const std::string_view line = line_text(pos.line);
  out += "  ";
  out += line;
  out += "\n  ";
  // Keep tabs so the caret lines up under the same characters.
  int column = 1;
  for (std::size_t i = 0; i < line.size() && column < pos.column; ++i) {
    if (is_utf8_continuation(line[i])) continue;
    out += line[i] == '\t' ? '\t' : ' ';
    ++column;
  }
  out += "^\n";
  return out;
}

}  // namespace genaudit::rules
