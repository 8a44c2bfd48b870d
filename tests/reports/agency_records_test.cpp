// Specification of the inspection records per audited body: one per subject
// with a finding, in the style of a Vietnamese administrative document, as
// HTML and Markdown, under file names safe for any file system.
#include "reports/agency_records.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "tests/fixture.h"
#include "tests/reports/document_fixture.h"
#include "tests/reports/text_checks.h"
#include "tests/reports/history_fixture.h"

namespace genaudit {
namespace {

using testing::has;
using testing::unescaped;
using testing::DocumentFixture;
using testing::HostileFixture;
using testing::TempDir;

// True when every '<' of Markdown `md` is backslash-escaped: no HTML tag.
bool no_raw_tag(const std::string& md) {
  for (std::size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '<' && (i == 0 || md[i - 1] != '\\')) return false;
  }
  return true;
}

// Writes the records as `audit --per-agency` does: staged, then published.
bool write_records(const AuditReport& report, Language lang, const std::string& dir,
                   std::string* error) {
  StagedOutputs outputs(lang);
  return write_agency_records(report, lang, dir, outputs, error) && outputs.publish(error);
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::set<std::string> files_in(const std::filesystem::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

TEST(AgencyRecordsTest, OneRecordPerSubjectWithAFinding) {
  DocumentFixture fx;
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].subject.subject, "DPT-KH");
  EXPECT_EQ(records[1].subject.subject, "SNV");
  EXPECT_EQ(records[1].subject.findings.size(), 2u);  // O1.S4 and V.19
  EXPECT_EQ(records[2].subject.subject, "UBND-NT");
  EXPECT_EQ(records[1].file_stem, "SNV");
}

TEST(AgencyRecordsTest, VietnameseRecordReadsAsAnAdministrativeDocument) {
  DocumentFixture fx;
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  const std::string html = render_agency_record_html(fx.report, records[1], Language::kVietnamese);
  const std::string md =
      unescaped(render_agency_record_markdown(fx.report, records[1], Language::kVietnamese));
  for (const std::string& doc : {html, md}) {
    for (const char* part :
         {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "SỞ NỘI VỤ TỈNH KHÁNH HÒA",
          "ĐOÀN KIỂM TRA LIÊN NGÀNH",
          "BIÊN BẢN KIỂM TRA",
          "Tên đơn vị: Sở Nội vụ",
          "Mã đơn vị: SNV",
          "Kỳ kiểm tra: 2025 (từ ngày 01/01/2025 đến ngày 31/12/2025)",
          "Số liệu đối chiếu đến ngày: 31/12/2025",
          "ghi nhận 2 nội dung",
          "O1.S4 — Cơ quan có tỷ lệ nữ từ 30% trở lên nhưng chưa có lãnh đạo chủ chốt là nữ",
          "V.19 — Đơn vị không gửi hoặc gửi muộn báo cáo năm",
          "KH 11983/UBND-KGVX, mục II.1.b",
          "women: 3; known: 10; female_share: 30,0%",
          "reports.csv: dòng 3–5",
          "Đề nghị Sở Nội vụ thực hiện các nội dung sau:",
          "Bổ nhiệm nữ cán bộ lãnh đạo. (O1.S4; Căn cứ: KH 11983/UBND-KGVX, mục II.1.b)",
          "(V.19; Căn cứ: KH 11983/UBND-KGVX, mục V.19; Kỳ: 2025)",
          "Thời hạn thực hiện: ....",
          "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
          "TRƯỞNG ĐOÀN KIỂM TRA",
          "Nơi nhận:"}) {
      EXPECT_TRUE(has(doc, part)) << part << "\n" << doc;
    }
    // Only this body's findings.
    EXPECT_FALSE(has(doc, "UBND-NT"));
    EXPECT_FALSE(has(doc, "DPT-KH"));
  }
  EXPECT_TRUE(has(html, "<html lang=\"vi\">"));
  EXPECT_TRUE(has(html, "@page { size: A4;"));
  EXPECT_TRUE(has(html, "default-src 'none'"));
  EXPECT_FALSE(has(html, "<script"));
  // The sources behind the findings, with their hashes; not the others.
  EXPECT_TRUE(has(html, "agencies.csv (SHA-256 " + std::string(64, 'a') + ")"));
  EXPECT_TRUE(has(html, "reports.csv (SHA-256 " + std::string(64, 'e') + ")"));
  EXPECT_FALSE(has(html, "outlets.csv (SHA-256"));
}

TEST(AgencyRecordsTest, EnglishRecord) {
  DocumentFixture fx;
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  const std::string html = render_agency_record_html(fx.report, records[0], Language::kEnglish);
  for (const char* part :
       {"SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "INSPECTION RECORD",
        "Code: DPT-KH", "Period inspected: 2025 (2025-01-01 to 2025-12-31)",
        "Period:</span> 2025-03",
        "Run a gender-equality segment every month. (O6.T4; Citation: KH 11983/UBND-KGVX, mục "
        "II.6.a; Period: 2025-03)",
        "Deadline: ....", "HEAD OF THE INSPECTION TEAM"}) {
    EXPECT_TRUE(has(html, part)) << part;
  }
  EXPECT_TRUE(has(html, "<html lang=\"en\">"));
  EXPECT_FALSE(has(html, "Thời hạn"));
}

TEST(AgencyRecordsTest, WritesHtmlAndMarkdownPerSubject) {
  DocumentFixture fx;
  TempDir tmp;
  const auto dir = tmp.path() / "records" / "2025";  // created with its parents
  std::string error;
  ASSERT_TRUE(write_records(fx.report, Language::kVietnamese, dir.string(), &error))
      << error;
  EXPECT_EQ(files_in(dir), (std::set<std::string>{"DPT-KH.html", "DPT-KH.md", "SNV.html", "SNV.md",
                                                  "UBND-NT.html", "UBND-NT.md"}));
  EXPECT_EQ(
      read(dir / "SNV.html"),
      render_agency_record_html(fx.report, agency_records(fx.report)[1], Language::kVietnamese));
  // Again: the files are replaced, nothing else appears.
  ASSERT_TRUE(write_records(fx.report, Language::kEnglish, dir.string(), &error)) << error;
  EXPECT_EQ(files_in(dir).size(), 6u);
  EXPECT_TRUE(has(read(dir / "SNV.md"), "INSPECTION RECORD"));
}

TEST(AgencyRecordsTest, NoFindingWritesNothing) {
  AuditReport empty;
  TempDir tmp;
  std::string error;
  ASSERT_TRUE(
      write_records(empty, Language::kVietnamese, (tmp.path() / "x").string(), &error));
  EXPECT_FALSE(std::filesystem::exists(tmp.path() / "x"));
}

TEST(AgencyRecordsTest, AFolderThatCannotBeMadeIsAnError) {
  DocumentFixture fx;
  TempDir tmp;
  const auto file = tmp.write("taken", "a file, not a folder");
  std::string error;
  EXPECT_FALSE(write_records(fx.report, Language::kEnglish, file.string(), &error));
  EXPECT_TRUE(has(error, "cannot create the folder")) << error;
  EXPECT_FALSE(write_records(fx.report, Language::kVietnamese, file.string(), &error));
  EXPECT_TRUE(has(error, "không tạo được thư mục")) << error;
}

TEST(AgencyRecordsTest, HostileCodesGiveSafeDistinctNamesAndInertDocuments) {
  HostileFixture fx;
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  ASSERT_EQ(records.size(), testing::hostile_strings().size());
  std::set<std::string> stems;
  for (const AgencyRecord& r : records) {
    stems.insert(r.file_stem);
    for (const char c : r.file_stem) {
      EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')
          << r.file_stem;
    }
    EXPECT_NE(r.file_stem.front(), '.');
    EXPECT_NE(r.file_stem.front(), '-');
    const std::string html = render_agency_record_html(fx.report, r, Language::kVietnamese);
    EXPECT_FALSE(has(html, "<script"));
    EXPECT_FALSE(has(html, "<img"));
    EXPECT_TRUE(no_raw_tag(render_agency_record_markdown(fx.report, r, Language::kVietnamese)));
  }
  EXPECT_EQ(stems.size(), records.size());  // "+1" and "-1" both make "1": one becomes "1-2"
  EXPECT_TRUE(stems.count("1") && stems.count("1-2"));

  TempDir tmp;
  std::string error;
  ASSERT_TRUE(write_records(fx.report, Language::kVietnamese, tmp.path().string(), &error))
      << error;
  EXPECT_EQ(files_in(tmp.path()).size(), 2 * records.size());
}

TEST(AgencyRecordsTest, NamesDifferingOnlyInCaseStayDistinct) {
  DocumentFixture fx;
  fx.report.findings[1].subject = "snv";  // beside "SNV"
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  std::set<std::string> lower;
  for (const AgencyRecord& r : records) {
    std::string l = r.file_stem;
    for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    lower.insert(l);
  }
  EXPECT_EQ(lower.size(), records.size());
}


// ---- Finding statuses and waivers -------------------------------------------

// The recorded audit of the history fixture, where SNV also has a finding
// of O6.T4 for March that a waiver sets aside.
struct WaivedRecordFixture : testing::HistoryFixture {
  WaivedRecordFixture() {
    t4.kind = rules::RuleKind::kFinding;
    t4.subject_register = "agencies";
    Finding march;
    march.rule = &t4;
    march.subject = "SNV";
    march.subject_name = "Sở Nội vụ";
    march.period = "2025-03";
    march.status = FindingStatus::kNew;
    Waiver w = testing::o1_s4_waiver("SNV", 2026, 6, 30, "waivers.toml:22");
    w.rule = "O6.T4";
    w.justification = "Đài đang sửa chữa trạm phát; chuyên mục bù trong quý II";
    w.approved_by = "Trần Thị B, Giám đốc Sở";
    report.waived.push_back({march, w});
  }
};

TEST(AgencyRecordsTest, ABodyWhoseOnlyFindingIsWaivedGetsNoRecord) {
  WaivedRecordFixture fx;
  std::vector<std::string> subjects;
  for (const AgencyRecord& r : agency_records(fx.report)) subjects.push_back(r.subject.subject);
  EXPECT_EQ(subjects, (std::vector<std::string>{"SNV", "SYT"}));  // not UBND-NT
}

TEST(AgencyRecordsTest, WaivedFindingsAreListedApartWithTheirWaiverInVietnamese) {
  WaivedRecordFixture fx;
  const AgencyRecord snv = agency_records(fx.report)[0];
  const std::string html = render_agency_record_html(fx.report, snv, Language::kVietnamese);
  const std::string md =
      unescaped(render_agency_record_markdown(fx.report, snv, Language::kVietnamese));
  for (const std::string& doc : {html, md}) {
    for (const char* part :
         {"ghi nhận 1 nội dung",  // the waived finding is not counted among them
          "So với lần trước:", "còn tồn tại", "Ghi chú:",
          "miễn trừ đã hết hạn ngày 30/06/2025", "Các nội dung được miễn trừ",
          "1 nội dung dưới đây đã được miễn trừ theo quyết định được phê duyệt",
          "O6.T4 — Đài không có chuyên mục bình đẳng giới trong tháng", "03/2025",
          "Lý do:", "Đài đang sửa chữa trạm phát; chuyên mục bù trong quý II",
          "Người phê duyệt:", "Trần Thị B, Giám đốc Sở", "Hết hạn:", "30/06/2026",
          "waivers.toml:22"}) {
      EXPECT_TRUE(has(doc, part)) << part << "\n" << doc;
    }
    // Apart: after the findings, before the requests, and nothing is asked of it.
    const std::size_t waived = doc.find("Các nội dung được miễn trừ");
    EXPECT_LT(doc.find("O1.S4 —"), waived);
    EXPECT_LT(waived, doc.find("III. YÊU CẦU KHẮC PHỤC"));
    EXPECT_FALSE(has(doc.substr(doc.find("III. YÊU CẦU KHẮC PHỤC")), "O6.T4")) << doc;
    // Another body's waived finding is not here.
    EXPECT_FALSE(has(doc, "UBND-NT"));
  }
  EXPECT_TRUE(has(html, "<ol class=\"findings waived\">"));
}

TEST(AgencyRecordsTest, WaivedFindingsAndStatusesInEnglish) {
  WaivedRecordFixture fx;
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  const std::string snv = render_agency_record_html(fx.report, records[0], Language::kEnglish);
  for (const char* part :
       {"Since last run:</span> persisting", "Note:</span> waiver expired on 2025-06-30",
        "<h3>Matters waived</h3>",
        "1 matter(s) below are waived by an approved decision; the body need not remedy them "
        "until the waiver expires:",
        "Justification:</span> Đài đang sửa chữa trạm phát", "Approved by:</span> Trần Thị B",
        "Expires:</span> 2026-06-30", "Source:</span> waivers.toml:22"}) {
    EXPECT_TRUE(has(snv, part)) << part << "\n" << snv;
  }
  // SYT has no waived finding: no such section; its finding is new.
  const std::string syt = unescaped(
      render_agency_record_markdown(fx.report, records[1], Language::kEnglish));
  EXPECT_FALSE(has(syt, "Matters waived")) << syt;
  EXPECT_TRUE(has(syt, "*Since last run:* new")) << syt;
  EXPECT_FALSE(has(syt, "waiver expired")) << syt;
  // A record of an audit not recorded says nothing of either.
  DocumentFixture plain;
  const std::string md =
      render_agency_record_markdown(plain.report, agency_records(plain.report)[1], Language::kEnglish);
  EXPECT_FALSE(has(md, "Since last run"));
  EXPECT_FALSE(has(md, "waived"));
}

TEST(AgencyRecordsTest, HostileWaiverTextIsInert) {
  WaivedRecordFixture fx;
  fx.report.waived.back().waiver.justification = "<script>alert(1)</script>";
  fx.report.waived.back().waiver.approved_by = "\"><img src=x onerror=alert(1)> *x* [a](b)";
  const AgencyRecord snv = agency_records(fx.report)[0];
  const std::string html = render_agency_record_html(fx.report, snv, Language::kVietnamese);
  EXPECT_FALSE(has(html, "<script"));
  EXPECT_FALSE(has(html, "<img"));
  EXPECT_TRUE(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  const std::string md = render_agency_record_markdown(fx.report, snv, Language::kVietnamese);
  EXPECT_TRUE(no_raw_tag(md)) << md;
  EXPECT_TRUE(has(md, "\\*x\\* \\[a\\](b)")) << md;
  EXPECT_TRUE(has(unescaped(md), "<script>alert(1)</script>"));
}

}  // namespace
}  // namespace genaudit
