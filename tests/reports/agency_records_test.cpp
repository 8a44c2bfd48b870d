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

// The record's body: everything before its appendix.
std::string body_of(const std::string& doc) {
  for (const char* heading : {"PHỤ LỤC", "APPENDIX"}) {
    if (const std::size_t at = doc.find(heading); at != std::string::npos) return doc.substr(0, at);
  }
  return doc;
}

std::string appendix_of(const std::string& doc) { return doc.substr(body_of(doc).size()); }

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
          "BIÊN BẢN KIỂM TRA",
          "Căn cứ Kế hoạch số 11983/UBND-KGVX",
          "I. THÀNH PHẦN THAM DỰ",
          "2. Đại diện Sở Nội vụ:",
          "Tên đơn vị: Sở Nội vụ",
          "Mã đơn vị trong sổ theo dõi: SNV",
          "Kỳ kiểm tra: 2025 (từ ngày 01/01/2025 đến ngày 31/12/2025)",
          "Số liệu đối chiếu đến ngày: 31/12/2025",
          "ghi nhận 2 nội dung",
          "Cơ quan có tỷ lệ nữ từ 30% trở lên nhưng chưa có lãnh đạo chủ chốt là nữ",
          "Đơn vị không gửi hoặc gửi muộn báo cáo năm",
          "KH 11983/UBND-KGVX, mục II.1.b",
          "female_share", "30,0%",
          "reports.csv: dòng 3–5",
          "IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA",
          "Đề nghị Sở Nội vụ thực hiện các nội dung sau:",
          "Bổ nhiệm nữ cán bộ lãnh đạo.",
          "(Kỳ: 2025)",
          "Biên bản kết thúc vào lúc",
          "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
          "TRƯỞNG ĐOÀN KIỂM TRA",
          "Nơi nhận:"}) {
      EXPECT_TRUE(has(body_of(doc), part)) << part << "\n" << doc;
    }
    // Without an inspection file, what only it knows is a blank to fill
    // by hand, never a made-up value.
    for (const char* blank :
         {"Số: ................../..................",
          "Căn cứ Quyết định số .................. ngày .................. của ..................",
          "vào lúc ..... giờ ..... phút ngày ..... tháng ..... năm .......",
          "Thời hạn thực hiện: trước ..................",
          "được lập thành .................. bản"}) {
      EXPECT_TRUE(has(doc, blank)) << blank << "\n" << doc;
    }
    EXPECT_FALSE(has(doc, "SỞ NỘI VỤ TỈNH KHÁNH HÒA"));
    EXPECT_FALSE(has(doc, "BB-ĐKT"));
    // Rule codes and digests are in the appendix, not the body. ("V.19" is
    // also the plan's own section, cited in the body.)
    for (const std::string& code :
         std::vector<std::string>{"O1.S4", "SHA-256", std::string(64, 'a')}) {
      EXPECT_FALSE(has(body_of(doc), code)) << code;
      EXPECT_TRUE(has(appendix_of(doc), code)) << code;
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
  EXPECT_TRUE(has(html, "<td>agencies.csv</td><td><code>" + std::string(64, 'a') + "</code>"));
  EXPECT_TRUE(has(html, "<td>reports.csv</td><td><code>" + std::string(64, 'e') + "</code>"));
  EXPECT_FALSE(has(html, "outlets.csv"));
  // Figures in a table, each with its value.
  EXPECT_TRUE(has(html, "<td>female_share</td><td>30,0%</td>")) << html;
  EXPECT_TRUE(has(md, "| female_share | 30,0% |")) << md;
}

TEST(AgencyRecordsTest, EnglishRecord) {
  DocumentFixture fx;
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  const std::string html = render_agency_record_html(fx.report, records[0], Language::kEnglish);
  for (const char* part :
       {"SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "INSPECTION RECORD",
        "Code in the registers: DPT-KH", "Period inspected: 2025 (2025-01-01 to 2025-12-31)",
        "Period:</span> 2025-03",
        "Run a gender-equality segment every month. (Period: 2025-03)",
        "Deadline: by ....", "HEAD OF THE INSPECTION TEAM", "APPENDIX"}) {
    EXPECT_TRUE(has(html, part)) << part;
  }
  EXPECT_TRUE(has(html, "<html lang=\"en\">"));
  EXPECT_FALSE(has(html, "Thời hạn"));
}

