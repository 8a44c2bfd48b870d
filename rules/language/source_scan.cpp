#include "rules/language/source_scan.h"

#include <algorithm>

namespace genaudit::rules {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The offset just past the string literal whose opening quote is at `at`.
std::size_t skip_string(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) {
      i += 2;
    } else if (c == '"') {
      return i + 1;
    } else if (c == '\n') {
      return i;  // unterminated: the string stops at its line end
    } else {
      ++i;
    }
  }
  return i;
}

std::size_t line_end(std::string_view text, std::size_t at) {
  const std::size_t end = text.find('\n', at);
  return end == std::string_view::npos ? text.size() : end;
}

}  // namespace

std::vector<Comment> scan_comments(std::string_view text) {
  std::vector<Comment> comments;
  bool only_blanks_on_line = true;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"') {
      i = skip_string(text, i);
      only_blanks_on_line = false;
    } else if (c == '#') {
      Comment comment;
      comment.begin = i;
      comment.end = line_end(text, i);
      comment.own_line = only_blanks_on_line;
      std::size_t last = comment.end;
      while (last > i && is_blank(text[last - 1])) --last;
      comment.text = std::string(text.substr(i, last - i));
      comments.push_back(std::move(comment));
      i = comments.back().end;
    } else {
      if (c == '\n') {
        only_blanks_on_line = true;
      } else if (!is_blank(c)) {
        only_blanks_on_line = false;
      }
      ++i;
    }
  }
  return comments;
}

std::size_t skip_blanks(std::string_view text, std::size_t from) {
  std::size_t i = from;
  while (i < text.size()) {
    if (is_blank(text[i])) {
      ++i;
    } else if (text[i] == '#') {
      i = line_end(text, i);
    } else {
      break;
    }
  }
  return i;
}

bool written_in_parens(std::string_view text, SourceSpan span) {
  if (span.end > text.size() || span.end < span.begin + 2 || text[span.begin] != '(' ||
      text[span.end - 1] != ')') {
    return false;
  }
  int depth = 0;
  std::size_t i = span.begin;
  while (i < span.end) {
    const char c = text[i];
    if (c == '"') {
      i = skip_string(text, i);
      continue;
    }
    if (c == '#') {
      i = line_end(text, i);
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return i == span.end - 1;
    ++i;
  }
  return false;
}

std::string number_literal_at(std::string_view text, SourceSpan span) {
  std::size_t i = span.begin;
  const std::size_t end = std::min(span.end, text.size());
  while (i < end && !is_digit(text[i])) {
    if (text[i] == '(' || is_blank(text[i])) {
      ++i;
    } else if (text[i] == '#') {
      i = line_end(text, i);
    } else {
      return {};
    }
  }
  const std::size_t begin = i;
  while (i < end && is_digit(text[i])) ++i;
  if (i + 1 < end && text[i] == '.' && is_digit(text[i + 1])) {
    ++i;
    while (i < end && is_digit(text[i])) ++i;
  }
  if (i < end && text[i] == '%') ++i;
  return std::string(text.substr(begin, i - begin));
}

}  // namespace genaudit::rules
