// The bounds an XLSX workbook must stay within to be read (and an ODS or
// XLS workbook: see the end and adapters/ods, adapters/xls). A workbook is a
// ZIP archive of XML parts, and a hostile one can be small on disk yet
// inflate to gigabytes (a "zip bomb"), or hold a table that exhausts memory.
// The reader refuses such a file with kLimitExceeded, naming the limit by its
// field name below and its value ("max_columns = 16384"), before spending
// more than about the limit in memory or time.
//
// The defaults fit every register a province produces with a wide margin;
// raise one only for a file known to be sound.
#pragma once

#include <cstddef>
#include <cstdint>

namespace genaudit {

struct XlsxLimits {
  // Uncompressed size of the worksheet part read. Default: 1 GiB.
  std::uint64_t max_sheet_bytes = std::uint64_t{1} << 30;
  // Uncompressed size of the shared string table (xl/sharedStrings.xml).
  // Default: 256 MiB.
  std::uint64_t max_shared_strings_bytes = std::uint64_t{256} << 20;
  // Uncompressed size of any other part read: the package and workbook
  // relationships, xl/workbook.xml, xl/styles.xml. Default: 64 MiB.
  std::uint64_t max_part_bytes = std::uint64_t{64} << 20;
  // Inflated bytes per compressed byte of a part, checked once the part has
  // inflated past `ratio_floor_bytes` (small parts of repetitive XML compress
  // far better than large ones). Deflate tops out near 1032:1; real sheets
  // stay well under 100:1. Default: 100.
  std::uint64_t max_compression_ratio = 100;
  // Default: 1 MiB.
  std::uint64_t ratio_floor_bytes = std::uint64_t{1} << 20;
  // Entries (<si>) in the shared string table. Default: 10 000 000.
  std::size_t max_shared_strings = 10'000'000;
  // UTF-8 bytes of one cell's text, shared or inline. Excel allows 32 767
  // characters, at most 131 068 bytes. Default: 1 MiB.
  std::size_t max_cell_bytes = std::size_t{1} << 20;
  // UTF-8 bytes of all the cells of one row together (one shared string may
  // be referenced by every cell). Default: 64 MiB.
  std::size_t max_row_bytes = std::size_t{64} << 20;
  // Columns of a row: a cell right of this is refused. Default: 16 384, as
  // in Excel (A to XFD).
  std::size_t max_columns = 16'384;
  // Nesting of XML elements in any part; real parts nest about 10 deep.
  // Default: 64.
  std::size_t max_xml_depth = 64;
  // UTF-8 bytes of all the cell text of the sheet read, as its records hold
  // it. A small file can describe far more text than it holds: every cell
  // of an XLSX or XLS sheet may name the same big shared string, an ODS row
  // or cell carries a repeat count (each copy counted). Cells the caller
  // does not read (XlsxReader::read_only_columns) are not counted. A
  // register of a province holds some tens of MiB. Default: 256 MiB.
  std::uint64_t max_sheet_text_bytes = std::uint64_t{256} << 20;

  // ODS, XLS: the last row that may hold text; text below it is refused.
  // XLSX rows are bounded by max_sheet_bytes instead. Default: 1 048 576,
  // as in Excel and Calc.
  std::size_t max_rows = 1'048'576;
};

}  // namespace genaudit
