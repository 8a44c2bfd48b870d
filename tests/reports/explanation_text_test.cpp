// `genaudit explain`'s text (reports/explanation_text.h), from explanations
// written by hand over the statements of a small pack: each statement on
// one line as written, its value as computed, evidence by its label, the
// register rows behind it, and the conclusion, in Vietnamese and English.
#include "reports/explanation_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::pack_from_text;

const char kPack[] =
    "finding X.1 {\n"
    "  title vi \"Đơn vị không có cán bộ nữ\" en \"Agency without women\"\n"
    "  citation \"c\"\n  lead \"l\"\n  severity low\n  remedy vi \"r\" en \"r\"\n"
    "  for a in agencies where a.agency_code != \"\"\n"
    "  per quarter q\n"
    "  let posts = [s in staff where s.agency_code == a.agency_code]   # the agency's\n"
    "  let women =\n"
    "    count(s in posts where s.gender == \"female\"\n"
    "          and s.staff_id is not missing and s.staff_id != \"0000000000000000000000\")\n"
    "  evidence women vi \"Số cán bộ nữ\" en \"Women on staff\"\n"
    "  when women == 0\n"
    "}\n"
    "indicator X.2 {\n"
    "  title vi \"Tỷ lệ\" en \"Share\"\n"
    "  citation \"c\"\n  lead \"l\"\n  severity low\n  remedy vi \"r\" en \"r\"\n"
    "  let known = exists(s in staff where s.gender is not missing)\n"
    "  value share(count(s in staff where s.gender == \"female\"), count(s in staff))\n"
    "  target >= 30%\n"
    "}\n";

class ExplanationTextTest : public ::testing::Test {
 protected:
  ExplanationTextTest() : pack_(pack_from_text(kPack)) {}

  const rules::RuleInfo& rule(const std::string& id) const { return *pack_.find_rule(id); }

  // The statement of `rule` of kind `kind` (and `name`, for a `let`).
  const rules::Statement* statement(const std::string& id, rules::StatementKind kind,
                                    const std::string& name = "") const {
    for (const rules::Statement& s : rule(id).rule->statements) {
      if (s.kind == kind && (name.empty() || s.name == name)) return &s;
    }
    ADD_FAILURE() << "no such statement in " << id;
    return nullptr;
  }

  static std::vector<EvidenceRow> staff_rows(long first, long count) {
    std::vector<EvidenceRow> rows;
    for (long r = first; r < first + count; ++r) rows.push_back({"staff", "staff.csv", "", r});
    return rows;
  }

  // X.1 for agency SNV in 2025-Q1: the `let`s and the `when`, fired.
  Explanation fired() const {
    Explanation e;
    e.rule = &rule("X.1");
    e.subject = "SNV";
    e.subject_name = "Sở Nội vụ";
    e.period = "2025-Q1";
    e.subject_rows = {{"agencies", "agencies.xlsx", "Đơn vị", 4}};
    e.fired = true;
    std::vector<EvidenceRow> posts = staff_rows(5, 2);
    posts.push_back({"staff", "staff-2.csv", "", 9});
    e.steps = {{statement("X.1", rules::StatementKind::kLet, "posts"), ResultValue{3.0}, posts},
               {statement("X.1", rules::StatementKind::kLet, "women"), ResultValue{0.0}, {}},
               {statement("X.1", rules::StatementKind::kWhen), ResultValue{true}, {}}};
    return e;
  }

  rules::RulePack pack_;
};

TEST_F(ExplanationTextTest, AFindingStepByStepInVietnamese) {
  EXPECT_EQ(render_explanation(fired(), Language::kVietnamese),
            "X.1 — Đơn vị không có cán bộ nữ\n"
            "Đối tượng: SNV — Sở Nội vụ (agencies.xlsx [Đơn vị]: dòng 4 (1)), kỳ 2025-Q1\n"
            // A comment inside a statement is left out.
            "  let posts = [s in staff where s.agency_code == a.agency_code]\n"
            "    = 3   ← staff-2.csv: dòng 9 (1); staff.csv: dòng 5, 6 (2)\n"
            // On one line, shortened past 110 characters; called by its label.
            "  let women = count(s in posts where s.gender == \"female\" and s.staff_id is not "
            "missing and s.staff_id != \"00...\n"
            "    Số cán bộ nữ = 0\n"
            "  when women == 0\n"
            "    = đúng\n"
            "Kết luận: CÓ PHÁT HIỆN\n");
}

