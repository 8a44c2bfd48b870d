// The rule language's semantics, on small registers and rules written for
// the test: missing values, Kleene logic, aggregates, text comparison that
// ignores case and Unicode form, and the index giving what a scan gives.
#include "engine/eval/evaluator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::kRuleMeta;
using testing::pack_from_text;
using testing::TempDir;

// One indicator whose value is `expr`, evaluated over the registers below;
// `definitions` go before it.
std::optional<double> value_of(const std::string& expr, const std::string& lets = "",
                               const std::string& definitions = "") {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\nC,Xã C,xã\n");
  dir.write("staff.csv",
            "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Chức vụ,Ngày kết thúc\n"
            "1,An,Nữ,A,Giám đốc,\n2,Bình,Nam,A,Chuyên viên,01/01/2025\n"
            "3,Chi,,B,  PHÓ  giám đốc ,\n4,Dũng,Nam,a,Trưởng bản,\n");
  const rules::RulePack pack = pack_from_text(definitions + "indicator X.1 {\n" +
                                              std::string(kRuleMeta) + lets +
                                              "  value " + expr + "\n  target >= 0\n}\n");
  return testing::audit_folder(dir.path(), "2025", "", pack).indicators.at(0).value;
}

double v(const std::string& expr, const std::string& lets = "",
         const std::string& definitions = "") {
  const auto value = value_of(expr, lets, definitions);
  if (!value) throw std::runtime_error("no data for " + expr);
  return *value;
}

TEST(Evaluator, CountsAndFilters) {
  EXPECT_EQ(v("count(s in staff)"), 4);
  EXPECT_EQ(v("count(s in staff where s.gender == \"female\")"), 1);
  EXPECT_EQ(v("count(s in staff where s.gender is missing)"), 1);
  EXPECT_EQ(v("count([s in staff where s.end_date is not missing])"), 1);
  EXPECT_EQ(v("count(distinct s.agency_code for s in staff)"), 2);  // A and a are one code
  EXPECT_EQ(v("count(a in agencies where none(s in staff where s.agency_code == a.agency_code))"), 1);
}

// A distinct count over a few rows of a collection, with another such count
// in its condition: each count keeps its own keys.
TEST(Evaluator, DistinctCountsInsideADistinctCountsConditionKeepTheirOwnKeys) {
  const std::string posts = "[x in staff where true]";
  const auto outer = [&](const std::string& at_least) {
    return "count(distinct s.agency_code for s in " + posts +
           " where count(distinct t.staff_id for t in " + posts +
           " where t.agency_code == s.agency_code) >= " + at_least + ")";
  };
  EXPECT_EQ(v(outer("1")), 2);  // A (with a) and B
  EXPECT_EQ(v(outer("2")), 1);  // only A has two people or more
}

TEST(Evaluator, ComparisonsOfMissingAreMissingAndFilterOut) {
  // Chi's gender is missing: neither == nor != "female" holds for her.
  EXPECT_EQ(v("count(s in staff where s.gender != \"female\")"), 2);
  EXPECT_EQ(v("count(s in staff where not (s.gender == \"female\"))"), 2);
  // Kleene: missing or true is true; missing and false is false.
  EXPECT_EQ(v("count(s in staff where s.gender == \"male\" or true)"), 4);
  EXPECT_EQ(v("count(s in staff where s.gender == \"male\" and false)"), 0);
  EXPECT_EQ(v("count(s in staff where (s.gender ?? \"none\") == \"none\")"), 1);
}

// A comparison of a field with a value the row does not change is tested on
// the column directly (access_plan.h, FieldTest): it must say what
// evaluating it says — a missing value on either side filters the row out,
// whichever side the field is on, for `==` and `!=` alike.
TEST(Evaluator, FieldComparedWithAFixedValueMeansWhatEvaluatingItMeans) {
  const std::string none = "min(x.end_date for x in staff where false)";
  EXPECT_EQ(v("count(s in staff where s.end_date == " + none + ")"), 0);
  EXPECT_EQ(v("count(s in staff where s.end_date != " + none + ")"), 0);
  EXPECT_EQ(v("count(s in staff where " + none + " != s.end_date)"), 0);
  EXPECT_EQ(v("count(s in staff where \"female\" == s.gender)"), 1);
  EXPECT_EQ(v("count(s in staff where \"female\" != s.gender)"), 2);
  // The fixed value read from an outer variable, once per inner loop.
  EXPECT_EQ(v("count(t in staff where exists(s in staff where s.gender == t.gender "
              "and s.staff_id != t.staff_id))"),
            2);
  EXPECT_EQ(v("count(t in staff where count(s in staff where s.end_date is missing "
              "and s.agency_code != t.agency_code) == 1)"),
            3);
}

TEST(Evaluator, TextComparisonIgnoresCaseSpacesAndFormButNotDiacritics) {
  EXPECT_EQ(v("count(s in staff where s.position starts with \"Phó Giám đốc\")"), 1);
  EXPECT_EQ(v("count(s in staff where s.position == \"phó giám đốc\")"), 1);
  EXPECT_EQ(v("count(s in staff where s.position starts with \"Trưởng ban\")"), 0);
  EXPECT_EQ(v("count(s in staff where s.position contains \"giám\")"), 2);
  EXPECT_EQ(v("count(s in staff where s.position in [\"GIÁM ĐỐC\", \"x\"])"), 1);
  EXPECT_EQ(v("count(s in staff where s.position contains any [\"bản\", \"viên\"])"), 2);
}

