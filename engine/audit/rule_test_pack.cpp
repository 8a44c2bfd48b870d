#include "engine/audit/rule_test_pack.h"

#include <algorithm>

#include "adapters/registers/province_registers.h"
#include "engine/audit/rule_test_keys.h"
#include "engine/core/small_file.h"
#include "rules/language/profile.h"

namespace genaudit {
namespace {

// A profile is a small file; as `audit --profile` reads it.
constexpr std::uintmax_t kMaxProfileBytes = std::uintmax_t{1} << 20;

// The lines of `text`, the first at index 0.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

// The case's parameters as a profile's text in which each parameter stands
// on its own line and column of the test file, so that the profile reader's
// diagnostics point into the test file. A `[case.params]` table becomes
// `[params]` on its header's line, followed by the table's own lines; an
// inline `params = { … }` is its line as it is, which a profile reads as its
// [params] table.
std::string params_as_profile(const toml::table& params, const std::string& test_text) {
  const std::vector<std::string> lines = lines_of(test_text);
  const auto header = static_cast<std::size_t>(params.source().begin.line);
  std::size_t last = header;
  for (const auto& [key, value] : params) {
    last = std::max({last, static_cast<std::size_t>(key.source().end.line),
                     static_cast<std::size_t>(value.source().end.line)});
  }
  if (header == 0 || last > lines.size()) return "";
  std::string profile(header - 1, '\n');
  if (params.is_inline()) {
    for (std::size_t line = header; line <= last; ++line) profile += lines[line - 1] + "\n";
  } else {
    profile += "[params]\n";
    for (std::size_t line = header + 1; line <= last; ++line) profile += lines[line - 1] + "\n";
  }
  return profile;
}

void add_diagnostics(const rules::Diagnostics& diagnostics, std::vector<std::string>& problems) {
  for (const rules::Diagnostic& d : diagnostics) {
    std::string text = d.format();
    while (!text.empty() && text.back() == '\n') text.pop_back();
    problems.push_back(std::move(text));
  }
}

}  // namespace

CasePack case_pack(const std::vector<rules::RuleText>& texts, const toml::table& spec,
                   const std::filesystem::path& test_file, const std::string& test_text) {
  CasePack out;
  const toml::node* profile_node = spec.get("profile");
  const toml::table* params = spec["params"].as_table();
  if (profile_node == nullptr && params == nullptr) return out;
  rules::PackLoad load = rules::load_rule_pack(texts, province_registers());
  if (!load.pack) {
    add_diagnostics(load.diagnostics, out.problems);
    return out;
  }
  if (const auto profile = profile_node ? profile_node->value<std::string>() : std::nullopt) {
    const std::filesystem::path path = test_file.parent_path() / *profile;
    const SmallFile file = read_small_file(path, kMaxProfileBytes);
    if (file.problem != SmallFileProblem::kNone) {
      out.problems.push_back(test_file_problem(
          test_file.string(), profile_node->source().begin,
          "profile " + path.string() + " cannot be read (a path from the test file's folder)"));
      return out;
    }
    add_diagnostics(rules::apply_profile(*load.pack, path.string(), file.text), out.problems);
    load.pack->profile = path.string();
  }
  if (params != nullptr && out.problems.empty()) {
    add_diagnostics(rules::apply_profile(*load.pack, test_file.string(),
                                         params_as_profile(*params, test_text)),
                    out.problems);
  }
  if (out.problems.empty()) out.tailored = std::move(load.pack);
  return out;
}

}  // namespace genaudit
