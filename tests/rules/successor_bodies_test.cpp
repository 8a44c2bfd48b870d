// The table of successor bodies: read with every mistake placed, resolved as
// of a date (per rule where a row names rules), changed by a profile, and
// the plan's pack resolved on both sides of the 2025 reorganisation.
#include "rules/language/successor_bodies.h"

#include <gtest/gtest.h>

#include "adapters/registers/province_registers.h"
#include "engine/audit/responsibility.h"
#include "rules/language/pack_loader.h"
#include "rules/language/profile.h"

namespace genaudit::rules {
namespace {

Date day(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

Diagnostics read(const std::string& text, SuccessorBodies& out,
                 SuccessionSource kind = SuccessionSource::kBodiesFile) {
  return read_successor_bodies(std::make_shared<Source>("bodies.toml", text), kind, out);
}

std::string first_error(const std::string& text) {
  SuccessorBodies bodies;
  const Diagnostics d = read(text, bodies);
  EXPECT_TRUE(bodies.rows.empty()) << "rows kept despite an error";
  return d.empty() ? "" : d.front().format();
}

const char* kRow =
    "[[succession]]\n"
    "body = \"A\"\nsuccessor = \"B\"\nfrom = 2025-03-01\n"
    "decision = \"QĐ 1\"\nconfirmed = true\n";

RulePack plan_pack() { return std::move(*load_rule_pack(builtin_rule_texts(), province_registers()).pack); }

TEST(SuccessorBodies, ReadsRowsAndResolvesOnAndAfterTheirDate) {
  SuccessorBodies bodies;
  ASSERT_TRUE(read(kRow, bodies).empty());
  ASSERT_EQ(bodies.rows.size(), 1u);
  EXPECT_EQ(resolve_body(bodies, "A", "R", day(2025, 2, 28)).name, "A");
  const ResolvedBody after = resolve_body(bodies, "A", "R", day(2025, 3, 1));
  EXPECT_EQ(after.name, "B");
  ASSERT_EQ(after.steps.size(), 1u);
  EXPECT_EQ(after.steps[0].decision, "QĐ 1");
  EXPECT_TRUE(after.confirmed());
  EXPECT_EQ(resolve_body(bodies, "C", "R", day(2030, 1, 1)).name, "C");
}

TEST(SuccessorBodies, FollowsChainsAndStopsOnCycles) {
  SuccessorBodies bodies;
  ASSERT_TRUE(read(std::string(kRow) +
                       "[[succession]]\nbody = \"B\"\nsuccessor = \"C\"\nfrom = 2025-07-01\n"
                       "decision = \"QĐ 2\"\nconfirmed = false\n"
                       "[[succession]]\nbody = \"C\"\nsuccessor = \"A\"\nfrom = 2026-01-01\n"
                       "decision = \"QĐ 3\"\nconfirmed = true\n",
                   bodies)
                  .empty());
  EXPECT_EQ(resolve_body(bodies, "A", "R", day(2025, 5, 1)).name, "B");
  const ResolvedBody july = resolve_body(bodies, "A", "R", day(2025, 7, 1));
  EXPECT_EQ(july.name, "C");
  EXPECT_FALSE(july.confirmed());
  // A → B → C → A: each row once, so it ends.
  EXPECT_EQ(resolve_body(bodies, "A", "R", day(2026, 6, 1)).steps.size(), 3u);
}

TEST(SuccessorBodies, ARowNamingRulesWinsForThoseRulesOnly) {
  SuccessorBodies bodies;
  ASSERT_TRUE(read(std::string(kRow) +
                       "[[succession]]\nbody = \"A\"\nsuccessor = \"D\"\nfrom = 2025-03-01\n"
                       "rules = [\"O3.*\"]\ndecision = \"QĐ 4\"\nconfirmed = true\n",
                   bodies)
                  .empty());
  EXPECT_EQ(resolve_body(bodies, "A", "O3.T3", day(2025, 12, 31)).name, "D");
  EXPECT_EQ(resolve_body(bodies, "A", "O2.T1", day(2025, 12, 31)).name, "B");
}

TEST(SuccessorBodies, ReplacesBodiesNamedInATextLongestFirst) {
  SuccessorBodies bodies;
  ASSERT_TRUE(read("[[succession]]\nbody = \"Sở X\"\nsuccessor = \"Sở Z\"\nfrom = 2025-01-01\n"
                   "decision = \"d\"\nconfirmed = true\nbody_en = \"Dept X\"\n"
                   "successor_en = \"Dept Z\"\n"
                   "[[succession]]\nbody = \"Sở X và Y\"\nsuccessor = \"Sở W\"\n"
                   "from = 2025-01-01\ndecision = \"d\"\nconfirmed = true\n",
                   bodies)
                  .empty());
  EXPECT_EQ(resolve_bodies_in_text(bodies, "Gửi Sở X và Y, rồi Sở X.", "R", day(2025, 6, 1), false),
            "Gửi Sở W, rồi Sở Z.");
  EXPECT_EQ(resolve_bodies_in_text(bodies, "Gửi Sở X.", "R", day(2024, 6, 1), false), "Gửi Sở X.");
  EXPECT_EQ(resolve_bodies_in_text(bodies, "Send to Dept X.", "R", day(2025, 6, 1), true),
            "Send to Dept Z.");
}

// The steps listed are exactly the replacements made: a body whose name
// sits inside a longer one is not a step of a text naming only the longer.
TEST(SuccessorBodies, ATextsStepsAreTheReplacementsMade) {
  SuccessorBodies bodies;
  ASSERT_TRUE(read("[[succession]]\nbody = \"Sở X\"\nsuccessor = \"Sở Z\"\nfrom = 2025-01-01\n"
                   "decision = \"d1\"\nconfirmed = true\n"
                   "[[succession]]\nbody = \"Sở X và Y\"\nsuccessor = \"Sở W\"\n"
                   "from = 2025-01-01\ndecision = \"d2\"\nconfirmed = true\n",
                   bodies)
                  .empty());
  std::vector<BodySuccession> steps;
  EXPECT_EQ(resolve_bodies_in_text(bodies, "Gửi Sở X và Y.", "R", day(2025, 6, 1), false, &steps),
            "Gửi Sở W.");
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].decision, "d2");
  steps.clear();
  resolve_bodies_in_text(bodies, "Sở X, Sở X và Y, rồi Sở X.", "R", day(2025, 6, 1), false, &steps);
  ASSERT_EQ(steps.size(), 2u);  // each body once
  EXPECT_EQ(steps[0].decision, "d1");
  EXPECT_EQ(steps[1].decision, "d2");
  steps.clear();
  resolve_bodies_in_text(bodies, "Gửi Sở X.", "R", day(2024, 6, 1), false, &steps);
  EXPECT_TRUE(steps.empty());  // before the date: nothing replaced
}

TEST(SuccessorBodies, EveryMistakeIsPlaced) {
  EXPECT_NE(first_error("[[succession]\n").find("bodies.toml:1:"), std::string::npos);
  EXPECT_NE(first_error("title = 1\n").find("bodies.toml:1:1: error: unknown key `title`"),
            std::string::npos);
  EXPECT_NE(first_error(std::string(kRow) + "sucessor = \"B\"\n").find("did you mean"),
            std::string::npos);
  EXPECT_NE(first_error("[[succession]]\nsuccessor = \"B\"\nfrom = 2025-03-01\ndecision = \"d\"\n"
                        "confirmed = true\n")
                .find("no `body`"),
            std::string::npos);
  EXPECT_NE(first_error("[[succession]]\nbody = \"A\"\nsuccessor = \"B\"\nfrom = \"2025-03-01\"\n"
                        "decision = \"d\"\nconfirmed = true\n")
                .find("bodies.toml:4:8: error: `from` takes a date"),
            std::string::npos);
  EXPECT_NE(first_error("[[succession]]\nbody = \"A\"\nsuccessor = \"B\"\nfrom = 2025-03-01\n"
                        "decision = \"d\"\n")
                .find("no `confirmed`"),
            std::string::npos);
  EXPECT_NE(first_error("[[succession]]\nbody = \"A\"\nsuccessor = \"A\"\nfrom = 2025-03-01\n"
                        "decision = \"d\"\nconfirmed = true\n")
                .find("cannot succeed itself"),
            std::string::npos);
  EXPECT_NE(first_error(std::string(kRow) + kRow).find("a second row for `A`"), std::string::npos);
  EXPECT_NE(first_error(std::string(kRow) + "rules = []\n").find("`rules` takes"),
            std::string::npos);
  EXPECT_NE(first_error("succession = 3\n").find("must be rows"), std::string::npos);
}

TEST(SuccessorBodies, APackFolderCarriesItsTableAndAMistakeStopsTheLoad) {
  PackLoad bad = load_rule_pack({{"p/bodies.toml", "[[succession]]\nbody = 1\n"}},
                                province_registers());
  EXPECT_FALSE(bad.pack);
  ASSERT_FALSE(bad.diagnostics.empty());
  EXPECT_NE(bad.diagnostics.front().format().find("p/bodies.toml:2:8"), std::string::npos);
}

TEST(SuccessorBodies, ThePlansLeadsAsOfBothSidesOfTheReorganisation) {
  const RulePack pack = plan_pack();
  const Responsibilities before = resolve_responsibilities(pack, day(2024, 12, 31));
  const Responsibilities after = resolve_responsibilities(pack, day(2025, 12, 31));
  EXPECT_TRUE(before.applied.empty());
  EXPECT_EQ(before.of(*pack.find_rule("O2.T1")).lead.name, "Sở Lao động - Thương binh và Xã hội");
  EXPECT_EQ(after.of(*pack.find_rule("O2.T1")).lead.name, "Sở Nội vụ");
  EXPECT_EQ(after.of(*pack.find_rule("O2.T3")).lead.name, "Sở Tài chính");
  EXPECT_EQ(after.of(*pack.find_rule("O3.T3")).lead.name, "Sở Y tế");
  EXPECT_EQ(after.of(*pack.find_rule("O5.T3")).lead.name, "Sở Giáo dục và Đào tạo");
  EXPECT_EQ(after.of(*pack.find_rule("O6.T4")).lead.name, "Sở Văn hóa, Thể thao và Du lịch");
  EXPECT_EQ(after.of(*pack.find_rule("O6.T3")).lead.name, "UBND cấp xã");
  EXPECT_EQ(resolve_responsibilities(pack, day(2025, 6, 30)).of(*pack.find_rule("O6.T3")).lead.name,
            "UBND cấp huyện");
  // V.19's lead is each agency; its remedy names where the report goes.
  const Responsibility v19 = after.of(*pack.find_rule("V.19"));
  EXPECT_EQ(v19.lead.name, "Từng cơ quan, đơn vị");
  EXPECT_NE(v19.remedy.vi.find("về Sở Nội vụ trước ngày"), std::string::npos) << v19.remedy.vi;
  EXPECT_NE(v19.remedy.en.find("to the Department of Home Affairs"), std::string::npos)
      << v19.remedy.en;
  EXPECT_FALSE(v19.confirmed);  // the shipped rows' citations are not yet checked
  EXPECT_TRUE(before.of(*pack.find_rule("V.19")).confirmed);
  EXPECT_FALSE(after.applied.empty());
}

TEST(SuccessorBodies, AProfileReplacesARowAndAddsOne) {
  RulePack pack = plan_pack();
  const std::size_t shipped = pack.bodies.rows.size();
  ASSERT_TRUE(apply_profile(pack, "p.toml",
                            "[[succession]]\nbody = \"Sở Kế hoạch và Đầu tư\"\n"
                            "successor = \"Sở Tài chính\"\nfrom = 2025-03-01\n"
                            "decision = \"Nghị quyết số 1/NQ-HĐND\"\nconfirmed = true\n"
                            "[[succession]]\nbody = \"Sở Nội vụ\"\nsuccessor = \"Sở Mới\"\n"
                            "from = 2026-01-01\ndecision = \"d\"\nconfirmed = true\n")
                  .empty());
  EXPECT_EQ(pack.bodies.rows.size(), shipped + 1);
  const Responsibilities r = resolve_responsibilities(pack, day(2025, 12, 31));
  EXPECT_TRUE(r.of(*pack.find_rule("O2.T3")).confirmed);
  EXPECT_EQ(resolve_responsibilities(pack, day(2026, 1, 1)).of(*pack.find_rule("O1.S4")).lead.name,
            "Sở Mới");
  // A mistake in the rows leaves the pack as it was, parameters included.
  const std::size_t before = pack.bodies.rows.size();
  EXPECT_FALSE(apply_profile(pack, "p.toml",
                             "[params]\nfemale_share_threshold = \"35%\"\n"
                             "[[succession]]\nbody = \"X\"\n")
                   .empty());
  EXPECT_EQ(pack.bodies.rows.size(), before);
  EXPECT_NE(pack.params.at("female_share_threshold")->value->number, 35);
}

}  // namespace
}  // namespace genaudit::rules
