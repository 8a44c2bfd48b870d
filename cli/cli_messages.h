// The command-line library's own words in the user's language: the help
// layout (headings, placeholders, "required") and what is said when the
// arguments do not parse. CLI11 writes English; nothing of it reaches the
// user — a parse error is mapped from its class and the option it names to
// a sentence of ours.
#pragma once

#include <memory>

#include <CLI/CLI.hpp>

#include "rules/language/rule_pack.h"

namespace genaudit::cli {

// A formatter for `--help` in `lang`: headings and labels translated, an
// option shown with its placeholder (its type_name) only, never CLI11's
// type or validator words.
std::shared_ptr<CLI::Formatter> make_help_formatter(Language lang);

// Reports the parse error `e` of `root` on standard error in `lang`
// (usage_error), with the subcommand's --help to look at, and returns the
// exit status: 0 for --help (printed on standard output), 2 otherwise.
int report_parse_error(CLI::App& root, const CLI::ParseError& e, Language lang);

}  // namespace genaudit::cli
