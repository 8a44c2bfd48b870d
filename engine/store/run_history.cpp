// The history tables of the audit database; see run_history.h.
#include "engine/store/run_history.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>
#include <string_view>

#include "engine/core/audit_period.h"
#include "engine/store/compressed_text.h"
#include "engine/store/database_refused.h"
#include "engine/store/sqlite_errors.h"
#include "engine/store/store_error.h"

namespace genaudit {
namespace {

// Binds the value, or NULL when there is none.
template <typename T>
void bind_or_null(SQLite::Statement& statement, int index, const std::optional<T>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

// A report kept compressed (compressed_text.h) has this after its format:
// "json+zlib". A genaudit before compression finds no "json" report for
// such a run, and says that none was kept, rather than misreading it.
constexpr const char* kCompressedSuffix = "+zlib";
// SQLite's own limit on a value (1 GB by default): no report kept as it was
// written could be longer.
constexpr std::size_t kLargestReport = std::size_t{1} << 30;

constexpr const char* kTables[] = {"runs",    "run_imports", "run_findings", "run_indicators",
                                   "waivers", "run_reports", "run_inspections"};

constexpr const char* kSchema[] = {
    "CREATE TABLE IF NOT EXISTS runs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, recorded_at TEXT NOT NULL, period TEXT NOT NULL,"
    " period_start TEXT NOT NULL, period_end TEXT NOT NULL, as_of TEXT NOT NULL,"
    " pack_version TEXT NOT NULL, rules TEXT NOT NULL, profile TEXT NOT NULL, baseline INTEGER,"
    " findings INTEGER NOT NULL, waived INTEGER NOT NULL, indicators_met INTEGER NOT NULL,"
    " indicators_not_met INTEGER NOT NULL, indicators_no_data INTEGER NOT NULL,"
    " skipped INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS run_imports ("
    " run INTEGER NOT NULL REFERENCES runs(id), register TEXT NOT NULL, file TEXT NOT NULL,"
    " sha256 TEXT NOT NULL, rows INTEGER NOT NULL, PRIMARY KEY (run, register))",
    "CREATE TABLE IF NOT EXISTS run_findings ("
    " run INTEGER NOT NULL REFERENCES runs(id), rule TEXT NOT NULL, subject_key TEXT NOT NULL,"
    " period TEXT NOT NULL, subject TEXT NOT NULL, subject_name TEXT NOT NULL,"
    " evidence TEXT NOT NULL, waived INTEGER NOT NULL,"
    " PRIMARY KEY (run, rule, subject_key, period))",
    "CREATE TABLE IF NOT EXISTS run_indicators ("
    " run INTEGER NOT NULL REFERENCES runs(id), rule TEXT NOT NULL, status TEXT NOT NULL,"
    " value REAL, target REAL NOT NULL, comparison TEXT NOT NULL, PRIMARY KEY (run, rule))",
    "CREATE TABLE IF NOT EXISTS waivers ("
    " position INTEGER PRIMARY KEY, rule TEXT NOT NULL, subject TEXT NOT NULL, period TEXT,"
    " justification TEXT NOT NULL, approved_by TEXT NOT NULL, expires TEXT NOT NULL,"
    " source TEXT NOT NULL, imported_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS run_reports ("
    " run INTEGER NOT NULL REFERENCES runs(id), format TEXT NOT NULL, content TEXT NOT NULL,"
    " PRIMARY KEY (run, format))",
    // The inspection file a run's records were written with (`audit
    // --inspection`), as the user wrote it: read again, it gives the same
    // facts to every later rendering of that run's records.
    // (In parentheses: clang takes two literals joined in an array for a
    // missing comma.)
    ("CREATE TABLE IF NOT EXISTS run_inspections ("
     " run INTEGER PRIMARY KEY REFERENCES runs(id), toml TEXT NOT NULL)"),
};

constexpr const char* kRunColumns =
    "id, recorded_at, period, period_start, period_end, as_of, pack_version, rules, profile,"
    " baseline, findings, waived, indicators_met, indicators_not_met, indicators_no_data,"
    " skipped";

// How deep arrays and objects nest in the JSON text `json`, up to `limit`
// + 1 (brackets inside strings are not nesting). Not a parser: the text is
// parsed where it is used; this only bounds what that parse would build.
std::size_t json_depth(std::string_view json, std::size_t limit) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (const char c : json) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) break;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

std::optional<std::string> optional_text(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

FindingKeys keys_of(SQLite::Statement& query) {
  FindingKeys keys;
  while (query.executeStep()) {
    keys.insert({query.getColumn(0).getString(), query.getColumn(1).getString(),
                 query.getColumn(2).getString()});
  }
  return keys;
}

}  // namespace

std::string utc_now_iso() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&t, &parts);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buf;
}

