// Dataset: tables moved from one dataset to another stay where they are
// (a view of one, taken before, still reads it).
#include "engine/data/table.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/core/register_catalogue.h"

namespace genaudit {
namespace {

RegisterSchema schema_named(const std::string& name) {
  RegisterSchema schema;
  schema.name = name;
  return schema;
}

TEST(Dataset, TablesMovedToAnotherStayPutAndLeaveTheFirstEmpty) {
  const RegisterSchema agencies = schema_named("agencies");
  const RegisterSchema staff = schema_named("staff");
  const RegisterSchema news = schema_named("news");
  Dataset from;
  from.add(Table(agencies));
  from.add(Table(staff));
  const Table* agencies_table = from.find(agencies.name);
  Dataset view;  // the evaluation's view, taken while the tables were `from`'s
  view.add_view(*agencies_table);
  Dataset to;
  to.add(Table(news));
  EXPECT_EQ(from.move_tables_to(&to), 2u);
  EXPECT_EQ(to.find(agencies.name), agencies_table);
  EXPECT_NE(to.find(staff.name), nullptr);
  EXPECT_NE(to.find(news.name), nullptr);
  EXPECT_EQ(from.find(agencies.name), nullptr);
  EXPECT_TRUE(from.tables().empty());
  EXPECT_EQ(view.find(agencies.name), agencies_table);
  EXPECT_EQ(from.move_tables_to(&to), 0u);
}

}  // namespace
}  // namespace genaudit
