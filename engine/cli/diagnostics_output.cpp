#include "engine/cli/diagnostics_output.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <sqlite3.h>

#include "engine/store/audit_store.h"
#include "reports/escaping.h"
#include "reports/messages.h"
#include "rules/language/pack_loader.h"
#include "rules/language/profile.h"

namespace genaudit::cli {

void usage_error(rules::Language lang, const std::string& vi, const std::string& en) {
  if (lang == rules::Language::kEnglish) {
    std::cerr << "genaudit: error: " << en << "\n";
  } else {
    std::cerr << "genaudit: lỗi: " << vi << "\n";
  }
}

void print_input_errors(const InputErrors& errors, std::size_t total, rules::Language lang) {
  for (const InputError& e : errors) std::cerr << render_input_error(e, lang) << "\n";
  if (total > errors.size()) {
    const std::string more = std::to_string(total - errors.size());
    std::cerr << (lang == rules::Language::kEnglish ? "... and " + more + " more error(s)"
                                                    : "... và " + more + " lỗi khác")
              << "\n";
  }
  std::cerr << (lang == rules::Language::kEnglish
                    ? "Nothing was imported: fix the register(s) and run again.\n"
                    : "Chưa nhập dữ liệu nào: hãy sửa sổ và chạy lại.\n");
}

void print_mapping_problems(const std::vector<MappingProblem>& problems, rules::Language lang) {
  std::cerr << format_mapping_problems(problems);
  std::cerr << (lang == rules::Language::kEnglish
                    ? "The mapping files have errors; nothing was imported.\n"
                    : "Tệp ánh xạ có lỗi; chưa nhập dữ liệu nào.\n");
}

void print_ignored_columns(const std::string& file, const std::vector<std::string>& columns,
                           rules::Language lang) {
  std::string list;
  for (const std::string& c : columns) list += (list.empty() ? "" : ", ") + c;
  std::cerr << "genaudit: " << file
            << (lang == rules::Language::kEnglish ? ": ignored column(s) " : ": bỏ qua cột ")
            << list << "\n";
}

namespace {

std::string unread_reason(const UnreadFile& f, bool en) {
  switch (f.reason) {
    case UnreadReason::kNotARegisterFormat:
      return en ? "not a spreadsheet (.csv, .xlsx, .xls, .ods)"
                : "không phải bảng tính (.csv, .xlsx, .xls, .ods)";
    case UnreadReason::kNoRegisterHeader:
      return en ? "no register's header on its first 30 rows"
                : "30 dòng đầu không có dòng tiêu đề của sổ nào";
    case UnreadReason::kMappingFile:
      return en ? "a mapping file" : "tệp ánh xạ";
    case UnreadReason::kRejectedRowsFile:
      return en ? "rows rejected by an earlier run" : "các dòng bị loại ở lần chạy trước";
    case UnreadReason::kHidden:
      return en ? "a hidden or temporary file" : "tệp ẩn hoặc tệp tạm";
  }
  return "";
}

}  // namespace

void print_no_register(const std::string& path, const std::vector<UnreadFile>& not_read,
                       rules::Language lang) {
  const bool en = lang == rules::Language::kEnglish;
  std::string names;
  for (const RegisterSchema& r : all_registers()) names += (names.empty() ? "" : ", ") + r.name;
  usage_error(lang,
              "\"" + path + "\" không có sổ nào để đọc — cần các tệp mang tên sổ (" + names +
                  ") đuôi .csv, .xlsx, .xls hoặc .ods, hoặc bảng tính có dòng tiêu đề theo mẫu "
                  "trong 30 dòng đầu",
              "\"" + path + "\" holds no register — expected files named after a register (" +
                  names + ") ending in .csv, .xlsx, .xls or .ods, or spreadsheets with a "
                  "template's header on one of their first 30 rows");
  if (not_read.empty()) {
    std::cerr << (en ? "  (no file found)\n" : "  (không có tệp nào)\n");
  }
  for (const UnreadFile& f : not_read) {
    std::cerr << "  " << clean_text(f.file) << ": " << unread_reason(f, en) << "\n";
  }
}

void print_not_read(const std::vector<UnreadFile>& not_read, rules::Language lang) {
  const bool en = lang == rules::Language::kEnglish;
  for (const UnreadFile& f : not_read) {
    std::cerr << "genaudit: " << clean_text(f.file) << (en ? ": not read — " : ": không đọc — ")
              << unread_reason(f, en) << "\n";
  }
}

void database_error(rules::Language lang, const std::string& db_path, const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    const int ms = AuditStore::busy_timeout_ms();
    const std::string waited = ms % 1000 == 0 ? std::to_string(ms / 1000) : std::to_string(ms);
    const bool in_seconds = ms % 1000 == 0;
    usage_error(lang,
                "cơ sở dữ liệu \"" + db_path + "\" đang bận: một tiến trình khác (genaudit import "
                "hoặc audit) đang ghi vào đó và chưa xong sau " + waited +
                (in_seconds ? " giây" : " ms") +
                " chờ — chưa ghi gì; hãy chạy lại lệnh khi tiến trình kia kết thúc",
                "the database \"" + db_path + "\" is busy: another process (genaudit import or "
                "audit) is writing to it and did not finish within " + waited +
                (in_seconds ? " s" : " ms") +
                " — nothing was written; run the command again when it is done");
    return;
  }
  usage_error(lang, std::string("lỗi cơ sở dữ liệu: ") + e.what(),
              std::string("database error: ") + e.what());
}

