// Workbooks for the XLSX fuzzers, from their XML parts, and the limits they
// read them within.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "adapters/xlsx/xlsx_limits.h"
#include "tests/fuzz/stored_zip.h"

namespace genaudit::fuzzing {

constexpr char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRel[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kPackageRel[] = "http://schemas.openxmlformats.org/package/2006/relationships";


// The parts in `text`, separated by "\n@@\n" in the order worksheet, shared
// strings, styles, workbook, workbook relationships, as a stored workbook;
// parts left out get a sound default.
inline std::string workbook_from_parts(std::string_view text) {
  std::vector<std::string> pieces;
  std::size_t from = 0;
  for (;;) {
    const std::size_t at = text.find("\n@@\n", from);
    pieces.emplace_back(text.substr(from, at == std::string_view::npos ? text.npos : at - from));
    if (at == std::string_view::npos || pieces.size() == 5) break;
    from = at + 4;
  }
  pieces.resize(5);
  std::string& workbook = pieces[3];
  if (workbook.empty()) {
    workbook = std::string("<workbook xmlns=\"") + kMain + "\" xmlns:r=\"" + kRel +
               "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
               "</workbook>";
  }
  std::string& rels = pieces[4];
  if (rels.empty()) {
    rels = std::string("<Relationships xmlns=\"") + kPackageRel +
           "\"><Relationship Id=\"rId1\" Type=\"" + kRel +
           "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
           kRel + "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" "
           "Type=\"" + kRel + "/styles\" Target=\"styles.xml\"/></Relationships>";
  }
  const std::string package_rels = std::string("<Relationships xmlns=\"") + kPackageRel +
                                   "\"><Relationship Id=\"rId1\" Type=\"" + kRel +
                                   "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  return stored_zip({{"_rels/.rels", package_rels},
                     {"xl/workbook.xml", workbook},
                     {"xl/_rels/workbook.xml.rels", rels},
                     {"xl/worksheets/sheet1.xml", pieces[0]},
                     {"xl/sharedStrings.xml", pieces[1]},
                     {"xl/styles.xml", pieces[2]}});
}

// Small limits, so that the fuzzers reach them.
inline XlsxLimits small_limits() {
  XlsxLimits limits;
  limits.max_sheet_bytes = 1 << 20;
  limits.max_shared_strings_bytes = 1 << 20;
  limits.max_part_bytes = 1 << 20;
  limits.max_shared_strings = 1000;
  limits.max_cell_bytes = 256;
  limits.max_row_bytes = 2048;
  limits.max_columns = 64;
  limits.max_xml_depth = 32;
  limits.max_sheet_text_bytes = 1 << 16;
  return limits;
}

}  // namespace genaudit::fuzzing
