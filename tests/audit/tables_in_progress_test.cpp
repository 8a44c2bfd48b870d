// TablesInProgress: tables finished on threads of their own join the
// dataset once finished, never before; a finish that says no, or throws,
// is what collect() says.
#include "engine/audit/tables_in_progress.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>

namespace genaudit {
namespace {

const RegisterSchema& schema_named(const std::string& name) {
  static std::map<std::string, RegisterSchema> schemas;
  RegisterSchema& s = schemas[name];
  s.name = name;
  return s;
}

Table table_named(const std::string& name) { return Table(schema_named(name)); }

TEST(TablesInProgress, TablesJoinTheDatasetOnceFinished) {
  TablesInProgress in_progress;
  Dataset dataset;
  std::atomic<bool> release{false};
  std::atomic<int> finished{0};
  in_progress.start(table_named("a"), [&](Table&) {
    ++finished;
    return true;
  });
  in_progress.start(table_named("b"), [&](Table&) {
    while (!release) std::this_thread::yield();
    ++finished;
    return true;
  });
  while (finished < 1) std::this_thread::yield();
  std::size_t added = 0;
  // "a" is finished, "b" is held: only "a" joins.
  for (int tries = 0; tries < 1000 && !dataset.has("a"); ++tries) {
    ASSERT_TRUE(in_progress.collect(&dataset, false, &added));
    std::this_thread::yield();
  }
  EXPECT_TRUE(dataset.has("a"));
  EXPECT_FALSE(dataset.has("b"));
  release = true;
  ASSERT_TRUE(in_progress.collect(&dataset, true, &added));
  EXPECT_EQ(added, 1u);
  EXPECT_TRUE(dataset.has("b"));
  ASSERT_TRUE(in_progress.collect(&dataset, true, &added));  // nothing left
  EXPECT_EQ(added, 0u);
}

TEST(TablesInProgress, AFinishThatSaysNoOrThrowsIsSaid) {
  {
    TablesInProgress in_progress;
    Dataset dataset;
    std::size_t added = 0;
    in_progress.start(table_named("c"), [](Table&) { return false; });
    EXPECT_FALSE(in_progress.collect(&dataset, true, &added));
    EXPECT_FALSE(dataset.has("c"));
  }
  {
    TablesInProgress in_progress;
    Dataset dataset;
    std::size_t added = 0;
    in_progress.start(table_named("d"), [](Table&) -> bool { throw std::runtime_error("no"); });
    EXPECT_THROW(in_progress.collect(&dataset, true, &added), std::runtime_error);
    EXPECT_FALSE(dataset.has("d"));
  }
}

// Gone before collected: waits for its threads, which still hold the
// tables they finish.
TEST(TablesInProgress, GoneBeforeCollectedWaitsForItsThreads) {
  std::atomic<bool> done{false};
  {
    TablesInProgress in_progress;
    in_progress.start(table_named("e"), [&](Table& t) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      done = t.schema().name == "e";
      return true;
    });
  }
  EXPECT_TRUE(done);
}

}  // namespace
}  // namespace genaudit
