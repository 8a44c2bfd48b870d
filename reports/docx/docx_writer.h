// Writes a docx::Document (document.h) as a .docx file: the
// WordprocessingML parts (document.xml, styles.xml, settings.xml, the
// page headers, [Content_Types].xml, the relationships, docProps) in a ZIP
// archive. Every text is escaped for XML, and characters XML cannot hold
// (control characters other than tab and line feed, U+FFFE, U+FFFF,
// malformed UTF-8) are removed, so any register text makes a valid file.
// The archive is the same bytes for the same document (fixed timestamps).
#pragma once

#include <optional>
#include <string>

#include "reports/docx/document.h"

namespace genaudit::docx {

// word/document.xml of `doc`: what a golden file compares.
std::string document_xml(const Document& doc);

// The .docx file of `doc`, or nullopt with libzip's reason in `error`.
std::optional<std::string> docx_bytes(const Document& doc, std::string* error);

// `text` as XML character data or attribute value: & < > " ' escaped, and
// what XML 1.0 cannot hold removed.
std::string xml_text(std::string_view text);

}  // namespace genaudit::docx
