// genaudit's command line: parses the arguments and hands over to a
// subcommand. Usage errors exit with status 2.
//
// Everything the command line says is in the user's language, --help and
// parse errors included: the language is read from argv before parsing
// (cli_language.h), the help and errors go through cli_messages.h, and
// every description and placeholder below is a row of cli/command_texts.h.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "adapters/registers/province_registers.h"
#include "cli/cli_language.h"
#include "cli/cli_messages.h"
#include "cli/command_texts.h"
#include "cli/commands.h"
#include "reports/terminal.h"

int main(int argc, char** argv) {
  using genaudit::Language;
  // Every message and log line reaches the terminal through terminal_text():
  // the register text they quote cannot send it escape sequences.
  const genaudit::TerminalSafeStream safe_errors(std::cerr);
  // Logs go to standard error (standard output may be the report itself),
  // through std::cerr and so through safe_errors.
  spdlog::set_default_logger(std::make_shared<spdlog::logger>(
      "genaudit", std::make_shared<spdlog::sinks::ostream_sink_st>(std::cerr, true)));
  spdlog::set_pattern("genaudit: %v");
  const Language language = genaudit::cli::language_from_argv(argc, argv);
  using enum genaudit::cli::CommandText;
  const auto T = [language](genaudit::cli::CommandText id) {
    return genaudit::cli::command_text(id, language);
  };

  CLI::App app{T(kHelpApp),
              "genaudit"};  // named, not argv[0]: help and messages say `genaudit audit`
  // Set before any subcommand is added: subcommands copy them.
  app.formatter(genaudit::cli::make_help_formatter(language));
  app.option_defaults()->group(T(kHelpOptionsGroup));
  app.set_help_flag("-h,--help", T(kHelpHelpFlag));
  app.require_subcommand(1);
  std::string lang = "vi";
  const std::string lang_help = T(kHelpLang);
  const auto add_lang = [&](CLI::App* cmd) {
    cmd->add_option("--lang", lang, lang_help)->type_name("vi|en")->check(CLI::IsMember({"vi", "en"}));
  };
  const std::string kDir = T(kPlaceholderDir), kFile = T(kPlaceholderFile),
                    kPeriod = T(kPlaceholderPeriod), kDate = T(kPlaceholderDate),
                    kPath = T(kPlaceholderPath), kRule = T(kPlaceholderRule),
                    kSubject = T(kPlaceholderSubject);
  const std::string period_help = T(kHelpPeriod);
  const std::string as_of_help = T(kHelpAsOf);
  const std::string db_help = T(kHelpDatabase);
  const std::string text_or_json = T(kHelpTextOrJson);

  // Also before the command and after `waivers`, so that `genaudit --lang en`
  // alone is told in English that a command is missing.
  add_lang(&app);

  genaudit::cli::AuditOptions audit;
  CLI::App* audit_cmd = app.add_subcommand("audit", T(kHelpAudit));
  audit_cmd->footer(T(kAuditExamples));
  audit_cmd->add_option("--data", audit.data_dir, T(kHelpAuditData))->type_name(kDir);
  audit_cmd->add_option("--db", audit.db_path, T(kHelpDatabaseMadeByImport))->type_name(kFile);
  audit_cmd->add_option("--period", audit.period, period_help)->type_name(kPeriod)->required();
  audit_cmd->add_option("--as-of", audit.as_of, as_of_help)->type_name(kDate);
  audit_cmd->add_option("--format", audit.format, T(kHelpAuditFormat))
      ->type_name(T(kPlaceholderFormat));
  audit_cmd->add_option("--csv-separator", audit.csv_separator, T(kHelpAuditCsvSeparator))
      ->type_name("comma|semicolon")
      ->check(CLI::IsMember({"comma", "semicolon"}));
  audit_cmd->add_option("--per-agency", audit.per_agency_dir, T(kHelpAuditPerAgency))
      ->type_name(kDir);
  audit_cmd->add_option("--output", audit.output, T(kHelpAuditOutput))->type_name(kFile);
  audit_cmd->add_option("--rules", audit.rules.paths, T(kHelpRulesOption))->type_name(kPath);
  audit_cmd->add_flag("--rules-only", audit.rules.replace_builtin, T(kHelpRulesOnlyOption));
  audit_cmd->add_option("--mapping", audit.mappings, T(kHelpAuditMapping))->type_name(kFile);
  audit_cmd->add_option("--profile", audit.profile, T(kHelpAuditProfile))->type_name(kFile);
  audit_cmd->add_option("--waivers", audit.waivers_path, T(kHelpAuditWaivers))->type_name(kFile);
  audit_cmd->add_option("--inspection", audit.inspection_path, T(kHelpAuditInspection))
      ->type_name(kFile);
  audit_cmd->add_option("--baseline", audit.baseline, T(kHelpAuditBaseline))
      ->type_name(T(kPlaceholderRun))
      ->check(CLI::PositiveNumber);
  audit_cmd->add_flag("--lenient", audit.lenient, T(kHelpAuditLenient));
  audit_cmd->add_option("--rejected", audit.rejected_dir, T(kHelpAuditRejected))->type_name(kDir);
  add_lang(audit_cmd);

  genaudit::cli::RunsOptions runs;
  CLI::App* runs_cmd = app.add_subcommand("runs", T(kHelpRuns));
  runs_cmd->add_option("--db", runs.db_path, db_help)->type_name(kFile)->required();
  runs_cmd->add_option("--format", runs.format, text_or_json)
      ->type_name(T(kPlaceholderFormat))
      ->capture_default_str();
  add_lang(runs_cmd);

  genaudit::cli::DiffOptions diff;
  CLI::App* diff_cmd = app.add_subcommand("diff", T(kHelpDiff));
  diff_cmd->add_option("--db", diff.db_path, db_help)->type_name(kFile)->required();
  diff_cmd->add_option("A", diff.from, T(kHelpDiffA))->required()->check(CLI::PositiveNumber);
  diff_cmd->add_option("B", diff.to, T(kHelpDiffB))->required()->check(CLI::PositiveNumber);
  diff_cmd->add_option("--format", diff.format, text_or_json)
      ->type_name(T(kPlaceholderFormat))
      ->capture_default_str();
  add_lang(diff_cmd);

  genaudit::cli::WaiversImportOptions waivers;
  CLI::App* waivers_cmd = app.add_subcommand("waivers", T(kHelpWaivers));
  waivers_cmd->require_subcommand(1);
  add_lang(waivers_cmd);
  CLI::App* waivers_import_cmd = waivers_cmd->add_subcommand("import", T(kHelpWaiversImport));
  waivers_import_cmd->add_option("--db", waivers.db_path, db_help)->type_name(kFile)->required();
  waivers_import_cmd->add_option(kFile, waivers.file, T(kHelpWaiversImportFile))->required();
  waivers_import_cmd->add_option("--rules", waivers.rules.paths, T(kHelpWaiversImportRules))
      ->type_name(kPath);
  waivers_import_cmd->add_flag("--rules-only", waivers.rules.replace_builtin,
                               T(kHelpRulesOnlyOption));
  add_lang(waivers_import_cmd);
  genaudit::cli::WaiversListOptions waivers_list;
  CLI::App* waivers_list_cmd = waivers_cmd->add_subcommand("list", T(kHelpWaiversList));
  waivers_list_cmd->add_option("--db", waivers_list.db_path, db_help)->type_name(kFile)->required();
  waivers_list_cmd->add_option("--as-of", waivers_list.as_of, T(kHelpWaiversListAsOf))
      ->type_name(kDate);
  waivers_list_cmd->add_option("--format", waivers_list.format, text_or_json)
      ->type_name(T(kPlaceholderFormat))
      ->capture_default_str();
  CLI::Option* only_expired = waivers_list_cmd->add_flag("--expired", waivers_list.only_expired,
                                                         T(kHelpWaiversListExpired));
  waivers_list_cmd->add_flag("--active", waivers_list.only_in_force, T(kHelpWaiversListActive))
      ->excludes(only_expired);
  add_lang(waivers_list_cmd);
  genaudit::cli::WaiversRemoveOptions waivers_remove;
  CLI::App* waivers_remove_cmd = waivers_cmd->add_subcommand("remove", T(kHelpWaiversRemove));
  waivers_remove_cmd->add_option("--db", waivers_remove.db_path, db_help)
      ->type_name(kFile)
      ->required();
  waivers_remove_cmd->add_option(kRule, waivers_remove.rule, T(kHelpWaiversRemoveRule))->required();
  waivers_remove_cmd->add_option(kSubject, waivers_remove.subject, T(kHelpWaiversRemoveSubject))
      ->required();
  waivers_remove_cmd->add_option(kPeriod, waivers_remove.period, T(kHelpWaiversRemovePeriod));
  add_lang(waivers_remove_cmd);

  // `users`: the workspace's accounts. The password is read from standard
  // input, never taken as an option (`ps` and the shell's history show those).
  const std::string name_placeholder = T(kPlaceholderName);
  CLI::App* users_cmd = app.add_subcommand("users", T(kHelpUsers));
  users_cmd->require_subcommand(1);
  add_lang(users_cmd);
  genaudit::cli::UsersAddOptions users_add;
  CLI::App* users_add_cmd = users_cmd->add_subcommand("add", T(kHelpUsersAdd));
  users_add_cmd->footer(T(kUsersAddExamples));
  users_add_cmd->add_option("--db", users_add.db_path, T(kHelpImportDatabase))
      ->type_name(kFile)
      ->required();
  users_add_cmd->add_option("--name", users_add.name, T(kHelpUsersName))
      ->type_name(name_placeholder)
      ->required();
  users_add_cmd->add_option("--role", users_add.role, T(kHelpUsersRole))
      ->type_name(T(kPlaceholderRole))
      ->required()
      ->check(CLI::IsMember({"viewer", "inspector", "lead", "admin"}));
  add_lang(users_add_cmd);
  genaudit::cli::UsersListOptions users_list;
  CLI::App* users_list_cmd = users_cmd->add_subcommand("list", T(kHelpUsersList));
  users_list_cmd->add_option("--db", users_list.db_path, db_help)->type_name(kFile)->required();
  users_list_cmd->add_option("--format", users_list.format, text_or_json)
      ->type_name(T(kPlaceholderFormat))
      ->capture_default_str();
  add_lang(users_list_cmd);
  genaudit::cli::UsersDisableOptions users_disable;
  CLI::App* users_disable_cmd = users_cmd->add_subcommand("disable", T(kHelpUsersDisable));
  users_disable_cmd->add_option("--db", users_disable.db_path, db_help)
      ->type_name(kFile)
      ->required();
  users_disable_cmd->add_option("--name", users_disable.name, T(kHelpUsersName))
      ->type_name(name_placeholder)
      ->required();
  add_lang(users_disable_cmd);

  genaudit::cli::ExplainOptions explain;
  CLI::App* explain_cmd = app.add_subcommand("explain", T(kHelpExplain));
  explain_cmd->add_option(kRule, explain.rule, T(kHelpExplainRule));
  explain_cmd->add_option(kSubject, explain.subject, T(kHelpExplainSubject));
  explain_cmd->add_option(T(kPlaceholderWindow), explain.window, T(kHelpExplainWindow));
  explain_cmd->add_option("--data", explain.data_dir, T(kHelpExplainData))->type_name(kDir);
  explain_cmd->add_option("--db", explain.db_path, T(kHelpDatabaseMadeByImport))->type_name(kFile);
  explain_cmd->add_option("--period", explain.period, period_help)->type_name(kPeriod)->required();
  explain_cmd->add_option("--as-of", explain.as_of, as_of_help)->type_name(kDate);
  explain_cmd->add_option("--rules", explain.rules.paths, T(kHelpRulesOption))->type_name(kPath);
  explain_cmd->add_flag("--rules-only", explain.rules.replace_builtin, T(kHelpRulesOnlyOption));
  explain_cmd->add_option("--profile", explain.profile, T(kHelpExplainProfile))->type_name(kFile);
  explain_cmd->add_flag("--timings", explain.timings, T(kHelpExplainTimings));
  explain_cmd->add_option("--mapping", explain.mappings, T(kHelpMapping))->type_name(kFile);
  add_lang(explain_cmd);

  genaudit::cli::ImportOptions import;
  CLI::App* import_cmd = app.add_subcommand("import", T(kHelpImport));
  import_cmd->footer(T(kImportExamples));
  import_cmd->add_option("--db", import.db_path, T(kHelpImportDatabase))
      ->type_name(kFile)
      ->required();
  import_cmd->add_option(kPath, import.paths, T(kHelpImportPaths))->required();
  import_cmd->add_option("--mapping", import.mappings, T(kHelpMapping))->type_name(kFile);
  import_cmd->add_flag("--lenient", import.lenient, T(kHelpImportLenient));
  import_cmd->add_option("--rejected", import.rejected_dir, T(kHelpImportRejected))
      ->type_name(kDir);
  import_cmd->add_flag("--add", import.add, T(kHelpImportAdd));
  add_lang(import_cmd);

  genaudit::cli::TemplateOptions template_options;
  std::string register_names;
  for (const std::string& name : genaudit::province_registers().names()) {
    register_names += (register_names.empty() ? "" : ", ") + name;
  }
  CLI::App* template_cmd = app.add_subcommand("template", T(kHelpTemplate));
  template_cmd->footer(
      genaudit::cli::command_text(genaudit::cli::CommandText::kTemplateExamples, language,
                                  {register_names}));
  template_cmd->add_option(T(kPlaceholderRegister), template_options.registers,
                           T(kHelpTemplateRegisters));
  template_cmd->add_option("--output", template_options.output_dir, T(kHelpTemplateOutput))
      ->type_name(kDir)
      ->required();
  template_cmd->add_option("--db", template_options.db_path, T(kHelpTemplateDatabase))
      ->type_name(kFile);
  add_lang(template_cmd);

  genaudit::cli::ServeOptions serve;
  CLI::App* serve_cmd = app.add_subcommand("serve", T(kHelpServe));
  serve_cmd->add_option("--db", serve.db_path, T(kHelpServeDatabase))->type_name(kFile)->required();
  serve_cmd->add_option("--listen", serve.listen, T(kHelpServeListen))
      ->type_name("ADDR:PORT")
      ->capture_default_str();
  serve_cmd->add_option("--trusted-proxy", serve.trusted_proxy, T(kHelpServeTrustedProxy))
      ->type_name("ADDR");
  serve_cmd->add_option("--max-upload", serve.max_upload_mib, T(kHelpServeMaxUpload))
      ->type_name("MiB")
      ->check(CLI::Range(1L, 4096L))
      ->capture_default_str();
  serve_cmd->add_option("--session-idle", serve.session_idle_seconds, T(kHelpServeSessionIdle))
      ->type_name("SECONDS")
      ->check(CLI::Range(1L, 7L * 24 * 3600))
      ->capture_default_str();
  serve_cmd->add_option("--rules", serve.rules.paths, T(kHelpRulesOption))->type_name(kPath);
  serve_cmd->add_flag("--rules-only", serve.rules.replace_builtin, T(kHelpRulesOnlyOption));
  serve_cmd->add_option("--profile", serve.profiles, T(kHelpServeProfile))->type_name(kFile);
  add_lang(serve_cmd);

  genaudit::rules::RuleSources rules_to_check;
  CLI::App* rules_cmd = app.add_subcommand("rules", T(kHelpRules));
  rules_cmd->require_subcommand(1);
  CLI::App* check_cmd = rules_cmd->add_subcommand("check", T(kHelpRulesCheck));
  check_cmd->add_option(kPath, rules_to_check.paths, T(kHelpRulesCheckPath));
  check_cmd->add_flag("--rules-only", rules_to_check.replace_builtin, T(kHelpRulesOnlyOption));
  std::string fmt_path = "rules/pack";
  bool fmt_check = false;
  CLI::App* fmt_cmd = rules_cmd->add_subcommand("fmt", T(kHelpRulesFmt));
  fmt_cmd->add_option(kPath, fmt_path, T(kHelpRulesFmtPath))->capture_default_str();
  fmt_cmd->add_flag("--check", fmt_check, T(kHelpRulesFmtCheck));
  std::string tests_path = "rules/pack";
  CLI::App* test_cmd = rules_cmd->add_subcommand("test", T(kHelpRulesTest));
  test_cmd->add_option(kPath, tests_path, T(kHelpRulesTestPath))->capture_default_str();
  add_lang(test_cmd);
  bool tests_rules_only = false;
  test_cmd->add_flag("--rules-only", tests_rules_only, T(kHelpRulesOnlyOption));
  // Subcommands are listed under this heading in --help; each copied the
  // help flag before it copied the option defaults, so its group is set here.
  app.get_help_ptr()->group(T(kHelpOptionsGroup));
  for (CLI::App* cmd :
       {audit_cmd, runs_cmd, diff_cmd, waivers_cmd, waivers_import_cmd, waivers_list_cmd,
        waivers_remove_cmd, users_cmd, users_add_cmd, users_list_cmd, users_disable_cmd,
        explain_cmd, import_cmd, template_cmd, serve_cmd, rules_cmd, check_cmd, fmt_cmd, test_cmd}) {
    cmd->group(T(kHelpCommandsGroup));
    cmd->get_help_ptr()->group(T(kHelpOptionsGroup));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return genaudit::cli::report_parse_error(app, e, language);
  }
  if (*audit_cmd) {
    audit.lang = language;
    return genaudit::cli::run_audit_command(audit);
  }
  if (*serve_cmd) {
    serve.lang = language;
    return genaudit::cli::run_serve_command(serve);
  }
  // The other commands write text for a terminal (`explain`, `runs`, ...),
  // or JSON, which terminal_text() leaves as it is (json_inert). `audit`
  // writes documents, each making its own text safe.
  const genaudit::TerminalSafeStream safe_output(std::cout);
  if (*explain_cmd) {
    explain.lang = language;
    return genaudit::cli::run_explain_command(explain);
  }
  if (*import_cmd) {
    import.lang = language;
    return genaudit::cli::run_import_command(import);
  }
  if (*template_cmd) {
    template_options.lang = language;
    return genaudit::cli::run_template_command(template_options);
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
  if (*users_add_cmd) {
    users_add.lang = language;
    return genaudit::cli::run_users_add_command(users_add);
  }
  if (*users_list_cmd) {
    users_list.lang = language;
    return genaudit::cli::run_users_list_command(users_list);
  }
  if (*users_disable_cmd) {
    users_disable.lang = language;
    return genaudit::cli::run_users_disable_command(users_disable);
  }
  if (*check_cmd) return genaudit::cli::run_rules_check_command(rules_to_check);
  if (*test_cmd) {
    return genaudit::cli::run_rules_test_command(tests_path, tests_rules_only, language);
  }
  if (*fmt_cmd) return genaudit::cli::run_rules_fmt_command(fmt_path, fmt_check);
  return 2;
}
