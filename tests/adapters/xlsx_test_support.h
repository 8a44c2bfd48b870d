// Test helpers for XLSX: workbooks built part by part and zipped with libzip
// at test time, for the cases no office program writes (hostile files,
// rare-but-valid layouts), and the path of the committed fixtures.
#pragma once

#include <zip.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace genaudit::testing {

using Parts = std::vector<std::pair<std::string, std::string>>;

inline std::filesystem::path xlsx_fixture(const std::string& name) {
  return std::filesystem::path(GENAUDIT_SOURCE_DIR) / "tests/data/xlsx" / name;
}

// Writes `parts` (name, content) as a ZIP archive, deflated.
inline void write_zip(const std::filesystem::path& path, const Parts& parts) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (zip == nullptr) throw std::runtime_error("zip_open failed");
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
    const zip_int64_t index = zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("zip_file_add failed");
    zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
  }
  if (zip_close(zip) != 0) throw std::runtime_error("zip_close failed");
}

constexpr char kMainNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kPackageRelNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";

inline std::string relationship(const std::string& id, const std::string& type,
                                const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + std::string(kRelNs) + "/" + type +
         "\" Target=\"" + target + "\"/>";
}

// <worksheet> around the rows given (the inside of <sheetData>).
inline std::string sheet_xml(const std::string& rows) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"") + kMainNs +
         "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

// A workbook of one sheet "Sheet1" whose worksheet part is `sheet`; the
// shared strings and styles parts only when given.
inline Parts workbook(const std::string& sheet, const std::string& shared_strings = "",
                      const std::string& styles = "",
                      const std::string& workbook_pr = "") {
  std::string rels = relationship("rId1", "worksheet", "worksheets/sheet1.xml");
  if (!shared_strings.empty()) rels += relationship("rId2", "sharedStrings", "sharedStrings.xml");
  if (!styles.empty()) rels += relationship("rId3", "styles", "styles.xml");
  Parts parts = {
      {"_rels/.rels", std::string("<Relationships xmlns=\"") + kPackageRelNs + "\">" +
                          relationship("rId1", "officeDocument", "xl/workbook.xml") +
                          "</Relationships>"},
      {"xl/workbook.xml", std::string("<workbook xmlns=\"") + kMainNs + "\" xmlns:r=\"" + kRelNs +
                              "\">" + workbook_pr +
                              "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
                              "</sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       std::string("<Relationships xmlns=\"") + kPackageRelNs + "\">" + rels + "</Relationships>"},
      {"xl/worksheets/sheet1.xml", sheet},
  };
  if (!shared_strings.empty()) parts.emplace_back("xl/sharedStrings.xml", shared_strings);
  if (!styles.empty()) parts.emplace_back("xl/styles.xml", styles);
  return parts;
}

// Sets the uncompressed size that the local and central headers of member
// `name` declare, as a forged archive would.
inline void forge_declared_size(const std::filesystem::path& path, const std::string& name,
                                std::uint32_t size) {
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto u16 = [&](std::size_t at) {
    return static_cast<std::size_t>(static_cast<unsigned char>(bytes[at])) |
           static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
  };
  auto put32 = [&](std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  int patched = 0;
  for (std::size_t i = 0; i + 46 < bytes.size(); ++i) {
    if (bytes.compare(i, 4, "PK\x03\x04") == 0 && bytes.compare(i + 30, name.size(), name) == 0 &&
        u16(i + 26) == name.size()) {
      put32(i + 22, size);
      ++patched;
    } else if (bytes.compare(i, 4, "PK\x01\x02") == 0 &&
               bytes.compare(i + 46, name.size(), name) == 0 && u16(i + 28) == name.size()) {
      put32(i + 24, size);
      ++patched;
    }
  }
  if (patched != 2) throw std::runtime_error("member not found to forge");
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace genaudit::testing
