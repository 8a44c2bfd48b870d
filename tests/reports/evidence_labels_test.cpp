// Evidence is named for people: every document shows the label a rule gives
// an evidence item (`evidence women vi "Số cán bộ nữ" en "Women on staff"`)
// in the document's language, never the `let` name behind it; an item
// without a label is shown by its name. The JSON report keeps the names, as
// its contract says.
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

#include "reports/agency_records.h"
#include "reports/csv_report.h"
#include "reports/html_report.h"
#include "reports/human_values.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/text_report.h"
#include "tests/reports/document_fixture.h"
#include "tests/reports/text_checks.h"

namespace genaudit {
namespace {

using testing::has;
using testing::unescaped;

// The document fixture with O1.S4's evidence labelled; V.19's evidence
// (sent_on, days_late, report_no) stays unlabelled.
struct LabelledFixture : testing::DocumentFixture {
  LabelledFixture() { s4.evidence_labels = testing::o1_s4_evidence_labels(); }
};

// Whether `word` occurs in `s` as a whole identifier, not inside another.
bool has_word(const std::string& s, const std::string& word) {
  const auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (std::size_t at = s.find(word); at != std::string::npos; at = s.find(word, at + 1)) {
    const bool starts = at == 0 || !ident(s[at - 1]);
    const std::size_t end = at + word.size();
    if (starts && (end == s.size() || !ident(s[end]))) return true;
  }
  return false;
}

struct Document {
  std::string kind;
  std::string text;
};

// Every human document of the fixture's audit in `lang`; the per-agency
// records are those of SNV, which has an O1.S4 and a V.19 finding.
std::vector<Document> documents(const AuditReport& report, Language lang) {
  const std::vector<AgencyRecord> records = agency_records(report);
  const AgencyRecord& snv = records.at(1);
  EXPECT_EQ(snv.subject.subject, "SNV");
  return {{"text", render_text_report(report, lang, false)},
          {"html", render_html_report(report, lang)},
          {"markdown", unescaped(render_markdown_report(report, lang))},
          {"csv", render_csv_findings(report, lang)},
          {"record html", render_agency_record_html(report, snv, lang)},
          {"record markdown", unescaped(render_agency_record_markdown(report, snv, lang))}};
}

TEST(EvidenceLabelsTest, VietnameseDocumentsNameEvidenceByItsVietnameseLabel) {
  LabelledFixture fx;
  for (const Document& doc : documents(fx.report, Language::kVietnamese)) {
    SCOPED_TRACE(doc.kind);
    for (const char* label : {"Số cán bộ nữ", "Số cán bộ có thông tin giới tính", "Tỷ lệ nữ"}) {
      EXPECT_TRUE(has(doc.text, label)) << label << "\n" << doc.text;
    }
    for (const char* name : {"women", "known", "female_share"}) {
      EXPECT_FALSE(has_word(doc.text, name)) << name << "\n" << doc.text;
    }
    EXPECT_FALSE(has(doc.text, "Women on staff"));
    // Unlabelled evidence keeps its name.
    EXPECT_TRUE(has_word(doc.text, "days_late")) << doc.text;
  }
}

TEST(EvidenceLabelsTest, EnglishDocumentsNameEvidenceByItsEnglishLabel) {
  LabelledFixture fx;
  for (const Document& doc : documents(fx.report, Language::kEnglish)) {
    SCOPED_TRACE(doc.kind);
    for (const char* label : {"Women on staff", "Staff whose gender is recorded", "Share of women"}) {
      EXPECT_TRUE(has(doc.text, label)) << label << "\n" << doc.text;
    }
    EXPECT_FALSE(has_word(doc.text, "female_share")) << doc.text;
    EXPECT_FALSE(has_word(doc.text, "known")) << doc.text;
    EXPECT_FALSE(has(doc.text, "Số cán bộ nữ"));
    EXPECT_TRUE(has_word(doc.text, "days_late")) << doc.text;
  }
}

TEST(EvidenceLabelsTest, LabelsStandWhereTheNamesStoodWithTheSameValues) {
  LabelledFixture fx;
  const std::string csv = render_csv_findings(fx.report, Language::kVietnamese);
  EXPECT_TRUE(has(csv, "Số cán bộ nữ: 3; Số cán bộ có thông tin giới tính: 10; Tỷ lệ nữ: 30,0%"))
      << csv;
  const std::string html = render_html_report(fx.report, Language::kEnglish);
  EXPECT_TRUE(has(html, "<th class=\"num\">Women on staff</th><th class=\"num\">Staff whose "
                        "gender is recorded</th><th class=\"num\">Share of women</th>"))
      << html;
  const std::vector<std::pair<std::string, std::string>> texts =
      evidence_texts(fx.report.findings[0], Language::kEnglish);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[2], (std::pair<std::string, std::string>{"Share of women", "30.0%"}));
}

TEST(EvidenceLabelsTest, ALabelIsTheRulesOrTheNameItself) {
  LabelledFixture fx;
  EXPECT_EQ(evidence_label(&fx.s4, "women", Language::kVietnamese), "Số cán bộ nữ");
  EXPECT_EQ(evidence_label(&fx.s4, "women", Language::kEnglish), "Women on staff");
  EXPECT_EQ(evidence_label(&fx.s4, "unlabelled", Language::kVietnamese), "unlabelled");
  EXPECT_EQ(evidence_label(&fx.v19, "days_late", Language::kEnglish), "days_late");
  EXPECT_EQ(evidence_label(nullptr, "women", Language::kVietnamese), "women");
}

TEST(EvidenceLabelsTest, JsonKeysEvidenceByNameInEitherLanguage) {
  LabelledFixture fx;
  for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const nlohmann::json json = audit_to_json(fx.report, lang);
    const nlohmann::json& evidence = json["findings"][0]["evidence"];
    EXPECT_EQ(evidence, (nlohmann::json{{"women", 3}, {"known", 10}, {"female_share", 30}}));
    EXPECT_FALSE(has(json.dump(), "Số cán bộ nữ"));
    EXPECT_FALSE(has(json.dump(), "Women on staff"));
  }
}

// A rule's words for an evidence item without a value (`sent_on missing vi
// "chưa gửi" en "not sent"`) are what every document shows for it, in its
// language; an item without such words still shows "—".
TEST(EvidenceLabelsTest, AMissingValueReadsAsTheRuleSaysInEveryDocument) {
  testing::DocumentFixture fx;
  fx.v19.evidence_missing["sent_on"] = {"chưa gửi", "not sent"};
  Finding& late = fx.report.findings.back();
  ASSERT_EQ(late.rule, &fx.v19);
  late.evidence[0].value = ResultValue{Missing{}};
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string words = lang == Language::kEnglish ? "not sent" : "chưa gửi";
    std::vector<Document> docs = documents(fx.report, lang);
    docs.push_back({"csv", render_csv_findings(fx.report, lang)});
    for (const Document& doc : docs) {
      SCOPED_TRACE(doc.kind);
      EXPECT_TRUE(has(doc.text, words)) << doc.text;
      EXPECT_FALSE(has(doc.text, lang == Language::kEnglish ? "chưa gửi" : "not sent"));
    }
    EXPECT_EQ(evidence_value_text(&fx.v19, late.evidence[0], lang), words);
    // report_no has no words for its missing value.
    EXPECT_EQ(evidence_value_text(&fx.v19, late.evidence[2], lang), "—");
  }
}

}  // namespace
}  // namespace genaudit
