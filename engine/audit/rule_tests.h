// Rule unit tests, like `opa test`: a TOML file of cases, each a small inline
// register and the findings and indicators expected of the rules it names.
//
//   [[case]]
//   name = "exactly 30% women is a finding"
//   period = "2025"                    # as_of = "2025-12-31" is optional
//   rules = ["O1.S4"]                  # the rules whose results are checked
//   findings = [{ rule = "O1.S4", subject = "A",      # exactly these findings,
//                 evidence = { female_share = 30 } }] # each with these values
//   indicators = [{ rule = "O1.T1", status = "met", value = 100 }]
//   skipped = ["O6.T4"]                # optional: exactly these are skipped
//   profile = "strict.toml"            # optional: a profile, from this file's folder
//   [case.params]                      # optional: parameters, as a profile's [params]
//   female_share_threshold = 35
//   [case.registers]
//   agencies = """
//   agency_code,agency_name,level
//   A,Sở A,tỉnh
//   """
//
// Any other key is an error at its line and column, so that a misspelt key
// cannot make a case pass while checking nothing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "rules/language/pack_loader.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

struct RuleTestResult {
  std::string file;
  std::string name;
  bool passed = false;
  std::vector<std::string> problems;  // what differed, or why it could not run
};

// Runs every case of the test file `path` against `pack`, whose files'
// texts are `texts` (a case with a profile or parameters loads the pack
// again from them). A file that is not valid TOML, or holds an unknown key
// outside its cases, gives one failed result saying so, with its line and
// column; a case with an unknown key, or lacking what it needs, fails
// without running.
std::vector<RuleTestResult> run_rule_test_file(const rules::RulePack& pack,
                                               const std::vector<rules::RuleText>& texts,
                                               const std::filesystem::path& path);

// The `*.test.toml` files under `path` (a file or a folder), in name order.
std::vector<std::filesystem::path> find_rule_test_files(const std::filesystem::path& path);

}  // namespace genaudit
