// The index on a collection a rule narrowed itself (engine/eval/
// narrowed_indexes.h) against a scan of the same collection, on seeded
// random registers: text keys that differ in case, spacing and Unicode
// form, dates and numbers, missing cells on either side, keys read in
// order by `latest`. Each expression is written twice: with the equality
// as the planner indexes it, and as `(x == y or false)`, which Kleene
// logic makes the same condition and which no index serves. Both must
// give the same value, and the indexed one must read fewer rows.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "engine/eval/evaluator.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::kRuleMeta;
using testing::pack_from_text;
using testing::TempDir;

// The same district written every way `==` takes for equal (case, spaces,
// NFC and NFD), a few others, and an empty cell (missing).
const std::vector<std::string> kDistricts = {
    "Cam Lâm", "cam lâm", "  Cam   Lâm ", "Cam La\xcc\x82m", "Diên Khánh", "DIÊN KHÁNH",
    "Ninh Hòa", "Ninh Hoà", "", ""};
const std::vector<std::string> kDates = {"01/01/2025", "2025-01-01", "15/03/2025", "30/06/2025",
                                         "31/12/2024", "", ""};
const std::vector<std::string> kMinutes = {"0", "30", "30.0", "45", "12.5", ""};

struct RandomRegisters {
  std::string agencies, staff, outlets, segments;
};

RandomRegisters random_registers(std::mt19937& random) {
  const auto pick = [&](const std::vector<std::string>& from) {
    return from[random() % from.size()];
  };
  const char* levels[] = {"tỉnh", "huyện", "xã"};
  RandomRegisters r;
  const int agencies = 70 + static_cast<int>(random() % 40);
  r.agencies = "Mã đơn vị,Tên đơn vị,Cấp,\"Huyện, thị xã, thành phố\"\n";
  for (int a = 0; a < agencies; ++a) {
    r.agencies += "A" + std::to_string(a) + ",Đơn vị," + levels[random() % 3] + ",\"" +
                  pick(kDistricts) + "\"\n";
  }
  r.staff = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày bắt đầu,Ngày kết thúc\n";
  const int staff = 60 + static_cast<int>(random() % 120);
  for (int s = 0; s < staff; ++s) {
    // Codes as people type them: another case, spaces around.
    std::string code = "A" + std::to_string(random() % static_cast<unsigned>(agencies));
    if (random() % 4 == 0) code = " a" + code.substr(1) + " ";
    r.staff += "S" + std::to_string(s) + ",Người," +
               (random() % 3 == 0 ? "Nữ" : (random() % 2 ? "Nam" : "")) + "," + code + "," +
               pick(kDates) + "," + pick(kDates) + "\n";
  }
  r.outlets = "Mã cơ quan,Tên cơ quan,Loại hình\nO1,Đài,đài tỉnh\nO2,Báo,báo\nO3,Đài,đài huyện\n";
  r.segments = "Mã cơ quan,Ngày phát sóng,Tên chuyên mục,Chủ đề,Thời lượng (phút)\n";
  const int segments = 50 + static_cast<int>(random() % 60);
  for (int g = 0; g < segments; ++g) {
    r.segments += "O" + std::to_string(1 + random() % 3) + "," +
                  (random() % 2 ? "10/02/2025" : "10/02/2024") + ",t,c," + pick(kMinutes) + "\n";
  }
  return r;
}

// Narrowed collections, each bigger than NarrowedIndexes::kIndexFrom rows
// on most draws.
const char* const kLets =
    "  let wider = [b in agencies where b.level != \"province\" or b.district is missing]\n"
    "  let posts = [s in staff where s.gender is not missing or s.end_date is missing]\n"
    "  let aired = [g in segments where g.air_date >= date(2024, 1, 1)]\n";

// Each expression, with {eq} where the equality goes: `left == right`.
struct Join {
  const char* expression;
  const char* left;
  const char* right;
};
const Join kJoins[] = {
    {"sum(count(b in wider where {eq}) for a in agencies)", "b.district", "a.district"},
    {"count(a in agencies where exists(s in posts where {eq} and s.gender == \"female\"))",
     "s.agency_code", "a.agency_code"},
    {"count(a in agencies where none(b in wider where {eq} and b.agency_code != a.agency_code))",
     "b.district", "a.district"},
    {"sum(count(t in posts where {eq}) for s in staff)", "t.start_date", "s.end_date"},
    {"sum(count(t in posts where {eq}) for s in staff)", "s.end_date", "t.end_date"},
    {"sum(count(g in aired where {eq}) for h in segments)", "g.duration_min", "h.duration_min"},
    {"sum(sum(g.duration_min for g in aired where {eq}) for h in segments)", "g.duration_min",
     "h.duration_min + 0"},
    {"count(s in staff where (latest(t.staff_id for t in posts where {eq} by t.start_date) ?? "
     "\"\") == s.staff_id)",
     "t.agency_code", "s.agency_code"},
    {"count(s in staff where (min(t.start_date for t in posts where {eq}) ?? date(1900, 1, 1)) "
     "== (s.start_date ?? date(1900, 1, 1)))",
     "t.agency_code", "s.agency_code"},
    // A key that is the same for every probe: the collection indexed on a
    // constant.
    {"sum(count(t in posts where {eq}) for s in staff)", "t.gender", "\"female\""},
};

std::string with_equality(const Join& join, bool indexed) {
  const std::string eq = std::string(join.left) + " == " + join.right;
  std::string out = join.expression;
  out.replace(out.find("{eq}"), 4, indexed ? eq : "(" + eq + " or false)");
  return out;
}

const AuditDates kDates2025{*Date::from_ymd(2025, 1, 1), *Date::from_ymd(2025, 12, 31),
                            *Date::from_ymd(2025, 12, 31)};

TEST(NarrowedIndex, GivesWhatAScanGivesOnRandomRegisters) {
  std::mt19937 random(18);
  for (int round = 0; round < 25; ++round) {
    TempDir dir;
    const RandomRegisters r = random_registers(random);
    dir.write("agencies.csv", r.agencies);
    dir.write("staff.csv", r.staff);
    dir.write("outlets.csv", r.outlets);
    dir.write("segments.csv", r.segments);
    std::string rules;
    int id = 0;
    for (const Join& join : kJoins) {
      for (bool indexed : {true, false}) {
        rules += "indicator X." + std::to_string(++id) + " {\n" + kRuleMeta + kLets +
                 "  value " + with_equality(join, indexed) + "\n  target >= 0\n}\n";
      }
    }
    const rules::RulePack pack = pack_from_text(rules);
    AuditStore store(":memory:");
    ASSERT_TRUE(import_data_folder(store, dir.path()).ok()) << "round " << round;
    const Dataset dataset = store.load(&pack.fields_read);
    for (std::size_t j = 0; j < std::size(kJoins); ++j) {
      // Each rule on an evaluator of its own: rows read are that rule's.
      Evaluator indexed(pack, dataset, kDates2025);
      Evaluator scanned(pack, dataset, kDates2025);
      const IndicatorResult a = indexed.evaluate_indicator(pack.rules.at(2 * j));
      const IndicatorResult b = scanned.evaluate_indicator(pack.rules.at(2 * j + 1));
      ASSERT_TRUE(a.value.has_value());
      EXPECT_EQ(a.value, b.value) << "round " << round << ": " << with_equality(kJoins[j], true);
      EXPECT_LT(indexed.rows_touched(), scanned.rows_touched())
          << "round " << round << ": " << with_equality(kJoins[j], true);
    }
  }
}

}  // namespace
}  // namespace genaudit
