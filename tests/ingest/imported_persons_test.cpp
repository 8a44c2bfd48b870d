// A strict import that replaces its register checks and fills persons from
// what it remembers of the rows (imported_persons.h); a lenient one does it
// in SQL (cross_row_checks.h). Both must say and store the same.
#include "engine/ingest/imported_persons.h"

#include <gtest/gtest.h>

#include <random>

#include "engine/ingest/register_importer.h"
#include "tests/dataset_compare.h"
#include "tests/random_staff.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

std::vector<std::vector<std::uint32_t>> groups_of(const std::vector<const char*>& ids,
                                                  PersonGroups groups = PersonGroups()) {
  for (const char* id : ids) {
    if (id) {
      groups.add(id);
    } else {
      groups.add_none();
    }
  }
  return groups.repeated();
}

using Rows = std::vector<std::vector<std::uint32_t>>;

TEST(PersonGroups, RowsOfAPersonAreFoundByTheNormalizedId) {
  // Rows 0, 2, 4: one person written three ways; row 3 of no person; rows
  // 1 and 5 one person; row 6 alone.
  EXPECT_EQ(groups_of({"cb1", "X 2", "CB1", nullptr, " cb1 ", "x  2", "cb3"}),
            (Rows{{0, 2, 4}, {1, 5}}));
  EXPECT_EQ(groups_of({"a", "b", nullptr, nullptr}), Rows{});
}

std::uint64_t every_id_collides(std::string_view) { return 42; }

// Ids whose hashes collide are still different persons.
TEST(PersonGroups, IdsWhoseHashesCollideAreToldApart) {
  EXPECT_EQ(groups_of({"b", "a", "B", "c", "A", "d"}, PersonGroups(&every_id_collides)),
            (Rows{{0, 2}, {1, 4}}));
}

struct Collected : RejectedRowsSink {
  std::vector<InputError> problems;
  void begin(const std::filesystem::path&, const RegisterSchema&, const RecordSourceOptions&,
             const std::vector<std::string>&) override {}
  void row(const std::vector<std::string>&, const InputErrors& p) override {
    problems.insert(problems.end(), p.begin(), p.end());
  }
  void end() override {}
};

std::string described(const InputError& e) {
  return std::to_string(static_cast<int>(e.kind)) + " row " + std::to_string(e.row) + " " +
         e.column + " '" + e.value + "' expected '" + e.expected + "' person '" + e.subject +
         "' other " + e.other_row;
}

struct Imported {
  ImportOutcome outcome;
  Collected rejected;
};

Imported import_staff(AuditStore& store, const TempDir& dir, bool lenient) {
  ImportOptions options;
  options.error_limit = 10000;
  EXPECT_TRUE(import_register_file(store, *find_register("agencies"), dir.path() / "agencies.csv",
                                   "agencies.csv", options)
                  .imported);
  Imported result;
  options.lenient = lenient;
  options.rejected = &result.rejected;
  result.outcome = import_register_file(store, *find_register("staff"), dir.path() / "staff.csv",
                                        "staff.csv", options);
  return result;
}

// A random staff register (random_staff.h) of `seed`, imported strict (persons
// from memory) and lenient (persons in SQL).
struct BothWays {
  BothWays(unsigned seed, bool conflicting_genders) {
    std::mt19937 random(seed);
    dir.write("agencies.csv", testing::kRandomStaffAgencies);
    dir.write("staff.csv", testing::random_staff_csv(random, conflicting_genders));
    strict = import_staff(remembered, dir, false);
    lenient = import_staff(in_sql, dir, true);
  }
  TempDir dir;
  AuditStore remembered{AuditStore::kScratch}, in_sql{AuditStore::kScratch};
  Imported strict, lenient;
};

// Clean registers: the same rows stored, persons filled alike.
TEST(ImportedPersons, FillsAsTheSqlOfALenientImport) {
  for (unsigned seed = 1; seed <= 30; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    BothWays both(seed, false);
    ASSERT_TRUE(both.strict.outcome.imported);
    const Imported& lenient = both.lenient;
    ASSERT_TRUE(lenient.outcome.imported);
    ASSERT_EQ(lenient.outcome.rejected_rows, 0);
    testing::expect_same_datasets(both.remembered.load(), both.in_sql.load());
  }
}

// Persons given two genders: the strict import names the rows the SQL of a
// lenient one names, in the same order, with the same values.
TEST(ImportedPersons, FindsTheConflictsTheSqlOfALenientImportFinds) {
  int seeds_with_conflicts = 0;
  for (unsigned seed = 1; seed <= 30; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const BothWays both(seed, true);
    const Imported& strict = both.strict;
    const Imported& lenient = both.lenient;
    std::vector<std::string> expected;
    for (const InputError& e : lenient.rejected.problems) {
      if (e.kind == InputErrorKind::kConflictingGender) expected.push_back(described(e));
    }
    std::vector<std::string> found;
    for (const InputError& e : strict.outcome.errors) found.push_back(described(e));
    EXPECT_EQ(found, expected);
    EXPECT_EQ(strict.outcome.imported, expected.empty());
    seeds_with_conflicts += expected.empty() ? 0 : 1;
  }
  EXPECT_GE(seeds_with_conflicts, 10);  // the comparison is not empty
}

}  // namespace
}  // namespace genaudit
