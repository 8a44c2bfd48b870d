// The subcommands of `genaudit`. Each returns the process exit status:
// 0 clean, 1 findings or unmet indicators, 2 a usage or input error.
#pragma once

#include <string>
#include <vector>

#include "rules/language/rule_pack.h"
#include "rules/language/rule_sources.h"

namespace genaudit::cli {

struct AuditOptions {
  std::string data_dir;
  std::string db_path;
  std::string period;
  std::string as_of;
  std::string format;  // empty: from --output's extension, else text (report_format.h)
  // CSV only: "comma" (empty: not given) or "semicolon", for Excel with
  // Vietnamese regional settings.
  std::string csv_separator;
  std::string output;
  rules::RuleSources rules;  // none: the plan's pack built into the program
  std::string profile;     // a TOML profile tailoring the pack, if any
  std::vector<std::string> mappings;  // --mapping files for registers laid out differently
  std::string per_agency_dir;  // one inspection record per audited agency
  std::string waivers_path;    // a TOML waiver file, if any
  std::string inspection_path;  // the inspection's facts for the records (TOML), if any
  long baseline = 0;           // with --db: list only findings absent from this run
  bool lenient = false;        // with --data: leave out rows with errors (see ImportOptions)
  std::string rejected_dir;    // where they go; default `rejected` in the current folder
  Language lang = Language::kVietnamese;
};

// `genaudit audit`. With --db the run is recorded in the database (its
// facts, the import log it read, findings and indicators) in one
// transaction, and findings carry their status against the previous run.
int run_audit_command(const AuditOptions& options);

// `genaudit runs --db FILE`: the recorded runs, oldest first.
struct RunsOptions {
  std::string db_path;
  std::string format = "text";  // text or json
  Language lang = Language::kVietnamese;
};
int run_runs_command(const RunsOptions& options);

// `genaudit diff --db FILE A B`: findings new, regressed, resolved and
// persisting from run A to run B, and how each indicator moved.
struct DiffOptions {
  std::string db_path;
  long from = 0;
  long to = 0;
  std::string format = "text";  // text or json
  Language lang = Language::kVietnamese;
};
int run_diff_command(const DiffOptions& options);

// `genaudit waivers import --db FILE WAIVERS.toml`: checks the file and
// replaces the waivers stored in the database with its own, in one
// transaction. Audits of the database apply them (a --waivers file wins
// for the same rule, subject and period).
struct WaiversImportOptions {
  std::string db_path;
  std::string file;
  rules::RuleSources rules;  // the pack whose rule ids waivers may name
  Language lang = Language::kVietnamese;
};
int run_waivers_import_command(const WaiversImportOptions& options);

// `genaudit waivers list --db FILE`: the waivers stored in the database,
// each with whether it has expired on the as-of date (by default today),
// as a table or JSON; `--expired` or `--active` keeps only those.
struct WaiversListOptions {
  std::string db_path;
  std::string as_of;            // YYYY-MM-DD; empty: today
  std::string format = "text";  // text or json
  bool only_expired = false;
  bool only_in_force = false;
  Language lang = Language::kVietnamese;
};
int run_waivers_list_command(const WaiversListOptions& options);

// `genaudit waivers remove --db FILE RULE SUBJECT [PERIOD]`: withdraws the
// stored waiver of that rule, subject and period (none: the waiver for
// every period). 2 when no stored waiver has them.
struct WaiversRemoveOptions {
  std::string db_path;
  std::string rule;
  std::string subject;
  std::string period;  // "": the waiver without a period
  Language lang = Language::kVietnamese;
};
int run_waivers_remove_command(const WaiversRemoveOptions& options);

// `genaudit users add --db FILE --name NAME --role ROLE`: adds an account
// of the workspace (engine/store/accounts.h), creating the database when
// absent; its password is one line of standard input (asked for, without
// echo, on a terminal). 2 when the name is taken or not valid, the password
// missing, too short or too long, or stdin holds more than one line.
struct UsersAddOptions {
  std::string db_path;
  std::string name;
  std::string role;  // viewer, inspector, lead or admin (CLI11 checks it)
  Language lang = Language::kVietnamese;
};
int run_users_add_command(const UsersAddOptions& options);

// `genaudit users list --db FILE`: every account by name, its role, whether
// it is disabled and when it was made, as a table or JSON. Nothing of a
// password is shown: the store gives none out.
struct UsersListOptions {
  std::string db_path;
  std::string format = "text";  // text or json
  Language lang = Language::kVietnamese;
};
int run_users_list_command(const UsersListOptions& options);

// `genaudit users disable --db FILE --name NAME`: the account can no longer
// sign in; it is kept, so that the activity log still names it. 2 when no
// account has that name.
struct UsersDisableOptions {
  std::string db_path;
  std::string name;
  Language lang = Language::kVietnamese;
};
int run_users_disable_command(const UsersDisableOptions& options);

struct ImportOptions {
  std::string db_path;
  std::vector<std::string> paths;
  std::vector<std::string> mappings;
  // Import the good rows and write the rejected ones to `rejected_dir`
  // (default: `rejected` beside the database) instead of rejecting a
  // register with errors.
  bool lenient = false;
  std::string rejected_dir;
  // Add the files' rows to the registers stored (one more agency's list)
  // instead of replacing them.
  bool add = false;
  Language lang = Language::kVietnamese;
};

int run_import_command(const ImportOptions& options);

// `genaudit template [REGISTER...] --output DIR [--db FILE]`: a blank .xlsx
// form per register (all when none is named) for agencies to fill in, the
// agency codes from the database when one is given. 2 when a name is no
// register, DIR is not a folder, a form's file exists already (nothing is
// then written), or the database cannot be read.
struct TemplateOptions {
  std::vector<std::string> registers;
  std::string output_dir;
  std::string db_path;  // "" none: the forms' lists of agency codes are empty
  Language lang = Language::kVietnamese;
};
int run_template_command(const TemplateOptions& options);

// `genaudit serve --db FILE`: the inspection team's workspace over HTTP
// (server/workspace.h) until Ctrl+C or SIGTERM; 2 when it cannot start.
struct ServeOptions {
  std::string db_path;
  std::string listen = "127.0.0.1:8080";
  std::string trusted_proxy;         // the reverse proxy's address, if any
  long max_upload_mib = 64;
  long session_idle_seconds = 30 * 60;
  rules::RuleSources rules;          // none: the built-in pack
  std::vector<std::string> profiles;  // the profiles the team may choose
  Language lang = Language::kVietnamese;
};
int run_serve_command(const ServeOptions& options);

struct ExplainOptions {
  std::string rule;
  std::string subject;  // the subject's code; empty for an indicator
  std::string window;   // "2025-03", "2025-Q1", "2025"; empty: every window
  std::string data_dir;
  std::string db_path;
  std::string period;
  std::string as_of;
  rules::RuleSources rules;
  std::string profile;
  std::vector<std::string> mappings;
  bool timings = false;  // --timings: time the rule (or every rule) instead
  Language lang = Language::kVietnamese;
};

// `genaudit explain RULE [SUBJECT] [WINDOW]`, or `explain [RULE] --timings`.
int run_explain_command(const ExplainOptions& options);

// `genaudit rules check [PATH...] [--rules-only]`: the built-in pack with
// the rule files of PATH added, or those files alone.
int run_rules_check_command(const rules::RuleSources& sources);

// `genaudit rules test [PATH]`: 0 all passed, 1 a case failed, 2 no test or
// an invalid pack. The tests run on the built-in pack extended by the rule
// files of PATH (`replace_builtin`: on those files alone). Why nothing ran is
// said in `lang`; the cases' results are the rule language's, in English,
// for the rule writer.
int run_rules_test_command(const std::string& path, bool replace_builtin, Language lang);

// `genaudit rules fmt [--check] [PATH]`: 0 nothing to change (or all
// rewritten), 1 with --check when a file would change, 2 a file that does
// not parse.
int run_rules_fmt_command(const std::string& path, bool check_only);

}  // namespace genaudit::cli
