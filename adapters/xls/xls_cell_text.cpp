#include "adapters/xls/xls_cell_text.h"

#include <cmath>
#include <string_view>

#include "adapters/xlsx/cell_text.h"

namespace genaudit::xls {
namespace {

// "HH:MM:SS" -> days, or a negative number when it is not that form.
double time_days(std::string_view text) {
  if (text.size() != 8 || text[2] != ':' || text[5] != ':') return -1;
  int parts[3] = {0, 0, 0};
  for (int i = 0; i < 3; ++i) {
    const char high = text[static_cast<std::size_t>(i) * 3];
    const char low = text[static_cast<std::size_t>(i) * 3 + 1];
    if (high < '0' || high > '9' || low < '0' || low > '9') return -1;
    parts[i] = (high - '0') * 10 + (low - '0');
  }
  return (parts[0] * 3600.0 + parts[1] * 60.0 + parts[2]) / 86400.0;
}

}  // namespace

std::string cell_text(const FreeXL_CellValue& cell) {
  switch (cell.type) {
    case FREEXL_CELL_INT:
      return xlsx::number_text(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
      if (!std::isfinite(cell.value.double_value)) return "";
      return xlsx::number_text(cell.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
      return cell.value.text_value != nullptr ? cell.value.text_value : "";
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
      if (cell.value.text_value == nullptr) return "";
      return xlsx::cell_text(xlsx::CellType::kIsoDate, cell.value.text_value, false, false);
    case FREEXL_CELL_TIME: {
      if (cell.value.text_value == nullptr) return "";
      const double days = time_days(cell.value.text_value);
      return days >= 0 ? xlsx::number_text(days) : std::string(cell.value.text_value);
    }
    default:
      return "";
  }
}

}  // namespace genaudit::xls
