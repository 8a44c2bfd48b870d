// Which cell styles of a workbook show dates: read from xl/styles.xml, the
// cell formats (<cellXfs>) and the workbook's own number formats (<numFmts>).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "adapters/input_error.h"
#include "adapters/xlsx/xlsx_limits.h"
#include "adapters/xlsx/zip_archive.h"

namespace genaudit::xlsx {

class DateStyles {
 public:
  // Reads `part` of `archive`. Returns false and sets *error when it is
  // damaged or over a limit.
  bool read(const ZipArchive& archive, const std::string& part, const XlsxLimits& limits,
            InputError* error);

  // True when cell style `index` (a cell's `s` attribute) has a date number
  // format. An index the workbook does not define is no date.
  bool is_date(std::size_t index) const {
    return index < date_.size() && date_[index];
  }

 private:
  std::vector<bool> date_;
};

}  // namespace genaudit::xlsx
