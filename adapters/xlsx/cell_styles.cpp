#include "adapters/xlsx/cell_styles.h"

#include <charconv>
#include <cstring>
#include <map>

#include "adapters/xlsx/excel_dates.h"
#include "adapters/xlsx/workbook_parts.h"
#include "adapters/xlsx/xml_part_parser.h"

namespace genaudit::xlsx {
namespace {

int to_int(const char* s) {
  int value = -1;
  if (s == nullptr) return value;
  std::from_chars(s, s + std::strlen(s), value);
  return value;
}

class StylesHandler : public XmlHandler {
 public:
  void on_start(XmlName name, const char** attributes) override {
    if (!is_spreadsheet_ns(name.ns)) return;
    ++depth_;
    if (name.local == "numFmts" && depth_ == 2) {
      num_fmts_depth_ = depth_;
    } else if (name.local == "numFmt" && num_fmts_depth_ != 0 && depth_ == num_fmts_depth_ + 1) {
      // Only the workbook's formats: a conditional format's own (<dxf>) may
      // reuse the id of a cell format without replacing it.
      const int id = to_int(attribute(attributes, "numFmtId"));
      const char* code = attribute(attributes, "formatCode");
      if (id >= 0 && code != nullptr) formats[id] = code;
    } else if (name.local == "cellXfs") {
      xfs_depth_ = depth_;
    } else if (name.local == "xf" && xfs_depth_ != 0 && depth_ == xfs_depth_ + 1) {
      xf_formats.push_back(to_int(attribute(attributes, "numFmtId")));
    }
  }
  void on_end(XmlName name) override {
    if (!is_spreadsheet_ns(name.ns)) return;
    if (name.local == "cellXfs") xfs_depth_ = 0;
    if (name.local == "numFmts") num_fmts_depth_ = 0;
    --depth_;
  }

  std::map<int, std::string> formats;  // the workbook's own, by id
  std::vector<int> xf_formats;         // number format of each cell style

 private:
  std::size_t depth_ = 0;
  std::size_t xfs_depth_ = 0;  // depth of <cellXfs> while inside it
  std::size_t num_fmts_depth_ = 0;  // depth of the stylesheet's <numFmts> inside it
};

}  // namespace

bool DateStyles::read(const ZipArchive& archive, const std::string& part,
                      const XlsxLimits& limits, InputError* error) {
  StylesHandler handler;
  if (!parse_whole_part(archive, part, other_part_limits(limits), limits.max_xml_depth, &handler,
                        error)) {
    return false;
  }
  date_.clear();
  for (const int id : handler.xf_formats) date_.push_back(is_date_format(id, handler.formats));
  return true;
}

}  // namespace genaudit::xlsx
