// The audit history kept in the audit database: every audit run with its
// facts, the import log it read (a snapshot: a re-import replaces a
// register, not what a run read), its findings with their stable keys and
// evidence, its indicator results; and the waivers stored with
// `genaudit waivers import`.
//
//   runs            id, recorded_at, period, period_start, period_end, as_of,
//                   pack_version, rules, profile, baseline, findings, waived,
//                   indicators_met, indicators_not_met, indicators_no_data,
//                   skipped
//   run_imports     run, register, file, sha256, rows
//   run_findings    run, rule, subject_key, period ('' for none), subject,
//                   subject_name, evidence (JSON), waived
//   run_indicators  run, rule, status, value, target, comparison
//   waivers         position, rule, subject, period, justification,
//                   approved_by, expires, source, imported_at
//   run_reports     run, format ("json+zlib"; "json" before 2026-12),
//                   content: the report as the run wrote it, for the
//                   workspace to serve exactly that; compressed
//                   (compressed_text.h) when its format says so
//
// Thread-safety: none; one RunHistory per connection. Writes belong in the
// caller's transaction, so that a run is recorded whole or not at all.
// Errors are StoreErrors (store_error.h), but for create_schema(), the
// store's own step, which throws SQLite::Exception.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "engine/store/stored_runs.h"
#include "engine/store/waiver.h"

namespace genaudit {

class RunHistory {
 public:
  explicit RunHistory(SQLite::Database& db) : db_(db) {}

  // Creates the history tables when any is missing (an empty database, or
  // one made before the history existed), in one write transaction; does
  // nothing, and takes no lock, when they exist.
  static void create_schema(SQLite::Database& db);

  // Records `run` and returns its id. REQUIRES: an open write transaction.
  long record(const RunRecord& run);

  // Keeps `content`, the run's report in `format`, as it was written
  // (compressed). REQUIRES: an open write transaction.
  void record_report(long run, const std::string& format, const std::string& content);
  // The report kept for `run` in `format`, as it was written; none for a
  // run recorded by an earlier genaudit, which kept none. Throws a
  // StoreError (kCorrupt) when the kept report cannot be decompressed.
  std::optional<std::string> report(long run, const std::string& format) const;

  // Keeps the text of the inspection file (engine/audit/inspection.h) the
  // run's records were written with. REQUIRES: an open write transaction.
  void record_inspection(long run, const std::string& toml);
  // The inspection file kept for `run`; none when it was audited without
  // one, or recorded by an earlier genaudit.
  std::optional<std::string> inspection(long run) const;

  std::vector<RunInfo> runs() const;  // oldest first
  std::optional<RunInfo> run(long id) const;
  std::optional<long> latest_run() const;

  // Active and waived. Evidence nested deeper than kMaxEvidenceDepth is
  // refused as damage (DatabaseRefused::kEvidenceTooDeep): no rule makes
  // it, and rendering it would recurse that deep.
  std::vector<RecordedFinding> findings(long run) const;
  // Above the deepest evidence a rule can make (a list in a list... as
  // deep as the rule language lets expressions nest, 256), far below what
  // the JSON writers' recursion could not bear.
  static constexpr std::size_t kMaxEvidenceDepth = 512;
  FindingKeys finding_keys(long run) const;
  // The keys found by any run older than `run`.
  FindingKeys finding_keys_before(long run) const;
  std::vector<RecordedIndicator> indicators(long run) const;

  // Replaces the stored waivers with `waivers`. REQUIRES: an open write
  // transaction.
  void replace_waivers(const std::vector<Waiver>& waivers);
  std::vector<Waiver> waivers() const;
  // Removes the stored waiver of `rule`, `subject` (compared as finding
  // keys compare codes) and `period` (none: the waiver for every period),
  // and returns how many were removed (0 or 1: an import never stores the
  // same key twice). REQUIRES: an open write transaction.
  int remove_waiver(const std::string& rule, const std::string& subject,
                    const std::optional<std::string>& period);

 private:
  RunInfo read_run(SQLite::Statement& row) const;

  SQLite::Database& db_;
};

// The current UTC time, YYYY-MM-DDTHH:MM:SSZ.
std::string utc_now_iso();

}  // namespace genaudit