std::optional<rules::RulePack> load_pack_or_report(
    const std::string& path, const std::string& profile_path,
    std::map<std::string, rules::RuleKind>* rule_kinds, rules::Language lang) {
  std::vector<rules::RuleText> texts;
  if (path.empty()) {
    texts = rules::builtin_rule_texts();
  } else if (std::error_code ec; !std::filesystem::exists(path, ec)) {
    usage_error(lang, "không tìm thấy tệp hoặc thư mục quy tắc \"" + path + "\"",
                "the rule file or folder \"" + path + "\" does not exist");
    return std::nullopt;
  } else {
    std::string io_error;
    texts = rules::read_rule_files(path, &io_error);
    if (!io_error.empty()) {
      std::cerr << "genaudit: " << io_error << "\n";
      return std::nullopt;
    }
  }
  rules::PackLoad load = rules::load_rule_pack(texts);
  if (!load.pack) {
    std::cerr << rules::format_diagnostics(load.diagnostics);
    const std::string n = std::to_string(load.diagnostics.size());
    std::cerr << (lang == rules::Language::kEnglish
                      ? n + " error(s) in the rule pack; nothing was audited.\n"
                      : n + " lỗi trong bộ quy tắc; chưa kiểm tra gì.\n");
    return std::nullopt;
  }
  if (rule_kinds) {
    for (const rules::RuleInfo& rule : load.pack->rules) (*rule_kinds)[rule.id] = rule.kind;
  }
  if (!profile_path.empty()) {
    std::ifstream in(profile_path, std::ios::binary);
    if (!in) {
      usage_error(lang, "không đọc được tệp cấu hình \"" + profile_path + "\"",
                  "the profile \"" + profile_path + "\" cannot be read");
      return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const rules::Diagnostics problems = rules::apply_profile(*load.pack, profile_path, text.str());
    if (!problems.empty()) {
      std::cerr << rules::format_diagnostics(problems);
      const std::string n = std::to_string(problems.size());
      std::cerr << (lang == rules::Language::kEnglish
                        ? n + " error(s) in the profile; nothing was audited.\n"
                        : n + " lỗi trong tệp cấu hình; chưa kiểm tra gì.\n");
      return std::nullopt;
    }
    load.pack->profile = profile_path;
  }
  return std::move(load.pack);
}

}  // namespace genaudit::cli
