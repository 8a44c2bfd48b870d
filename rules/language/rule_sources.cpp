#include "rules/language/rule_sources.h"

#include <algorithm>
#include <filesystem>

namespace genaudit::rules {
namespace {

// Whether `text`, read as `name`, is built-in file `builtin`: the same
// text under a name that ends with the built-in one's file name.
bool is_builtin_copy(const RuleText& text, const RuleText& builtin) {
  namespace fs = std::filesystem;
  return text.text == builtin.text &&
         fs::path(text.name).filename() == fs::path(builtin.name).filename();
}

}  // namespace

SourceTexts read_rule_sources(const RuleSources& sources) {
  SourceTexts out;
  if (!sources.replace_builtin) out.texts = builtin_rule_texts();
  for (const std::string& path : sources.paths) {
    std::vector<RuleText> read = read_rule_files(path, &out.io_error);
    if (!out.io_error.empty()) {
      out.texts.clear();
      out.added.clear();
      return out;
    }
    for (RuleText& t : read) {
      const auto& builtin = builtin_rule_texts();
      const bool copy = !sources.replace_builtin &&
                        std::any_of(builtin.begin(), builtin.end(), [&](const RuleText& b) {
                          return is_builtin_copy(t, b);
                        });
      if (copy) continue;
      out.added.push_back(t.name);
      out.texts.push_back(std::move(t));
    }
  }
  return out;
}

void record_rule_sources(RulePack& pack, const RuleSources& sources, const SourceTexts& texts) {
  pack.added_files = texts.added;
  pack.replaces_builtin = sources.replace_builtin;
}

std::string rule_files_record(const RulePack& pack) {
  if (pack.added_files.empty() && !pack.replaces_builtin) return "";
  std::string out = pack.replaces_builtin ? "" : "built-in";
  for (const std::string& name : pack.added_files) out += (out.empty() ? "" : " + ") + name;
  return out;
}

}  // namespace genaudit::rules
