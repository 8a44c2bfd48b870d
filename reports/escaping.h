// Making register text safe for each kind of document, one place per kind.
// Every value that came from a register (codes, names, file names, evidence)
// reaches a document only through one of these:
//
//   escape_html      HTML element content and quoted attribute values
//   escape_markdown  inline Markdown (table cells, list items)
//   neutralize_cell  a spreadsheet cell that would start a formula
//   csv_field        one CSV field: neutralized, then quoted as RFC 4180 asks
//   safe_file_stem   a file name any file system accepts
//   terminal_line    one line of the terminal report (a table cell)
//   terminal_text    any text for a terminal or a log: messages, explain
//   json_inert       a JSON text, values unchanged
//
// clean_text() is applied by all of them first. One policy for every
// destination: a character that would act on the display instead of being
// shown — a control character (ESC starts a terminal's escape sequences) or
// a bidirectional control (U+202E makes text read backwards) — is shown
// visibly, as the escape \x1b or \u202e (text::escaped_code_point); text
// without any is left as it is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/formula_guard.h"  // starts_like_formula

namespace genaudit {

// `s` as valid UTF-8 that shows as what it holds: a byte that does not
// start a valid sequence becomes U+FFFD; a control character other than
// tab, line feed and carriage return (C0, DEL, C1) and a bidirectional
// control (text::is_bidi_control) are written as their escape, "\x1b",
// "\u202e".
std::string clean_text(std::string_view s);

// `s` with & < > " ' written as character references: inert in element
// content and in attribute values quoted with either quote.
std::string escape_html(std::string_view s);

// `s` as literal inline Markdown (CommonMark and GitHub's): every character
// that could start markup (\ ` * _ [ ] < > | & ~ # !) is backslash-escaped,
// so no tag, link, emphasis or table cell break comes from the text; line
// breaks become spaces.
std::string escape_markdown(std::string_view s);

// `cell` with a leading apostrophe when starts_like_formula(), so that Excel
// and LibreOffice show it as text; otherwise `cell` unchanged (after
// clean_text). The register reader drops that apostrophe again
// (strip_formula_guard), so a neutralised CSV re-imports unchanged.
std::string neutralize_cell(std::string_view cell);

// What separates the fields of a CSV record: a comma (RFC 4180), or a
// semicolon, which Excel expects where the decimal mark is a comma (the
// Vietnamese regional settings).
enum class CsvSeparator : char { kComma = ',', kSemicolon = ';' };

// One CSV field: neutralize_cell(), then in double quotes (inner quotes
// doubled) when it holds the separator, a quote, a line break or starts or
// ends with a space.
std::string csv_field(std::string_view cell, CsvSeparator separator = CsvSeparator::kComma);

// A CSV record: the fields joined by the separator, ended by CRLF.
std::string csv_record(const std::vector<std::string>& cells,
                       CsvSeparator separator = CsvSeparator::kComma);

// `s` as one line a terminal shows as written: clean_text(), so no escape
// sequence (ESC, CSI...) nor other control character gets through, and tab,
// carriage return and line feed become spaces.
std::string terminal_line(std::string_view s);

// `s`, of one line or several, as a terminal shows it: clean_text() with
// the carriage return written "\r" too (it would let a line overwrite what
// is before it); line feeds and tabs kept. What genaudit writes to standard
// error and its logs passes through it (TerminalSafeStream, terminal.h).
std::string terminal_text(std::string_view s);

// A JSON text with each DEL, C1 control and bidirectional control written
// as a JSON escape (\u202e): JSON already escapes the C0 controls, but
// lets these through raw, to act on whoever views the file. The JSON value
// is the same; in valid JSON they can only be inside strings.
std::string json_inert(std::string_view json);

// A file name stem made from a subject's code that every common file system
// (ext4, NTFS, FAT, APFS, HFS+) accepts and no shell or tool misreads:
// Vietnamese letters lose their marks (Đ -> D), then only ASCII letters,
// digits, '-', '_' and '.' remain, any other run of characters becoming one
// '_'; no leading '.', '-' or '_', no trailing '.' or '_'; at most 64
// characters; Windows device names (CON, NUL, COM1..., also before a dot) get a '_'
// after the name;
// an empty result is "unnamed". Two codes may give the same stem: callers
// that need distinct names make them so.
std::string safe_file_stem(std::string_view code);

}  // namespace genaudit
