// The report fixture as an audit recorded in a database, with waivers, for
// the tests of how every document shows finding statuses and waivers.
#pragma once

#include <string>

#include "engine/audit/audit_report.h"
#include "tests/reports/report_fixture.h"

namespace genaudit::testing {

inline Waiver o1_s4_waiver(const std::string& subject, int y, int m, int d,
                           const std::string& source) {
  Waiver w;
  w.rule = "O1.S4";
  w.subject = subject;
  w.justification = "Sáp nhập theo Quyết định 12/QĐ-UBND";
  w.approved_by = "Nguyễn Văn A";
  w.expires = *Date::from_ymd(y, m, d);
  w.source = source;
  return w;
}

// The fixture's audit as recorded: run 4 after run 3, baseline run 2; SNV
// persisting with an expired waiver, UBND-NT waived, and a waiver unused.
struct HistoryFixture : ReportFixture {
  HistoryFixture() {
    Finding& snv = report.findings[0];
    snv.status = FindingStatus::kPersisting;
    snv.waiver_expired = *Date::from_ymd(2025, 6, 30);
    Finding nt = report.findings[1];
    nt.status = FindingStatus::kRegressed;
    report.findings.pop_back();
    report.waived.push_back({nt, o1_s4_waiver("UBND-NT", 2026, 3, 31, "waivers.toml:8")});
    Finding fresh = snv;
    fresh.subject = "SYT";
    fresh.subject_name = "Sở Y tế";
    fresh.status = FindingStatus::kNew;
    fresh.waiver_expired.reset();
    report.findings.push_back(fresh);
    Waiver unused = o1_s4_waiver("NOPE", 2025, 1, 31, "waivers.toml:15");
    unused.period = "2025-Q1";
    report.unused_waivers.push_back(unused);
    report.history = RunHistoryFacts{4, 3, 2, 5, {}};
  }
};

}  // namespace genaudit::testing
