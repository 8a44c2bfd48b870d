// Finds the parts of an XLSX package that the reader needs: the workbook
// (through _rels/.rels), its sheets in workbook order with their worksheet
// parts (through the workbook's relationships), the date system, and the
// shared strings and styles parts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/xlsx/xlsx_limits.h"
#include "adapters/xlsx/zip_archive.h"

namespace genaudit::xlsx {

struct SheetEntry {
  std::string name;  // as the tab shows it
  std::string part;  // "xl/worksheets/sheet1.xml"; empty when unresolved
  bool worksheet = false;  // false for chart sheets, dialog and macro sheets
  bool visible = true;     // state is not "hidden" or "veryHidden"
};

struct WorkbookParts {
  std::vector<SheetEntry> sheets;  // workbook order
  bool date1904 = false;
  std::string shared_strings;  // part name, empty when none
  std::string styles;          // part name, empty when none
};

// Reads the package relationships, xl/workbook.xml (wherever it is) and its
// relationships. Returns false and sets *error (kCorruptWorkbook,
// kLimitExceeded) when one is missing or damaged.
bool read_workbook_parts(const ZipArchive& archive, const XlsxLimits& limits,
                         WorkbookParts* parts, InputError* error);

// The limits of a part other than the worksheet and the shared strings.
inline PartLimits other_part_limits(const XlsxLimits& limits) {
  return {limits.max_part_bytes, "max_part_bytes", limits.max_compression_ratio,
          limits.ratio_floor_bytes};
}

// The part a relationship target points to, from the part `source` that
// holds the relationship: "worksheets/sheet1.xml" from "xl/workbook.xml" is
// "xl/worksheets/sheet1.xml"; an absolute "/xl/worksheets/sheet1.xml" is
// "xl/worksheets/sheet1.xml". Resolves "." and "..", and %XX escapes.
std::string resolve_target(std::string_view source, std::string_view target);

}  // namespace genaudit::xlsx
