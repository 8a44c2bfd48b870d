// genaudit's command line: parses the arguments and hands over to a
// subcommand. Usage errors exit with status 2.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "engine/cli/commands.h"

int main(int argc, char** argv) {
  using genaudit::rules::Language;
  // Logs go to standard error: standard output may be the report itself.
  spdlog::set_default_logger(spdlog::stderr_logger_st("genaudit"));
  spdlog::set_pattern("genaudit: %v");
  CLI::App app{"genaudit — kiểm tra việc thực hiện KH 11983/UBND-KGVX về bình đẳng giới"};
  app.require_subcommand(1);
  std::string lang = "vi";

  genaudit::cli::AuditOptions audit;
  CLI::App* audit_cmd = app.add_subcommand("audit", "Run the rule pack over the registers");
  audit_cmd->add_option("--data", audit.data_dir, "Folder of register files (agencies.csv or .xlsx, staff, ...)");
  audit_cmd->add_option("--db", audit.db_path, "Audit database made by `genaudit import`");
  audit_cmd->add_option("--period", audit.period, "YYYY or YYYY-MM..YYYY-MM")->required();
  audit_cmd->add_option("--as-of", audit.as_of, "YYYY-MM-DD (default: the period's last day)");
  audit_cmd->add_option("--format", audit.format, "text, json, html, md, csv or xlsx")
      ->capture_default_str();
  audit_cmd->add_option("--per-agency", audit.per_agency_dir,
                        "Also write one inspection record per audited agency (HTML, Markdown) here");
  audit_cmd->add_option("--output", audit.output, "Write the report here instead of stdout");
  audit_cmd->add_option("--rules", audit.rules_path, "A rule file or folder instead of the plan's pack");
  audit_cmd->add_option("--mapping", audit.mappings,
                        "A mapping file (TOML) for registers laid out differently (repeatable)");
  audit_cmd->add_option("--profile", audit.profile, "A TOML profile: parameters and rules to run");
  audit_cmd->add_option("--waivers", audit.waivers_path,
                        "A TOML file of waivers: findings set aside until an expiry date");
  audit_cmd->add_option("--baseline", audit.baseline,
                        "With --db: list only the findings absent from this recorded run")
      ->check(CLI::PositiveNumber);
  audit_cmd->add_flag("--lenient", audit.lenient,
                      "With --data: audit the good rows; write rows with errors to --rejected");
  audit_cmd->add_option("--rejected", audit.rejected_dir,
                        "Folder for the rejected rows (default: ./rejected)");
  audit_cmd->add_option("--lang", lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));

  genaudit::cli::RunsOptions runs;
  CLI::App* runs_cmd = app.add_subcommand("runs", "List the audit runs recorded in a database");
  runs_cmd->add_option("--db", runs.db_path, "The audit database")->required();
  runs_cmd->add_option("--format", runs.format, "text or json")->capture_default_str();
  runs_cmd->add_option("--lang", lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));

  genaudit::cli::DiffOptions diff;
  CLI::App* diff_cmd = app.add_subcommand("diff", "Compare two recorded audit runs");
  diff_cmd->add_option("--db", diff.db_path, "The audit database")->required();
  diff_cmd->add_option("from", diff.from, "Run A (see `genaudit runs`)")->required()
      ->check(CLI::PositiveNumber);
  diff_cmd->add_option("to", diff.to, "Run B")->required()->check(CLI::PositiveNumber);
  diff_cmd->add_option("--format", diff.format, "text or json")->capture_default_str();
  diff_cmd->add_option("--lang", lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));

  genaudit::cli::WaiversImportOptions waivers;
  CLI::App* waivers_cmd = app.add_subcommand("waivers", "Work on the waivers of a database");
  waivers_cmd->require_subcommand(1);
  CLI::App* waivers_import_cmd =
      waivers_cmd->add_subcommand("import", "Store a waiver file's waivers in the database");
  waivers_import_cmd->add_option("--db", waivers.db_path, "The audit database")->required();
  waivers_import_cmd->add_option("file", waivers.file, "A TOML waiver file")->required();
  waivers_import_cmd->add_option("--rules", waivers.rules_path,
                                 "The rule file or folder whose ids waivers name");
  waivers_import_cmd->add_option("--lang", lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));
  genaudit::cli::WaiversListOptions waivers_list;
  CLI::App* waivers_list_cmd =
      waivers_cmd->add_subcommand("list", "List the waivers stored in the database");
  waivers_list_cmd->add_option("--db", waivers_list.db_path, "The audit database")->required();
  waivers_list_cmd->add_option("--as-of", waivers_list.as_of,
                               "YYYY-MM-DD: the day expiry is judged on (default: today)");
  waivers_list_cmd->add_option("--format", waivers_list.format, "text or json")
      ->capture_default_str();
  CLI::Option* only_expired = waivers_list_cmd->add_flag(
      "--expired", waivers_list.only_expired, "Only the waivers expired on the as-of date");
  waivers_list_cmd
      ->add_flag("--active", waivers_list.only_in_force,
                 "Only the waivers in force on the as-of date")
      ->excludes(only_expired);
  waivers_list_cmd->add_option("--lang", lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));
  genaudit::cli::WaiversRemoveOptions waivers_remove;
  CLI::App* waivers_remove_cmd =
      waivers_cmd->add_subcommand("remove", "Withdraw one waiver stored in the database");
  waivers_remove_cmd->add_option("--db", waivers_remove.db_path, "The audit database")->required();
  waivers_remove_cmd->add_option("rule", waivers_remove.rule, "The waiver's rule, e.g. O1.S4")
      ->required();
  waivers_remove_cmd->add_option("subject", waivers_remove.subject, "The subject's code")
      ->required();
  waivers_remove_cmd->add_option("period", waivers_remove.period,
                                 "Its period: 2025, 2025-Q1 or 2025-03 (none: every period)");
  waivers_remove_cmd->add_option("--lang", lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));

  genaudit::cli::ExplainOptions explain;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Why a rule fired or did not for a subject");
  explain_cmd->add_option("rule", explain.rule, "A rule id, e.g. O1.S4")->required();
  explain_cmd->add_option("subject", explain.subject, "The subject's code (findings)");
  explain_cmd->add_option("window", explain.window, "A window: 2025-03, 2025-Q1 or 2025");
  explain_cmd->add_option("--data", explain.data_dir, "Folder of register files");
  explain_cmd->add_option("--db", explain.db_path, "Audit database made by `genaudit import`");
  explain_cmd->add_option("--period", explain.period, "YYYY or YYYY-MM..YYYY-MM")->required();
  explain_cmd->add_option("--as-of", explain.as_of, "YYYY-MM-DD (default: the period's last day)");
  explain_cmd->add_option("--rules", explain.rules_path, "A rule file or folder instead of the plan's pack");
  explain_cmd->add_option("--profile", explain.profile, "A TOML profile");
  explain_cmd->add_option("--mapping", explain.mappings, "A mapping file (repeatable)");
  explain_cmd->add_option("--lang", lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));

  genaudit::cli::ImportOptions import;
  CLI::App* import_cmd = app.add_subcommand("import", "Import register files into a database");
  import_cmd->add_option("--db", import.db_path, "The audit database (created if absent)")->required();
  import_cmd->add_option("paths", import.paths, "Register files or folders")->required();
  import_cmd->add_option("--mapping", import.mappings, "A mapping file (repeatable)");
  import_cmd->add_flag("--lenient", import.lenient,
                       "Import the good rows; write rows with errors to --rejected to fix");
  import_cmd->add_option("--rejected", import.rejected_dir,
                         "Folder for the rejected rows (default: rejected/ beside the database)");
  import_cmd->add_flag("--add", import.add,
                       "Add the files' rows to the registers stored (one more agency's list) "
                       "instead of replacing them");
  import_cmd->add_option("--lang", lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));

  std::string rules_path;
  CLI::App* rules_cmd = app.add_subcommand("rules", "Work on rule files");
  rules_cmd->require_subcommand(1);
  CLI::App* check_cmd = rules_cmd->add_subcommand("check", "Check rule files without running them");
  check_cmd->add_option("path", rules_path, "A rule file or folder (default: the plan's pack)");
  std::string fmt_path = "rules/pack";
  bool fmt_check = false;
  CLI::App* fmt_cmd = rules_cmd->add_subcommand("fmt", "Rewrite rule files in the canonical layout");
  fmt_cmd->add_option("path", fmt_path, "A rule file or folder")->capture_default_str();
  fmt_cmd->add_flag("--check", fmt_check, "Change nothing; exit 1 if a file would change");
  std::string tests_path = "rules/pack";
  CLI::App* test_cmd = rules_cmd->add_subcommand("test", "Run rule unit tests (*.test.toml)");
  test_cmd->add_option("path", tests_path, "A test file or folder")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  const Language language = lang == "en" ? Language::kEnglish : Language::kVietnamese;
  if (*audit_cmd) {
    audit.lang = language;
    return genaudit::cli::run_audit_command(audit);
  }
  if (*explain_cmd) {
    explain.lang = language;
    return genaudit::cli::run_explain_command(explain);
  }
  if (*import_cmd) {
    import.lang = language;
    return genaudit::cli::run_import_command(import);
  }
  if (*runs_cmd) {
    runs.lang = language;
    return genaudit::cli::run_runs_command(runs);
  }
  if (*diff_cmd) {
    diff.lang = language;
    return genaudit::cli::run_diff_command(diff);
  }
  if (*waivers_import_cmd) {
    waivers.lang = language;
    return genaudit::cli::run_waivers_import_command(waivers);
  }
  if (*waivers_list_cmd) {
    waivers_list.lang = language;
    return genaudit::cli::run_waivers_list_command(waivers_list);
  }
  if (*waivers_remove_cmd) {
    waivers_remove.lang = language;
    return genaudit::cli::run_waivers_remove_command(waivers_remove);
  }
  if (*check_cmd) return genaudit::cli::run_rules_check_command(rules_path);
  if (*test_cmd) return genaudit::cli::run_rules_test_command(tests_path);
  if (*fmt_cmd) return genaudit::cli::run_rules_fmt_command(fmt_path, fmt_check);
  return 2;
}
