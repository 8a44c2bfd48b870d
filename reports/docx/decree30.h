// The pieces every Word document genaudit writes shares, in the layout of
// Nghị định 30/2020/NĐ-CP (Phụ lục I): Times New Roman, 13 pt body,
// justified; the two-column heading (the issuing body, its number and
// symbol left; the Quốc hiệu and Tiêu ngữ, place and date right, each with
// its short line below); ruled tables with a heading row repeated on every
// page; the page number centred at the top from the second page. The
// inspection records and the province summary are built from these, so
// the two documents look like one office wrote them.
#pragma once

#include <string>
#include <vector>

#include "engine/core/language.h"
#include "reports/docx/document.h"

namespace genaudit::docx::decree30 {

inline constexpr int kBody = 26;     // 13 pt
inline constexpr int kHeading = 24;  // the issuing body: 12 pt (the decree: 12-13)
inline constexpr int kTitle = 28;    // 14 pt
inline constexpr int kSmall = 24;    // 12 pt: tables, "Nơi nhận"
inline constexpr int kSmaller = 22;  // 11 pt: the recipients

// Body paragraphs: a little space after; `size` 0 is the document's.
Paragraph text(std::string s, Align align = Align::kJustify, int size = 0);
Paragraph bold(std::string s, Align align = Align::kLeft, int size = 0);
Paragraph italic(std::string s, Align align = Align::kLeft, int size = 0);
// A first-line indented body paragraph.
Paragraph indented(std::string s);
// A bold heading at outline level 1 (Word's navigation pane).
Paragraph heading(std::string s);
// A short centred line under a heading line, as the decree draws it:
// `length` twips long in a cell (or page) `width` twips wide.
Paragraph short_line(int width, int length);

Cell cell(std::vector<Paragraph> paragraphs);

// A ruled table in 12 pt: bold centred headings repeated on every page,
// one left-aligned paragraph per cell. `right_aligned` (per column, may
// be shorter than the columns) right-aligns figures.
Table ruled_table(std::vector<int> widths, const std::vector<std::string>& headings,
                  const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& right_aligned = {});

// The heading's texts, as the document's content decided them (a fact not
// known is already a dotted blank).
struct Heading {
  std::string superior_body;  // "UBND TỈNH KHÁNH HÒA"
  std::string issuing_body;   // "ĐOÀN KIỂM TRA LIÊN NGÀNH"
  std::string number;         // "Số: 15/BB-ĐKT"
  std::string country;        // the Quốc hiệu
  std::string motto;          // the Tiêu ngữ
  std::string place_date;     // "Khánh Hòa, ngày 12 tháng 11 năm 2025"
};

// The borderless two-column heading table, `width` twips wide.
Table heading_table(const Heading& h, int width);

// "Nơi nhận:" in bold italic 12 pt, then one line per recipient in 11 pt.
std::vector<Paragraph> recipients(const std::string& label, const std::vector<std::string>& names);

// An empty document in the decree's type and page, titled `title` (its
// properties), in `lang`, with the page number centred at the top of every
// page but each section's first.
Document document(std::string title, Language lang);

}  // namespace genaudit::docx::decree30
