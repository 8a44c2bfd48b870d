// The errors of a workbook that cannot be read: damaged (kCorruptWorkbook)
// or over a safety limit (kLimitExceeded). `value` names the part of the
// archive at fault, `expected` says what was expected or which limit, in the
// fixed English phrases below that reports translate.
#pragma once

#include <cstdint>
#include <string>

#include "adapters/input_error.h"

namespace genaudit::xlsx {

// `expected` of kCorruptWorkbook.
inline constexpr char kExpectZipArchive[] = "a ZIP archive (.xlsx)";
inline constexpr char kExpectIntactPart[] = "an intact compressed part";
inline constexpr char kExpectPresentPart[] = "a part present in the archive";
inline constexpr char kExpectWellFormedXml[] = "well-formed XML";
inline constexpr char kExpectNoDoctype[] = "XML without a DOCTYPE";
inline constexpr char kExpectWorksheet[] = "a worksheet";
inline constexpr char kExpectCellReference[] = "cell references such as C7";
inline constexpr char kExpectSharedStringIndex[] = "an index into the shared strings";

inline InputError corrupt_workbook(const std::string& file, std::string part,
                                   std::string expected) {
  InputError e{};
  e.kind = InputErrorKind::kCorruptWorkbook;
  e.file = file;
  e.value = std::move(part);
  e.expected = std::move(expected);
  return e;
}

// `limit` is the XlsxLimits field name, e.g. "max_columns".
inline InputError limit_exceeded(const std::string& file, std::string part, const char* limit,
                                 std::uint64_t value) {
  InputError e{};
  e.kind = InputErrorKind::kLimitExceeded;
  e.file = file;
  e.value = std::move(part);
  e.expected = std::string(limit) + " = " + std::to_string(value);
  return e;
}

}  // namespace genaudit::xlsx
