// How the command line tells the user what went wrong, on standard error,
// in the user's language.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "cli/command_texts.h"
#include "engine/ingest/intake.h"
#include "adapters/registers/register_mapping.h"
#include "engine/store/store_error.h"
#include "rules/language/rule_pack.h"
#include "rules/language/rule_sources.h"

namespace genaudit::cli {

// "genaudit: lỗi: ..." or "genaudit: error: ...": `message`, in `lang`
// already, after the prefix in `lang`.
void usage_error(Language lang, const std::string& message);

// The text of a small file the user named (a profile, a waiver file): a
// regular file of at most `max_bytes` (read_small_file). Otherwise nullopt,
// after saying which file (`what`: kWhatProfile, kWhatWaiverFile) was not
// read and why.
std::optional<std::string> read_named_file(const std::string& path, std::uintmax_t max_bytes,
                                           CommandText what, Language lang);

// Every error kept, then how many more there were.
void print_input_errors(const InputErrors& errors, std::size_t total, Language lang);

// "staff.csv: bỏ qua cột STT, Ghi chú" — columns of no template field.
void print_ignored_columns(const std::string& file, const std::vector<std::string>& columns,
                           Language lang);

// A database error: when another process holds the database (kBusy, after
// the busy timeout), a sentence saying so and what to do; a database
// genaudit will not use (DatabaseRefused: foreign schema objects, damage,
// an older schema opened read-only), why and what to do; a write to a
// database that cannot be written (kReadOnly), what to do instead;
// otherwise SQLite's own message.
void database_error(Language lang, const std::string& db_path, const StoreError& e);

// Every problem of the mapping files, then that nothing was imported.
// A folder (or file) holding no register at all: what genaudit looked for,
// and each file it found with why it is not a register.
void print_no_register(const std::string& path, const std::vector<UnreadFile>& not_read,
                       Language lang);

// The files given that were not read, one a line with the reason.
void print_not_read(const std::vector<UnreadFile>& not_read, Language lang);

void print_mapping_problems(const std::vector<MappingProblem>& problems, Language lang);

// The pack `sources` names (rules/language/rule_sources.h: the built-in
// pack, extended or replaced by the user's rule files), tailored by the
// profile at `profile_path` when there is one; on a problem prints
// every diagnostic and returns nullopt. With `rule_kinds`, fills it with
// every rule of the pack before the profile chooses among them. A missing
// rule path or profile, and the count of errors, are said in `lang`; the
// diagnostics themselves are the rule language's, in English, for the
// rule writer.
std::optional<rules::RulePack> load_pack_or_report(
    const rules::RuleSources& sources, const std::string& profile_path = "",
    std::map<std::string, rules::RuleKind>* rule_kinds = nullptr,
    Language lang = Language::kVietnamese);

}  // namespace genaudit::cli
