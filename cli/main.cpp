// genaudit's command line: parses the arguments and hands over to a
// subcommand. Usage errors exit with status 2.
//
// Everything the command line says is in the user's language, --help and
// parse errors included: the language is read from argv before parsing
// (cli_language.h), the help and errors go through cli_messages.h, and
// every description and placeholder below is given in both languages.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "cli/cli_language.h"
#include "cli/cli_messages.h"
#include "cli/commands.h"
#include "reports/terminal.h"

namespace {

const char* const kAuditExamplesVi =
    "Ví dụ:\n"
    "  genaudit audit --data so-lieu/ --period 2025\n"
    "  genaudit audit --db kiem-tra.db --period 2025-Q1..2025-Q3 --output bao-cao.html\n"
    "  genaudit audit --data so-lieu/ --period 03/2025 --as-of 15/04/2025 --output bao-cao.xlsx\n"
    "Kỳ (--period): năm 2025, quý 2025-Q1, tháng 2025-03 hoặc 03/2025, hoặc một khoảng\n"
    "2025-Q1..2025-Q3, 2025-01..2025-06, 03/2025..06/2025. Ngày (--as-of): 31/12/2025 hoặc\n"
    "2025-12-31. Định dạng: theo đuôi của --output (.html .xlsx .csv .md .json .txt), nếu\n"
    "không có --format.";
const char* const kAuditExamplesEn =
    "Examples:\n"
    "  genaudit audit --data registers/ --period 2025 --lang en\n"
    "  genaudit audit --db audit.db --period 2025-Q1..2025-Q3 --output report.html\n"
    "  genaudit audit --data registers/ --period 03/2025 --as-of 15/04/2025 --output report.xlsx\n"
    "Period (--period): the year 2025, the quarter 2025-Q1, the month 2025-03 or 03/2025, or a\n"
    "range 2025-Q1..2025-Q3, 2025-01..2025-06, 03/2025..06/2025. Date (--as-of): 31/12/2025 or\n"
    "2025-12-31. Format: from --output's extension (.html .xlsx .csv .md .json .txt) when\n"
    "--format is not given.";
const char* const kImportExamplesVi =
    "Ví dụ:\n"
    "  genaudit import --db kiem-tra.db so-lieu/\n"
    "  genaudit import --db kiem-tra.db --mapping nhan-su.mapping.toml nhan-su.xlsx\n"
    "  genaudit import --db kiem-tra.db --lenient --rejected bi-loai/ so-lieu/\n"
    "Sau đó: genaudit audit --db kiem-tra.db --period 2025";
const char* const kImportExamplesEn =
    "Examples:\n"
    "  genaudit import --db audit.db registers/\n"
    "  genaudit import --db audit.db --mapping hr.mapping.toml hr.xlsx\n"
    "  genaudit import --db audit.db --lenient --rejected rejected/ registers/\n"
    "Then: genaudit audit --db audit.db --period 2025";

}  // namespace

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
  const bool en = language == Language::kEnglish;
  const auto T = [en](const char* vi, const char* english) { return std::string(en ? english : vi); };

  CLI::App app{T("genaudit — kiểm tra việc thực hiện KH 11983/UBND-KGVX về bình đẳng giới",
                 "genaudit — audits how Plan 11983/UBND-KGVX on gender equality is carried out"),
              "genaudit"};  // named, not argv[0]: help and messages say `genaudit audit`
  // Set before any subcommand is added: subcommands copy them.
  app.formatter(genaudit::cli::make_help_formatter(language));
  app.option_defaults()->group(T("Tùy chọn", "Options"));
  app.set_help_flag("-h,--help", T("In hướng dẫn này rồi thoát", "Print this help and exit"));
  app.require_subcommand(1);
  std::string lang = "vi";
  const std::string lang_help = T("Ngôn ngữ: vi (mặc định) hoặc en", "Language: vi (default) or en");
  const auto add_lang = [&](CLI::App* cmd) {
    cmd->add_option("--lang", lang, lang_help)->type_name("vi|en")->check(CLI::IsMember({"vi", "en"}));
  };
  const std::string kDir = T("THƯ_MỤC", "DIR"), kFile = T("TỆP", "FILE"),
                    kPeriod = T("KỲ", "PERIOD"), kDate = T("NGÀY", "DATE"),
                    kPath = T("ĐƯỜNG_DẪN", "PATH"), kRule = T("QUY_TẮC", "RULE"),
                    kSubject = T("MÃ_ĐỐI_TƯỢNG", "SUBJECT");
  const std::string period_help =
      T("Kỳ kiểm tra: 2025, 2025-Q1, 2025-03, 03/2025 hoặc khoảng 2025-01..2025-06",
        "The audit period: 2025, 2025-Q1, 2025-03, 03/2025 or a range 2025-01..2025-06");
  const std::string as_of_help =
      T("Ngày xét: 31/12/2025 hoặc 2025-12-31 (mặc định: ngày cuối kỳ)",
        "The as-of date: 31/12/2025 or 2025-12-31 (default: the period's last day)");
  const std::string db_help = T("Cơ sở dữ liệu kiểm tra", "The audit database");
  const std::string text_or_json = T("text hoặc json", "text or json");

  // Also before the command and after `waivers`, so that `genaudit --lang en`
  // alone is told in English that a command is missing.
  add_lang(&app);

  genaudit::cli::AuditOptions audit;
  CLI::App* audit_cmd = app.add_subcommand(
      "audit", T("Chạy bộ quy tắc trên các sổ", "Run the rule pack over the registers"));
  audit_cmd->footer(T(kAuditExamplesVi, kAuditExamplesEn));
  audit_cmd->add_option("--data", audit.data_dir,
                        T("Thư mục các tệp sổ (agencies.csv hoặc .xlsx, staff, ...)",
                          "Folder of register files (agencies.csv or .xlsx, staff, ...)"))
      ->type_name(kDir);
  audit_cmd->add_option("--db", audit.db_path,
                        T("Cơ sở dữ liệu do `genaudit import` tạo",
                          "Audit database made by `genaudit import`"))
      ->type_name(kFile);
  audit_cmd->add_option("--period", audit.period, period_help)->type_name(kPeriod)->required();
  audit_cmd->add_option("--as-of", audit.as_of, as_of_help)->type_name(kDate);
  audit_cmd->add_option("--format", audit.format,
                        T("text, json, html, md, csv hoặc xlsx (mặc định: theo đuôi của --output, "
                          "nếu không thì text)",
                          "text, json, html, md, csv or xlsx (default: from --output's extension, "
                          "else text)"))
      ->type_name(T("ĐỊNH_DẠNG", "FORMAT"));
  audit_cmd->add_option("--per-agency", audit.per_agency_dir,
                        T("Ghi thêm vào đây một biên bản cho mỗi cơ quan (HTML, Markdown)",
                          "Also write one inspection record per audited agency (HTML, Markdown) here"))
      ->type_name(kDir);
  audit_cmd->add_option("--output", audit.output,
                        T("Ghi báo cáo vào tệp này thay vì ra màn hình (\"-\": ra màn hình)",
                          "Write the report here instead of stdout (\"-\": stdout)"))
      ->type_name(kFile);
  audit_cmd->add_option("--rules", audit.rules_path,
                        T("Một tệp hoặc thư mục quy tắc thay cho bộ quy tắc của Kế hoạch",
                          "A rule file or folder instead of the plan's pack"))
      ->type_name(kPath);
  audit_cmd->add_option("--mapping", audit.mappings,
                        T("Tệp ánh xạ (TOML) cho sổ có bố cục khác (dùng nhiều lần được)",
                          "A mapping file (TOML) for registers laid out differently (repeatable)"))
      ->type_name(kFile);
  audit_cmd->add_option("--profile", audit.profile,
                        T("Tệp cấu hình TOML: tham số và các quy tắc được chạy",
                          "A TOML profile: parameters and rules to run"))
      ->type_name(kFile);
  audit_cmd->add_option("--waivers", audit.waivers_path,
                        T("Tệp miễn trừ TOML: phát hiện được gác lại đến một ngày",
                          "A TOML file of waivers: findings set aside until an expiry date"))
      ->type_name(kFile);
  audit_cmd->add_option("--baseline", audit.baseline,
                        T("Với --db: chỉ liệt kê phát hiện không có trong lần rà soát này (số dương)",
                          "With --db: list only the findings absent from this recorded run (a "
                          "positive number)"))
      ->type_name(T("SỐ_LẦN", "RUN"))
      ->check(CLI::PositiveNumber);
  audit_cmd->add_flag("--lenient", audit.lenient,
                      T("Với --data: kiểm tra các dòng tốt; ghi dòng lỗi vào --rejected",
                        "With --data: audit the good rows; write rows with errors to --rejected"));
  audit_cmd->add_option("--rejected", audit.rejected_dir,
                        T("Thư mục cho các dòng bị loại (mặc định: ./rejected)",
                          "Folder for the rejected rows (default: ./rejected)"))
      ->type_name(kDir);
  add_lang(audit_cmd);

  genaudit::cli::RunsOptions runs;
  CLI::App* runs_cmd = app.add_subcommand(
      "runs", T("Liệt kê các lần rà soát đã ghi trong cơ sở dữ liệu",
                "List the audit runs recorded in a database"));
  runs_cmd->add_option("--db", runs.db_path, db_help)->type_name(kFile)->required();
  runs_cmd->add_option("--format", runs.format, text_or_json)
      ->type_name(T("ĐỊNH_DẠNG", "FORMAT"))
      ->capture_default_str();
  add_lang(runs_cmd);

  genaudit::cli::DiffOptions diff;
  CLI::App* diff_cmd = app.add_subcommand(
      "diff", T("So sánh hai lần rà soát đã ghi", "Compare two recorded audit runs"));
  diff_cmd->add_option("--db", diff.db_path, db_help)->type_name(kFile)->required();
  diff_cmd->add_option("A", diff.from, T("Lần A (xem `genaudit runs`)", "Run A (see `genaudit runs`)"))
      ->required()
      ->check(CLI::PositiveNumber);
  diff_cmd->add_option("B", diff.to, T("Lần B", "Run B"))->required()->check(CLI::PositiveNumber);
  diff_cmd->add_option("--format", diff.format, text_or_json)
      ->type_name(T("ĐỊNH_DẠNG", "FORMAT"))
      ->capture_default_str();
  add_lang(diff_cmd);

  genaudit::cli::WaiversImportOptions waivers;
  CLI::App* waivers_cmd = app.add_subcommand(
      "waivers", T("Làm việc với các miễn trừ trong cơ sở dữ liệu",
                   "Work on the waivers of a database"));
  waivers_cmd->require_subcommand(1);
  add_lang(waivers_cmd);
  CLI::App* waivers_import_cmd = waivers_cmd->add_subcommand(
      "import", T("Lưu các miễn trừ của một tệp vào cơ sở dữ liệu",
                  "Store a waiver file's waivers in the database"));
  waivers_import_cmd->add_option("--db", waivers.db_path, db_help)->type_name(kFile)->required();
  waivers_import_cmd->add_option(kFile, waivers.file, T("Tệp miễn trừ TOML", "A TOML waiver file"))
      ->required();
  waivers_import_cmd->add_option("--rules", waivers.rules_path,
                                 T("Tệp hoặc thư mục quy tắc có các mã quy tắc mà miễn trừ nêu",
                                   "The rule file or folder whose ids waivers name"))
      ->type_name(kPath);
  add_lang(waivers_import_cmd);
  genaudit::cli::WaiversListOptions waivers_list;
  CLI::App* waivers_list_cmd = waivers_cmd->add_subcommand(
      "list", T("Liệt kê các miễn trừ đã lưu", "List the waivers stored in the database"));
  waivers_list_cmd->add_option("--db", waivers_list.db_path, db_help)->type_name(kFile)->required();
  waivers_list_cmd->add_option("--as-of", waivers_list.as_of,
                               T("Ngày xét hết hạn: 31/12/2025 hoặc 2025-12-31 (mặc định: hôm nay)",
                                 "The day expiry is judged on: 31/12/2025 or 2025-12-31 (default: "
                                 "today)"))
      ->type_name(kDate);
  waivers_list_cmd->add_option("--format", waivers_list.format, text_or_json)
      ->type_name(T("ĐỊNH_DẠNG", "FORMAT"))
      ->capture_default_str();
  CLI::Option* only_expired = waivers_list_cmd->add_flag(
      "--expired", waivers_list.only_expired,
      T("Chỉ các miễn trừ đã hết hạn vào ngày xét", "Only the waivers expired on the as-of date"));
  waivers_list_cmd
      ->add_flag("--active", waivers_list.only_in_force,
                 T("Chỉ các miễn trừ còn hiệu lực vào ngày xét",
                   "Only the waivers in force on the as-of date"))
      ->excludes(only_expired);
  add_lang(waivers_list_cmd);
  genaudit::cli::WaiversRemoveOptions waivers_remove;
  CLI::App* waivers_remove_cmd = waivers_cmd->add_subcommand(
      "remove", T("Gỡ một miễn trừ đã lưu", "Withdraw one waiver stored in the database"));
  waivers_remove_cmd->add_option("--db", waivers_remove.db_path, db_help)
      ->type_name(kFile)
      ->required();
  waivers_remove_cmd->add_option(kRule, waivers_remove.rule,
                                 T("Quy tắc của miễn trừ, ví dụ O1.S4", "The waiver's rule, e.g. O1.S4"))
      ->required();
  waivers_remove_cmd->add_option(kSubject, waivers_remove.subject,
                                 T("Mã đối tượng", "The subject's code"))
      ->required();
  waivers_remove_cmd->add_option(
      kPeriod, waivers_remove.period,
      T("Kỳ của miễn trừ: 2025, 2025-Q1, 2025-03 hoặc 03/2025 (không có: miễn trừ cho mọi kỳ)",
        "Its period: 2025, 2025-Q1, 2025-03 or 03/2025 (none: the waiver for every period)"));
  add_lang(waivers_remove_cmd);

  genaudit::cli::ExplainOptions explain;
  CLI::App* explain_cmd = app.add_subcommand(
      "explain", T("Vì sao một quy tắc có hoặc không có phát hiện với một đối tượng",
                   "Why a rule fired or did not for a subject"));
  explain_cmd->add_option(kRule, explain.rule, T("Mã quy tắc, ví dụ O1.S4", "A rule id, e.g. O1.S4"))
      ->required();
  explain_cmd->add_option(kSubject, explain.subject,
                          T("Mã đối tượng (quy tắc phát hiện)", "The subject's code (findings)"));
  explain_cmd->add_option(T("KỲ_CON", "WINDOW"), explain.window,
                          T("Một kỳ của quy tắc: 2025-03, 03/2025, 2025-Q1 hoặc 2025",
                            "A window of the rule: 2025-03, 03/2025, 2025-Q1 or 2025"));
  explain_cmd->add_option("--data", explain.data_dir, T("Thư mục các tệp sổ", "Folder of register files"))
      ->type_name(kDir);
  explain_cmd->add_option("--db", explain.db_path,
                          T("Cơ sở dữ liệu do `genaudit import` tạo",
                            "Audit database made by `genaudit import`"))
      ->type_name(kFile);
  explain_cmd->add_option("--period", explain.period, period_help)->type_name(kPeriod)->required();
  explain_cmd->add_option("--as-of", explain.as_of, as_of_help)->type_name(kDate);
  explain_cmd->add_option("--rules", explain.rules_path,
                          T("Một tệp hoặc thư mục quy tắc thay cho bộ quy tắc của Kế hoạch",
                            "A rule file or folder instead of the plan's pack"))
      ->type_name(kPath);
  explain_cmd->add_option("--profile", explain.profile, T("Tệp cấu hình TOML", "A TOML profile"))
      ->type_name(kFile);
  explain_cmd->add_option("--mapping", explain.mappings,
                          T("Tệp ánh xạ (dùng nhiều lần được)", "A mapping file (repeatable)"))
      ->type_name(kFile);
  add_lang(explain_cmd);

  genaudit::cli::ImportOptions import;
  CLI::App* import_cmd = app.add_subcommand(
      "import", T("Nhập các tệp sổ vào cơ sở dữ liệu", "Import register files into a database"));
  import_cmd->footer(T(kImportExamplesVi, kImportExamplesEn));
  import_cmd->add_option("--db", import.db_path,
                         T("Cơ sở dữ liệu kiểm tra (tạo mới nếu chưa có)",
                           "The audit database (created if absent)"))
      ->type_name(kFile)
      ->required();
  import_cmd->add_option(kPath, import.paths, T("Các tệp hoặc thư mục sổ", "Register files or folders"))
      ->required();
  import_cmd->add_option("--mapping", import.mappings,
                         T("Tệp ánh xạ (dùng nhiều lần được)", "A mapping file (repeatable)"))
      ->type_name(kFile);
  import_cmd->add_flag("--lenient", import.lenient,
                       T("Nhập các dòng tốt; ghi dòng lỗi vào --rejected để sửa",
                         "Import the good rows; write rows with errors to --rejected to fix"));
  import_cmd->add_option("--rejected", import.rejected_dir,
                         T("Thư mục cho các dòng bị loại (mặc định: rejected/ cạnh cơ sở dữ liệu)",
                           "Folder for the rejected rows (default: rejected/ beside the database)"))
      ->type_name(kDir);
  import_cmd->add_flag("--add", import.add,
                       T("Thêm các dòng của tệp vào sổ đã lưu (danh sách của thêm một cơ quan) "
                         "thay vì thay thế sổ",
                         "Add the files' rows to the registers stored (one more agency's list) "
                         "instead of replacing them"));
  add_lang(import_cmd);

  std::string rules_path;
  CLI::App* rules_cmd = app.add_subcommand("rules", T("Làm việc với tệp quy tắc", "Work on rule files"));
  rules_cmd->require_subcommand(1);
  CLI::App* check_cmd = rules_cmd->add_subcommand(
      "check", T("Kiểm tra tệp quy tắc mà không chạy", "Check rule files without running them"));
  check_cmd->add_option(kPath, rules_path,
                        T("Tệp hoặc thư mục quy tắc (mặc định: bộ quy tắc của Kế hoạch)",
                          "A rule file or folder (default: the plan's pack)"));
  std::string fmt_path = "rules/pack";
  bool fmt_check = false;
  CLI::App* fmt_cmd = rules_cmd->add_subcommand(
      "fmt", T("Viết lại tệp quy tắc theo bố cục chuẩn", "Rewrite rule files in the canonical layout"));
  fmt_cmd->add_option(kPath, fmt_path, T("Tệp hoặc thư mục quy tắc", "A rule file or folder"))
      ->capture_default_str();
  fmt_cmd->add_flag("--check", fmt_check,
                    T("Không thay đổi gì; trả về 1 nếu có tệp sẽ bị đổi",
                      "Change nothing; exit 1 if a file would change"));
  std::string tests_path = "rules/pack";
  CLI::App* test_cmd = rules_cmd->add_subcommand(
      "test", T("Chạy kiểm thử quy tắc (*.test.toml)", "Run rule unit tests (*.test.toml)"));
  test_cmd->add_option(kPath, tests_path, T("Tệp hoặc thư mục kiểm thử", "A test file or folder"))
      ->capture_default_str();
  // Subcommands are listed under this heading in --help; each copied the
  // help flag before it copied the option defaults, so its group is set here.
  app.get_help_ptr()->group(T("Tùy chọn", "Options"));
  for (CLI::App* cmd : {audit_cmd, runs_cmd, diff_cmd, waivers_cmd, waivers_import_cmd,
                        waivers_list_cmd, waivers_remove_cmd, explain_cmd, import_cmd, rules_cmd,
                        check_cmd, fmt_cmd, test_cmd}) {
    cmd->group(T("Lệnh", "Commands"));
    cmd->get_help_ptr()->group(T("Tùy chọn", "Options"));
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
