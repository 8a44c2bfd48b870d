// The entry point of the X3 grammar: runs it and turns an expectation
// failure into a diagnostic that names what was expected.
#include "rules/language/parser.h"

#include "rules/language/grammar_def.h"

namespace genaudit::rules {
namespace {

// X3 describes literals as 'x' or "xy"; authors read them as `x`.
std::string describe_expected(const std::string& which) {
  if (which.size() >= 2 && (which.front() == '\'' || which.front() == '"') &&
      which.back() == which.front()) {
    return "`" + which.substr(1, which.size() - 2) + "`";
  }
  return which;
}

// What the author wrote at `it`: one word, or one character.
std::string found_at(const char* it, const char* end) {
  if (it == end) return "the end of the file";
  const char* stop = it;
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

}  // namespace

ParseResult parse_rule_file(std::shared_ptr<const Source> source) {
  namespace x3 = boost::spirit::x3;
  ParseResult result;
  const char* const begin = source->text().data();
  const char* const end = begin + source->text().size();
  const char* it = begin;
  std::vector<Declaration> declarations;
  const auto parser = x3::with<grammar::base_tag>(begin)[grammar::file];
  try {
    x3::phrase_parse(it, end, parser, grammar::skipper, declarations);
    // `file` ends in an expectation of the end of input, so a parse that
    // returns has consumed everything.
    RuleFile file;
    file.source = source;
    file.declarations = std::move(declarations);
    result.file = std::move(file);
  } catch (const x3::expectation_failure<const char*>& failure) {
    // An unclosed string fails at its line end: point there, not further on.
    const char* where = failure.which() == "'\"'" ? failure.where()
                                                   : grammar::skip_blanks(failure.where(), end);
    Diagnostic d;
    d.source = source;
    d.offset = static_cast<std::size_t>(where - begin);
    d.message = "expected " + describe_expected(failure.which()) + ", found " +
                found_at(where, end);
    result.diagnostics.push_back(std::move(d));
  }
  return result;
}

}  // namespace genaudit::rules
