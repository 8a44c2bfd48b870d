// Markdown tables, list items and headings; see markdown_blocks.h.
#include "reports/markdown_blocks.h"

#include "reports/escaping.h"

namespace genaudit {
namespace {

std::string cell(std::string_view text) {
  const std::string escaped = escape_markdown(text);
  return escaped.empty() ? " " : escaped;
}

std::string line(const std::vector<std::string>& cells, std::size_t columns) {
  std::string out = "|";
  for (std::size_t i = 0; i < columns; ++i) {
    out += " " + cell(i < cells.size() ? cells[i] : "") + " |";
  }
  return out + "\n";
}

}  // namespace

std::string markdown_table(const std::vector<std::string>& headers,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right) {
  std::string out = line(headers, headers.size()) + "|";
  for (std::size_t i = 0; i < headers.size(); ++i) {
    out += i < right.size() && right[i] ? " ---: |" : " --- |";
  }
  out += "\n";
  for (const auto& row : rows) out += line(row, headers.size());
  return out;
}

std::string markdown_item(std::string_view label, std::string_view text) {
  return "- **" + escape_markdown(label) + ":** " + escape_markdown(text) + "\n";
}

std::string markdown_heading(int level, std::string_view text) {
  return std::string(static_cast<std::size_t>(level), '#') + " " + escape_markdown(text) + "\n\n";
}

}  // namespace genaudit
