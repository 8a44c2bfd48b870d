// Everything a register reader (RegisterReader, ReadAhead) hands out, and a
// check that two readings are the same: rows, cells, each row's problems and
// the errors that stopped reading.
#pragma once

#include <gtest/gtest.h>

#include <type_traits>
#include <variant>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/registers/register_row.h"

namespace genaudit::testing {

struct Read {
  std::vector<RegisterRow> rows;
  std::vector<InputErrors> problems;  // per row
  InputErrors final_errors;
};

template <typename Source>
Read read_everything(Source& source) {
  Read read;
  RegisterRow row;
  InputErrors errors;
  while (source.next(&row, &errors)) {
    read.rows.push_back(row);
    read.problems.push_back(errors);
    errors.clear();
  }
  read.final_errors = errors;
  return read;
}

inline bool same_cells(const std::vector<Cell>& a, const std::vector<Cell>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].index() != b[i].index()) return false;
    const bool equal = std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, NoValue>) {
            return true;
          } else {
            return value == std::get<T>(b[i]);
          }
        },
        a[i]);
    if (!equal) return false;
  }
  return true;
}

inline void expect_same_errors(const InputErrors& a, const InputErrors& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].kind, b[i].kind);
    EXPECT_EQ(a[i].file, b[i].file);
    EXPECT_EQ(a[i].row, b[i].row);
    EXPECT_EQ(a[i].column, b[i].column);
    EXPECT_EQ(a[i].value, b[i].value);
    EXPECT_EQ(a[i].expected, b[i].expected);
  }
}

inline void expect_same_read(const Read& actual, const Read& expected) {
  ASSERT_EQ(actual.rows.size(), expected.rows.size());
  for (std::size_t i = 0; i < expected.rows.size(); ++i) {
    EXPECT_EQ(actual.rows[i].row, expected.rows[i].row) << i;
    EXPECT_EQ(actual.rows[i].valid, expected.rows[i].valid) << i;
    EXPECT_TRUE(same_cells(actual.rows[i].cells, expected.rows[i].cells)) << i;
    expect_same_errors(actual.problems[i], expected.problems[i]);
  }
  expect_same_errors(actual.final_errors, expected.final_errors);
}

}  // namespace genaudit::testing
