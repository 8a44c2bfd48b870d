// Aligned plain-text tables; see text_table.h.
#include "reports/text_table.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstddef>

#include "reports/escaping.h"

namespace genaudit {

int display_width(std::string_view s) {
  int width = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: the common case
      ++width;
      ++i;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                         static_cast<utf8proc_ssize_t>(s.size() - i), &code_point);
    if (length <= 0) {
      ++width;
      ++i;
      continue;
    }
    width += utf8proc_charwidth(code_point);
    i += static_cast<std::size_t>(length);
  }
  return width;
}

std::string pad(std::string_view s, int width, Align align) {
  const int fill = std::max(0, width - display_width(s));
  const std::string spaces(static_cast<std::size_t>(fill), ' ');
  return align == Align::kLeft ? std::string(s) + spaces : spaces + std::string(s);
}

std::string colorize(std::string_view s, Color color) {
  const char* start = "";
  switch (color) {
    case Color::kNone:
      return std::string(s);
    case Color::kRed:
      start = "\x1b[31m";
      break;
    case Color::kGreen:
      start = "\x1b[32m";
      break;
    case Color::kBold:
      start = "\x1b[1m";
      break;
  }
  return start + std::string(s) + "\x1b[0m";
}

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {
  for (Column& column : columns_) column.header = terminal_line(column.header);
}

void TextTable::add_row(std::vector<TableCell> cells) {
  cells.resize(columns_.size());
  for (TableCell& cell : cells) cell.text = terminal_line(cell.text);
  rows_.push_back(std::move(cells));
}

std::string TextTable::render(std::string_view indent, bool color) const {
  std::vector<int> widths(columns_.size(), 0);
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    widths[c] = display_width(columns_[c].header);
    for (const auto& row : rows_) widths[c] = std::max(widths[c], display_width(row[c].text));
  }
  // The last column is not padded on the right: no trailing spaces.
  auto line = [&](const std::vector<TableCell>& cells) {
    std::string out(indent);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out += "  ";
      const bool last = c + 1 == cells.size();
      const Align align = columns_[c].align;
      std::string text =
          last && align == Align::kLeft ? cells[c].text : pad(cells[c].text, widths[c], align);
      out += color ? colorize(text, cells[c].color) : text;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::vector<TableCell> header;
  for (const Column& column : columns_) header.push_back({column.header, Color::kBold});
  std::string out = line(header);
  for (const auto& row : rows_) out += line(row);
  return out;
}

}  // namespace genaudit
