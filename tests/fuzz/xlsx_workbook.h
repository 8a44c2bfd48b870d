// Workbooks for the XLSX fuzzers: parts stored (not compressed) in a ZIP
// archive written here, so that mutations reach the XML handlers instead of
// dying in inflate or CRC checks.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace genaudit::fuzzing {

constexpr char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRel[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kPackageRel[] = "http://schemas.openxmlformats.org/package/2006/relationships";

inline void put16(std::string& out, unsigned v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>((v >> 8) & 0xFF));
}
inline void put32(std::string& out, std::uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

// A ZIP archive of `parts`, stored (not compressed).
inline std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  std::string out;
  std::string central;
  for (const auto& [name, content] : parts) {
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(content.data()), static_cast<uInt>(content.size())));
    const auto offset = static_cast<std::uint32_t>(out.size());
    const auto size = static_cast<std::uint32_t>(content.size());
    put32(out, 0x04034b50);
    put16(out, 20);
    put16(out, 0);
    put16(out, 0);  // stored
    put16(out, 0);
    put16(out, 0);
    put32(out, crc);
    put32(out, size);
    put32(out, size);
    put16(out, static_cast<unsigned>(name.size()));
    put16(out, 0);
    out += name;
    out += content;
    put32(central, 0x02014b50);
    put16(central, 20);
    put16(central, 20);
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put32(central, crc);
    put32(central, size);
    put32(central, size);
    put16(central, static_cast<unsigned>(name.size()));
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put32(central, 0);
    put32(central, offset);
    central += name;
  }
  const auto central_offset = static_cast<std::uint32_t>(out.size());
  out += central;
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<unsigned>(parts.size()));
  put16(out, static_cast<unsigned>(parts.size()));
  put32(out, static_cast<std::uint32_t>(central.size()));
  put32(out, central_offset);
  put16(out, 0);
  return out;
}

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

}  // namespace genaudit::fuzzing
