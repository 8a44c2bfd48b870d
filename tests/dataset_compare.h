// Cell-by-cell comparison of two datasets, for the tests that read the same
// registers two ways (in memory, through the database, on two connections).
#pragma once

#include <cstdio>
#include <string>

#include <gtest/gtest.h>

#include "adapters/registers/province_registers.h"
#include "engine/data/table.h"

namespace genaudit::testing {

// A cell as the comparison shows it: kind and value, exactly.
inline std::string shown(const Value& value) {
  if (value.is_missing()) return "<missing>";
  if (const bool* b = std::get_if<bool>(&value.data)) return *b ? "true" : "false";
  if (const double* d = std::get_if<double>(&value.data)) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    return buf;
  }
  if (const TextPtr* t = std::get_if<TextPtr>(&value.data)) return "'" + (*t)->original + "'";
  if (const Date* date = std::get_if<Date>(&value.data)) return date->iso();
  return "<other>";
}

// Every register, field, cell and row source of the two are the same.
inline void expect_same_datasets(const Dataset& x_set, const Dataset& y_set) {
  for (const RegisterSchema& r : all_registers()) {
    const Table* x = x_set.find(r.name);
    const Table* y = y_set.find(r.name);
    ASSERT_EQ(x == nullptr, y == nullptr) << r.name;
    if (x == nullptr) continue;
    ASSERT_EQ(x->row_count(), y->row_count()) << r.name;
    for (std::size_t f = 0; f < r.fields.size(); ++f) {
      ASSERT_EQ(x->loaded(f), y->loaded(f)) << r.name << "." << r.fields[f].name;
    }
    for (std::size_t row = 0; row < x->row_count(); ++row) {
      const RowSource& s = x->source(row);
      const RowSource& t = y->source(row);
      ASSERT_EQ(s.row, t.row) << r.name << " row " << row;
      ASSERT_EQ(x->file(s.file).name, y->file(t.file).name);
      ASSERT_EQ(x->file(s.file).sheet, y->file(t.file).sheet);
      for (std::size_t f = 0; f < r.fields.size(); ++f) {
        ASSERT_EQ(shown(x->cell(row, f)), shown(y->cell(row, f)))
            << r.name << "." << r.fields[f].name << ", spreadsheet row " << s.row;
      }
    }
  }
}

}  // namespace genaudit::testing
