// `explain RULE SUBJECT WINDOW` shows the truth of each part of the `when`
// (engine/eval/condition_trace.h), as reports/explanation_text.h prints
// it: golden files for pack rules on a small fixture checked by hand
// (tests/reports/data/explain/):
//
// - O1.S4, Sở A: active posts An (woman), Bình (man, key leader), Cường
//   (man), Dung (gender unknown); Lan, a female key leader, left on
//   30/12/2025, the day before the as-of date. 1 woman of 3 known: 33.3% ≥
//   30%, no active female key leader: a finding, every part true.
// - O1.S4, Xã C: no staff. `exists` is false and decides the `and`: the
//   share (no data) and the `not` are shown, marked as not needed.
// - V.19, Sở A, 2025: sent 11/12/2025, a day after the 10/12 deadline: the
//   `or` is true through its right side.
// - O6.T3, Xã C, 2025-Q1: three gender-equality items (5/1, 14/2, 31/3; one
//   on another topic, one on 1/4 in Q2): 3 < 4.
#include <gtest/gtest.h>

#include <string>

#include "engine/eval/evaluator.h"
#include "reports/explanation_text.h"
#include "tests/fixture.h"
#include "tests/golden.h"

namespace genaudit {
namespace {

const std::filesystem::path kData =
    std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests/reports/data/explain";
const std::filesystem::path kGolden = std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests/reports/golden";

struct Case {
  const char* name;  // the golden file's name, before .vi/.en
  const char* rule;
  const char* subject;
  const char* window;
};

TEST(ExplanationParts, EachPartOfTheWhenWithItsTruthAndValues) {
  AuditStore store(":memory:");
  ASSERT_TRUE(import_data_folder(store, kData).ok());
  const rules::RulePack& pack = testing::builtin_pack();
  const Dataset dataset = store.load(&pack.fields_read);
  const AuditDates dates{*Date::from_ymd(2025, 1, 1), *Date::from_ymd(2025, 12, 31),
                         *Date::from_ymd(2025, 12, 31)};
  const Case cases[] = {{"explain-o1s4-sa", "O1.S4", "SA", ""},
                        {"explain-o1s4-xc", "O1.S4", "XC", ""},
                        {"explain-v19-sa", "V.19", "SA", "2025"},
                        {"explain-o6t3-xc", "O6.T3", "XC", "2025-Q1"}};
  for (const Case& c : cases) {
    Evaluator evaluator(pack, dataset, dates);
    const std::vector<Explanation> explanations =
        evaluator.explain(*pack.find_rule(c.rule), c.subject, c.window);
    ASSERT_EQ(explanations.size(), 1u) << c.name;
    for (const auto& [lang, suffix] :
         {std::pair{Language::kVietnamese, ".vi"}, std::pair{Language::kEnglish, ".en"}}) {
      testing::expect_golden(kGolden / (std::string(c.name) + suffix + ".txt"),
                             render_explanations(explanations, lang));
    }
  }
}

}  // namespace
}  // namespace genaudit
