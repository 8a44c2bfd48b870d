// Specification of the data intake section: every format (text, HTML,
// Markdown, CSV, JSON; the workbook in xlsx_report_test.cpp) shows each kind
// of intake fact in Vietnamese and English, before the findings; a lenient
// read that left rows out and a period outside the plan are warned about
// first; register text in it is made safe for each destination; an
// inspection record says when rows of its agency were left out.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "adapters/registers/province_registers.h"
#include "reports/agency_records.h"
#include "reports/csv_report.h"
#include "reports/html_report.h"
#include "reports/intake_texts.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/messages.h"
#include "reports/text_report.h"
#include "tests/reports/intake_fixture.h"
#include "tests/reports/text_checks.h"

namespace genaudit {
namespace {

using nlohmann::json;
using testing::has;
using testing::IntakeFixture;
using testing::ReportFixture;

constexpr Language kLanguages[] = {Language::kVietnamese, Language::kEnglish};

// Every kind of intake fact in `document`: as the lists say it (text, HTML,
// Markdown), or as the flat rows do (CSV, workbook).
void expect_every_fact(const std::string& document, Language lang, bool flat = false) {
  for (const testing::ExpectedText& t : testing::expected_intake_texts(lang)) {
    if (flat && t.listed_only) continue;
    const std::string text = flat ? t.what : t.where + t.what;
    EXPECT_TRUE(has(document, text)) << "missing: " << text;
  }
}

// HTML with its character references undone: the text a reader sees.
std::string html_text(std::string html) {
  for (const auto& [ref, c] : {std::pair<std::string, std::string>{"&#39;", "'"},
                               {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t at = html.find(ref); at != std::string::npos; at = html.find(ref, at)) {
      html.replace(at, ref.size(), c);
      at += c.size();
    }
  }
  return html;
}

std::size_t count_of(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
  return n;
}

std::string heading(Language lang) {
  return std::string(message(MessageId::kIntakeHeading, lang));
}

TEST(IntakeSectionTest, TextShowsEveryFactAfterAWarningInTheHeading) {
  IntakeFixture fx;
  for (const Language lang : kLanguages) {
    const std::string text = render_text_report(fx.report, lang, false);
    SCOPED_TRACE(text);
    expect_every_fact(text, lang);
    const std::size_t warning = text.find(lang == Language::kEnglish ? "WARNING: 4 row(s)"
                                                                      : "CẢNH BÁO: 4 dòng");
    const std::size_t period = text.find(lang == Language::kEnglish ? "Period: 2026" : "Kỳ rà soát: 2026");
    const std::size_t intake = text.find("\n" + heading(lang) + "\n");
    const std::size_t findings = text.find(lang == Language::kEnglish ? "\nFindings (2)" : "\nPhát hiện (2)");
    EXPECT_LT(warning, period);  // in the heading, under the title
    EXPECT_LT(period, intake);
    EXPECT_LT(intake, findings);
    // The files table: how each was read, its rows and its rows left out.
    EXPECT_TRUE(has(text, lang == Language::kEnglish
                              ? "  staff       nhan-su/can-bo.xlsx  sheet “Cán bộ”; header on row 3; "
                                "named by a mapping file; rows left out written to "
                                "rejected/staff.rejected.csv    16              4"
                              : "  staff       nhan-su/can-bo.xlsx  trang tính “Cán bộ”; dòng tiêu đề ở "
                                "dòng 3; nhận biết theo tệp ánh xạ cột (mapping); dòng bị loại được "
                                "ghi vào rejected/staff.rejected.csv       16             4"));
  }
  // In colour, the warnings are red.
  const std::string coloured = render_text_report(fx.report, Language::kEnglish, true);
  EXPECT_TRUE(has(coloured, "\x1b[31mWARNING: 4 row(s)"));
}

TEST(IntakeSectionTest, NothingNotableMeansAShortSectionAndNoWarning) {
  ReportFixture fx;
  fx.report.intake.registers_missing.clear();
  for (const Language lang : kLanguages) {
    const std::string text = render_text_report(fx.report, lang, false);
    EXPECT_TRUE(has(text, heading(lang) + "\n")) << text;
    EXPECT_FALSE(has(text, lang == Language::kEnglish ? "WARNING" : "CẢNH BÁO")) << text;
    EXPECT_EQ(intake_lists(fx.report, lang).size(), 0u);
    const std::string html = render_html_report(fx.report, lang);
    EXPECT_TRUE(has(html, "<section id=\"intake\">"));
    EXPECT_FALSE(has(html, "class=\"warning\""));
    const std::string md = render_markdown_report(fx.report, lang);
    EXPECT_TRUE(has(md, "## " + heading(lang) + "\n"));
    EXPECT_FALSE(has(md, "> **"));
  }
  EXPECT_TRUE(has(render_text_report(fx.report, Language::kEnglish, false),
                  "2 file(s) of 2 register(s) read; 19 data row(s) taken into the audit.\n"));
}

TEST(IntakeSectionTest, ALenientReadThatLeftNothingOutSaysSoWithoutAWarning) {
  ReportFixture fx;
  fx.report.intake.lenient = true;
  const std::string vi = render_text_report(fx.report, Language::kVietnamese, false);
  EXPECT_TRUE(has(vi, "Đọc ở chế độ bỏ qua dòng lỗi (--lenient): không có dòng nào bị loại."));
  EXPECT_FALSE(has(vi, "CẢNH BÁO"));
  // The files table gets its column of rows left out.
  EXPECT_TRUE(has(vi, "Số dòng  Dòng bị loại\n"));
}

TEST(IntakeSectionTest, RegistersUsedButNoFileReadIsNotCalledNothingRead) {
  ReportFixture fx;
  fx.report.intake = {};
  const std::string en = render_text_report(fx.report, Language::kEnglish, false);
  EXPECT_TRUE(has(en, "This audit records no file read")) << en;
  EXPECT_FALSE(has(en, "No register file was read."));
}

TEST(IntakeSectionTest, HtmlShowsEveryFactWithWarningBoxesAtTheTop) {
  IntakeFixture fx;
  for (const Language lang : kLanguages) {
    const std::string html = render_html_report(fx.report, lang);
    expect_every_fact(html_text(html), lang);
    const std::size_t box = html.find("<p class=\"warning\" role=\"alert\">");
    const std::size_t facts = html.find("<dl class=\"facts\">");
    const std::size_t intake = html.find("<section id=\"intake\">");
    const std::size_t findings = html.find("<section id=\"findings\">");
    ASSERT_NE(box, std::string::npos);
    EXPECT_LT(box, facts);
    EXPECT_LT(intake, findings);
    EXPECT_EQ(count_of(html, "<p class=\"warning\""), 2u);
    EXPECT_TRUE(has(html, "<a href=\"#intake\">" + heading(lang) + "</a>"));
    EXPECT_TRUE(has(html, "<td>rejected/staff.rejected.csv") ||
                has(html, "rejected/staff.rejected.csv</td>"));
  }
}

TEST(IntakeSectionTest, MarkdownShowsEveryFactWithWarningsFirst) {
  IntakeFixture fx;
  for (const Language lang : kLanguages) {
    const std::string md = render_markdown_report(fx.report, lang);
    expect_every_fact(testing::unescaped(md), lang);
    const std::size_t warning = md.find("> **");
    const std::size_t intake = md.find("## " + heading(lang));
    const std::size_t findings =
        md.find(lang == Language::kEnglish ? "## Findings (2)" : "## Phát hiện (2)");
    ASSERT_NE(warning, std::string::npos);
    EXPECT_LT(warning, md.find("## "));
    EXPECT_LT(intake, findings);
  }
}

TEST(IntakeSectionTest, CsvIntakeHasARowPerFact) {
  IntakeFixture fx;
  for (const Language lang : kLanguages) {
    const std::string csv = render_csv_intake(fx.report, lang);
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
    expect_every_fact(csv, lang, true);
    // Warnings first, then each file and its rows left out.
    EXPECT_TRUE(has(csv, lang == Language::kEnglish
                             ? "\r\n1,Warning,,,\"WARNING: 4 row(s)"
                             : "\r\n1,Cảnh báo,,,\"CẢNH BÁO: 4 dòng"));
    EXPECT_TRUE(has(csv, lang == Language::kEnglish
                             ? "\r\n5,Rows left out,staff,nhan-su/can-bo.xlsx,rows left out written "
                               "to rejected/staff.rejected.csv,4\r\n"
                             : "\r\n5,Dòng bị loại,staff,nhan-su/can-bo.xlsx,dòng bị loại được ghi "
                               "vào rejected/staff.rejected.csv,4\r\n"));
  }
  const std::string header = render_csv_intake(ReportFixture().report, Language::kEnglish);
  EXPECT_TRUE(has(header, "No.,Kind,Register,File,Detail,Count\r\n"));
}

TEST(IntakeSectionTest, JsonHasTheIntakeObjectAndThePeriodFlag) {
  IntakeFixture fx;
  const json j = json::parse(audit_to_json_text(fx.report, Language::kEnglish));
  EXPECT_EQ(j["period_outside_plan"], true);
  const json& in = j["intake"];
  EXPECT_EQ(in["lenient"], true);
  ASSERT_EQ(in["files"].size(), 3u);
  EXPECT_EQ(in["files"][1],
            json({{"register", "staff"},
                  {"file", "nhan-su/can-bo.xlsx"},
                  {"sheet", "Cán bộ"},
                  {"header_row", 3},
                  {"recognised_by", "mapping"},
                  {"sha256", std::string(64, 'b')},
                  {"rows", 16},
                  {"rows_left_out", 4},
                  {"rejected_to", "rejected/staff.rejected.csv"}}));
  EXPECT_EQ(in["files"][0]["recognised_by"], "name");
  EXPECT_EQ(in["files"][2]["recognised_by"], "header");
  EXPECT_EQ(in["columns_by_note"][0], json({{"register", "staff"},
                                            {"file", "nhan-su/can-bo.xlsx"},
                                            {"header", "Giới tính (Nam/Nữ)"},
                                            {"field", "gender"}}));
  EXPECT_EQ(in["columns_ignored"][0]["header"], "STT");
  EXPECT_EQ(in["columns_absent"][0], json({{"register", "staff"}, {"field", "key_leader"}}));
  EXPECT_EQ(in["registers_missing"], json({"outlets", "segments"}));
  std::vector<std::string> reasons;
  for (const json& f : in["files_not_read"]) reasons.push_back(f["reason"]);
  EXPECT_EQ(reasons, (std::vector<std::string>{"not_a_register_format", "no_register_header",
                                               "mapping_file", "rejected_rows_file", "hidden"}));
  EXPECT_EQ(in["files_not_read"][1]["detail"], "gần nhất: staff, thiếu cột Mã đơn vị");
  EXPECT_EQ(in["rows_left_out_by_agency"][0],
            json({{"register", "staff"}, {"agency_code", "SNV"}, {"rows", 3}}));
  EXPECT_EQ(in["agencies_without_staff"][0], json({{"code", "SYT"}, {"name", "Sở Y tế"}}));
  // Language-neutral: the Vietnamese report has the same object.
  EXPECT_EQ(json::parse(audit_to_json_text(fx.report, Language::kVietnamese))["intake"], in);
  // The streamed text is still the dump of the whole tree.
  EXPECT_EQ(json::parse(audit_to_json_text(fx.report, Language::kEnglish)),
            audit_to_json(fx.report, Language::kEnglish));
  EXPECT_EQ(audit_to_json(ReportFixture().report, Language::kEnglish)["period_outside_plan"],
            false);
}

TEST(IntakeSectionTest, HostileRegisterTextIsMadeSafeInEveryFormat) {
  ReportFixture fx;
  fx.report.intake = testing::hostile_intake();
  fx.report.registers[1].file = testing::kHostileFile + testing::kEscapeSheet;
  for (const Language lang : kLanguages) {
    const std::string text = render_text_report(fx.report, lang, false);
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
    EXPECT_EQ(text.find('\x07'), std::string::npos);
    EXPECT_EQ(text.find('\r'), std::string::npos);
    EXPECT_TRUE(has(text, "Ghi chú\\x1b[2J  xoá màn hình"));  // one line, ESC shown

    const std::string html = render_html_report(fx.report, lang);
    EXPECT_FALSE(has(html, "<script>alert"));
    EXPECT_FALSE(has(html, "<img src=x>"));
    EXPECT_FALSE(has(html, "<b>Giới tính"));
    EXPECT_FALSE(has(html, "<i>Sở</i>"));
    EXPECT_TRUE(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;.csv"));
    EXPECT_EQ(html.find('\x1b'), std::string::npos);

    const std::string md = render_markdown_report(fx.report, lang);
    for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
      EXPECT_EQ(md[at - 1], '\\') << md.substr(at, 20);  // every < is literal text
    }
    EXPECT_TRUE(has(md, "\\<script\\>alert(1)\\</script\\>.csv")) << md;
    EXPECT_EQ(md.find('\x1b'), std::string::npos);

    const std::string csv = render_csv_intake(fx.report, lang);
    EXPECT_TRUE(has(csv, ",'=cmd|' /C calc'!A0,")) << csv;
    EXPECT_FALSE(has(csv, ",=cmd"));
    EXPECT_FALSE(has(csv, ",\"=cmd"));
    EXPECT_EQ(csv.find('\x1b'), std::string::npos);
  }
}

TEST(IntakeSectionTest, AnAgencyRecordSaysWhichOfItsRowsWereLeftOut) {
  IntakeFixture fx;
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  ASSERT_EQ(records.size(), 2u);
  ASSERT_EQ(records[0].subject.subject, "SNV");
  for (const Language lang : kLanguages) {
    const std::string note =
        lang == Language::kEnglish
            ? "3 row(s) of this agency in the staff register had errors and were left out"
            : "3 dòng của cơ quan này trong sổ staff có lỗi nên đã bị loại, không được xét";
    const std::string snv_html = render_agency_record_html(fx.report, records[0], lang);
    const std::string snv_md = render_agency_record_markdown(fx.report, records[0], lang);
    EXPECT_TRUE(has(snv_html, note)) << snv_html;
    EXPECT_TRUE(has(testing::unescaped(snv_md), note)) << snv_md;
    EXPECT_TRUE(has(snv_html, "<p class=\"note\"><strong>" +
                                  std::string(message(MessageId::kRecordNote, lang)) +
                                  ":</strong>"));
    // Its note comes with the body inspected, before the findings.
    EXPECT_LT(snv_html.find(note), snv_html.find("<ol class=\"findings\">"));
    // Nha Trang had no row left out: no note.
    const std::string nt_html = render_agency_record_html(fx.report, records[1], lang);
    EXPECT_FALSE(has(nt_html, "class=\"note\"")) << records[1].subject.subject;
    EXPECT_FALSE(has(render_agency_record_markdown(fx.report, records[1], lang),
                     std::string(message(MessageId::kRecordNote, lang)) + ":"));
  }
}

TEST(IntakeTextsTest, EveryOptionalColumnOfTheTemplatesSaysWhatFollows) {
  IntakeReport intake;
  const std::string other(message(MessageId::kAbsentOther, Language::kEnglish));
  for (const RegisterSchema& r : all_registers()) {
    for (const FieldSchema& f : r.fields) {
      if (f.required_column) continue;
      const std::string said =
          absent_column_consequence(intake, {r.name, f.name}, Language::kEnglish);
      EXPECT_NE(said, other) << r.name << "." << f.name;
      EXPECT_FALSE(
          absent_column_consequence(intake, {r.name, f.name}, Language::kVietnamese).empty());
    }
  }
  EXPECT_EQ(absent_column_consequence(intake, {"staff", "nickname"}, Language::kEnglish), other);
}

TEST(IntakeTextsTest, WhatFollowsFromAnAbsentColumnInPlainWords) {
  IntakeReport intake;
  auto said = [&](const std::string& reg, const std::string& field, Language lang) {
    return absent_column_consequence(intake, {reg, field}, lang);
  };
  EXPECT_EQ(said("staff", "key_leader", Language::kVietnamese),
            "lãnh đạo chủ chốt được xác định theo chức vụ (cột “Chức vụ”)");
  EXPECT_EQ(said("enterprises", "status", Language::kEnglish), "every enterprise counts as active");
  EXPECT_EQ(said("staff", "start_date", Language::kEnglish),
            "every assignment counts as begun by the as-of date");
  EXPECT_EQ(said("staff", "degree", Language::kVietnamese),
            "không ai được tính là có trình độ thạc sĩ hoặc tiến sĩ");
  EXPECT_EQ(said("agencies", "parent_code", Language::kEnglish), "not used by the plan's rules");
  EXPECT_EQ(said("segments", "duration_min", Language::kEnglish),
            "durations are unknown; the plan's rules do not use this field");
  // Without positions either, no key leader can be found at all.
  intake.columns_absent = {{"staff", "key_leader"}, {"staff", "position"}};
  EXPECT_TRUE(has(said("staff", "key_leader", Language::kEnglish), "no key leader can be found"));
}

TEST(IntakeTextsTest, TheSheetNameIsOneExcelAccepts) {
  for (const Language lang : kLanguages) {
    const std::string name(message(MessageId::kIntakeSheetName, lang));
    EXPECT_FALSE(name.empty());
    EXPECT_LE(name.size(), 31u);
    EXPECT_EQ(name.find_first_of("[]:*?/\\"), std::string::npos);
  }
}

}  // namespace
}  // namespace genaudit
