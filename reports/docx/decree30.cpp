// The Decree 30 pieces; see decree30.h.
#include "reports/docx/decree30.h"

namespace genaudit::docx::decree30 {

Paragraph text(std::string s, Align align, int size) {
  Paragraph p(std::move(s), align);
  p.size = size;
  p.space_after = 60;
  return p;
}

Paragraph bold(std::string s, Align align, int size) {
  Paragraph p = text(std::move(s), align, size);
  p.runs[0].bold = true;
  return p;
}

Paragraph italic(std::string s, Align align, int size) {
  Paragraph p = text(std::move(s), align, size);
  p.runs[0].italic = true;
  return p;
}

Paragraph indented(std::string s) {
  Paragraph p = text(std::move(s));
  p.first_line_indent = mm(10);
  return p;
}

Paragraph heading(std::string s) {
  Paragraph p = bold(std::move(s));
  p.heading = true;
  p.space_before = 120;
  p.keep_with_next = true;
  return p;
}

Paragraph short_line(int width, int length) {
  Paragraph p;
  p.align = Align::kCenter;
  p.size = 4;
  p.border_below = true;
  p.indent_left = p.indent_right = (width - length) / 2;
  p.space_after = 60;
  return p;
}

Cell cell(std::vector<Paragraph> paragraphs) { return Cell{std::move(paragraphs), 1}; }

Table ruled_table(std::vector<int> widths, const std::vector<std::string>& headings,
                  const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& right_aligned) {
  Table t;
  t.widths = std::move(widths);
  t.size = kSmall;
  t.repeat_first_row = true;
  std::vector<Cell> head;
  for (const std::string& h : headings) head.push_back(cell({bold(h, Align::kCenter)}));
  t.rows.push_back(std::move(head));
  for (const std::vector<std::string>& row : rows) {
    std::vector<Cell> cells;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool right = c < right_aligned.size() && right_aligned[c];
      cells.push_back(cell({Paragraph(row[c], right ? Align::kRight : Align::kLeft)}));
    }
    t.rows.push_back(std::move(cells));
  }
  return t;
}

Table heading_table(const Heading& h, int width) {
  Table head;
  head.borders = false;
  head.widths = {width * 2 / 5, width - width * 2 / 5};
  Paragraph issuer = bold(h.issuing_body, Align::kCenter, kHeading);
  Paragraph motto = bold(h.motto, Align::kCenter, kTitle);
  motto.space_after = 0;
  issuer.space_after = 0;
  head.rows.push_back(
      {cell({text(h.superior_body, Align::kCenter, kHeading), issuer,
             short_line(head.widths[0], head.widths[0] / 3),
             text(h.number, Align::kCenter, kHeading)}),
       cell({bold(h.country, Align::kCenter, kHeading), motto,
             short_line(head.widths[1], head.widths[1] * 3 / 5),
             italic(h.place_date, Align::kCenter, kTitle)})});
  return head;
}

std::vector<Paragraph> recipients(const std::string& label, const std::vector<std::string>& names) {
  Paragraph first = bold(label, Align::kLeft, kSmall);
  first.runs[0].italic = true;
  first.space_after = 0;
  first.keep_with_next = true;
  std::vector<Paragraph> out = {first};
  for (const std::string& r : names) {
    Paragraph p = text(r, Align::kLeft, kSmaller);
    p.space_after = 0;
    out.push_back(p);
  }
  return out;
}

Document document(std::string title, Language lang) {
  Document doc;
  doc.title = std::move(title);
  doc.language = lang == Language::kEnglish ? "en-GB" : "vi-VN";
  doc.size = kBody;
  // Decree 30: the page number centred at the top, in the body's type,
  // not on the first page (the writer's titlePg).
  Paragraph page;
  page.align = Align::kCenter;
  page.size = kBody;
  page.runs.push_back(Run{"", false, false, false, 0, true});
  doc.header.push_back(page);
  return doc;
}

}  // namespace genaudit::docx::decree30
