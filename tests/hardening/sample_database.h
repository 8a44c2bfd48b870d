// An audit database of the sample province, made by the genaudit command
// as a user makes it — imported, then audited once (a recorded run, and the
// registers' copies with their triggers) — for tests that craft, damage or
// guard a database.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/hardening/cli_run.h"

namespace genaudit::testing {

// Makes the database at `db`; `scratch` holds the command's output files.
// Use with ASSERT_NO_FATAL_FAILURE.
inline void make_sample_database(const std::filesystem::path& db,
                                 const std::filesystem::path& scratch) {
  const CliRun imported = run_genaudit("import --db " + db.string() + " " + sample_folder(), scratch);
  ASSERT_EQ(imported.status, 0) << imported.err;
  const CliRun audited = run_genaudit("audit --db " + db.string() +
                                          " --period 2025 --format json --output " +
                                          (scratch / "sample-report.json").string(),
                                      scratch);
  ASSERT_EQ(audited.status, 1) << audited.err;  // the sample has findings
}

}  // namespace genaudit::testing
