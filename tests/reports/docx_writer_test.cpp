// Specification of the Word writer (reports/docx/): text escaped for XML
// and stripped of what XML cannot hold, the page set up as the decree asks,
// and the record's structure pinned by a golden document.xml (a change to
// the layout shows in review). python-docx and LibreOffice read the files
// back in tests/reports/docx_readback.py.
#include "reports/docx/docx_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/audit/inspection.h"
#include "reports/agency_records.h"
#include "tests/golden.h"
#include "tests/reports/document_fixture.h"

namespace genaudit {
namespace {

using testing::DocumentFixture;

TEST(DocxWriterTest, TextIsEscapedForXml) {
  EXPECT_EQ(docx::xml_text("a < b & c > d \"e\" 'f'"),
            "a &lt; b &amp; c &gt; d &quot;e&quot; &apos;f&apos;");
  EXPECT_EQ(docx::xml_text("]]>"), "]]&gt;");
  EXPECT_EQ(docx::xml_text("Sở Nội vụ — Khánh Hòa"), "Sở Nội vụ — Khánh Hòa");
}

TEST(DocxWriterTest, WhatXmlCannotHoldIsRemoved) {
  // Control characters but tab and line feed; a lone continuation byte,
  // a truncated sequence, an encoded surrogate, U+FFFE and U+FFFF.
  const std::string cleaned = docx::xml_text(std::string("a\x00" "b\x01\x1f" "c\td\ne", 10));
  EXPECT_EQ(cleaned, "ab" "c\td\ne");
  EXPECT_EQ(docx::xml_text("\x80" "g\xe1\xba" "h\xed\xa0\x80" "i\xef\xbf\xbe" "j\xef\xbf\xbf" "k"),
            "ghijk");
  EXPECT_EQ(docx::xml_text("\xf0\x9f\x93\x84"), "\xf0\x9f\x93\x84");  // U+1F4C4 stays
  EXPECT_EQ(docx::xml_text("\x7f"), "\x7f");  // DEL is allowed in XML 1.0
}

TEST(DocxWriterTest, RunsKeepLineBreaksAndTabs) {
  docx::Document doc;
  doc.body.push_back(docx::Paragraph("one\ntwo\tthree <&>"));
  const std::string xml = docx::document_xml(doc);
  EXPECT_NE(xml.find("<w:t xml:space=\"preserve\">one</w:t><w:br/><w:t xml:space=\"preserve\">two"
                     "</w:t><w:tab/><w:t xml:space=\"preserve\">three &lt;&amp;&gt;</w:t>"),
            std::string::npos)
      << xml;
}

TEST(DocxWriterTest, ThePageIsA4WithTheDecreesMargins) {
  const std::string xml = docx::document_xml(docx::Document{});
  EXPECT_NE(xml.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
  // 20 mm top and bottom, 30 mm left, 15 mm right.
  EXPECT_NE(xml.find("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""),
            std::string::npos)
      << xml;
}

TEST(DocxWriterTest, TheArchiveIsTheSameForTheSameDocument) {
  docx::Document doc;
  doc.body.push_back(docx::Paragraph("Biên bản"));
  std::string error;
  const auto a = docx::docx_bytes(doc, &error);
  ASSERT_TRUE(a) << error;
  const auto b = docx::docx_bytes(doc, &error);
  ASSERT_TRUE(b) << error;
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(a->substr(0, 4), std::string("PK\x03\x04", 4));
  // The content types come first, as readers expect.
  EXPECT_EQ(a->substr(30, 19), "[Content_Types].xml");
}

// document.xml, one element that starts a paragraph, table or row per
// line, so that a change in the layout reads as a diff.
std::string normalised(const std::string& xml) {
  std::string out;
  for (std::size_t i = 0; i < xml.size(); ++i) {
    for (const char* start : {"<w:p>", "<w:tbl>", "<w:tr>", "<w:tc>", "<w:sectPr>"}) {
      if (xml.compare(i, std::char_traits<char>::length(start), start) == 0) {
        out += '\n';
        break;
      }
    }
    out += xml[i];
  }
  return out + "\n";
}

TEST(DocxWriterTest, TheRecordsStructureMatchesItsGolden) {
  DocumentFixture fx;
  const InspectionFile file = read_inspection("inspection.toml", R"(
[issuing_body]
superior = "UBND TỈNH KHÁNH HÒA"
name = "ĐOÀN KIỂM TRA LIÊN NGÀNH"
[record]
number = "15"
symbol = "BB-ĐKT"
place_name = "Khánh Hòa"
copies = 2
recipients = ["Như trên;", "Lưu: VT, ĐKT."]
[[team]]
name = "Nguyễn Văn An"
role = "Trưởng đoàn"
lead = true
[[agency]]
code = "SNV"
date = 2025-11-12
start = "08:00"
end = "11:30"
)",
                                              Language::kVietnamese);
  ASSERT_TRUE(file.problems.empty()) << inspection_problems_text("inspection.toml", file);
  const AgencyRecord snv = agency_records(fx.report).at(1);
  const std::string xml = docx::document_xml(
      agency_record_document(fx.report, snv, Language::kVietnamese, file.inspection));
  testing::expect_golden(
      std::string(GENAUDIT_SOURCE_DIR) + "/tests/reports/data/record-snv-document.xml",
      normalised(xml));
}

}  // namespace
}  // namespace genaudit
