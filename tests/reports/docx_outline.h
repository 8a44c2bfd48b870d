// A docx::Document as an outline a person reads in a golden file's diff:
// one line per paragraph (its alignment, bold, size and text) and per table
// row (its cells), the column widths once per table. What the writer makes
// of it is docx_writer_test's; this shows what a document says and how it
// is laid out.
#pragma once

#include <string>
#include <variant>

#include "reports/docx/document.h"

namespace genaudit::testing {

inline std::string outline_of(const docx::Paragraph& p) {
  static const char* const kAlign[] = {"left", "center", "right", "justify"};
  std::string text;
  bool bold = !p.runs.empty();
  for (const docx::Run& r : p.runs) {
    text += r.page_number ? "{PAGE}" : r.text;
    bold = bold && r.bold;
  }
  std::string out = std::string("P ") + kAlign[static_cast<int>(p.align)];
  if (bold) out += " bold";
  if (p.heading) out += " heading";
  if (p.size) out += " " + std::to_string(p.size / 2) + "pt";
  return out + ": " + text;
}

inline std::string outline(const docx::Document& doc) {
  std::string out = "TITLE " + doc.title + "\n";
  for (const docx::Paragraph& p : doc.header) out += "HEADER " + outline_of(p) + "\n";
  for (const docx::Block& block : doc.body) {
    if (const auto* p = std::get_if<docx::Paragraph>(&block)) {
      out += outline_of(*p) + "\n";
    } else if (const auto* t = std::get_if<docx::Table>(&block)) {
      out += "TABLE";
      for (const int w : t->widths) out += " " + std::to_string(w);
      out += t->borders ? " ruled" : " borderless";
      out += "\n";
      for (const auto& row : t->rows) {
        out += "  |";
        for (const docx::Cell& c : row) {
          std::string cell;
          for (const docx::Paragraph& p : c.paragraphs) {
            std::string text;
            for (const docx::Run& r : p.runs) text += r.text;
            if (!text.empty()) cell += (cell.empty() ? "" : " / ") + text;
          }
          out += " " + cell + " |";
        }
        out += "\n";
      }
    } else if (std::holds_alternative<docx::PageBreak>(block)) {
      out += "PAGE BREAK\n";
    } else {
      out += "SECTION BREAK\n";
    }
  }
  return out;
}

}  // namespace genaudit::testing