TEST(Evaluator, ShareIsExactAndNoDataOnZero) {
  EXPECT_EQ(v("share(3, 10)"), 30);
  EXPECT_EQ(v("share(1, 3)"), 100.0 / 3);
  EXPECT_FALSE(value_of("share(1, 0)"));
  EXPECT_FALSE(value_of("1 / 0"));
  EXPECT_EQ(v("share(count(s in staff where s.gender == \"female\"), count(staff))"), 25);
}

// Negative zero (`0 * -1`, `-(0)`, `share(0, -4)`) is zero in every result:
// a report never prints "-0" (nlohmann::json writes -0.0 as it is).
TEST(Evaluator, NoResultIsNegativeZero) {
  for (const char* expr : {"0 * -1", "-(0)", "share(0, -4)", "-(count(s in staff where false))"}) {
    const double value = v(expr);
    EXPECT_EQ(value, 0) << expr;
    EXPECT_FALSE(std::signbit(value)) << expr;
  }
}

TEST(Evaluator, SumMinMax) {
  EXPECT_EQ(v("sum(2 for s in staff where s.gender == \"male\")"), 4);
  EXPECT_EQ(v("sum(1 for s in staff where false)"), 0);
  EXPECT_EQ(v("count(s in staff where s.end_date == max(x.end_date for x in staff))"), 1);
  EXPECT_EQ(v("count(s in staff where min(x.end_date for x in staff where false) is missing)"), 4);
}

TEST(Evaluator, DatesCompareAsDates) {
  EXPECT_EQ(v("count(s in staff where s.end_date < as_of)"), 1);
  EXPECT_EQ(v("count(s in staff where s.end_date >= period_start)"), 1);
}

TEST(Evaluator, LetsAreVisibleToLaterStatements) {
  EXPECT_EQ(v("n + 1", "  let n = count(staff)\n"), 5);
}

// The fields to load: those the rules read, and the code and name of the
// registers findings are about (their subjects are named by them).
TEST(Evaluator, FieldsReadNameTheSubjectsCodeAndName) {
  const rules::RulePack pack = pack_from_text(
      "finding X.1 {\n" + std::string(kRuleMeta) +
      "  for a in agencies\n  when count(s in staff where s.agency_code == a.agency_code) > 0\n}\n");
  EXPECT_EQ(pack.fields_read.at("agencies"), (std::set<std::string>{"agency_code", "agency_name"}));
  EXPECT_EQ(pack.fields_read.at("staff"), (std::set<std::string>{"agency_code"}));
}

// A condition that reads the row alone (and global names) is tested once per
// row and its rows kept for every later evaluation; a variable of the same
// name as a global one must still win, in a rule and in a definition.
TEST(Evaluator, RowOnlyConditionsSeeVariablesThatHideGlobalNames) {
  const std::string ended = "count(s in staff where s.end_date < as_of)";
  EXPECT_EQ(v(ended), 1);
  EXPECT_EQ(v(ended, "  let as_of = date(2024, 1, 1)\n"), 0);
  const std::string define =
      "define ended_before(as_of: date) = count(s in staff where s.end_date < as_of)\n";
  EXPECT_EQ(v("ended_before(date(2024, 1, 1)) + 10 * ended_before(date(2026, 1, 1))", "", define),
            10);
  EXPECT_EQ(v(ended + " + 10 * ended_before(date(2024, 1, 1))", "", define), 1);
  // The same comprehension, its rows kept once, for agencies one by one.
  EXPECT_EQ(v("count(a in agencies where exists(s in staff where s.agency_code == a.agency_code "
              "and s.end_date is missing))"),
            2);
}

// The same rule with the equality written so that the index is used
// (`s.agency_code == a.agency_code`) and so that it is not (through `??`),
// on random registers: both must agree.
TEST(Evaluator, IndexedLookupAgreesWithAScan) {
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    TempDir dir;
    std::string agencies = "Mã đơn vị,Tên đơn vị,Cấp\n";
    for (int a = 0; a < 12; ++a) agencies += "G" + std::to_string(a) + ",Đơn vị,xã\n";
    std::string staff = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n";
    for (int s = 0; s < 80; ++s) {
      staff += std::to_string(s) + ",Người," + (random() % 3 == 0 ? "Nữ" : (random() % 2 ? "Nam" : "")) +
               ",g" + std::to_string(random() % 12) + "\n";
    }
    dir.write("agencies.csv", agencies);
    dir.write("staff.csv", staff);
    const std::string indexed =
        "count(a in agencies where count(s in staff where s.agency_code == a.agency_code and "
        "s.gender == \"female\") >= 2)";
    const std::string scanned =
        "count(a in agencies where count(s in staff where (s.agency_code ?? \"\") == a.agency_code "
        "and s.gender == \"female\") >= 2)";
    // Nothing here reads the row alone: every row is tested for every agency.
    const std::string unfiltered =
        "count(a in agencies where count(s in staff where (s.agency_code ?? \"\") == a.agency_code "
        "and (s.gender == \"female\" or a.agency_code == \"\")) >= 2)";
    const rules::RulePack pack = pack_from_text(
        "indicator X.1 {\n" + std::string(kRuleMeta) + "  value " + indexed +
        "\n  target >= 0\n}\nindicator X.2 {\n" + kRuleMeta + "  value " + scanned +
        "\n  target >= 0\n}\nindicator X.3 {\n" + kRuleMeta + "  value " + unfiltered +
        "\n  target >= 0\n}\n");
    const AuditReport r = testing::audit_folder(dir.path(), "2025", "", pack);
    EXPECT_EQ(r.indicators.at(0).value, r.indicators.at(1).value) << "round " << round;
    EXPECT_EQ(r.indicators.at(0).value, r.indicators.at(2).value) << "round " << round;
  }
}

}  // namespace
}  // namespace genaudit
