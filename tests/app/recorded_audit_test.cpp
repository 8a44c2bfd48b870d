// The operations the command line and the workspace share: an import is
// all or nothing, and a recorded run keeps the JSON report it wrote.
#include "app/recorded_audit.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/register_import.h"
#include "engine/store/audit_store.h"
#include "engine/store/run_history.h"
#include "tests/fixture.h"
#include "reports/json_report.h"

namespace genaudit::app {
namespace {

using genaudit::testing::TempDir;

const std::filesystem::path kSample = std::filesystem::path(GENAUDIT_SOURCE_DIR) /
                                      "examples" / "khanh-hoa";

AuditWhen year_2025() {
  AuditWhenProblem problem;
  return *parse_audit_when("2025", "", &problem);
}

TEST(RegisterImportTest, ImportsTheSampleAndLogsItsFiles) {
  TempDir dir;
  AuditStore store((dir.path() / "audit.db").string());
  RegisterImportRequest request;
  request.paths = {kSample};
  const RegisterImport result = import_registers(store, request);
  ASSERT_TRUE(result.imported());
  EXPECT_TRUE(store.has_register("staff"));
  EXPECT_FALSE(result.folder.counts.empty());
}

TEST(RegisterImportTest, AFileWithAnErrorChangesNothing) {
  TempDir dir;
  AuditStore store((dir.path() / "audit.db").string());
  dir.write("staff.csv", "staff_id,full_name,gender\nS1,An,X\n");
  RegisterImportRequest request;
  request.paths = {dir.path() / "staff.csv"};
  const RegisterImport result = import_registers(store, request);
  EXPECT_EQ(result.outcome, RegisterImport::Outcome::kRefused);
  EXPECT_GT(result.folder.error_count, 0u);
  EXPECT_FALSE(store.has_register("staff"));
  EXPECT_TRUE(store.imports().empty());
}

TEST(RegisterImportTest, AFolderWithoutRegistersIsSaidSo) {
  TempDir dir;
  AuditStore store((dir.path() / "audit.db").string());
  dir.write("notes.txt", "hello");
  RegisterImportRequest request;
  request.paths = {dir.path()};
  EXPECT_EQ(import_registers(store, request).outcome, RegisterImport::Outcome::kNoRegister);
}

TEST(AuditWhenTest, SaysWhichTextIsWrong) {
  AuditWhenProblem problem;
  EXPECT_FALSE(parse_audit_when("2025-13", "", &problem));
  EXPECT_FALSE(problem.in_as_of);
  EXPECT_FALSE(parse_audit_when("2025", "31/02/2025", &problem));
  EXPECT_TRUE(problem.in_as_of);
  const std::optional<AuditWhen> when = parse_audit_when("2025-Q1", "15/04/2025", &problem);
  ASSERT_TRUE(when);
  EXPECT_EQ(when->period_text, "2025-Q1");
  EXPECT_EQ(when->dates.as_of, *parse_iso_date("2025-04-15"));
}

TEST(RecordedAuditTest, ARunKeepsTheJsonReportItWrote) {
  TempDir dir;
  AuditStore store((dir.path() / "audit.db").string());
  RegisterImportRequest request;
  request.paths = {kSample};
  ASSERT_TRUE(import_registers(store, request).imported());
  const auto& pack = genaudit::testing::builtin_pack();
  const AuditReport first =
      audit_and_record(store, pack, year_2025(), {"", pack.profile, 0, false}, {});
  const AuditReport second =
      audit_and_record(store, pack, year_2025(), {"", pack.profile, 0, false}, {});
  ASSERT_TRUE(first.history && second.history);
  EXPECT_EQ(second.history->previous_run, first.history->run_id);
  RunHistory history(store.database());
  EXPECT_EQ(history.report(first.history->run_id, "json"),
            audit_to_json_text(first, Language::kVietnamese));
  EXPECT_EQ(history.report(second.history->run_id, "json"),
            audit_to_json_text(second, Language::kVietnamese));
  EXPECT_FALSE(history.report(second.history->run_id, "html"));
}

TEST(RecordedAuditTest, ARunRefusedBeforeCommitLeavesNothing) {
  TempDir dir;
  AuditStore store((dir.path() / "audit.db").string());
  RegisterImportRequest request;
  request.paths = {kSample};
  ASSERT_TRUE(import_registers(store, request).imported());
  const auto& pack = genaudit::testing::builtin_pack();
  audit_and_record(store, pack, year_2025(), {"", pack.profile, 0, false}, {},
                   [](const AuditReport&) { return false; });
  EXPECT_TRUE(RunHistory(store.database()).runs().empty());
}

}  // namespace
}  // namespace genaudit::app