void RunHistory::create_schema(SQLite::Database& db) {
  int present = 0;
  for (const char* table : kTables) present += db.tableExists(table) ? 1 : 0;
  if (present == static_cast<int>(std::size(kTables))) return;
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  for (const char* sql : kSchema) db.exec(sql);
  transaction.commit();
}

void RunHistory::record_report(long run, const std::string& format,
                               const std::string& content) try {
  const std::string compressed = compressed_text(content);
  SQLite::Statement insert(db_, "INSERT INTO run_reports (run, format, content) VALUES (?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(run));
  insert.bind(2, format + kCompressedSuffix);
  insert.bindNoCopy(3, compressed.data(), static_cast<int>(compressed.size()));  // a blob
  insert.exec();
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::optional<std::string> RunHistory::report(long run, const std::string& format) const try {
  if (!db_.tableExists("run_reports")) return std::nullopt;  // an older database, read-only
  // Kept compressed, or as it was written by a genaudit before compression.
  SQLite::Statement select(db_, "SELECT format, content FROM run_reports WHERE run = ? AND format IN (?, ?)");
  select.bind(1, static_cast<int64_t>(run));
  select.bind(2, format);
  select.bind(3, format + kCompressedSuffix);
  if (!select.executeStep()) return std::nullopt;
  if (select.getColumn(0).getString() == format) return select.getColumn(1).getString();
  const SQLite::Column content = select.getColumn(1);
  std::optional<std::string> text = decompressed_text(
      std::string_view(static_cast<const char*>(content.getBlob()), static_cast<std::size_t>(content.getBytes())),
      kLargestReport);
  if (!text) {
    throw StoreError(StoreError::Kind::kCorrupt,
                     "the report kept for run " + std::to_string(run) + " is damaged");
  }
  return text;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

void RunHistory::record_inspection(long run, const std::string& toml) try {
  SQLite::Statement insert(db_, "INSERT INTO run_inspections (run, toml) VALUES (?, ?)");
  insert.bind(1, static_cast<int64_t>(run));
  insert.bind(2, toml);
  insert.exec();
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::optional<std::string> RunHistory::inspection(long run) const try {
  if (!db_.tableExists("run_inspections")) return std::nullopt;  // an older database, read-only
  SQLite::Statement select(db_, "SELECT toml FROM run_inspections WHERE run = ?");
  select.bind(1, static_cast<int64_t>(run));
  if (!select.executeStep()) return std::nullopt;
  return select.getColumn(0).getString();
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

long RunHistory::record(const RunRecord& run) try {
  const RunInfo& info = run.info;
  SQLite::Statement insert(db_,
                           "INSERT INTO runs (recorded_at, period, period_start, period_end, "
                           "as_of, pack_version, rules, profile, baseline, findings, waived, "
                           "indicators_met, indicators_not_met, indicators_no_data, skipped) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, info.recorded_at.empty() ? utc_now_iso() : info.recorded_at);
  insert.bind(2, info.period);
  insert.bind(3, info.period_start);
  insert.bind(4, info.period_end);
  insert.bind(5, info.as_of);
  insert.bind(6, info.pack_version);
  insert.bind(7, info.rules);
  insert.bind(8, info.profile);
  bind_or_null(insert, 9, info.baseline ? std::optional<int64_t>(*info.baseline) : std::nullopt);
  insert.bind(10, static_cast<int64_t>(info.findings));
  insert.bind(11, static_cast<int64_t>(info.waived));
  insert.bind(12, static_cast<int64_t>(info.indicators_met));
  insert.bind(13, static_cast<int64_t>(info.indicators_not_met));
  insert.bind(14, static_cast<int64_t>(info.indicators_no_data));
  insert.bind(15, static_cast<int64_t>(info.skipped));
  insert.exec();
  const long id = static_cast<long>(db_.getLastInsertRowid());

  SQLite::Statement imports(db_,
                            "INSERT INTO run_imports (run, register, file, sha256, rows) "
                            "VALUES (?, ?, ?, ?, ?)");
  for (const RegisterFileInfo& r : info.registers) {
    imports.bind(1, static_cast<int64_t>(id));
    imports.bind(2, r.register_name);
    imports.bind(3, r.file);
    imports.bind(4, r.sha256);
    imports.bind(5, static_cast<int64_t>(r.rows));
    imports.exec();
    imports.reset();
  }
  // A key twice in one run cannot come from one pack (subjects are unique
  // codes); should it, the first is kept.
  SQLite::Statement findings(db_,
                             "INSERT OR IGNORE INTO run_findings (run, rule, subject_key, "
                             "period, subject, subject_name, evidence, waived) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const RecordedFinding& f : run.findings) {
    findings.bind(1, static_cast<int64_t>(id));
    findings.bind(2, f.key.rule);
    findings.bind(3, f.key.subject);
    findings.bind(4, f.key.period);
    findings.bind(5, f.subject);
    findings.bind(6, f.subject_name);
    findings.bind(7, f.evidence_json);
    findings.bind(8, f.waived ? 1 : 0);
    findings.exec();
    findings.reset();
  }
  SQLite::Statement indicators(db_,
                               "INSERT OR IGNORE INTO run_indicators (run, rule, status, value, "
                               "target, comparison) VALUES (?, ?, ?, ?, ?, ?)");
  for (const RecordedIndicator& i : run.indicators) {
    indicators.bind(1, static_cast<int64_t>(id));
    indicators.bind(2, i.rule);
    indicators.bind(3, i.status);
    bind_or_null(indicators, 4, i.value);
    indicators.bind(5, i.target);
    indicators.bind(6, i.comparison);
    indicators.exec();
    indicators.reset();
  }
  return id;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

RunInfo RunHistory::read_run(SQLite::Statement& row) const {
  RunInfo info;
  info.id = static_cast<long>(row.getColumn(0).getInt64());
  info.recorded_at = row.getColumn(1).getString();
  info.period = row.getColumn(2).getString();
  info.period_start = row.getColumn(3).getString();
  info.period_end = row.getColumn(4).getString();
  info.as_of = row.getColumn(5).getString();
  info.pack_version = row.getColumn(6).getString();
  info.rules = row.getColumn(7).getString();
  info.profile = row.getColumn(8).getString();
  if (!row.getColumn(9).isNull()) info.baseline = static_cast<long>(row.getColumn(9).getInt64());
  info.findings = static_cast<long>(row.getColumn(10).getInt64());
  info.waived = static_cast<long>(row.getColumn(11).getInt64());
  info.indicators_met = static_cast<long>(row.getColumn(12).getInt64());
  info.indicators_not_met = static_cast<long>(row.getColumn(13).getInt64());
  info.indicators_no_data = static_cast<long>(row.getColumn(14).getInt64());
  info.skipped = static_cast<long>(row.getColumn(15).getInt64());
  SQLite::Statement imports(db_,
                            "SELECT register, file, sha256, rows FROM run_imports WHERE run = ? "
                            "ORDER BY rowid");
  imports.bind(1, static_cast<int64_t>(info.id));
  while (imports.executeStep()) {
    info.registers.push_back({imports.getColumn(0).getString(), imports.getColumn(1).getString(),
                              imports.getColumn(2).getString(),
                              static_cast<long>(imports.getColumn(3).getInt64())});
  }
  return info;
}

std::vector<RunInfo> RunHistory::runs() const try {
  SQLite::Statement query(db_, std::string("SELECT ") + kRunColumns + " FROM runs ORDER BY id");
  std::vector<RunInfo> out;
  while (query.executeStep()) out.push_back(read_run(query));
  return out;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::optional<RunInfo> RunHistory::run(long id) const try {
  SQLite::Statement query(db_, std::string("SELECT ") + kRunColumns + " FROM runs WHERE id = ?");
  query.bind(1, static_cast<int64_t>(id));
  if (!query.executeStep()) return std::nullopt;
  return read_run(query);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::optional<long> RunHistory::latest_run() const try {
  SQLite::Statement query(db_, "SELECT max(id) FROM runs");
  if (!query.executeStep() || query.getColumn(0).isNull()) return std::nullopt;
  return static_cast<long>(query.getColumn(0).getInt64());
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::vector<RecordedFinding> RunHistory::findings(long run) const try {
  SQLite::Statement query(db_,
                          "SELECT rule, subject_key, period, subject, subject_name, evidence, "
                          "waived FROM run_findings WHERE run = ? ORDER BY rowid");
  query.bind(1, static_cast<int64_t>(run));
  std::vector<RecordedFinding> out;
  while (query.executeStep()) {
    RecordedFinding f;
    f.key = {query.getColumn(0).getString(), query.getColumn(1).getString(),
             query.getColumn(2).getString()};
    f.subject = query.getColumn(3).getString();
    f.subject_name = query.getColumn(4).getString();
    if (!f.key.period.empty()) f.period = f.key.period;
    f.evidence_json = query.getColumn(5).getString();
    if (json_depth(f.evidence_json, kMaxEvidenceDepth) > kMaxEvidenceDepth) {
      throw DatabaseRefused::evidence_too_deep(run, f.key.rule, f.subject, kMaxEvidenceDepth);
    }
    f.waived = query.getColumn(6).getInt() != 0;
    out.push_back(std::move(f));
  }
  return out;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

FindingKeys RunHistory::finding_keys(long run) const try {
  SQLite::Statement query(db_,
                          "SELECT rule, subject_key, period FROM run_findings WHERE run = ?");
  query.bind(1, static_cast<int64_t>(run));
  return keys_of(query);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

FindingKeys RunHistory::finding_keys_before(long run) const try {
  SQLite::Statement query(db_,
                          "SELECT DISTINCT rule, subject_key, period FROM run_findings "
                          "WHERE run < ?");
  query.bind(1, static_cast<int64_t>(run));
  return keys_of(query);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::vector<RecordedIndicator> RunHistory::indicators(long run) const try {
  SQLite::Statement query(db_,
                          "SELECT rule, status, value, target, comparison FROM run_indicators "
                          "WHERE run = ? ORDER BY rowid");
  query.bind(1, static_cast<int64_t>(run));
  std::vector<RecordedIndicator> out;
  while (query.executeStep()) {
    RecordedIndicator i;
    i.rule = query.getColumn(0).getString();
    i.status = query.getColumn(1).getString();
    if (!query.getColumn(2).isNull()) i.value = query.getColumn(2).getDouble();
    i.target = query.getColumn(3).getDouble();
    i.comparison = query.getColumn(4).getString();
    out.push_back(std::move(i));
  }
  return out;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

void RunHistory::replace_waivers(const std::vector<Waiver>& waivers) try {
  db_.exec("DELETE FROM waivers");
  SQLite::Statement insert(db_,
                           "INSERT INTO waivers (rule, subject, period, justification, "
                           "approved_by, expires, source, imported_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  const std::string now = utc_now_iso();
  for (const Waiver& w : waivers) {
    insert.bind(1, w.rule);
    insert.bind(2, w.subject);
    bind_or_null(insert, 3, w.period);
    insert.bind(4, w.justification);
    insert.bind(5, w.approved_by);
    insert.bind(6, w.expires.iso());
    insert.bind(7, w.source);
    insert.bind(8, now);
    insert.exec();
    insert.reset();
  }
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::vector<Waiver> RunHistory::waivers() const try {
  SQLite::Statement query(db_,
                          "SELECT rule, subject, period, justification, approved_by, expires, "
                          "source FROM waivers ORDER BY position");
  std::vector<Waiver> out;
  while (query.executeStep()) {
    Waiver w;
    w.rule = query.getColumn(0).getString();
    w.subject = query.getColumn(1).getString();
    w.period = optional_text(query.getColumn(2));
    w.justification = query.getColumn(3).getString();
    w.approved_by = query.getColumn(4).getString();
    w.expires = parse_iso_date(query.getColumn(5).getString()).value_or(Date{});
    w.source = query.getColumn(6).getString();
    out.push_back(std::move(w));
  }
  return out;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

int RunHistory::remove_waiver(const std::string& rule, const std::string& subject,
                              const std::optional<std::string>& period) try {
  // Codes fold as the registers compare them, which SQL cannot do: find the
  // rows here, remove them by position.
  const FindingKey wanted = finding_key(rule, subject, period);
  std::vector<long long> positions;
  SQLite::Statement query(db_, "SELECT position, rule, subject, period FROM waivers");
  while (query.executeStep()) {
    if (finding_key(query.getColumn(1).getString(), query.getColumn(2).getString(),
                    optional_text(query.getColumn(3))) == wanted) {
      positions.push_back(query.getColumn(0).getInt64());
    }
  }
  SQLite::Statement remove(db_, "DELETE FROM waivers WHERE position = ?");
  for (const long long position : positions) {
    remove.bind(1, static_cast<int64_t>(position));
    remove.exec();
    remove.reset();
  }
  return static_cast<int>(positions.size());
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
