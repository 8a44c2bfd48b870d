// `audit --data` without the audit database: a data folder's registers read
// straight into the evaluator's tables, when every file is clean.
//
// The database path (import into a scratch store, then load the tables
// back) stays the one that reports problems: every message, every lenient
// decision comes from it. This path only has to recognise a clean folder —
// no cell, row or file problem, no repeated code, no unknown reference, no
// person with two genders — and to build the very tables the database path
// would, a person's values filled across their rows included. At the first
// sign of a problem it gives up, and the caller takes the database path,
// which finds and reports it. Reading a clean national folder this way
// skips writing and reading back millions of rows.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/audit/audit_runner.h"
#include "engine/ingest/data_folder.h"
#include "engine/store/audit_store.h"
#include "engine/data/table.h"

namespace genaudit {

struct InMemoryFolder {
  Dataset dataset;
  std::vector<RegisterFileInfo> registers;  // as AuditStore::imports() would list them
  std::vector<IgnoredColumns> ignored;      // for the user to see, once per file
  IntakeReport intake;                      // files read, columns, files not read
};

struct InMemoryReadOptions {
  // A register of at least this many bytes is read on a thread of its own
  // beside the registers after it, when those hold at least a quarter as
  // many bytes (engine/audit/side_lane.h); 0: the best register no other
  // refers to, whatever the sizes (tests).
  std::uint64_t side_lane_min_bytes = std::uint64_t{32} << 20;
};

// The registers of `plan` (found as import_intake finds them), with
// the fields of `fields` loaded (see AuditStore::load); nullopt when the
// folder is not clean, or holds a file of rejected rows to add (an import's
// business). With `evaluation`, each register read is handed to it, so
// that rules can be evaluated while the others are read; a folder found
// not clean abandons it before its tables go.
std::optional<InMemoryFolder> read_clean_folder(const IntakePlan& plan,
                                                const FieldSelection& fields,
                                                AuditEvaluation* evaluation = nullptr,
                                                const InMemoryReadOptions& options = {});

// The same for the plan of `folder` (tests).
std::optional<InMemoryFolder> read_clean_folder(
    const std::filesystem::path& folder, const FieldSelection& fields,
    const std::vector<std::filesystem::path>& mapping_files = {},
    AuditEvaluation* evaluation = nullptr);

}  // namespace genaudit
