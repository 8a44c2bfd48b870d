// What stops the grammar, as the diagnostic an author reads: an expectation
// failure names what was expected there and what was found; the values the
// actions throw (config.h) say which limit was passed or which number no
// double holds.
#pragma once

#include <cctype>
#include <memory>
#include <string>

#include "rules/language/diagnostic.h"
#include "rules/language/grammar/config.h"

namespace genaudit::rules::grammar {

// X3 describes literals as 'x' or "xy"; authors read them as `x`.
inline std::string describe_expected(const std::string& which) {
  if (which.size() >= 2 && (which.front() == '\'' || which.front() == '"') &&
      which.back() == which.front()) {
    return "`" + which.substr(1, which.size() - 2) + "`";
  }
  return which;
}

// What the author wrote at `it`: one word, or one character.
inline std::string found_at(Iterator it, Iterator end) {
  if (it == end) return "the end of the file";
  Iterator stop = it;
  while (stop != end && stop - it < 24 &&
         (std::isalnum(static_cast<unsigned char>(*stop)) || *stop == '_' ||
          (static_cast<unsigned char>(*stop) & 0x80))) {
    ++stop;
  }
  if (stop == it) {
    if (*it == '\n' || *it == '\r') return "the end of the line";
    stop = it + 1;
  }
  return "`" + std::string(it, stop) + "`";
}

// "expected `]`, found `param`", at the first character that is not blank
// after where the grammar stopped.
inline Diagnostic expectation_diagnostic(const std::shared_ptr<const Source>& source,
                                         const x3::expectation_failure<Iterator>& failure) {
  const Iterator begin = source->text().data();
  const Iterator end = begin + source->text().size();
  // An unclosed string fails at its line end: point there, not further on.
  const Iterator where =
      failure.which() == "'\"'" ? failure.where() : skip_blanks(failure.where(), end);
  Diagnostic d;
  d.source = source;
  d.offset = static_cast<std::size_t>(where - begin);
  d.message = "expected " + describe_expected(failure.which()) + ", found " + found_at(where, end);
  // A lone `=` after a value on its line (`when a.level = "x"`) is most
  // often a comparison meant; at a line's start it is something else.
  Iterator before = where;
  while (before != begin && (before[-1] == ' ' || before[-1] == '\t')) --before;
  const bool after_value = before != begin && before[-1] != '\n' && before[-1] != '{';
  if (after_value && where != end && *where == '=' && (where + 1 == end || where[1] != '=')) {
    d.hint = "did you mean `==`? (`=` only gives a `param` or a `let` its value)";
  }
  return d;
}

// Expressions nesting deeper than `limit` at `offset`: found by the actions
// (NestingTooDeep) or, before the grammar runs, by parser.cpp's scan.
inline Diagnostic nesting_diagnostic(const std::shared_ptr<const Source>& source,
                                     std::size_t offset, std::size_t limit) {
  Diagnostic d;
  d.source = source;
  d.offset = offset;
  d.message = "expressions nest more than " + std::to_string(limit) +
              " levels deep here (the limit max_nesting)";
  d.hint = "split the expression with `let` or `define`";
  return d;
}

inline Diagnostic number_diagnostic(const std::shared_ptr<const Source>& source,
                                    const NumberOutOfRange& number) {
  Diagnostic d;
  d.source = source;
  d.offset = number.offset;
  const std::string shown =
      number.literal.size() > 24 ? number.literal.substr(0, 24) + "…" : number.literal;
  d.message = "the number `" + shown + "` is out of range";
  return d;
}

}  // namespace genaudit::rules::grammar
