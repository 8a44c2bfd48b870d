// What the command line says, data only: one row per CommandText; see
// command_texts.h.
#include "cli/command_texts.h"

namespace genaudit::cli {
namespace {

// `audit --help`'s footer.
constexpr Wording kAuditExamples = {
    "Ví dụ:\n"
    "  genaudit audit --data so-lieu/ --period 2025\n"
    "  genaudit audit --db kiem-tra.db --period 2025-Q1..2025-Q3 --output bao-cao.html\n"
    "  genaudit audit --data so-lieu/ --period 03/2025 --as-of 15/04/2025 --output bao-cao.xlsx\n"
    "Kỳ (--period): năm 2025, quý 2025-Q1, tháng 2025-03 hoặc 03/2025, hoặc một khoảng\n"
    "2025-Q1..2025-Q3, 2025-01..2025-06, 03/2025..06/2025. Ngày (--as-of): 31/12/2025 hoặc\n"
    "2025-12-31. Định dạng: theo đuôi của --output (.html .xlsx .docx .csv .md .json .txt),\n"
    "nếu không có --format. .docx: báo cáo tổng hợp gửi tỉnh (số, ký hiệu, kính gửi, nơi\n"
    "nhận lấy từ mục [summary] của --inspection).",
    "Examples:\n"
    "  genaudit audit --data registers/ --period 2025 --lang en\n"
    "  genaudit audit --db audit.db --period 2025-Q1..2025-Q3 --output report.html\n"
    "  genaudit audit --data registers/ --period 03/2025 --as-of 15/04/2025 --output report.xlsx\n"
    "Period (--period): the year 2025, the quarter 2025-Q1, the month 2025-03 or 03/2025, or a\n"
    "range 2025-Q1..2025-Q3, 2025-01..2025-06, 03/2025..06/2025. Date (--as-of): 31/12/2025 or\n"
    "2025-12-31. Format: from --output's extension (.html .xlsx .docx .csv .md .json .txt)\n"
    "when --format is not given. .docx: the province summary report (its number, symbol,\n"
    "addressees and recipients from --inspection's [summary])."};

// `import --help`'s footer.
constexpr Wording kImportExamples = {
    "Ví dụ:\n"
    "  genaudit import --db kiem-tra.db so-lieu/\n"
    "  genaudit import --db kiem-tra.db --mapping nhan-su.mapping.toml nhan-su.xlsx\n"
    "  genaudit import --db kiem-tra.db --lenient --rejected bi-loai/ so-lieu/\n"
    "Sau đó: genaudit audit --db kiem-tra.db --period 2025",
    "Examples:\n"
    "  genaudit import --db audit.db registers/\n"
    "  genaudit import --db audit.db --mapping hr.mapping.toml hr.xlsx\n"
    "  genaudit import --db audit.db --lenient --rejected rejected/ registers/\n"
    "Then: genaudit audit --db audit.db --period 2025"};

// `template --help`'s footer.
constexpr Wording kTemplateExamples = {
    "Ví dụ:\n"
    "  genaudit template --output bieu-mau/\n"
    "  genaudit template staff reports --output bieu-mau/ --db kiem-tra.db\n"
    "Mỗi sổ một tệp .xlsx (staff.xlsx ...): dòng tiêu đề đúng mẫu, trang Hướng dẫn,\n"
    "danh sách thả xuống; với --db, danh sách mã đơn vị lấy từ cơ sở dữ liệu. Tệp đã có\n"
    "không bị ghi đè. Các sổ: {0}.",
    "Examples:\n"
    "  genaudit template --output forms/ --lang en\n"
    "  genaudit template staff reports --output forms/ --db audit.db\n"
    "One .xlsx file per register (staff.xlsx ...): the register's header row, an\n"
    "Instructions sheet, drop-down lists; with --db, the agency codes from the database.\n"
    "Existing files are never replaced. Registers: {0}."};

// `users add --help`'s footer.
constexpr Wording kUsersAddExamples = {
    "Ví dụ:\n"
    "  genaudit users add --db kiem-tra.db --name quantri --role admin\n"
    "      (gõ mật khẩu khi được hỏi; không hiện ra màn hình)\n"
    "  printf '%s\\n' \"$MAT_KHAU\" | genaudit users add --db kiem-tra.db --name hoa "
    "--role inspector\n"
    "Mật khẩu: 8 đến 1024 byte, chỉ lưu dạng băm Argon2id.",
    "Examples:\n"
    "  genaudit users add --db audit.db --name admin --role admin\n"
    "      (type the password when asked; it is not shown)\n"
    "  printf '%s\\n' \"$PASSWORD\" | genaudit users add --db audit.db --name hoa "
    "--role inspector\n"
    "Passwords: 8 to 1024 bytes, kept only as Argon2id hashes."};

constexpr TextRow<CommandText> kRows[] = {
    // The help: commands, options and positionals.
    {CommandText::kHelpApp,
     {"genaudit — kiểm tra việc thực hiện KH 11983/UBND-KGVX về bình đẳng giới",
      "genaudit — audits how Plan 11983/UBND-KGVX on gender equality is carried out"}},
    {CommandText::kHelpOptionsGroup, {"Tùy chọn", "Options"}},
    {CommandText::kHelpCommandsGroup, {"Lệnh", "Commands"}},
    {CommandText::kHelpHelpFlag, {"In hướng dẫn này rồi thoát", "Print this help and exit"}},
    {CommandText::kHelpLang, {"Ngôn ngữ: vi (mặc định) hoặc en", "Language: vi (default) or en"}},
    {CommandText::kHelpPeriod,
     {"Kỳ kiểm tra: 2025, 2025-Q1, 2025-03, 03/2025 hoặc khoảng 2025-01..2025-06",
      "The audit period: 2025, 2025-Q1, 2025-03, 03/2025 or a range 2025-01..2025-06"}},
    {CommandText::kHelpAsOf,
     {"Ngày xét: 31/12/2025 hoặc 2025-12-31 (mặc định: ngày cuối kỳ)",
      "The as-of date: 31/12/2025 or 2025-12-31 (default: the period's last day)"}},
    {CommandText::kHelpDatabase, {"Cơ sở dữ liệu kiểm tra", "The audit database"}},
    {CommandText::kHelpDatabaseMadeByImport,
     {"Cơ sở dữ liệu do `genaudit import` tạo", "Audit database made by `genaudit import`"}},
    {CommandText::kHelpTextOrJson, {"text hoặc json", "text or json"}},
    {CommandText::kHelpRulesOption,
     {"Một tệp hoặc thư mục quy tắc thêm vào bộ quy tắc của Kế hoạch (dùng nhiều lần được)",
      "A rule file or folder added to the plan's pack (repeatable)"}},
    {CommandText::kHelpRulesOnlyOption,
     {"Chỉ dùng các tệp quy tắc đã nêu, thay cho bộ quy tắc của Kế hoạch",
      "Only the rule files given, instead of the plan's pack"}},
    {CommandText::kHelpMapping,
     {"Tệp ánh xạ (dùng nhiều lần được)", "A mapping file (repeatable)"}},
    {CommandText::kHelpAudit,
     {"Chạy bộ quy tắc trên các sổ", "Run the rule pack over the registers"}},
    {CommandText::kAuditExamples, kAuditExamples},
    {CommandText::kHelpAuditData,
     {"Thư mục các tệp sổ (agencies.csv hoặc .xlsx, staff, ...)",
      "Folder of register files (agencies.csv or .xlsx, staff, ...)"}},
    {CommandText::kHelpAuditFormat,
     {"text, json, html, md, csv, xlsx hoặc docx (mặc định: theo đuôi của --output, nếu không "
      "thì text)",
      "text, json, html, md, csv, xlsx or docx (default: from --output's extension, else text)"}},
    {CommandText::kHelpAuditCsvSeparator,
     {"Dấu phân cách của CSV: comma (dấu phẩy, mặc định) hoặc semicolon (dấu chấm phẩy, để "
      "Excel cài đặt vùng Việt Nam mở thành cột)",
      "The CSV's separator: comma (the default) or semicolon (for Excel with Vietnamese "
      "regional settings to open it into columns)"}},
    {CommandText::kHelpAuditPerAgency,
     {"Ghi thêm vào thư mục mới (hoặc trống) này một biên bản cho mỗi cơ quan (Word, HTML, "
      "Markdown), danh mục index.html và tệp in chung all-records.docx",
      "Also write one inspection record per audited agency (Word, HTML, Markdown), an "
      "index.html and one all-records.docx to print, into this new (or empty) folder"}},
    {CommandText::kHelpAuditOutput,
     {"Ghi báo cáo vào tệp này thay vì ra màn hình (\"-\": ra màn hình)",
      "Write the report here instead of stdout (\"-\": stdout)"}},
    {CommandText::kHelpAuditMapping,
     {"Tệp ánh xạ (TOML) cho sổ có bố cục khác (dùng nhiều lần được)",
      "A mapping file (TOML) for registers laid out differently (repeatable)"}},
    {CommandText::kHelpAuditProfile,
     {"Tệp cấu hình TOML: tham số và các quy tắc được chạy",
      "A TOML profile: parameters and rules to run"}},
    {CommandText::kHelpAuditWaivers,
     {"Tệp miễn trừ TOML: phát hiện được gác lại đến một ngày",
      "A TOML file of waivers: findings set aside until an expiry date"}},
    {CommandText::kHelpAuditInspection,
     {"Tệp TOML thông tin cuộc kiểm tra cho biên bản (--per-agency): cơ quan ban hành, quyết "
      "định thành lập đoàn, thành viên, thời gian, địa điểm, người đại diện, thời hạn, nơi "
      "nhận (docs/inspection-file.md); với --db được lưu cùng lần rà soát",
      "A TOML file of the inspection's facts for the records (--per-agency): issuing body, "
      "the decision setting up the team, members, time, place, representatives, deadline, "
      "recipients (docs/inspection-file.md); kept with the run under --db"}},
    {CommandText::kHelpAuditBaseline,
     {"Với --db: chỉ liệt kê phát hiện không có trong lần rà soát này (số dương)",
      "With --db: list only the findings absent from this recorded run (a positive number)"}},
    {CommandText::kHelpAuditLenient,
     {"Với --data: kiểm tra các dòng tốt; ghi dòng lỗi vào --rejected",
      "With --data: audit the good rows; write rows with errors to --rejected"}},
    {CommandText::kHelpAuditRejected,
     {"Thư mục cho các dòng bị loại (mặc định: ./rejected)",
      "Folder for the rejected rows (default: ./rejected)"}},
    {CommandText::kHelpRuns,
     {"Liệt kê các lần rà soát đã ghi trong cơ sở dữ liệu",
      "List the audit runs recorded in a database"}},
    {CommandText::kHelpDiff, {"So sánh hai lần rà soát đã ghi", "Compare two recorded audit runs"}},
    {CommandText::kHelpDiffA, {"Lần A (xem `genaudit runs`)", "Run A (see `genaudit runs`)"}},
    {CommandText::kHelpDiffB, {"Lần B", "Run B"}},
    {CommandText::kHelpWaivers,
     {"Làm việc với các miễn trừ trong cơ sở dữ liệu", "Work on the waivers of a database"}},
    {CommandText::kHelpWaiversImport,
     {"Lưu các miễn trừ của một tệp vào cơ sở dữ liệu",
      "Store a waiver file's waivers in the database"}},
    {CommandText::kHelpWaiversImportFile, {"Tệp miễn trừ TOML", "A TOML waiver file"}},
    {CommandText::kHelpWaiversImportRules,
     {"Tệp hoặc thư mục quy tắc (thêm vào bộ quy tắc của Kế hoạch) có các mã quy tắc mà miễn "
      "trừ nêu",
      "A rule file or folder (added to the plan's pack) whose ids waivers name"}},
    {CommandText::kHelpWaiversList,
     {"Liệt kê các miễn trừ đã lưu", "List the waivers stored in the database"}},
    {CommandText::kHelpWaiversListAsOf,
     {"Ngày xét hết hạn: 31/12/2025 hoặc 2025-12-31 (mặc định: hôm nay)",
      "The day expiry is judged on: 31/12/2025 or 2025-12-31 (default: today)"}},
    {CommandText::kHelpWaiversListExpired,
     {"Chỉ các miễn trừ đã hết hạn vào ngày xét", "Only the waivers expired on the as-of date"}},
    {CommandText::kHelpWaiversListActive,
     {"Chỉ các miễn trừ còn hiệu lực vào ngày xét", "Only the waivers in force on the as-of date"}},
    {CommandText::kHelpWaiversRemove,
     {"Gỡ một miễn trừ đã lưu", "Withdraw one waiver stored in the database"}},
    {CommandText::kHelpWaiversRemoveRule,
     {"Quy tắc của miễn trừ, ví dụ O1.S4", "The waiver's rule, e.g. O1.S4"}},
    {CommandText::kHelpWaiversRemoveSubject, {"Mã đối tượng", "The subject's code"}},
    {CommandText::kHelpWaiversRemovePeriod,
     {"Kỳ của miễn trừ: 2025, 2025-Q1, 2025-03 hoặc 03/2025 (không có: miễn trừ cho mọi kỳ)",
      "Its period: 2025, 2025-Q1, 2025-03 or 03/2025 (none: the waiver for every period)"}},
    {CommandText::kHelpExplain,
     {"Vì sao một quy tắc có hoặc không có phát hiện với một đối tượng",
      "Why a rule fired or did not for a subject"}},
    {CommandText::kHelpExplainRule, {"Mã quy tắc, ví dụ O1.S4", "A rule id, e.g. O1.S4"}},
    {CommandText::kHelpExplainSubject,
     {"Mã đối tượng (quy tắc phát hiện)", "The subject's code (findings)"}},
    {CommandText::kHelpExplainWindow,
     {"Một kỳ của quy tắc: 2025-03, 03/2025, 2025-Q1 hoặc 2025",
      "A window of the rule: 2025-03, 03/2025, 2025-Q1 or 2025"}},
    {CommandText::kHelpExplainData, {"Thư mục các tệp sổ", "Folder of register files"}},
    {CommandText::kHelpExplainProfile, {"Tệp cấu hình TOML", "A TOML profile"}},
    {CommandText::kHelpExplainTimings,
     {"In thời gian và số dòng đã đọc của từng quy tắc (hoặc của QUY_TẮC), chậm nhất trước",
      "Print each rule's time and the rows it touched (or RULE's), slowest first"}},
    {CommandText::kHelpImport,
     {"Nhập các tệp sổ vào cơ sở dữ liệu", "Import register files into a database"}},
    {CommandText::kImportExamples, kImportExamples},
    {CommandText::kHelpImportDatabase,
     {"Cơ sở dữ liệu kiểm tra (tạo mới nếu chưa có)", "The audit database (created if absent)"}},
    {CommandText::kHelpImportPaths, {"Các tệp hoặc thư mục sổ", "Register files or folders"}},
    {CommandText::kHelpImportLenient,
     {"Nhập các dòng tốt; ghi dòng lỗi vào --rejected để sửa",
      "Import the good rows; write rows with errors to --rejected to fix"}},
    {CommandText::kHelpImportRejected,
     {"Thư mục cho các dòng bị loại (mặc định: rejected/ cạnh cơ sở dữ liệu)",
      "Folder for the rejected rows (default: rejected/ beside the database)"}},
    {CommandText::kHelpImportAdd,
     {"Thêm các dòng của tệp vào sổ đã lưu (danh sách của thêm một cơ quan) thay vì thay thế sổ",
      "Add the files' rows to the registers stored (one more agency's list) instead of "
      "replacing them"}},
    {CommandText::kHelpServe,
     {"Mở không gian làm việc của đoàn kiểm tra trên trình duyệt (máy chủ web)",
      "Open the inspection team's workspace in a browser (a web server)"}},
    {CommandText::kHelpServeDatabase,
     {"Cơ sở dữ liệu kiểm tra (tạo mới nếu chưa có)",
      "The audit database (created when missing)"}},
    {CommandText::kHelpServeListen,
     {"Địa chỉ và cổng để nghe, ví dụ 127.0.0.1:8080 (chỉ máy này) hoặc 0.0.0.0:8080 (cả mạng"
      " nội bộ)",
      "The address and port to listen on, e.g. 127.0.0.1:8080 (this machine only) or"
      " 0.0.0.0:8080 (the department's network)"}},
    {CommandText::kHelpServeTrustedProxy,
     {"Địa chỉ của máy chủ chuyển tiếp (nginx) mà genaudit tin các tiêu đề X-Forwarded-*",
      "The address of the reverse proxy (nginx) whose X-Forwarded-* headers genaudit believes"}},
    {CommandText::kHelpServeMaxUpload,
     {"Dung lượng tối đa của một lần gửi tệp, tính bằng MiB",
      "The largest upload (all its files together), in MiB"}},
    {CommandText::kHelpServeSessionIdle,
     {"Phiên làm việc hết hạn sau bấy nhiêu giây không dùng",
      "A session expires after this many seconds without a request"}},
    {CommandText::kHelpServeProfile,
     {"Một hồ sơ tuỳ chỉnh (TOML) mà đoàn có thể chọn khi chạy kiểm tra (lặp lại được)",
      "A profile (TOML) the team may choose when running an audit (repeatable)"}},
    {CommandText::kServeListening,
     {"Không gian làm việc đã mở tại {0} — nhấn Ctrl+C để dừng.",
      "The workspace is open at {0} — press Ctrl+C to stop."}},
    {CommandText::kServeCannotListen,
     {"không nghe được ở {0} (cổng đang bị dùng, hoặc không phải địa chỉ của máy này)",
      "cannot listen on {0} (the port is in use, or not an address of this machine)"}},
    {CommandText::kServeBadListen,
     {"--listen \"{0}\" không hợp lệ: cần ĐỊA-CHỈ:CỔNG, ví dụ 127.0.0.1:8080",
      "--listen \"{0}\" is not valid: use ADDRESS:PORT, e.g. 127.0.0.1:8080"}},
    {CommandText::kServeStopped, {"Đã dừng không gian làm việc.", "The workspace has stopped."}},
    {CommandText::kHelpRules, {"Làm việc với tệp quy tắc", "Work on rule files"}},
    {CommandText::kHelpRulesCheck,
     {"Kiểm tra tệp quy tắc mà không chạy", "Check rule files without running them"}},
    {CommandText::kHelpRulesCheckPath,
     {"Tệp hoặc thư mục quy tắc thêm vào bộ quy tắc của Kế hoạch (không có: chỉ bộ đó)",
      "Rule files or folders added to the plan's pack (none: the pack alone)"}},
    {CommandText::kHelpRulesFmt,
     {"Viết lại tệp quy tắc theo bố cục chuẩn", "Rewrite rule files in the canonical layout"}},
    {CommandText::kHelpRulesFmtPath, {"Tệp hoặc thư mục quy tắc", "A rule file or folder"}},
    {CommandText::kHelpRulesFmtCheck,
     {"Không thay đổi gì; trả về 1 nếu có tệp sẽ bị đổi",
      "Change nothing; exit 1 if a file would change"}},
    {CommandText::kHelpRulesTest,
     {"Chạy kiểm thử quy tắc (*.test.toml)", "Run rule unit tests (*.test.toml)"}},
    {CommandText::kHelpRulesTestPath,
     {"Tệp kiểm thử (.test.toml), tệp quy tắc (.rules, kèm tệp kiểm thử cùng tên) hoặc thư mục",
      "A test file (.test.toml), a rule file (.rules, with its test file of the same name) or a "
      "folder"}},

    // The help: placeholders of values.
    {CommandText::kPlaceholderDir, {"THƯ_MỤC", "DIR"}},
    {CommandText::kPlaceholderFile, {"TỆP", "FILE"}},
    {CommandText::kPlaceholderPeriod, {"KỲ", "PERIOD"}},
    {CommandText::kPlaceholderDate, {"NGÀY", "DATE"}},
    {CommandText::kPlaceholderPath, {"ĐƯỜNG_DẪN", "PATH"}},
    {CommandText::kPlaceholderRule, {"QUY_TẮC", "RULE"}},
    {CommandText::kPlaceholderSubject, {"MÃ_ĐỐI_TƯỢNG", "SUBJECT"}},
    {CommandText::kPlaceholderFormat, {"ĐỊNH_DẠNG", "FORMAT"}},
    {CommandText::kPlaceholderRun, {"SỐ_LẦN", "RUN"}},
    {CommandText::kPlaceholderWindow, {"KỲ_CON", "WINDOW"}},

    // The help: CLI11's own labels.
    {CommandText::kLabelUsage, {"Cách dùng", "Usage"}},
    {CommandText::kLabelOptions, {"TÙY_CHỌN", "OPTIONS"}},
    {CommandText::kLabelCommand, {"LỆNH", "COMMAND"}},
    {CommandText::kLabelCommands, {"LỆNH", "COMMANDS"}},
    {CommandText::kLabelArguments, {"Tham số", "Arguments"}},
    {CommandText::kLabelRequired, {"(bắt buộc)", "(required)"}},
    {CommandText::kLabelExcludes, {"không dùng cùng", "not with"}},
    {CommandText::kLabelNeeds, {"cần", "needs"}},
    {CommandText::kLabelText, {"CHUỖI", "TEXT"}},
    {CommandText::kLabelNumber, {"SỐ", "NUMBER"}},

    // Arguments that do not parse.
    {CommandText::kNoSuchCommand,
     {"không có lệnh \"{0}\" — cần một trong: {1}", "there is no command \"{0}\" — one of: {1}"}},
    {CommandText::kCommandMissing,
     {"thiếu lệnh — cần một trong: {0}", "a command is missing — one of: {0}"}},
    {CommandText::kUnexpectedArguments, {"không hiểu tham số: {0}", "unexpected argument(s): {0}"}},
    {CommandText::kRequiredArgumentMissing,
     {"thiếu một tham số bắt buộc", "a required argument is missing"}},
    {CommandText::kRequiredOptionMissing,
     {"thiếu {0} ({1}) — tham số này bắt buộc", "{0} ({1}) is missing — it is required"}},
    {CommandText::kOptionNeedsValue, {"{0} cần một giá trị", "{0} needs a value"}},
    {CommandText::kFlagTakesNoValue,
     {"{0} là cờ, không nhận giá trị đó", "{0} is a flag and takes no such value"}},
    {CommandText::kInvalidOptionValue,
     {"giá trị {0} của {1} không hợp lệ — {2}", "the value {0} of {1} is not valid — {2}"}},
    {CommandText::kOptionExcludes, {"{0} không dùng cùng {1}", "{0} cannot be used with {1}"}},
    {CommandText::kOptionNeeds, {"{0} cần đi cùng {1}", "{0} needs {1}"}},
    {CommandText::kFileCannotBeRead, {"không đọc được tệp", "a file cannot be read"}},
    {CommandText::kInvalidCommandLine, {"dòng lệnh không hợp lệ", "the command line is not valid"}},
    {CommandText::kSeeHelp, {"{0}; xem {1}", "{0}; see {1}"}},

    // Periods and dates.
    {CommandText::kPeriodBadMonth, {"tháng phải từ 01 đến 12", "a month is 01 to 12"}},
    {CommandText::kPeriodBadQuarter, {"quý phải từ Q1 đến Q4", "a quarter is Q1 to Q4"}},
    {CommandText::kPeriodBadYear, {"năm phải từ 0001 trở đi", "a year is 0001 or later"}},
    {CommandText::kPeriodReversed,
     {"kỳ kết thúc trước kỳ bắt đầu", "the range ends before it starts"}},
    {CommandText::kPeriodNotOneUnit,
     {"ở đây chỉ dùng một năm, một quý hoặc một tháng, không dùng khoảng",
      "a single year, quarter or month is expected here, not a range"}},
    {CommandText::kPeriodTooLong,
     {"một kỳ dài nhất {0} năm ({1} tháng)", "a period is at most {0} years ({1} months)"}},
    {CommandText::kPeriodMalformed, {"không đúng dạng nào", "it is none of the accepted forms"}},
    {CommandText::kPeriodForms,
     {"năm (2025), quý (2025-Q1) hoặc tháng (2025-03 hoặc 03/2025)",
      "a year (2025), a quarter (2025-Q1) or a month (2025-03 or 03/2025)"}},
    {CommandText::kPeriodRangeForms,
     {", hoặc một khoảng từ kỳ đến kỳ (2025-Q1..2025-Q3, 2025-01..2025-06, 03/2025..06/2025)",
      ", or a range from one to another (2025-Q1..2025-Q3, 2025-01..2025-06, "
      "03/2025..06/2025)"}},
    {CommandText::kPeriodInvalid,
     {"{0} \"{1}\" không hợp lệ: {2} — cần {3}", "{0} \"{1}\" is not valid: {2} — expected {3}"}},
    {CommandText::kDateInvalid,
     {"{0} \"{1}\" không phải một ngày có thật — cần ngày/tháng/năm (31/12/2025) hoặc "
      "năm-tháng-ngày (2025-12-31)",
      "{0} \"{1}\" is not a real day — expected day/month/year (31/12/2025) or "
      "year-month-day (2025-12-31)"}},
    {CommandText::kThePeriod, {"kỳ", "the period"}},

    // A database that cannot be used (database_error).
    {CommandText::kDatabaseObjectTable, {"bảng", "table"}},
    {CommandText::kDatabaseObjectIndex, {"chỉ mục", "index"}},
    {CommandText::kDatabaseObjectView, {"khung nhìn (view)", "view"}},
    {CommandText::kDatabaseObjectsMore, {"{0} và {1} đối tượng khác", "{0} and {1} more"}},
    {CommandText::kDatabaseForeignObjects,
     {"cơ sở dữ liệu {0} chứa {1} không do genaudit tạo — cơ sở dữ liệu này không phải do "
      "genaudit lập, hoặc đã bị một chương trình khác sửa đổi, nên genaudit không dùng nó "
      "(không đọc, không ghi gì vào đó); hãy nhập lại các sổ vào một cơ sở dữ liệu mới "
      "(genaudit import --db TỆP_MỚI ...)",
      "the database {0} holds {1} that genaudit did not create — it was not made by genaudit, "
      "or another program altered it, so genaudit does not use it (nothing was read from or "
      "written to it); import the registers into a new database (genaudit import --db "
      "NEW_FILE ...)"}},
    {CommandText::kDatabaseNeedsUpgrade,
     {"cơ sở dữ liệu {0} do một phiên bản genaudit cũ lập và thiếu {1}; lệnh này chỉ đọc nên "
      "không nâng cấp nó — hãy chạy một lệnh ghi vào cơ sở dữ liệu (genaudit import, genaudit "
      "audit --db) trên một bản được phép ghi để nâng cấp, hoặc, nếu đây không phải cơ sở dữ "
      "liệu của genaudit, hãy chọn đúng tệp",
      "the database {0} was made by an older genaudit and lacks {1}; this command only reads, "
      "so it does not upgrade it — run a command that writes to the database (genaudit "
      "import, genaudit audit --db) on a copy you may write, which upgrades it, or, if this "
      "is not a genaudit database, choose the right file"}},
    {CommandText::kDatabaseCopyTooShort,
     {"cơ sở dữ liệu {0} bị hỏng: bản sao của sổ {1} ghi {2} dòng nhưng chỉ dài {3} byte, "
      "không thể chứa ngần ấy dòng — {4}",
      "the database {0} is damaged: the copy of the {1} register claims {2} rows but is only "
      "{3} bytes long, too short to hold them — {4}"}},
    {CommandText::kDatabaseEvidenceTooDeep,
     {"cơ sở dữ liệu {0} bị hỏng: bằng chứng của phát hiện {1} trong lần rà soát {2} lồng "
      "nhau sâu hơn {3} cấp, điều không quy tắc nào tạo ra — {4}",
      "the database {0} is damaged: the evidence of finding {1} in run {2} nests deeper than "
      "{3} levels, which no rule makes — {4}"}},
    {CommandText::kDatabaseDamagedAdvice,
     {"cơ sở dữ liệu bị hỏng hoặc đã bị sửa đổi có chủ ý nên không dùng được; hãy dùng một "
      "bản sao lưu, hoặc nhập lại các sổ vào một cơ sở dữ liệu mới",
      "the database is damaged or was altered on purpose, and cannot be used; use a backup, "
      "or import the registers into a new database"}},
    {CommandText::kDatabaseBusy,
     {"cơ sở dữ liệu \"{0}\" đang bận: một tiến trình khác (genaudit import hoặc audit) "
      "đang ghi vào đó và chưa xong sau {1} chờ — chưa ghi gì; hãy chạy lại lệnh khi tiến "
      "trình kia kết thúc",
      "the database \"{0}\" is busy: another process (genaudit import or audit) is writing "
      "to it and did not finish within {1} — nothing was written; run the command again "
      "when it is done"}},
    {CommandText::kWaitedSeconds, {"{0} giây", "{0} s"}},
    {CommandText::kWaitedMilliseconds, {"{0} ms", "{0} ms"}},
    {CommandText::kDatabaseReadOnly,
     {"không ghi được vào cơ sở dữ liệu \"{0}\": tệp, thư mục chứa nó hoặc ổ đĩa chỉ cho "
      "đọc — chưa ghi gì; hãy chép nó sang chỗ ghi được, hoặc chỉ xem bằng runs, diff, "
      "waivers list",
      "cannot write to the database \"{0}\": the file, its folder or the medium is "
      "read-only — nothing was written; copy it somewhere writable, or only read it with "
      "runs, diff, waivers list"}},
    {CommandText::kDatabaseError, {"lỗi cơ sở dữ liệu: {0}", "database error: {0}"}},

    // `explain`'s errors.
    {CommandText::kExplainNoSuchRule,
     {"bộ quy tắc không có quy tắc \"{0}\"", "the rule pack has no rule \"{0}\""}},
    {CommandText::kExplainNeedsSubject,
     {"cần mã đối tượng (SUBJECT) cho quy tắc {0}", "rule {0} needs a SUBJECT code"}},
    {CommandText::kExplainNeedsRule,
     {"cần mã quy tắc (QUY_TẮC), hoặc --timings để đo mọi quy tắc",
      "a RULE is needed, or --timings to time every rule"}},
    {CommandText::kExplainMissingRegisters,
     {"quy tắc {0} bị bỏ qua: thiếu sổ {1}", "rule {0} is skipped: missing register(s) {1}"}},
    {CommandText::kExplainNoSubject,
     {"không có đối tượng \"{0}\" của quy tắc {1}", "no subject \"{0}\" for rule {1}"}},
    {CommandText::kExplainNoSubjectInWindow,
     {"không có đối tượng \"{0}\" trong kỳ {1} của quy tắc {2}",
      "no subject \"{0}\" in period {1} for rule {2}"}},
    {CommandText::kExplainRuleNotPerWindow,
     {"{0} \"{1}\" không dùng được: quy tắc {2} không xét theo từng tháng, quý hay năm — "
      "bỏ {0} để giải thích quy tắc cho cả kỳ {3}",
      "{0} \"{1}\" does not apply: rule {2} is not stated per month, quarter or year — "
      "leave out {0} to explain the rule for the whole period {3}"}},
    {CommandText::kExplainNotAWindow,
     {"{0} \"{1}\" không phải một kỳ của quy tắc {2}: quy tắc xét theo {3}; các kỳ được "
      "kiểm tra là {4}",
      "{0} \"{1}\" is not a window of rule {2}: the rule is stated per {3}; the windows "
      "audited are {4}"}},
    {CommandText::kExplainNoWindowAudited,
     {"{0} \"{1}\" không phải một kỳ của quy tắc {2}: quy tắc xét theo {3}, và kỳ {4} "
      "chưa có kỳ nào kết thúc trước ngày tính {5}",
      "{0} \"{1}\" is not a window of rule {2}: the rule is stated per {3}, and no window "
      "of the period {4} had ended by the as-of date {5}"}},
    {CommandText::kExplainPerMonth,
     {"tháng (viết 2025-03 hoặc 03/2025)", "month (written 2025-03 or 03/2025)"}},
    {CommandText::kExplainPerQuarter, {"quý (viết 2025-Q1)", "quarter (written 2025-Q1)"}},
    {CommandText::kExplainPerYear, {"năm (viết 2025)", "year (written 2025)"}},

    // Usage errors and what was done, on standard error.
    {CommandText::kErrorPrefix, {"genaudit: lỗi: ", "genaudit: error: "}},
    {CommandText::kWhatProfile, {"tệp cấu hình", "the profile"}},
    {CommandText::kWhatWaiverFile, {"tệp miễn trừ", "the waiver file"}},
    {CommandText::kWhatInspectionFile,
     {"tệp thông tin cuộc kiểm tra", "the inspection file"}},
    {CommandText::kNamedFileUnreadable,
     {"không đọc được {0} \"{1}\"{2}", "{0} \"{1}\" cannot be read{2}"}},
    {CommandText::kNotARegularFile,
     {": đó không phải một tệp thường (mà là thư mục, thiết bị hay ống dẫn); hãy chỉ một tệp "
      ".toml",
      ": it is not a regular file (a folder, a device or a pipe); give a .toml file"}},
    {CommandText::kFileTooLarge,
     {": tệp dài quá {0} byte; có đúng tệp không?",
      ": it is over {0} bytes; is it the right file?"}},
    {CommandText::kMoreErrors, {"... và {0} lỗi khác", "... and {0} more error(s)"}},
    {CommandText::kNothingImported,
     {"Chưa nhập dữ liệu nào: hãy sửa sổ và chạy lại.",
      "Nothing was imported: fix the register(s) and run again."}},
    {CommandText::kMappingErrors,
     {"Tệp ánh xạ có lỗi; chưa nhập dữ liệu nào.",
      "The mapping files have errors; nothing was imported."}},
    {CommandText::kIgnoredColumns, {"{0}: bỏ qua cột {1}", "{0}: ignored column(s) {1}"}},
    {CommandText::kUnreadNotASpreadsheet,
     {"không phải bảng tính (.csv, .xlsx, .xlsm, .xls, .ods)",
      "not a spreadsheet (.csv, .xlsx, .xlsm, .xls, .ods)"}},
    {CommandText::kUnreadNoRegisterHeader,
     {"30 dòng đầu không có dòng tiêu đề của sổ nào", "no register's header on its first 30 rows"}},
    {CommandText::kUnreadMappingFile, {"tệp ánh xạ", "a mapping file"}},
    {CommandText::kUnreadRejectedRows,
     {"các dòng bị loại ở lần chạy trước", "rows rejected by an earlier run"}},
    {CommandText::kUnreadHidden, {"tệp ẩn hoặc tệp tạm", "a hidden or temporary file"}},
    {CommandText::kNoRegister,
     {"\"{0}\" không có sổ nào để đọc — cần các tệp mang tên sổ ({1}) đuôi .csv, .xlsx, .xls "
      "hoặc .ods, hoặc bảng tính có dòng tiêu đề theo mẫu trong 30 dòng đầu",
      "\"{0}\" holds no register — expected files named after a register ({1}) ending in .csv, "
      ".xlsx, .xls or .ods, or spreadsheets with a template's header on one of their first 30 "
      "rows"}},
    {CommandText::kNoFileFound, {"  (không có tệp nào)", "  (no file found)"}},
    {CommandText::kFileNotRead, {"{0}: không đọc — {1}", "{0}: not read — {1}"}},
    {CommandText::kRulePathMissing,
     {"không tìm thấy tệp hoặc thư mục quy tắc \"{0}\"",
      "the rule file or folder \"{0}\" does not exist"}},
    {CommandText::kRulesTestPathMissing,
     {"không tìm thấy tệp hoặc thư mục \"{0}\"", "the file or folder \"{0}\" does not exist"}},
    {CommandText::kRulesTestNotATestPath,
     {"\"{0}\" không phải tệp quy tắc (.rules), tệp kiểm thử (.test.toml) hay thư mục",
      "\"{0}\" is not a rule file (.rules), a test file (.test.toml) or a folder"}},
    {CommandText::kRulesTestNoTestFile,
     {"thư mục \"{0}\" không có tệp kiểm thử nào (*.test.toml)",
      "the folder \"{0}\" holds no test file (*.test.toml)"}},
    {CommandText::kRulesTestNoTestOfRuleFile,
     {"không có tệp kiểm thử cho \"{0}\": cần {1} cùng thư mục hoặc trong thư mục tests/ bên cạnh",
      "no test file for \"{0}\": expected {1} beside it or in tests/ beside it"}},
    {CommandText::kRulesOnlyWithoutRules,
     {"--rules-only cần ít nhất một tệp hoặc thư mục quy tắc: thêm --rules TỆP",
      "--rules-only needs at least one rule file or folder: add --rules FILE"}},
    {CommandText::kRulePackErrors,
     {"{0} lỗi trong bộ quy tắc; chưa kiểm tra gì.",
      "{0} error(s) in the rule pack; nothing was audited."}},
    {CommandText::kProfileErrors,
     {"{0} lỗi trong tệp cấu hình; chưa kiểm tra gì.",
      "{0} error(s) in the profile; nothing was audited."}},
    {CommandText::kCsvSeparatorNeedsCsv,
     {"--csv-separator chỉ dùng cho định dạng csv, không dùng cho {0}; bỏ --csv-separator "
      "hoặc dùng --format csv",
      "--csv-separator is for the csv format only, not {0}; leave --csv-separator out or "
      "use --format csv"}},
    {CommandText::kBinaryFormatNeedsOutput,
     {"định dạng {0} cần --output FILE", "the {0} format needs --output FILE"}},
    {CommandText::kBaselineNeedsDatabase,
     {"--baseline cần --db FILE: chỉ lần rà soát được ghi trong cơ sở dữ liệu mới làm mốc được",
      "--baseline needs --db FILE: only a run recorded in a database can be a baseline"}},
    {CommandText::kLenientNeedsData,
     {"--lenient và --rejected chỉ dùng với --data (với --db, hãy dùng genaudit import "
      "--lenient)",
      "--lenient and --rejected go with --data only (for --db, use genaudit import --lenient)"}},
    {CommandText::kNoSuchRun,
     {"cơ sở dữ liệu không có lần rà soát số {0} — xem {1}",
      "the database has no run {0} — see {1}"}},
    {CommandText::kRunRecordedAnyway,
     {" — lần rà soát số {0} đã được ghi vào cơ sở dữ liệu",
      " — run {0} is recorded in the database"}},
    {CommandText::kDataNotFound,
     {"không tìm thấy thư mục hoặc tệp dữ liệu \"{0}\"",
      "the data folder or file \"{0}\" does not exist"}},
    {CommandText::kDataOrDatabase,
     {"cần đúng một trong --data DIR hoặc --db FILE",
      "give exactly one of --data DIR or --db FILE"}},
    {CommandText::kDatabaseNotFound,
     {"không tìm thấy cơ sở dữ liệu \"{0}\"", "the database \"{0}\" does not exist"}},
    {CommandText::kInspectionFileErrors,
     {"{0} lỗi trong tệp thông tin cuộc kiểm tra {1}; chưa làm gì",
      "{0} error(s) in the inspection file {1}; nothing was done"}},
    {CommandText::kWaiverFileErrors,
     {"{0} lỗi trong tệp miễn trừ {1}; chưa làm gì",
      "{0} error(s) in the waiver file {1}; nothing was done"}},
    {CommandText::kFormatNotTextOrJson,
     {"định dạng \"{0}\" không hỗ trợ — cần text hoặc json",
      "the format \"{0}\" is not supported — expected text or json"}},
    {CommandText::kFormatNotSupported,
     {"định dạng \"{0}\" không hỗ trợ — cần text, json, html, md, csv, xlsx hoặc docx",
      "the format \"{0}\" is not supported — expected text, json, html, md, csv, xlsx or docx"}},
    {CommandText::kFormatContradictsOutput,
     {"--format {0} mâu thuẫn với đuôi \"{1}\" của --output {2} (đuôi đó là định dạng {3}) — "
      "bỏ --format, hoặc đổi tên tệp; chưa ghi gì",
      "--format {0} contradicts the extension \"{1}\" of --output {2} (which is the {3} "
      "format) — drop --format or rename the file; nothing was written"}},
    {CommandText::kWaiversStored,
     {"đã lưu {0} miễn trừ, thay cho các miễn trừ đã lưu trước đó",
      "{0} waiver(s) stored; they replace those stored before"}},
    {CommandText::kNoSuchWaiver,
     {"cơ sở dữ liệu không lưu miễn trừ {0} — xem {1}",
      "the database stores no waiver {0} — see {1}"}},
    {CommandText::kWaiverRemoved, {"đã gỡ miễn trừ {0}", "waiver {0} removed"}},
    {CommandText::kImportedRejectedUnwritten,
     {"đã nhập dữ liệu, nhưng các dòng bị loại chưa ghi ra được: {0}",
      "the data was imported, but the rejected rows could not be written out: {0}"}},
    {CommandText::kRejectedFolderIsInput,
     {"thư mục ghi các dòng bị loại \"{0}\" là thư mục chứa sổ \"{1}\" — tệp ghi ra sẽ đè lên "
      "sổ gốc; hãy chọn thư mục khác bằng --rejected",
      "the folder for rejected rows \"{0}\" holds the register \"{1}\" — its files would "
      "replace the originals; choose another with --rejected"}},
    {CommandText::kLenientImported, {"{0}: đã nhập {1} dòng", "{0}: {1} rows imported"}},
    {CommandText::kLenientRejected, {", loại {0} dòng", ", {0} rows rejected"}},
    {CommandText::kImportAddedOneFile,
     {"{0}: thêm {1} tệp, {2} dòng", "{0}: added {1} file, {2} rows"}},
    {CommandText::kImportAddedFiles,
     {"{0}: thêm {1} tệp, {2} dòng", "{0}: added {1} files, {2} rows"}},
    {CommandText::kImportReplacedOneFile,
     {"{0}: thay bằng {1} tệp, {2} dòng", "{0}: replaced by {1} file, {2} rows"}},
    {CommandText::kImportReplacedFiles,
     {"{0}: thay bằng {1} tệp, {2} dòng", "{0}: replaced by {1} files, {2} rows"}},
    {CommandText::kProgressRows, {"dòng", "rows"}},
    {CommandText::kProgressRowsPerSecond, {"dòng/giây", "rows/s"}},

    // `template`: blank forms of the registers for agencies.
    {CommandText::kHelpTemplate,
     {"Tạo biểu mẫu .xlsx của các sổ để gửi cơ quan, đơn vị điền",
      "Write blank .xlsx forms of the registers for agencies to fill in"}},
    {CommandText::kTemplateExamples, kTemplateExamples},
    {CommandText::kHelpTemplateRegisters,
     {"Các sổ cần tạo biểu mẫu (mặc định: tất cả)", "The registers to make forms of (default: all)"}},
    {CommandText::kHelpTemplateOutput,
     {"Thư mục ghi biểu mẫu (tạo nếu chưa có)", "The folder to write the forms to (made if missing)"}},
    {CommandText::kHelpTemplateDatabase,
     {"Cơ sở dữ liệu lấy danh sách mã đơn vị", "A database to take the agency codes from"}},
    {CommandText::kPlaceholderRegister, {"SỔ", "REGISTER"}},
    {CommandText::kTemplateUnknownRegister,
     {"không có sổ \"{0}\"; các sổ là: {1}", "there is no register \"{0}\"; the registers are: {1}"}},
    {CommandText::kTemplateOutputNotFolder,
     {"\"{0}\" không phải là thư mục; --output là thư mục ghi biểu mẫu; chưa ghi gì",
      "\"{0}\" is not a folder; --output names the folder to write the forms to; nothing "
      "was written"}},
    {CommandText::kTemplateFileExists,
     {"tệp {0} đã có; biểu mẫu không ghi đè tệp nào: chọn thư mục khác hoặc chuyển tệp "
      "đó đi; chưa ghi gì",
      "the file {0} exists; forms never replace a file: choose another folder or move "
      "that file away; nothing was written"}},
    {CommandText::kTemplateWritten,
     {"Đã tạo biểu mẫu {0} ({1})", "Wrote the form {0} ({1})"}},

    // `users`: the workspace's accounts.
    {CommandText::kHelpUsers,
     {"Làm việc với tài khoản của không gian làm việc (genaudit serve)",
      "Work on the accounts of the workspace (genaudit serve)"}},
    {CommandText::kHelpUsersAdd,
     {"Thêm một tài khoản; mật khẩu đọc từ đầu vào chuẩn, một dòng",
      "Add an account; its password is read from standard input, one line"}},
    {CommandText::kUsersAddExamples, kUsersAddExamples},
    {CommandText::kHelpUsersName,
     {"Tên đăng nhập: 1 đến 64 byte, không có ký tự điều khiển, không có khoảng trắng ở đầu "
      "hoặc cuối",
      "The name to sign in with: 1 to 64 bytes, no control character, no space at either end"}},
    {CommandText::kHelpUsersRole,
     {"viewer (xem), inspector (nhập sổ, chạy rà soát, đề xuất miễn trừ), lead (trưởng đoàn: "
      "duyệt miễn trừ), admin (quản lý tài khoản); mỗi vai trò gồm cả các vai trò trước",
      "viewer (reads), inspector (imports, runs audits, proposes waivers), lead (team lead: "
      "approves waivers), admin (accounts); each role includes the ones before"}},
    {CommandText::kHelpUsersList,
     {"Liệt kê các tài khoản", "List the accounts"}},
    {CommandText::kHelpUsersDisable,
     {"Khóa một tài khoản: không đăng nhập được nữa",
      "Disable an account: it can no longer sign in"}},
    {CommandText::kPlaceholderName, {"TÊN", "NAME"}},
    {CommandText::kPlaceholderRole, {"VAI_TRÒ", "ROLE"}},
    {CommandText::kPasswordPrompt, {"Mật khẩu: ", "Password: "}},
    {CommandText::kPasswordMissing,
     {"không có mật khẩu — hãy đưa mật khẩu vào đầu vào chuẩn, một dòng",
      "no password — give it on standard input, one line"}},
    {CommandText::kPasswordMoreThanOneLine,
     {"đầu vào chuẩn có hơn một dòng — mật khẩu là đúng một dòng; chưa thêm tài khoản",
      "standard input holds more than one line — the password is one line; no account was "
      "added"}},
    {CommandText::kPasswordTooShort,
     {"mật khẩu quá ngắn — cần ít nhất {0} byte; chưa thêm tài khoản",
      "the password is too short — it needs {0} bytes at least; no account was added"}},
    {CommandText::kPasswordTooLong,
     {"mật khẩu quá dài — nhiều nhất {0} byte; chưa thêm tài khoản",
      "the password is too long — {0} bytes at most; no account was added"}},
    {CommandText::kAccountNameInvalid,
     {"tên tài khoản \"{0}\" không hợp lệ — cần 1 đến {1} byte UTF-8, không có ký tự điều "
      "khiển hay ký tự vô hình, không có khoảng trắng ở đầu hoặc cuối",
      "the account name \"{0}\" is not valid — it is 1 to {1} bytes of UTF-8, without control "
      "or invisible characters, without space at either end"}},
    {CommandText::kAccountNameTaken,
     {"đã có tài khoản \"{0}\" — hãy chọn tên khác; chưa thêm tài khoản",
      "there is an account \"{0}\" already — choose another name; no account was added"}},
    {CommandText::kAccountAdded,
     {"đã thêm tài khoản \"{0}\", vai trò {1}", "account \"{0}\" added, role {1}"}},
    {CommandText::kNoSuchAccount,
     {"không có tài khoản \"{0}\" — xem {1}", "there is no account \"{0}\" — see {1}"}},
    {CommandText::kAccountDisabled,
     {"đã khóa tài khoản \"{0}\"", "account \"{0}\" disabled"}},
    {CommandText::kAccountsTitle, {"Tài khoản: {0}", "Accounts: {0}"}},
    {CommandText::kNoAccounts,
     {"Chưa có tài khoản nào (thêm bằng genaudit users add).",
      "No account yet (add one with genaudit users add)."}},
    {CommandText::kColumnAccountName, {"Tên", "Name"}},
    {CommandText::kColumnAccountRole, {"Vai trò", "Role"}},
    {CommandText::kColumnAccountState, {"Trạng thái", "State"}},
    {CommandText::kColumnAccountCreated, {"Tạo lúc (UTC)", "Created (UTC)"}},
    {CommandText::kAccountStateEnabled, {"đang dùng", "enabled"}},
    {CommandText::kAccountStateDisabled, {"đã khóa", "disabled"}},
};

}  // namespace

const TextCatalogue<CommandText>& command_texts() {
  static const TextCatalogue<CommandText> catalogue({kRows}, CommandText::kAccountStateDisabled);
  return catalogue;
}

std::string command_text(CommandText id, Language lang, const std::vector<std::string>& args) {
  return command_texts().format(id, lang, args);
}

}  // namespace genaudit::cli
