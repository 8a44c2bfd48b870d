// The open-addressed tables of the evaluator's hot loops, against the
// standard containers on random keys: DistinctKeys (count distinct) keeps
// one of each ValueKey — texts equal by normalized form, whatever object
// holds them, and keys whose hashes collide kept apart — and CellMemo
// computes each cell's value once and gives it back unchanged.
#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <random>
#include <set>
#include <string>

#include "engine/eval/cell_memo.h"
#include "engine/eval/distinct_keys.h"

namespace genaudit {
namespace {

TEST(DistinctKeys, CountsWhatASetOfNormalizedFormsCounts) {
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    std::deque<Text> texts;  // owned texts, one object per cell, as a table holds them
    DistinctKeys keys;
    std::set<std::string> forms;
    std::set<std::pair<int, std::uint64_t>> others;
    const int n = static_cast<int>(random() % 20000);
    for (int i = 0; i < n; ++i) {
      const unsigned person = random() % (1 + static_cast<unsigned>(n) / 3);
      switch (random() % 3) {
        case 0: {  // the same id with other case and spaces
          const Text& t = texts.emplace_back((random() % 2 ? " CB" : "cb") + std::to_string(person));
          keys.insert(key_of(Value{&t}));
          forms.insert(t.normalized());
          break;
        }
        case 1: {
          const double d = person;
          keys.insert(key_of(Value{d}));
          others.insert({2, person});
          break;
        }
        default: {
          const Date d = Date::from_days(static_cast<std::int32_t>(person));
          keys.insert(key_of(Value{d}));
          others.insert({3, person});
        }
      }
    }
    EXPECT_EQ(keys.size(), forms.size() + others.size()) << "round " << round;
  }
}

TEST(DistinctKeys, KeysWithOneHashButOtherTextsStayApart) {
  const Text a("alpha"), b("beta"), a2("ALPHA");
  ValueKey ka = key_of(Value{&a}), kb = key_of(Value{&b}), ka2 = key_of(Value{&a2});
  kb.bits = ka.bits;  // forced collision: only the texts tell them apart
  DistinctKeys keys;
  keys.insert(ka);
  keys.insert(kb);
  keys.insert(ka2);
  EXPECT_EQ(keys.size(), 2u);
}

TEST(CellMemo, ComputesEachCellOnceAndRemembersItsValue) {
  std::mt19937_64 random(11);
  CellMemo memo;
  std::map<std::uint64_t, std::uint8_t> expected;
  int computed = 0;
  for (int i = 0; i < 200000; ++i) {
    // Cells from a small domain (dates), a wide one (pointers) and zero.
    const std::uint64_t cell = i % 3 == 0 ? random() % 500 : (i % 3 == 1 ? random() : 0);
    const std::uint8_t value = static_cast<std::uint8_t>((cell * 2654435761u) >> 29) % 3;
    const std::uint8_t got = memo.get(cell, [&] {
      ++computed;
      EXPECT_EQ(expected.count(cell), 0u) << "computed twice: " << cell;
      return value;
    });
    EXPECT_EQ(got, value);
    expected.emplace(cell, value);
  }
  EXPECT_EQ(static_cast<std::size_t>(computed), expected.size());
}

}  // namespace
}  // namespace genaudit
