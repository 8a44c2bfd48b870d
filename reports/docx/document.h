// A Word document as plain values: paragraphs of runs, tables of cells,
// page and section breaks, a page setup and a page header. Whoever builds a document (the
// inspection records, the province summary) fills one of these; the one
// writer (docx_writer.h) turns it into WordprocessingML, so the document's
// structure is decided in one place and nowhere else.
//
// Lengths are in twentieths of a point (twips: 1 mm = 56.7 twips), font
// sizes in half points (13 pt = 26), as WordprocessingML counts them. Text
// is UTF-8, any content at all: the writer escapes it for XML and removes
// what XML cannot hold; a '\n' in a run is a line break, a '\t' a tab.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace genaudit::docx {

// Twips from millimetres, rounded.
constexpr int mm(double millimetres) { return static_cast<int>(millimetres * 1440 / 25.4 + 0.5); }

struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool underline = false;
  int size = 0;               // half points; 0: the paragraph's, else the document's
  bool page_number = false;   // the PAGE field instead of `text`
};

enum class Align { kLeft, kCenter, kRight, kJustify };

struct Paragraph {
  std::vector<Run> runs;
  Align align = Align::kJustify;
  int size = 0;              // half points for every run without its own; 0: the document's
  int first_line_indent = 0; // twips
  int indent_left = 0;       // twips
  int indent_right = 0;      // twips
  int space_before = 0;      // twips
  int space_after = 0;       // twips
  bool keep_with_next = false;
  bool border_below = false;  // a solid line under the paragraph (between its indents)
  bool heading = false;       // an outline level 1 heading (Word's navigation pane)

  Paragraph() = default;
  explicit Paragraph(std::string text, Align a = Align::kJustify) : align(a) {
    runs.push_back({std::move(text)});
  }
};

struct Cell {
  std::vector<Paragraph> paragraphs;
  int span = 1;  // columns the cell covers
};

struct Table {
  std::vector<int> widths;                 // twips, one per column
  std::vector<std::vector<Cell>> rows;
  bool borders = true;
  bool repeat_first_row = false;  // the heading row again on every page
  int size = 0;                   // half points for its text; 0: the document's
};

struct PageBreak {};

// Ends a section: what follows starts on a new page whose number is 1
// again, and that page, like every section's first, shows no header
// (Decree 30: no page number on a document's first page). One section per
// document in a file that holds several, e.g. all the records to print.
struct SectionBreak {};

using Block = std::variant<Paragraph, Table, PageBreak, SectionBreak>;

struct PageSetup {
  int width = 11906;  // A4, portrait
  int height = 16838;
  int margin_top = mm(20);
  int margin_bottom = mm(20);
  int margin_left = mm(30);
  int margin_right = mm(15);
  // The width text may take.
  int text_width() const { return width - margin_left - margin_right; }
};

struct Document {
  std::string title;     // docProps: the document's title
  std::string language = "vi-VN";
  std::string font = "Times New Roman";
  int size = 26;         // half points: 13 pt
  PageSetup page;
  std::vector<Block> body;
  // At the top of every page but each section's first (which gets an
  // empty header); may hold a Run with page_number. Every section numbers
  // its pages from 1.
  std::vector<Paragraph> header;
};

}  // namespace genaudit::docx