TEST(AgencyRecordsTest, WritesWordHtmlAndMarkdownPerSubjectWithAnIndexAndAPrintFile) {
  DocumentFixture fx;
  TempDir tmp;
  const auto dir = tmp.path() / "records" / "2025";  // created with its parents
  std::string error;
  ASSERT_TRUE(write_records(fx.report, Language::kVietnamese, dir.string(), &error))
      << error;
  EXPECT_EQ(files_in(dir),
            (std::set<std::string>{"DPT-KH.docx", "DPT-KH.html", "DPT-KH.md", "SNV.docx",
                                   "SNV.html", "SNV.md", "UBND-NT.docx", "UBND-NT.html",
                                   "UBND-NT.md", "index.html", "all-records.docx"}));
  EXPECT_EQ(
      read(dir / "SNV.html"),
      render_agency_record_html(fx.report, agency_records(fx.report)[1], Language::kVietnamese));
  EXPECT_EQ(read(dir / "SNV.docx").substr(0, 2), "PK");  // a ZIP archive
  const std::string index = read(dir / "index.html");
  EXPECT_TRUE(has(index, "<a href=\"SNV.docx\">")) << index;
  EXPECT_TRUE(has(index, "<a href=\"all-records.docx\">")) << index;
  // No register gives the fixture's districts: every agency is under
  // "Không rõ huyện", and the index says why.
  EXPECT_TRUE(has(index, "<h2>Không rõ huyện (3)</h2>")) << index;
  EXPECT_TRUE(has(index, "Huyện, thị xã, thành phố")) << index;
}

TEST(AgencyRecordsTest, TheIndexGroupsByDistrictWithFindingCounts) {
  DocumentFixture fx;
  const std::vector<AgencyRecord> records = agency_records(fx.report);
  const std::string index = render_records_index(
      fx.report, records, {{"SNV", "Thành phố Nha Trang"}, {"UBND-NT", "Thành phố Nha Trang"}},
      Language::kVietnamese);
  const std::size_t nha_trang = index.find("<h2>Thành phố Nha Trang (2)</h2>");
  const std::size_t unknown = index.find("<h2>Không rõ huyện (1)</h2>");
  ASSERT_NE(nha_trang, std::string::npos) << index;
  ASSERT_NE(unknown, std::string::npos) << index;
  EXPECT_LT(nha_trang, unknown);  // the unknown last
  EXPECT_LT(nha_trang, index.find("<td>SNV</td><td class=\"n\">2</td>"));
  EXPECT_LT(unknown, index.find("<td>DPT-KH</td>"));
  EXPECT_TRUE(has(index, "3 biên bản, kỳ 2025")) << index;
}

TEST(AgencyRecordsTest, AFolderThatIsNotEmptyIsRefusedBeforeAnythingIsWritten) {
  DocumentFixture fx;
  TempDir tmp;
  const auto dir = tmp.path() / "records";
  std::filesystem::create_directories(dir);
  std::string error;
  // An empty folder is fresh.
  ASSERT_TRUE(write_records(fx.report, Language::kVietnamese, dir.string(), &error)) << error;
  // Writing again into it: refused, with what to do, and nothing changes.
  const std::set<std::string> before = files_in(dir);
  const std::string snv = read(dir / "SNV.html");
  EXPECT_FALSE(write_records(fx.report, Language::kEnglish, dir.string(), &error));
  EXPECT_TRUE(has(error, "is not empty")) << error;
  EXPECT_TRUE(has(error, "Choose a new folder for --per-agency, or empty that one")) << error;
  EXPECT_EQ(files_in(dir), before);
  EXPECT_EQ(read(dir / "SNV.html"), snv);
  // One stray file is enough, in Vietnamese too.
  const auto other = tmp.path() / "other";
  std::filesystem::create_directories(other);
  tmp.write("other/old.html", "an earlier run's record");
  EXPECT_FALSE(records_folder_is_fresh(other.string(), Language::kVietnamese, &error));
  EXPECT_TRUE(has(error, "thư mục \"" + other.string() + "\" đã có tệp")) << error;
  EXPECT_TRUE(has(error, "Hãy chọn một thư mục mới cho --per-agency")) << error;
  EXPECT_FALSE(write_records(fx.report, Language::kVietnamese, other.string(), &error));
  EXPECT_EQ(files_in(other), std::set<std::string>{"old.html"});
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
  EXPECT_EQ(files_in(tmp.path()).size(), 3 * records.size() + 2);  // + index, print file
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
          "Đài không có chuyên mục bình đẳng giới trong tháng", "03/2025",
          "Lý do:", "Đài đang sửa chữa trạm phát; chuyên mục bù trong quý II",
          "Người phê duyệt:", "Trần Thị B, Giám đốc Sở", "Hết hạn:", "30/06/2026",
          }) {
      EXPECT_TRUE(has(doc, part)) << part << "\n" << doc;
    }
    // Where the waiver was read is provenance: in the appendix.
    EXPECT_TRUE(has(appendix_of(doc), "waivers.toml:22")) << doc;
    // Apart: after the findings, before the requests, and nothing is asked of it.
    const std::size_t waived = doc.find("Các nội dung được miễn trừ");
    EXPECT_LT(doc.find("chưa có lãnh đạo chủ chốt là nữ"), waived);
    EXPECT_LT(waived, doc.find("V. YÊU CẦU KHẮC PHỤC"));
    const std::string requests = body_of(doc).substr(doc.find("V. YÊU CẦU KHẮC PHỤC"));
    EXPECT_FALSE(has(requests, "chuyên mục")) << doc;
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
        "Expires:</span> 2026-06-30", "<td>waivers.toml:22</td>"}) {
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
