#include "adapters/xlsx/workbook_parts.h"

#include <cstring>
#include <map>

#include "adapters/xlsx/workbook_error.h"
#include "adapters/xlsx/xml_part_parser.h"

namespace genaudit::xlsx {
namespace {

struct Relationship {
  std::string type;    // the URI's last segment: "worksheet", "styles", ...
  std::string target;  // resolved part name
};

std::string last_segment(std::string_view uri) {
  const std::size_t slash = uri.rfind('/');
  return std::string(slash == std::string_view::npos ? uri : uri.substr(slash + 1));
}

// The relationships part of `source`: "xl/_rels/workbook.xml.rels" for
// "xl/workbook.xml", "_rels/.rels" for the package ("").
std::string relationships_part(std::string_view source) {
  const std::size_t slash = source.rfind('/');
  const std::string_view dir = slash == std::string_view::npos ? "" : source.substr(0, slash + 1);
  const std::string_view file = slash == std::string_view::npos ? source : source.substr(slash + 1);
  return std::string(dir) + "_rels/" + std::string(file) + ".rels";
}

class RelationshipsHandler : public XmlHandler {
 public:
  explicit RelationshipsHandler(std::string source) : source_(std::move(source)) {}
  void on_start(XmlName name, const char** attributes) override {
    if (name.local != "Relationship") return;
    const char* id = attribute(attributes, "Id");
    const char* type = attribute(attributes, "Type");
    const char* target = attribute(attributes, "Target");
    const char* mode = attribute(attributes, "TargetMode");
    if (id == nullptr || type == nullptr || target == nullptr) return;
    if (mode != nullptr && std::strcmp(mode, "External") == 0) return;
    relationships[id] = {last_segment(type), resolve_target(source_, target)};
  }
  void on_end(XmlName) override {}

  std::map<std::string, Relationship> relationships;  // by Id

 private:
  std::string source_;
};

class WorkbookHandler : public XmlHandler {
 public:
  void on_start(XmlName name, const char** attributes) override {
    if (!is_spreadsheet_ns(name.ns)) return;
    if (name.local == "workbookPr") {
      const char* v = attribute(attributes, "date1904");
      date1904 = v != nullptr && (std::strcmp(v, "1") == 0 || std::strcmp(v, "true") == 0);
    } else if (name.local == "sheet") {
      const char* sheet_name = attribute(attributes, "name");
      const char* id = ns_attribute(attributes, "id");
      const char* state = attribute(attributes, "state");
      sheets.push_back({sheet_name ? sheet_name : "", id ? id : "",
                        state == nullptr || std::strcmp(state, "visible") == 0});
    }
  }
  void on_end(XmlName) override {}

  struct Sheet {
    std::string name;
    std::string relationship;
    bool visible;
  };
  std::vector<Sheet> sheets;
  bool date1904 = false;
};

bool parse_part(const ZipArchive& archive, const std::string& part, const XlsxLimits& limits,
                XmlHandler* handler, InputError* error) {
  return parse_whole_part(archive, part, other_part_limits(limits), limits.max_xml_depth, handler,
                          error);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string resolve_target(std::string_view source, std::string_view target) {
  std::string path;
  if (!target.empty() && target.front() == '/') {
    target.remove_prefix(1);
  } else {
    const std::size_t slash = source.rfind('/');
    if (slash != std::string_view::npos) path = std::string(source.substr(0, slash + 1));
  }
  // Percent-escapes, then the segments.
  std::string decoded;
  for (std::size_t i = 0; i < target.size(); ++i) {
    if (target[i] == '%' && i + 2 < target.size() && hex_value(target[i + 1]) >= 0 &&
        hex_value(target[i + 2]) >= 0) {
      decoded += static_cast<char>(hex_value(target[i + 1]) * 16 + hex_value(target[i + 2]));
      i += 2;
    } else {
      decoded += target[i];
    }
  }
  path += decoded;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

bool read_workbook_parts(const ZipArchive& archive, const XlsxLimits& limits,
                         WorkbookParts* parts, InputError* error) {
  // The package's relationships name the workbook part.
  RelationshipsHandler package("");
  if (!parse_part(archive, "_rels/.rels", limits, &package, error)) return false;
  std::string workbook;
  for (const auto& [id, rel] : package.relationships) {
    if (rel.type == "officeDocument" && workbook.empty()) workbook = rel.target;
  }
  if (workbook.empty()) {
    *error = corrupt_workbook(archive.display_name(), "xl/workbook.xml", kExpectPresentPart);
    return false;
  }

  WorkbookHandler book;
  if (!parse_part(archive, workbook, limits, &book, error)) return false;
  RelationshipsHandler rels(workbook);
  const std::string rels_part = relationships_part(workbook);
  if (!parse_part(archive, rels_part, limits, &rels, error)) return false;

  parts->date1904 = book.date1904;
  for (const auto& [id, rel] : rels.relationships) {
    if (rel.type == "sharedStrings" && parts->shared_strings.empty()) {
      parts->shared_strings = rel.target;
    } else if (rel.type == "styles" && parts->styles.empty()) {
      parts->styles = rel.target;
    }
  }
  for (const WorkbookHandler::Sheet& s : book.sheets) {
    SheetEntry entry;
    entry.name = s.name;
    entry.visible = s.visible;
    const auto it = rels.relationships.find(s.relationship);
    if (it != rels.relationships.end()) {
      entry.part = it->second.target;
      entry.worksheet = it->second.type == "worksheet";
    }
    parts->sheets.push_back(std::move(entry));
  }
  return true;
}

}  // namespace genaudit::xlsx
