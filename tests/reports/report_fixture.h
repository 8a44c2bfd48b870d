// A small audit, built by hand, that the report tests render: two O1.S4
// findings (shares of exactly 30% and 33.33...%), the indicator O1.T1 with
// and without data, and O6.T4 skipped for want of its registers; its intake
// is the two files read and the two registers missing.
#pragma once

#include <memory>
#include <string>

#include "engine/audit/audit_report.h"
#include "rules/language/rule_pack.h"

namespace genaudit::testing {

inline rules::RuleInfo o1_s4_info() {
  rules::RuleInfo info;
  info.id = "O1.S4";
  info.kind = rules::RuleKind::kFinding;
  info.title = {"Cơ quan có tỷ lệ nữ từ 30% trở lên nhưng chưa có lãnh đạo chủ chốt là nữ",
                "Agency with 30% or more women but no female key leader"};
  info.remedy = {"Bổ nhiệm nữ cán bộ lãnh đạo.", "Appoint women to leadership posts."};
  info.citation = "KH 11983/UBND-KGVX, mục II.1.b";
  info.lead = "Sở Nội vụ";
  info.severity = "high";
  info.subject_variable = "a";
  info.subject_register = "agencies";
  info.registers = {"agencies", "staff"};
  // As the checker types O1.S4's lets: two counts and a share.
  info.let_types = {{"known", rules::ValueType::kCount},
                    {"women", rules::ValueType::kCount},
                    {"female_share", rules::ValueType::kPercent}};
  return info;
}

inline rules::RuleInfo o1_t1_info() {
  rules::RuleInfo info;
  info.id = "O1.T1";
  info.kind = rules::RuleKind::kIndicator;
  info.title = {"Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ",
                "Share of agencies with a female key leader"};
  info.remedy = {"Quy hoạch, bổ nhiệm nữ.", "Plan and appoint women."};
  info.citation = "KH 11983/UBND-KGVX, mục II.1.a";
  info.lead = "Sở Nội vụ";
  info.severity = "high";
  info.registers = {"agencies", "staff"};
  // Its value is a plain number here (the default value type); the tests
  // that show it as the share it is record it as one.
  return info;
}

inline rules::RuleInfo o6_t4_info() {
  rules::RuleInfo info;
  info.id = "O6.T4";
  info.title = {"Đài không có chuyên mục bình đẳng giới trong tháng",
                "Broadcaster without a gender-equality segment in the month"};
  info.citation = "KH 11983/UBND-KGVX, mục II.6.a";
  info.lead = "Sở Thông tin và Truyền thông";
  info.severity = "medium";
  info.registers = {"outlets", "segments"};
  return info;
}

inline ResultValue number(double n) { return ResultValue{n}; }

// The rule infos live as long as the fixture; the report points into them.
struct ReportFixture {
  rules::RuleInfo s4 = o1_s4_info();
  rules::RuleInfo t1 = o1_t1_info();
  rules::RuleInfo t4 = o6_t4_info();
  AuditReport report;

  ReportFixture() {
    report.period = "2025";
    report.dates = {*Date::from_ymd(2025, 1, 1), *Date::from_ymd(2025, 12, 31),
                    *Date::from_ymd(2025, 12, 31)};
    report.pack_version = "3f2a9c";
    report.registers = {{"agencies", "agencies.csv", std::string(64, 'a'), 3},
                        {"staff", "staff.xlsx", std::string(64, 'b'), 16}};

    Finding a;
    a.rule = &s4;
    a.subject = "SNV";
    a.subject_name = "Sở Nội vụ";
    a.evidence = {{"women", number(3)}, {"known", number(10)}, {"female_share", number(30)}};
    a.rows = {{"agencies", "agencies.csv", "", 2}, {"staff", "staff.xlsx", "Cán bộ", 5}};
    Finding b;
    b.rule = &s4;
    b.subject = "UBND-NT";
    b.subject_name = "UBND thành phố Nha Trang";
    b.evidence = {
        {"women", number(2)}, {"known", number(6)}, {"female_share", number(2 * 100.0 / 6)}};
    b.rows = {{"agencies", "agencies.csv", "", 3}};
    report.findings = {a, b};

    IndicatorResult t1_result;
    t1_result.rule = &t1;
    t1_result.value = 1 * 100.0 / 3;
    t1_result.target = 60;
    t1_result.comparison = rules::BinaryOp::kGreaterEqual;
    t1_result.status = IndicatorStatus::kNotMet;
    t1_result.evidence = {{"led", number(1)}};
    t1_result.ratio = IndicatorRatio{1, 3};  // what the value was computed from
    t1.unit = {"cơ quan", "agencies"};
    // O1.S4 checked 3 agencies: the two findings, and one decided without one.
    s4.unit = {"cơ quan", "agencies"};
    report.coverage = {RuleCoverage{&s4, 3, 3, 2, 0}};
    report.indicators = {t1_result};

    SkippedRule skipped;
    skipped.rule = &t4;
    skipped.missing_registers = {"outlets", "segments"};
    report.skipped = {skipped};

    // What was read: the two registers' files, nothing notable, and the
    // two registers O6.T4 lacks.
    IntakeFile agencies_file;
    agencies_file.register_name = "agencies";
    agencies_file.file = "agencies.csv";
    agencies_file.sha256 = std::string(64, 'a');
    agencies_file.rows = 3;
    IntakeFile staff_file;
    staff_file.register_name = "staff";
    staff_file.file = "staff.xlsx";
    staff_file.sheet = "Cán bộ";
    staff_file.sha256 = std::string(64, 'b');
    staff_file.rows = 16;
    report.intake.files = {agencies_file, staff_file};
    report.intake.registers_missing = {"outlets", "segments"};
  }
};

}  // namespace genaudit::testing
