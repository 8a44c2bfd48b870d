#include "cli/diagnostics_output.h"

#include <filesystem>
#include <iostream>

#include "adapters/registers/province_registers.h"
#include "engine/core/small_file.h"
#include "engine/store/audit_store.h"
#include "engine/store/database_refused.h"
#include "reports/escaping.h"
#include "reports/messages.h"
#include "rules/language/pack_loader.h"
#include "rules/language/profile.h"

namespace genaudit::cli {
namespace {

// A profile is a few dozen parameters.
constexpr std::uintmax_t kMaxProfileBytes = std::uintmax_t{1} << 20;

// Why a file the user named was not read, to follow "cannot be read";
// empty when it could not be opened (its name says enough).
std::string small_file_reason(SmallFileProblem problem, std::uintmax_t max_bytes,
                              Language lang) {
  switch (problem) {
    case SmallFileProblem::kNone:
    case SmallFileProblem::kCannotOpen: return "";
    case SmallFileProblem::kNotRegular:
      return command_text(CommandText::kNotARegularFile, lang);
    case SmallFileProblem::kTooLarge:
      return command_text(CommandText::kFileTooLarge, lang, {std::to_string(max_bytes)});
  }
  return "";
}

}  // namespace

void usage_error(Language lang, const std::string& message) {
  std::cerr << command_text(CommandText::kErrorPrefix, lang) << message << "\n";
}

std::optional<std::string> read_named_file(const std::string& path, std::uintmax_t max_bytes,
                                           CommandText what, Language lang) {
  SmallFile file = read_small_file(path, max_bytes);
  if (file.problem == SmallFileProblem::kNone) return std::move(file.text);
  usage_error(lang, command_text(CommandText::kNamedFileUnreadable, lang,
                                 {command_text(what, lang), path,
                                  small_file_reason(file.problem, max_bytes, lang)}));
  return std::nullopt;
}


void print_input_errors(const InputErrors& errors, std::size_t total, Language lang) {
  for (const InputError& e : errors) std::cerr << render_input_error(e, lang) << "\n";
  if (total > errors.size()) {
    std::cerr << command_text(CommandText::kMoreErrors, lang,
                              {std::to_string(total - errors.size())})
              << "\n";
  }
  std::cerr << command_text(CommandText::kNothingImported, lang) << "\n";
}

void print_mapping_problems(const std::vector<MappingProblem>& problems, Language lang) {
  std::cerr << format_mapping_problems(problems);
  std::cerr << command_text(CommandText::kMappingErrors, lang) << "\n";
}

void print_ignored_columns(const std::string& file, const std::vector<std::string>& columns,
                           Language lang) {
  std::string list;
  for (const std::string& c : columns) list += (list.empty() ? "" : ", ") + c;
  std::cerr << "genaudit: " << command_text(CommandText::kIgnoredColumns, lang, {file, list})
            << "\n";
}

namespace {

std::string unread_reason(const UnreadFile& f, Language lang) {
  switch (f.reason) {
    case UnreadReason::kNotARegisterFormat:
      return command_text(CommandText::kUnreadNotASpreadsheet, lang);
    case UnreadReason::kNoRegisterHeader:
      return command_text(CommandText::kUnreadNoRegisterHeader, lang);
    case UnreadReason::kMappingFile:
      return command_text(CommandText::kUnreadMappingFile, lang);
    case UnreadReason::kRejectedRowsFile:
      return command_text(CommandText::kUnreadRejectedRows, lang);
    case UnreadReason::kHidden:
      return command_text(CommandText::kUnreadHidden, lang);
  }
  return "";
}

}  // namespace

void print_no_register(const std::string& path, const std::vector<UnreadFile>& not_read,
                       Language lang) {
  std::string names;
  for (const RegisterSchema& r : all_registers()) names += (names.empty() ? "" : ", ") + r.name;
  usage_error(lang, command_text(CommandText::kNoRegister, lang, {path, names}));
  if (not_read.empty()) std::cerr << command_text(CommandText::kNoFileFound, lang) << "\n";
  for (const UnreadFile& f : not_read) {
    std::cerr << "  " << clean_text(f.file) << ": " << unread_reason(f, lang) << "\n";
  }
}

void print_not_read(const std::vector<UnreadFile>& not_read, Language lang) {
  for (const UnreadFile& f : not_read) {
    std::cerr << "genaudit: "
              << command_text(CommandText::kFileNotRead, lang,
                              {clean_text(f.file), unread_reason(f, lang)})
              << "\n";
  }
}

namespace {

// A schema object's type as a sentence names it: table, index and view in
// `lang`, any other (trigger) as the database writes it.
std::string object_type_text(const std::string& type, Language lang) {
  if (type == "table") return command_text(CommandText::kDatabaseObjectTable, lang);
  if (type == "index") return command_text(CommandText::kDatabaseObjectIndex, lang);
  if (type == "view") return command_text(CommandText::kDatabaseObjectView, lang);
  return terminal_line(type);
}

// Schema objects as a sentence names them: `trigger "x"`, `bảng "y"`...; at
// most ten, then how many more. Names come from the database: shown as
// text a terminal cannot take for a command.
std::string objects_text(const std::vector<SchemaObject>& objects, Language lang) {
  constexpr std::size_t kShown = 10;
  std::string out;
  for (std::size_t i = 0; i < objects.size() && i < kShown; ++i) {
    out += (i == 0 ? "" : ", ") + object_type_text(objects[i].type, lang) + " \"" +
           terminal_line(objects[i].name) + "\"";
  }
  if (objects.size() > kShown) {
    out = command_text(CommandText::kDatabaseObjectsMore, lang,
                       {out, std::to_string(objects.size() - kShown)});
  }
  return out;
}

// Why the database is not used, and what to do.
void database_refused(Language lang, const std::string& db_path, const DatabaseRefused& e) {
  const std::string db = "\"" + terminal_line(db_path) + "\"";
  switch (e.reason()) {
    case DatabaseRefused::Reason::kForeignObjects:
      usage_error(lang, command_text(CommandText::kDatabaseForeignObjects, lang,
                                     {db, objects_text(e.objects(), lang)}));
      return;
    case DatabaseRefused::Reason::kNeedsUpgrade:
      usage_error(lang, command_text(CommandText::kDatabaseNeedsUpgrade, lang,
                                     {db, objects_text(e.objects(), lang)}));
      return;
    case DatabaseRefused::Reason::kImpossibleCopy:
      usage_error(lang, command_text(CommandText::kDatabaseCopyTooShort, lang,
                                     {db, terminal_line(e.register_name()),
                                      std::to_string(e.count()), std::to_string(e.bytes()),
                                      command_text(CommandText::kDatabaseDamagedAdvice, lang)}));
      return;
    case DatabaseRefused::Reason::kEvidenceTooDeep: {
      const std::string finding = terminal_line(e.rule()) + " / " + terminal_line(e.subject());
      usage_error(lang, command_text(CommandText::kDatabaseEvidenceTooDeep, lang,
                                     {db, finding, std::to_string(e.run()),
                                      std::to_string(e.count()),
                                      command_text(CommandText::kDatabaseDamagedAdvice, lang)}));
      return;
    }
  }
}

}  // namespace

void database_error(Language lang, const std::string& db_path, const StoreError& e) {
  if (const auto* refused = dynamic_cast<const DatabaseRefused*>(&e)) {
    database_refused(lang, db_path, *refused);
    return;
  }
  if (e.kind() == StoreError::Kind::kBusy) {
    const int ms = AuditStore::busy_timeout_ms();
    const std::string waited =
        ms % 1000 == 0
            ? command_text(CommandText::kWaitedSeconds, lang, {std::to_string(ms / 1000)})
            : command_text(CommandText::kWaitedMilliseconds, lang, {std::to_string(ms)});
    usage_error(lang, command_text(CommandText::kDatabaseBusy, lang, {db_path, waited}));
    return;
  }
  if (e.kind() == StoreError::Kind::kReadOnly) {
    // A command that writes (import, audit --db, waivers add) on a file,
    // folder or medium that cannot be written: the reading commands open
    // such a database read-only and work.
    usage_error(lang, command_text(CommandText::kDatabaseReadOnly, lang, {db_path}));
    return;
  }
  usage_error(lang, command_text(CommandText::kDatabaseError, lang, {e.what()}));
}

std::optional<rules::RulePack> load_pack_or_report(
    const rules::RuleSources& sources, const std::string& profile_path,
    std::map<std::string, rules::RuleKind>* rule_kinds, Language lang) {
  for (const std::string& path : sources.paths) {
    if (std::error_code ec; !std::filesystem::exists(path, ec)) {
      usage_error(lang, command_text(CommandText::kRulePathMissing, lang, {path}));
      return std::nullopt;
    }
  }
  if (sources.replace_builtin && sources.paths.empty()) {
    usage_error(lang, command_text(CommandText::kRulesOnlyWithoutRules, lang));
    return std::nullopt;
  }
  const rules::SourceTexts texts = rules::read_rule_sources(sources);
  if (!texts.io_error.empty()) {
    std::cerr << "genaudit: " << texts.io_error << "\n";
    return std::nullopt;
  }
  rules::PackLoad load = rules::load_rule_pack(texts.texts, province_registers());
  if (!load.pack) {
    std::cerr << rules::format_diagnostics(load.diagnostics);
    std::cerr << command_text(CommandText::kRulePackErrors, lang,
                              {std::to_string(load.diagnostics.size())})
              << "\n";
    return std::nullopt;
  }
  rules::record_rule_sources(*load.pack, sources, texts);
  if (rule_kinds) {
    for (const rules::RuleInfo& rule : load.pack->rules) (*rule_kinds)[rule.id] = rule.kind;
  }
  if (!profile_path.empty()) {
    const std::optional<std::string> text =
        read_named_file(profile_path, kMaxProfileBytes, CommandText::kWhatProfile, lang);
    if (!text) return std::nullopt;
    const rules::Diagnostics problems = rules::apply_profile(*load.pack, profile_path, *text);
    if (!problems.empty()) {
      std::cerr << rules::format_diagnostics(problems);
      std::cerr << command_text(CommandText::kProfileErrors, lang,
                                {std::to_string(problems.size())})
                << "\n";
      return std::nullopt;
    }
    load.pack->profile = profile_path;
  }
  return std::move(load.pack);
}

}  // namespace genaudit::cli
