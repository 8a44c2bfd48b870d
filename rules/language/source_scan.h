// Lexical scans of a rule file's text for what the parser does not keep in
// the syntax tree: comments, the literal text of numbers, and the
// parentheses an author wrote. The formatter uses them to give back what it
// was given; they follow the grammar's lexical rules (grammar/lexical_def.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rules/language/source.h"

namespace genaudit::rules {

// One `#` comment.
struct Comment {
  std::size_t begin = 0;  // offset of the `#`
  std::size_t end = 0;    // offset of its line end, or the end of the text
  std::string text;       // from the `#` on, without trailing blanks or `\r`
  bool own_line = false;  // nothing but blanks before it on its line
};

// Every comment of `text`, in order. A `#` inside a string literal starts no
// comment; as in the grammar, `\"` and `\\` are a string's only escapes and
// an unterminated string stops at its line end.
std::vector<Comment> scan_comments(std::string_view text);

// The first offset from `from` on that is not a blank (space, tab, line end)
// nor inside a comment.
std::size_t skip_blanks(std::string_view text, std::size_t from);

// Whether `span` is one parenthesized expression, `( ... )`, whose opening
// parenthesis is closed by its last character.
bool written_in_parens(std::string_view text, SourceSpan span);

// The number literal (`30%`, `1.70`) at the start of `span`, past any
// opening parentheses, blanks and comments; empty when there is none.
std::string number_literal_at(std::string_view text, SourceSpan span);

}  // namespace genaudit::rules
