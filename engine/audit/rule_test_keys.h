// The keys a rule test file (*.test.toml, rule_tests.h) may hold, checked
// before any case runs: a misspelt key (`finding = [...]` for `findings`)
// would otherwise be ignored, and its case pass while checking nothing.
// Internal to engine/audit: toml++ stays out of the layer's public headers.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <vector>

namespace genaudit {

// "FILE:LINE:COLUMN: message" at `at`, the form an editor jumps to.
std::string test_file_problem(const std::string& file, const toml::source_position& at,
                              const std::string& message);

// One problem for each key of the file's top level other than `case`.
std::vector<std::string> unknown_file_keys(const toml::table& root, const std::string& file);

// One problem for each key of a case, or of a finding or an indicator it
// expects, that the format does not have, with "did you mean" when one is
// close; and for each of those values of the wrong kind (`rules` not a list
// of texts, a finding not a table).
std::vector<std::string> unknown_case_keys(const toml::table& spec, const std::string& file);

}  // namespace genaudit
