#include "engine/audit/rule_tests.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <unistd.h>

#include "adapters/registers/province_registers.h"
#include "engine/audit/audit_runner.h"
#include "engine/audit/result_codes.h"
#include "engine/audit/rule_test_keys.h"
#include "engine/audit/rule_test_pack.h"
#include "engine/core/audit_period.h"
#include "engine/core/small_file.h"
#include "engine/ingest/data_folder.h"
#include "engine/store/audit_store.h"
#include "rules/language/suggest.h"

namespace genaudit {
namespace {

// A folder of its own for a case's registers, removed afterwards.
class ScratchFolder {
 public:
  ScratchFolder() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("genaudit-rule-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A test file is read whole; this bounds what a mistaken path can cost.
constexpr std::uintmax_t kMaxTestFileBytes = std::uintmax_t{16} << 20;

std::string where(const toml::node& node) {
  return "line " + std::to_string(node.source().begin.line);
}

// An evidence value as the test file writes it: a number, a text, a truth
// value or a date; nullopt for anything else (an array, a table, a time).
std::optional<ResultValue> expected_value(const toml::node& node) {
  if (auto n = node.value<double>()) return ResultValue{*n};  // integers too
  if (auto t = node.value<std::string>()) return ResultValue{*t};
  if (auto b = node.value<bool>()) return ResultValue{*b};
  if (auto d = node.value<toml::date>()) {
    if (auto date = Date::from_ymd(d->year, d->month, d->day)) return ResultValue{*date};
  }
  return std::nullopt;
}

// Whether the finding's `actual` value is the `expected` one: numbers
// within a relative 1e-9 (a share is a quotient), a date written as a text
// "YYYY-MM-DD" equal to a date, otherwise the same kind and value.
bool same_value(const ResultValue& expected, const ResultValue& actual) {
  if (expected.is<double>() && actual.is<double>()) {
    const double e = expected.as<double>(), a = actual.as<double>();
    return std::fabs(e - a) <= 1e-9 * std::max(1.0, std::fabs(e));
  }
  if (expected.is<std::string>() && actual.is<Date>()) {
    return expected.as<std::string>() == actual.as<Date>().iso();
  }
  if (expected.is<std::string>() && actual.is<std::string>()) {
    return expected.as<std::string>() == actual.as<std::string>();
  }
  if (expected.is<bool>() && actual.is<bool>()) return expected.as<bool>() == actual.as<bool>();
  if (expected.is<Date>() && actual.is<Date>()) return expected.as<Date>() == actual.as<Date>();
  return false;  // another kind, or missing (which a test file cannot write)
}

std::string shown(const ResultValue& v) {
  if (v.is_missing()) return "missing";
  if (v.is<std::string>()) return "\"" + v.as<std::string>() + "\"";
  return display(v);
}

std::string finding_key(const std::string& rule, const std::string& subject,
                        const std::string& period) {
  return rule + " " + subject + (period.empty() ? "" : " " + period);
}

class CaseRunner {
 public:
  CaseRunner(const rules::RulePack& pack, const toml::table& spec, RuleTestResult& result)
      : pack_(pack), spec_(spec), result_(result) {}

  // Expects the keys checked (unknown_case_keys) and the pack tailored.

  void run() {
    const auto period_text = spec_["period"].value<std::string>();
    const auto period = period_text ? parse_period(*period_text) : std::nullopt;
    if (!period) {
      return fail("`period` (a year, quarter, month or range: 2025, 2025-Q1, 03/2025, "
                  "2025-01..2025-06) is missing or invalid at " + where(spec_));
    }
    Date as_of = period->last_day();
    if (auto text = spec_["as_of"].value<std::string>()) {
      auto date = parse_iso_date(*text);
      if (!date) return fail("`as_of` must be YYYY-MM-DD at " + where(spec_));
      as_of = *date;
    }
    checked_ = strings("rules");
    if (checked_.empty()) return fail("`rules` must list the rules this case checks at " + where(spec_));
    for (const std::string& id : checked_) {
      if (!pack_.find_rule(id)) fail("`rules` names `" + id + "`, which the pack does not have");
    }
    if (!result_.problems.empty()) return;

    ScratchFolder folder;
    if (const toml::table* registers = spec_["registers"].as_table()) {
      for (const auto& [name, text] : *registers) {
        const auto content = text.value<std::string>();
        if (!find_register(std::string(name.str())) || !content) {
          std::vector<std::string> registers;
          for (const RegisterSchema& r : all_registers()) registers.push_back(r.name);
          const std::string hint = rules::did_you_mean(std::string(name.str()), registers);
          return fail(test_file_problem(result_.file, name.source().begin,
                                        "`registers." + std::string(name.str()) +
                                            "` is not a register's text" +
                                            (hint.empty() ? "" : "; " + hint)));
        }
        std::ofstream(folder.path() / (std::string(name.str()) + ".csv"), std::ios::binary)
            << *content;
      }
    }
    AuditStore store(":memory:");
    FolderImport imported = import_data_folder(store, folder.path());
    if (!imported.ok()) {
      const InputError& e = imported.errors.front();
      return fail("the case's register " + e.file + " does not import (row " +
                  std::to_string(e.row) + ", column " + e.column + ", value \"" + e.value + "\")");
    }
    const Dataset dataset = store.load(&pack_.fields_read);
    report_ = run_audit(pack_, dataset, store.imports(), period->text,
                        {period->first_day(), period->last_day(), as_of});
    compare_findings();
    compare_indicators();
    compare_skipped();
    result_.passed = result_.problems.empty();
  }

 private:
  void fail(std::string problem) { result_.problems.push_back(std::move(problem)); }

  std::vector<std::string> strings(const char* key) {
    std::vector<std::string> out;
    if (const toml::array* array = spec_[key].as_array()) {
      for (const toml::node& item : *array) {
        if (auto v = item.value<std::string>()) out.push_back(*v);
      }
    }
    return out;
  }

  bool checked(const std::string& id) const {
    return std::find(checked_.begin(), checked_.end(), id) != checked_.end();
  }

  void compare_findings() {
    std::set<std::string> expected, actual;
    std::vector<std::pair<std::string, const toml::table*>> evidence;  // by finding key
    if (const toml::array* array = spec_["findings"].as_array()) {
      for (const toml::node& item : *array) {
        const toml::table* t = item.as_table();
        const auto rule = t ? (*t)["rule"].value<std::string>() : std::nullopt;
        const auto subject = t ? (*t)["subject"].value<std::string>() : std::nullopt;
        if (!rule || !subject) {
          fail(test_file_problem(result_.file, item.source().begin,
                                 "a finding needs `rule` and `subject`"));
          continue;
        }
        const std::string key = finding_key(*rule, *subject, (*t)["period"].value_or(std::string()));
        expected.insert(key);
        if (const toml::table* values = (*t)["evidence"].as_table()) evidence.push_back({key, values});
      }
    }
    std::map<std::string, const Finding*> found;
    for (const Finding& f : report_.findings) {
      if (!checked(f.rule->id)) continue;
      const std::string key = finding_key(f.rule->id, f.subject, f.period.value_or(""));
      actual.insert(key);
      found[key] = &f;
    }
    for (const std::string& key : expected) {
      if (!actual.count(key)) fail("expected finding " + key + ", not found");
    }
    for (const std::string& key : actual) {
      if (!expected.count(key)) fail("unexpected finding " + key);
    }
    for (const auto& [key, values] : evidence) {
      if (found.count(key)) compare_evidence(key, *found.at(key), *values);
    }
  }

  // Each value the case expects of the finding `key` is its evidence's.
  void compare_evidence(const std::string& key, const Finding& finding, const toml::table& values) {
    for (const auto& [name_key, node] : values) {
      const std::string name(name_key.str());
      const auto item = std::find_if(finding.evidence.begin(), finding.evidence.end(),
                                     [&](const EvidenceItem& e) { return e.name == name; });
      if (item == finding.evidence.end()) {
        std::vector<std::string> names;
        std::string listed;
        for (const EvidenceItem& e : finding.evidence) {
          names.push_back(e.name);
          listed += (listed.empty() ? "" : ", ") + e.name;
        }
        const std::string hint = rules::did_you_mean(name, names);
        fail(test_file_problem(result_.file, name_key.source().begin,
                               "finding " + key + " has no evidence `" + name + "` (" +
                                   (hint.empty() ? "its evidence: " + listed : hint) + ")"));
        continue;
      }
      const std::optional<ResultValue> want = expected_value(node);
      if (!want) {
        fail(test_file_problem(result_.file, node.source().begin,
                               "evidence `" + name + "` must be a number, a text, true/false or a date"));
      } else if (!same_value(*want, item->value)) {
        fail("finding " + key + ": evidence " + name + ": expected " + shown(*want) + ", got " +
             shown(item->value));
      }
    }
  }

  void compare_indicators() {
    const toml::array* array = spec_["indicators"].as_array();
    if (!array) return;
    for (const toml::node& item : *array) {
      const toml::table* t = item.as_table();
      const auto rule = t ? (*t)["rule"].value<std::string>() : std::nullopt;
      if (!rule) {
        fail("an indicator needs `rule` at " + where(item));
        continue;
      }
      auto it = std::find_if(report_.indicators.begin(), report_.indicators.end(),
                             [&](const IndicatorResult& r) { return r.rule->id == *rule; });
      if (it == report_.indicators.end()) {
        fail("indicator " + *rule + " did not run");
        continue;
      }
      if (auto status = (*t)["status"].value<std::string>(); status && *status != indicator_status_code(it->status)) {
        fail("indicator " + *rule + ": expected status " + *status + ", got " + indicator_status_code(it->status));
      }
      if (auto value = (*t)["value"].value<double>()) {
        if (!it->value || std::fabs(*it->value - *value) > 1e-9) {
          fail("indicator " + *rule + ": expected value " + std::to_string(*value) + ", got " +
               (it->value ? std::to_string(*it->value) : std::string("no data")));
        }
      }
    }
  }

  void compare_skipped() {
    if (!spec_["skipped"].as_array()) return;
    std::vector<std::string> expected = strings("skipped"), actual;
    for (const SkippedRule& s : report_.skipped) actual.push_back(s.rule->id);
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    if (expected != actual) {
      std::string got;
      for (const std::string& id : actual) got += (got.empty() ? "" : ", ") + id;
      fail("skipped rules differ; got [" + got + "]");
    }
  }

  const rules::RulePack& pack_;
  const toml::table& spec_;
  RuleTestResult& result_;
  std::vector<std::string> checked_;
  AuditReport report_;
};

}  // namespace

std::vector<RuleTestResult> run_rule_test_file(const rules::RulePack& pack,
                                               const std::vector<rules::RuleText>& texts,
                                               const std::filesystem::path& path) {
  std::vector<RuleTestResult> results;
  const std::string file = path.string();
  const auto file_failure = [&](std::vector<std::string> problems) {
    results.push_back({file, "(file)", false, std::move(problems)});
  };
  const SmallFile read = read_small_file(path, kMaxTestFileBytes);
  if (read.problem != SmallFileProblem::kNone) {
    file_failure({file + ": cannot be read as a test file (a regular file of at most 16 MiB)"});
    return results;
  }
  toml::table root;
  try {
    root = toml::parse(read.text, file);
  } catch (const toml::parse_error& e) {
    file_failure({"line " + std::to_string(e.source().begin.line) + ": " +
                  std::string(e.description())});
    return results;
  }
  std::vector<std::string> file_problems = unknown_file_keys(root, file);
  const toml::array* cases = root["case"].as_array();
  if (!cases || cases->empty()) file_problems.push_back("no [[case]] in the file");
  if (!file_problems.empty()) file_failure(std::move(file_problems));
  if (!cases) return results;
  for (const toml::node& node : *cases) {
    RuleTestResult result;
    result.file = file;
    const toml::table* spec = node.as_table();
    result.name = spec ? (*spec)["name"].value_or(std::string("(unnamed, ") + where(node) + ")")
                       : "(not a table)";
    if (spec) {
      result.problems = unknown_case_keys(*spec, file);
      CasePack tailored;
      if (result.problems.empty()) tailored = case_pack(texts, *spec, path, read.text);
      result.problems.insert(result.problems.end(), tailored.problems.begin(),
                             tailored.problems.end());
      if (result.problems.empty()) CaseRunner(tailored.pack(pack), *spec, result).run();
    }
    results.push_back(std::move(result));
  }
  return results;
}

std::vector<std::filesystem::path> find_rule_test_files(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> files;
  const auto is_test = [](const std::filesystem::path& p) {
    const std::string name = p.filename().string();
    return name.size() > 10 && name.ends_with(".test.toml");
  };
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path, ec)) {
      if (entry.is_regular_file() && is_test(entry.path())) files.push_back(entry.path());
    }
  } else if (is_test(path)) {
    files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace genaudit
