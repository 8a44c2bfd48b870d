// How one register file departs from the standard template, as a mapping
// file states it: where its header is, what its columns are called, which
// other words it uses for coded values, how it writes dates. The register
// reader applies it; the default layout is the template itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "adapters/values/date_format.h"

namespace genaudit {

struct RegisterLayout {
  // The spreadsheet row holding the headers (from 1); 0 = the first row
  // that is not blank. Rows above it are ignored.
  long header_row = 0;
  // Header as the file writes it -> field name, matched like template
  // headers (case, diacritics, spaces ignored) and before them.
  std::vector<std::pair<std::string, std::string>> columns;
  // Field name -> (form, code): more forms for a coded or yes/no field,
  // tried before the template's own.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> values;
  // Every date cell of the file is written this way (instead of the
  // template's forms).
  std::optional<DateFormat> date_format;
};

}  // namespace genaudit
