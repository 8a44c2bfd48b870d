#include "engine/ingest/intake_coverage.h"

#include <unordered_set>

namespace genaudit {
namespace {

const Text* text_at(const Table& table, std::size_t row, int field) {
  if (field < 0) return nullptr;
  const Value v = table.cell(row, static_cast<std::size_t>(field));
  return v.is<TextPtr>() ? v.as<TextPtr>() : nullptr;
}

}  // namespace

void add_agencies_without_staff(const Dataset& dataset, IntakeReport* intake) {
  const Table* agencies = dataset.find("agencies");
  const Table* staff = dataset.find("staff");
  if (!agencies || !staff) return;
  const int agency_code = agencies->field_index("agency_code");
  const int agency_name = agencies->field_index("agency_name");
  const int staff_agency = staff->field_index("agency_code");
  if (agency_code < 0 || staff_agency < 0 || !agencies->loaded(static_cast<std::size_t>(agency_code)) ||
      !staff->loaded(static_cast<std::size_t>(staff_agency))) {
    return;
  }
  // Each text's normalized form once: staff rows come in runs of one
  // agency, and a column's equal codes mostly share one text (two million
  // string lookups were most of the serial end of a national audit).
  std::unordered_set<std::string> with_staff;
  std::unordered_set<const Text*> seen;
  const Text* previous = nullptr;
  for (std::size_t row = 0; row < staff->row_count(); ++row) {
    const Text* code = text_at(*staff, row, staff_agency);
    if (!code || code == previous) continue;
    previous = code;
    if (seen.insert(code).second) with_staff.insert(code->normalized());
  }
  for (std::size_t row = 0; row < agencies->row_count(); ++row) {
    const Text* code = text_at(*agencies, row, agency_code);
    if (!code || with_staff.count(code->normalized())) continue;
    const Text* name = text_at(*agencies, row, agency_name);
    intake->agencies_without_staff.push_back({code->original, name ? name->original : ""});
  }
}

}  // namespace genaudit
