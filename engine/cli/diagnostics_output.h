// How the command line tells the user what went wrong, on standard error,
// in the user's language.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "rules/language/rule_pack.h"

namespace genaudit::cli {

// "genaudit: lỗi: ..." or "genaudit: error: ...".
void usage_error(rules::Language lang, const std::string& vi, const std::string& en);

// Every error kept, then how many more there were.
void print_input_errors(const InputErrors& errors, std::size_t total, rules::Language lang);

// "staff.csv: bỏ qua cột STT, Ghi chú" — columns of no template field.
void print_ignored_columns(const std::string& file, const std::vector<std::string>& columns,
                           rules::Language lang);

// The pack at `path`, or the built-in pack when `path` is empty, tailored
// by the profile at `profile_path` when there is one; on a problem prints
// every diagnostic and returns nullopt.
std::optional<rules::RulePack> load_pack_or_report(const std::string& path,
                                                   const std::string& profile_path = "");

}  // namespace genaudit::cli