TEST_F(ExplanationTextTest, AFindingStepByStepInEnglish) {
  Explanation e = fired();
  e.fired = false;
  e.subject_name.clear();
  e.period.reset();
  e.steps.back().value = ResultValue{false};
  e.steps[1].value = ResultValue{};  // missing
  EXPECT_EQ(render_explanation(e, Language::kEnglish),
            "X.1 — Agency without women\n"
            "Subject: SNV (agencies.xlsx [Đơn vị]: rows 4 (1))\n"
            "  let posts = [s in staff where s.agency_code == a.agency_code]\n"
            "    = 3   ← staff-2.csv: rows 9 (1); staff.csv: rows 5, 6 (2)\n"
            "  let women = count(s in posts where s.gender == \"female\" and s.staff_id is not "
            "missing and s.staff_id != \"00...\n"
            "    Women on staff = no data\n"
            "  when women == 0\n"
            "    = false\n"
            "Conclusion: no finding\n");
}

TEST_F(ExplanationTextTest, ASubjectOutsideTheScopeHasNoSteps) {
  Explanation e = fired();
  e.in_scope = false;
  EXPECT_EQ(render_explanation(e, Language::kEnglish),
            "X.1 — Agency without women\n"
            "Subject: SNV — Sở Nội vụ (agencies.xlsx [Đơn vị]: rows 4 (1)), period 2025-Q1\n"
            "Outside the rule's scope (its `for ... where` condition does not hold).\n");
  EXPECT_EQ(render_explanation(e, Language::kVietnamese),
            "X.1 — Đơn vị không có cán bộ nữ\n"
            "Đối tượng: SNV — Sở Nội vụ (agencies.xlsx [Đơn vị]: dòng 4 (1)), kỳ 2025-Q1\n"
            "Không thuộc phạm vi của quy tắc (điều kiện sau `for ... where` không thỏa).\n");
}

TEST_F(ExplanationTextTest, AGroupHasNoRowOfItsOwn) {
  Explanation e = fired();
  e.subject = "Nha Trang";
  e.subject_name.clear();
  e.subject_rows.clear();
  e.in_scope = false;
  EXPECT_EQ(render_explanation(e, Language::kEnglish),
            "X.1 — Agency without women\n"
            "Subject: Nha Trang, period 2025-Q1\n"
            "Outside the rule's scope (its `for ... where` condition does not hold).\n");
}

// At most twenty row numbers of a file are listed; the count says how many.
TEST_F(ExplanationTextTest, LongRowListsAreCut) {
  Explanation e = fired();
  e.steps = {{statement("X.1", rules::StatementKind::kLet, "posts"), ResultValue{22.0},
              staff_rows(1, 22)}};
  const std::string text = render_explanation(e, Language::kEnglish);
  EXPECT_NE(text.find("    = 22   ← staff.csv: rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, "
                      "14, 15, 16, 17, 18, 19, 20, … (22)\n"),
            std::string::npos)
      << text;
}

TEST_F(ExplanationTextTest, AnIndicatorEndsWithItsStatus) {
  Explanation e;
  e.rule = &rule("X.2");
  e.steps = {{statement("X.2", rules::StatementKind::kLet, "known"), ResultValue{true}, {}},
             {statement("X.2", rules::StatementKind::kValue), ResultValue{0.25}, staff_rows(2, 1)},
             {statement("X.2", rules::StatementKind::kTarget), ResultValue{0.3}, {}}};
  const std::string steps =
      "  let known = exists(s in staff where s.gender is not missing)\n"
      "    = true\n"
      "  value share(count(s in staff where s.gender == \"female\"), count(s in staff))\n"
      "    = 0.25   ← staff.csv: rows 2 (1)\n"
      "  target >= 30%\n"
      "    = 0.3\n";
  const std::pair<IndicatorStatus, const char*> statuses[] = {
      {IndicatorStatus::kMet, "met"},
      {IndicatorStatus::kNotMet, "not met"},
      {IndicatorStatus::kNoData, "no data"}};
  for (const auto& [status, name] : statuses) {
    e.indicator.status = status;
    EXPECT_EQ(render_explanation(e, Language::kEnglish),
              "X.2 — Share\n" + steps + "Result: " + name + "\n");
  }
  e.indicator.status = IndicatorStatus::kNotMet;
  e.steps.resize(1);
  EXPECT_EQ(render_explanation(e, Language::kVietnamese),
            "X.2 — Tỷ lệ\n"
            "  let known = exists(s in staff where s.gender is not missing)\n"
            "    = đúng\n"
            "Kết quả: Chưa đạt\n");
}

TEST_F(ExplanationTextTest, ExplanationsOfSeveralWindowsAreApartByABlankLine) {
  Explanation first = fired();
  first.in_scope = false;
  Explanation second = first;
  second.period = "2025-Q2";
  EXPECT_EQ(render_explanations({first, second}, Language::kEnglish),
            render_explanation(first, Language::kEnglish) + "\n" +
                render_explanation(second, Language::kEnglish));
  EXPECT_EQ(render_explanations({}, Language::kEnglish), "");
}

}  // namespace
}  // namespace genaudit
