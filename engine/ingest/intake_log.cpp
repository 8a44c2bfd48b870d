#include "engine/ingest/intake_log.h"

#include <algorithm>
#include <map>

#include <SQLiteCpp/Statement.h>

#include "engine/store/sqlite_errors.h"

namespace genaudit {
namespace {

// The kinds of fact, as stored.
constexpr const char* kFile = "file";
constexpr const char* kByNote = "by_note";
constexpr const char* kIgnored = "ignored";
constexpr const char* kAbsent = "absent";
constexpr const char* kLeftOut = "left_out";
constexpr const char* kNotRead = "not_read";
// The register of the files not read (a file not read is of none).
constexpr const char* kNoRegister = "";

std::string text_or_empty(const SQLite::Column& c) { return c.isNull() ? "" : c.getString(); }

}  // namespace

void IntakeLog::record(const FolderImport& imported) try {
  SQLite::Statement forget(db_, "DELETE FROM intake_log WHERE register = ?");
  for (const RegisterCount& c : imported.counts) {
    if (c.added) continue;
    forget.bind(1, c.name);
    forget.exec();
    forget.reset();
  }
  forget.bind(1, kNoRegister);
  forget.exec();

  SQLite::Statement insert(db_,
                           "INSERT INTO intake_log (register, kind, file, sheet, header_row,"
                           " recognised_by, sha256, header, field, rows, rows_left_out, detail)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto add = [&](const std::string& register_name, const char* kind, const std::string& file,
                 const std::string& header, const std::string& field, long rows,
                 const std::string& detail) {
    insert.bind(1, register_name);
    insert.bind(2, kind);
    insert.bind(3, file);
    insert.bind(8, header);
    insert.bind(9, field);
    insert.bind(10, static_cast<int64_t>(rows));
    insert.bind(12, detail);
    insert.exec();
    insert.reset();
    insert.clearBindings();
  };
  const IntakeReport& intake = imported.intake;
  for (std::size_t i = 0; i < intake.files.size(); ++i) {
    const IntakeFile& f = intake.files[i];
    insert.bind(4, f.sheet);
    insert.bind(5, static_cast<int64_t>(f.header_row));
    insert.bind(6, static_cast<int>(f.recognised_by));
    insert.bind(7, f.sha256);
    insert.bind(11, static_cast<int64_t>(f.rows_left_out));
    add(f.register_name, kFile, f.file, "", "", f.rows, f.rejected_to);
    if (i < imported.absent_per_file.size()) {
      for (const std::string& field : imported.absent_per_file[i]) {
        add(f.register_name, kAbsent, f.file, "", field, 0, "");
      }
    }
  }
  for (const IntakeColumn& c : intake.columns_by_note) {
    add(c.register_name, kByNote, c.file, c.header, c.field, 0, "");
  }
  for (const IntakeColumn& c : intake.columns_ignored) {
    add(c.register_name, kIgnored, c.file, c.header, "", 0, "");
  }
  for (const AgencyRowsLeftOut& a : intake.rows_left_out_by_agency) {
    add(a.register_name, kLeftOut, "", a.agency_code, "", a.rows, "");
  }
  for (const UnreadFile& u : intake.files_not_read) {
    add(kNoRegister, kNotRead, u.file, "", "", static_cast<long>(u.reason), u.detail);
  }
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

IntakeReport IntakeLog::load() const try {
  IntakeReport intake;
  // A database an older genaudit made has no log until a store opens it
  // to write (a read-only store does not make it).
  if (!db_.tableExists("intake_log")) return intake;
  SQLite::Statement q(db_,
                      "SELECT register, kind, file, sheet, header_row, recognised_by, sha256,"
                      " header, field, rows, rows_left_out, detail FROM intake_log ORDER BY rowid");
  // Per register: how many files, and in how many each field is absent.
  std::map<std::string, std::size_t> files_of;
  std::map<std::string, std::map<std::string, std::size_t>> absent_in;
  std::vector<AgencyRowsLeftOut> left_out;
  while (q.executeStep()) {
    const std::string register_name = q.getColumn(0).getString();
    const std::string kind = q.getColumn(1).getString();
    const std::string file = text_or_empty(q.getColumn(2));
    const std::string header = text_or_empty(q.getColumn(7));
    const std::string field = text_or_empty(q.getColumn(8));
    const long rows = static_cast<long>(q.getColumn(9).getInt64());
    const std::string detail = text_or_empty(q.getColumn(11));
    // A code this version does not know (a later one wrote it): not shown.
    const int code = q.getColumn(kind == kNotRead ? 9 : 5).getInt();
    if (kind == kFile && (code < 0 || code > static_cast<int>(RecognisedBy::kHeader))) continue;
    if (kind == kNotRead && (code < 0 || code > static_cast<int>(UnreadReason::kHidden))) continue;
    if (kind == kFile) {
      IntakeFile f;
      f.register_name = register_name;
      f.file = file;
      f.sheet = text_or_empty(q.getColumn(3));
      f.header_row = static_cast<long>(q.getColumn(4).getInt64());
      f.recognised_by = static_cast<RecognisedBy>(q.getColumn(5).getInt());
      f.sha256 = text_or_empty(q.getColumn(6));
      f.rows = rows;
      f.rows_left_out = static_cast<long>(q.getColumn(10).getInt64());
      f.rejected_to = detail;
      intake.files.push_back(std::move(f));
      ++files_of[register_name];
    } else if (kind == kAbsent) {
      ++absent_in[register_name][field];
    } else if (kind == kByNote) {
      intake.columns_by_note.push_back({register_name, file, header, field});
    } else if (kind == kIgnored) {
      intake.columns_ignored.push_back({register_name, file, header, ""});
    } else if (kind == kLeftOut) {
      auto same = std::find_if(left_out.begin(), left_out.end(), [&](const AgencyRowsLeftOut& a) {
        return a.register_name == register_name && a.agency_code == header;
      });
      if (same != left_out.end()) {
        same->rows += rows;
      } else {
        left_out.push_back({register_name, header, rows});
      }
    } else if (kind == kNotRead) {
      intake.files_not_read.push_back({file, static_cast<UnreadReason>(rows), detail});
    }
  }
  intake.rows_left_out_by_agency = std::move(left_out);
  // In template order, as an audit of the folder lists them.
  std::vector<IntakeFile> ordered;
  for (const RegisterSchema& schema : all_registers()) {
    for (const IntakeFile& f : intake.files) {
      if (f.register_name == schema.name) ordered.push_back(f);
    }
    for (const FieldSchema& field : schema.fields) {
      const auto absent = absent_in[schema.name].find(field.name);
      if (absent != absent_in[schema.name].end() && absent->second == files_of[schema.name]) {
        intake.columns_absent.push_back({schema.name, field.name});
      }
    }
  }
  intake.files = std::move(ordered);
  intake.lenient = intake.rows_left_out() > 0;
  return intake;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
