#include "engine/audit/rule_test_keys.h"

#include <algorithm>

#include "rules/language/suggest.h"

namespace genaudit {
namespace {

const std::vector<std::string> kCaseKeys = {"name",     "period",     "as_of",   "rules",
                                            "findings", "indicators", "skipped", "registers",
                                            "params",   "profile"};
const std::vector<std::string> kFindingKeys = {"rule", "subject", "period", "evidence"};
const std::vector<std::string> kIndicatorKeys = {"rule", "status", "value"};

class KeyCheck {
 public:
  KeyCheck(const std::string& file, std::vector<std::string>& problems)
      : file_(file), problems_(problems) {}

  // Each key of `table` not in `known`, said as "unknown key `k` in `where`".
  void keys(const toml::table& table, const std::vector<std::string>& known,
            const std::string& where) {
    for (const auto& [key, value] : table) {
      const std::string name(key.str());
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      std::string message = "unknown key `" + name + "` in " + where;
      if (std::string hint = rules::did_you_mean(name, known); !hint.empty()) {
        message += "; " + hint;
      } else {
        message += "; the keys are " + rules::backquoted_list(known);
      }
      problems_.push_back(test_file_problem(file_, key.source().begin, message));
    }
  }

  // `key` of `spec`, when present, is an array of tables, each with only `known` keys.
  // `what` names one ("finding"), `a_what` with its article ("a finding").
  void tables(const toml::table& spec, const char* key, const std::vector<std::string>& known,
              const std::string& what, const std::string& a_what) {
    const toml::node* node = spec.get(key);
    if (node == nullptr) return;
    const toml::array* array = node->as_array();
    if (array == nullptr) {
      wrong(*node, std::string("`") + key + "` must be a list of " + what + "s: " + key +
                       " = [{ rule = \"…\", … }]");
      return;
    }
    for (const toml::node& item : *array) {
      if (const toml::table* table = item.as_table()) {
        keys(*table, known, a_what);
      } else {
        wrong(item, "each item of `" + std::string(key) + "` must be a table { rule = \"…\", … }");
      }
    }
  }

  // `key` of `spec`, when present, is an array of texts.
  void texts(const toml::table& spec, const char* key) {
    const toml::node* node = spec.get(key);
    if (node == nullptr) return;
    const toml::array* array = node->as_array();
    if (array == nullptr) return wrong(*node, "`" + std::string(key) + "` must be a list of rule ids");
    for (const toml::node& item : *array) {
      if (!item.is_string()) wrong(item, "`" + std::string(key) + "` must hold rule ids, as texts");
    }
  }

  // `key` of `spec`, when present, is a table.
  void table(const toml::table& spec, const char* key, const std::string& how) {
    const toml::node* node = spec.get(key);
    if (node != nullptr && !node->is_table()) wrong(*node, "`" + std::string(key) + "` must be " + how);
  }

  // `key` of `spec`, when present, is a text.
  void text(const toml::table& spec, const char* key) {
    const toml::node* node = spec.get(key);
    if (node != nullptr && !node->is_string()) wrong(*node, "`" + std::string(key) + "` must be a text");
  }

 private:
  void wrong(const toml::node& node, const std::string& message) {
    problems_.push_back(test_file_problem(file_, node.source().begin, message));
  }

  const std::string& file_;
  std::vector<std::string>& problems_;
};

}  // namespace

std::string test_file_problem(const std::string& file, const toml::source_position& at,
                              const std::string& message) {
  return file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + message;
}

std::vector<std::string> unknown_file_keys(const toml::table& root, const std::string& file) {
  std::vector<std::string> problems;
  KeyCheck(file, problems).keys(root, {"case"}, "a rule test file (cases are [[case]] tables)");
  return problems;
}

std::vector<std::string> unknown_case_keys(const toml::table& spec, const std::string& file) {
  std::vector<std::string> problems;
  KeyCheck check(file, problems);
  check.keys(spec, kCaseKeys, "a [[case]]");
  check.tables(spec, "findings", kFindingKeys, "finding", "a finding");
  check.tables(spec, "indicators", kIndicatorKeys, "indicator", "an indicator");
  check.texts(spec, "rules");
  check.texts(spec, "skipped");
  for (const char* key : {"name", "period", "as_of", "profile"}) check.text(spec, key);
  check.table(spec, "registers", "a table of registers' texts: [case.registers]");
  check.table(spec, "params", "a table of parameters: [case.params]");
  if (const toml::array* findings = spec["findings"].as_array()) {
    for (const toml::node& item : *findings) {
      if (const toml::table* finding = item.as_table()) {
        check.text(*finding, "rule");
        check.text(*finding, "subject");
        check.text(*finding, "period");
        check.table(*finding, "evidence", "a table of the finding's evidence: { name = value }");
      }
    }
  }
  return problems;
}

}  // namespace genaudit
