// The province summary as HTML; see summary_html.h.
#include "reports/summary_html.h"

#include "reports/escaping.h"

namespace genaudit {
namespace {

std::string e(const std::string& text) { return escape_html(text); }

std::string table_html(const SummaryTable& t) {
  const auto cell = [&](const char* tag, std::size_t column, const std::string& text) {
    const bool right = column < t.numeric.size() && t.numeric[column];
    return "<" + std::string(tag) + (right ? " class=\"num\">" : ">") + e(text) + "</" + tag + ">";
  };
  std::string out = "<table class=\"summary\"><thead><tr>";
  for (std::size_t c = 0; c < t.headers.size(); ++c) out += cell("th", c, t.headers[c]);
  out += "</tr></thead>\n<tbody>\n";
  for (const std::vector<std::string>& row : t.rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) out += cell("td", c, row[c]);
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

}  // namespace

std::string summary_html(const SummaryContent& content) {
  std::string out = "<section id=\"summary\">\n<h2>" + e(content.title) + "</h2>\n<p>" +
                    e(content.intro) + "</p>\n";
  for (const SummarySection& section : content.sections) {
    out += "<section id=\"summary-" + e(section.id) + "\">\n<h3>" + e(section.heading) + "</h3>\n";
    for (const SummaryBlock& block : section.blocks) {
      switch (block.kind) {
        case SummaryBlock::Kind::kSubheading: out += "<h4>" + e(block.text) + "</h4>\n"; break;
        case SummaryBlock::Kind::kParagraph: out += "<p>" + e(block.text) + "</p>\n"; break;
        case SummaryBlock::Kind::kTable: out += table_html(block.table); break;
      }
    }
    out += "</section>\n";
  }
  return out + "</section>\n";
}

}  // namespace genaudit
