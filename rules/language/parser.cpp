// The entry point of the X3 grammar (grammar/, whose start rule is
// declaration_def.h's `file`): checks the limits, runs the grammar and turns
// what stopped it into a diagnostic (grammar/error_handler.h).
#include "rules/language/parser.h"

#include <cctype>
#include <string_view>
#include <vector>

#include "rules/language/grammar/declaration_def.h"
#include "rules/language/grammar/error_handler.h"

namespace genaudit::rules {
namespace {

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Where the text first nests deeper than `limit`, or npos. A lexical scan,
// run before the grammar because the grammar descends once per level before
// it builds anything: brackets of every kind and runs of prefix operators
// (`not`, `-`) each add a level; strings and comments are skipped as the
// grammar skips them. It counts generously (a binary `-` too): real rules
// nest a few levels deep.
std::size_t nesting_overflow(std::string_view text, std::size_t limit) {
  std::vector<std::size_t> levels;  // the level inside each open bracket
  std::size_t level = 0;
  std::size_t prefixes = 0;  // prefix operators in a row just before
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"') {
      ++i;
      while (i < text.size() && text[i] != '"' && text[i] != '\n') {
        i += text[i] == '\\' && i + 1 < text.size() && text[i + 1] != '\n' ? 2 : 1;
      }
      if (i < text.size() && text[i] == '"') ++i;
      prefixes = 0;
    } else if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (c == '(' || c == '[' || c == '{') {
      levels.push_back(level);
      level += prefixes + 1;
      prefixes = 0;
      if (level > limit) return i;
      ++i;
    } else if (c == ')' || c == ']' || c == '}') {
      if (!levels.empty()) {
        level = levels.back();
        levels.pop_back();
      }
      prefixes = 0;
      ++i;
    } else if (c == '-') {
      if (level + ++prefixes > limit) return i;
      ++i;
    } else if (is_word_char(c)) {
      const std::size_t start = i;
      while (i < text.size() && is_word_char(text[i])) ++i;
      if (text.substr(start, i - start) == "not") {
        if (level + ++prefixes > limit) return start;
      } else {
        prefixes = 0;
      }
    } else {
      prefixes = 0;
      ++i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

ParseResult parse_rule_file(std::shared_ptr<const Source> source, const ParseLimits& limits) {
  namespace x3 = boost::spirit::x3;
  ParseResult result;
  if (source->text().size() > limits.max_file_bytes) {
    Diagnostic d;
    d.source = source;
    d.offset = 0;
    d.message = "the rule file has " + std::to_string(source->text().size()) +
                " bytes, over the limit of " + std::to_string(limits.max_file_bytes) +
                " (max_file_bytes)";
    d.hint = "split the rules into several files";
    result.diagnostics.push_back(std::move(d));
    return result;
  }
  if (const std::size_t at = nesting_overflow(source->text(), limits.max_nesting);
      at != std::string_view::npos) {
    result.diagnostics.push_back(grammar::nesting_diagnostic(source, at, limits.max_nesting));
    return result;
  }
  const char* const begin = source->text().data();
  const char* const end = begin + source->text().size();
  const char* it = begin;
  std::vector<Declaration> declarations;
  const std::size_t max_nesting = limits.max_nesting;
  const auto parser = x3::with<grammar::base_tag>(begin)[
      x3::with<grammar::nesting_limit_tag>(max_nesting)[grammar::file]];
  try {
    x3::phrase_parse(it, end, parser, grammar::skipper, declarations);
    // `file` ends in an expectation of the end of input, so a parse that
    // returns has consumed everything.
    RuleFile file;
    file.source = source;
    file.declarations = std::move(declarations);
    result.file = std::move(file);
  } catch (const x3::expectation_failure<grammar::Iterator>& failure) {
    result.diagnostics.push_back(grammar::expectation_diagnostic(source, failure));
  } catch (const grammar::NestingTooDeep& too_deep) {
    result.diagnostics.push_back(
        grammar::nesting_diagnostic(source, too_deep.offset, limits.max_nesting));
  } catch (const grammar::NumberOutOfRange& number) {
    result.diagnostics.push_back(grammar::number_diagnostic(source, number));
  }
  return result;
}

}  // namespace genaudit::rules
