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


// An OLE compound file (CFB, version 3: 512-byte sectors) whose directory
// holds a root storage and one empty stream per name of `streams`: the
// container Excel writes a password-protected workbook in
// ("EncryptionInfo", "EncryptedPackage"), as an .xls is one ("Workbook").
inline std::string compound_file(const std::vector<std::string>& streams) {
  if (streams.size() > 3) throw std::runtime_error("one directory sector: 3 streams at most");
  auto put16 = [](std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 2; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  auto put32 = [](std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  constexpr std::uint32_t kFree = 0xFFFFFFFF, kEnd = 0xFFFFFFFE, kFat = 0xFFFFFFFD;
  // Header, then sector 0 (the FAT) and sector 1 (the directory).
  std::string file(512 * 3, '\0');
  file.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
  put16(file, 24, 0x3E);      // minor version
  put16(file, 26, 3);         // major version
  put16(file, 28, 0xFFFE);    // byte order
  put16(file, 30, 9);         // sector shift: 512
  put16(file, 32, 6);         // mini sector shift: 64
  put32(file, 44, 1);         // FAT sectors
  put32(file, 48, 1);         // first directory sector
  put32(file, 56, 4096);      // mini stream cutoff
  put32(file, 60, kEnd);      // first mini FAT sector
  put32(file, 68, kEnd);      // first DIFAT sector
  put32(file, 76, 0);         // DIFAT[0]: the FAT is sector 0
  for (std::size_t i = 1; i < 109; ++i) put32(file, 76 + 4 * i, kFree);
  const std::size_t fat = 512;
  for (std::size_t i = 0; i < 128; ++i) put32(file, fat + 4 * i, kFree);
  put32(file, fat, kFat);
  put32(file, fat + 4, kEnd);
  const std::size_t dir = 1024;
  auto entry = [&](std::size_t index, const std::string& name, int type, std::uint32_t child,
                   std::uint32_t right) {
    const std::size_t at = dir + 128 * index;
    for (std::size_t i = 0; i < name.size(); ++i) file[at + 2 * i] = name[i];  // UTF-16LE, ASCII
    put16(file, at + 64, static_cast<std::uint32_t>(2 * (name.size() + 1)));
    file[at + 66] = static_cast<char>(type);  // 5 root, 2 stream
    file[at + 67] = 1;                        // black
    put32(file, at + 68, kFree);              // left sibling
    put32(file, at + 72, right);
    put32(file, at + 76, child);
    put32(file, at + 116, kEnd);  // start sector: empty stream
  };
  entry(0, "Root Entry", 5, streams.empty() ? kFree : 1, kFree);
  for (std::size_t i = 0; i < streams.size(); ++i) {
    entry(i + 1, streams[i], 2, kFree,
          i + 1 < streams.size() ? static_cast<std::uint32_t>(i + 2) : kFree);
  }
  for (std::size_t i = streams.size() + 1; i < 4; ++i) {
    put32(file, dir + 128 * i + 68, kFree);
    put32(file, dir + 128 * i + 72, kFree);
    put32(file, dir + 128 * i + 76, kFree);
  }
  return file;
}

}  // namespace genaudit::testing
