// Writes WordprocessingML; see docx_writer.h.
#include "reports/docx/docx_writer.h"

#include <zip.h>

#include <cstdint>
#include <ctime>
#include <memory>
#include <utility>
#include <vector>

namespace genaudit::docx {
namespace {

constexpr const char* kW =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
constexpr const char* kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// The code point of the UTF-8 sequence at s[i] and its length; length 0
// for a malformed sequence.
std::pair<std::uint32_t, std::size_t> decode(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return {0, 0};
  std::uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return {0, 0};
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
  return {cp, n};
}

bool xml_char(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         cp >= 0x10000;
}

std::string twips(int n) { return std::to_string(n); }

std::string run_properties(const Run& run, int paragraph_size) {
  std::string p;
  if (run.bold) p += "<w:b/><w:bCs/>";
  if (run.italic) p += "<w:i/><w:iCs/>";
  const int size = run.size != 0 ? run.size : paragraph_size;
  if (size != 0) p += "<w:sz w:val=\"" + twips(size) + "\"/><w:szCs w:val=\"" + twips(size) + "\"/>";
  // After the size: Word refuses a file whose properties are out of the
  // schema's order.
  if (run.underline) p += "<w:u w:val=\"single\"/>";
  return p.empty() ? "" : "<w:rPr>" + p + "</w:rPr>";
}

// The run's text: line feeds as breaks, tabs as tabs.
std::string run_content(std::string_view text) {
  std::string out;
  std::string piece;
  auto flush = [&] {
    if (!piece.empty()) out += "<w:t xml:space=\"preserve\">" + xml_text(piece) + "</w:t>";
    piece.clear();
  };
  for (const char c : text) {
    if (c == '\n') {
      flush();
      out += "<w:br/>";
    } else if (c == '\t') {
      flush();
      out += "<w:tab/>";
    } else {
      piece += c;
    }
  }
  flush();
  return out;
}

std::string run_xml(const Run& run, int paragraph_size) {
  const std::string props = run_properties(run, paragraph_size);
  if (run.page_number) {
    return "<w:r>" + props + "<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>" + props +
           "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r>" + props +
           "<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>" + props +
           "<w:t>1</w:t></w:r><w:r>" + props + "<w:fldChar w:fldCharType=\"end\"/></w:r>";
  }
  return "<w:r>" + props + run_content(run.text) + "</w:r>";
}

const char* align_name(Align a) {
  switch (a) {
    case Align::kLeft:
      return "left";
    case Align::kCenter:
      return "center";
    case Align::kRight:
      return "right";
    case Align::kJustify:
      break;
  }
  return "both";
}

std::string paragraph_xml(const Paragraph& p) {
  std::string props;
  if (p.heading) props += "<w:pStyle w:val=\"Heading1\"/>";
  if (p.keep_with_next || p.heading) props += "<w:keepNext/>";
  if (p.border_below) {
    props += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>";
  }
  props += "<w:spacing w:before=\"" + twips(p.space_before) + "\" w:after=\"" +
           twips(p.space_after) + "\"/>";
  if (p.indent_left || p.indent_right || p.first_line_indent) {
    props += "<w:ind w:left=\"" + twips(p.indent_left) + "\" w:right=\"" + twips(p.indent_right) +
             "\" w:firstLine=\"" + twips(p.first_line_indent) + "\"/>";
  }
  props += "<w:jc w:val=\"" + std::string(align_name(p.align)) + "\"/>";
  if (p.size != 0) {
    props += "<w:rPr><w:sz w:val=\"" + twips(p.size) + "\"/><w:szCs w:val=\"" + twips(p.size) +
             "\"/></w:rPr>";
  }
  std::string out = "<w:p><w:pPr>" + props + "</w:pPr>";
  for (const Run& r : p.runs) out += run_xml(r, p.size);
  return out + "</w:p>";
}

std::string table_xml(const Table& t) {
  int total = 0;
  for (const int w : t.widths) total += w;
  const std::string border = t.borders ? "single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000"
                                       : "nil";
  std::string out = "<w:tbl><w:tblPr><w:tblW w:w=\"" + twips(total) +
                    "\" w:type=\"dxa\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    out += std::string("<w:") + side + " w:val=\"" + border + "\"/>";
  }
  out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"" +
         twips(t.borders ? 85 : 0) + "\" w:type=\"dxa\"/><w:right w:w=\"" +
         twips(t.borders ? 85 : 0) + "\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>";
  for (const int w : t.widths) out += "<w:gridCol w:w=\"" + twips(w) + "\"/>";
  out += "</w:tblGrid>";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out += "<w:tr><w:trPr><w:cantSplit/>";
    if (r == 0 && t.repeat_first_row) out += "<w:tblHeader/>";
    out += "</w:trPr>";
    std::size_t column = 0;
    for (const Cell& cell : t.rows[r]) {
      int width = 0;
      const std::size_t span = cell.span < 1 ? 1 : static_cast<std::size_t>(cell.span);
      for (std::size_t k = column; k < column + span && k < t.widths.size(); ++k) {
        width += t.widths[k];
      }
      column += span;
      out += "<w:tc><w:tcPr><w:tcW w:w=\"" + twips(width) + "\" w:type=\"dxa\"/>";
      if (span > 1) out += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
      out += "</w:tcPr>";
      // A cell holds at least one paragraph, or Word calls the file damaged.
      std::vector<Paragraph> paragraphs = cell.paragraphs;
      if (paragraphs.empty()) paragraphs.emplace_back();
      for (Paragraph& p : paragraphs) {
        if (p.size == 0) p.size = t.size;
        out += paragraph_xml(p);
      }
      out += "</w:tc>";
    }
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

// A section's properties: the header on all pages but the first (titlePg
// with the empty first-page header), numbering from 1, a new page.
std::string section_xml(const Document& doc) {
  const PageSetup& p = doc.page;
  std::string out = "<w:sectPr>";
  if (!doc.header.empty()) {
    out += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
           "<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>";
  }
  // Schema order: references, type, pgSz, pgMar, pgNumType, titlePg.
  out += "<w:type w:val=\"nextPage\"/>";
  out += "<w:pgSz w:w=\"" + twips(p.width) + "\" w:h=\"" + twips(p.height) + "\"/>";
  out += "<w:pgMar w:top=\"" + twips(p.margin_top) + "\" w:right=\"" + twips(p.margin_right) +
         "\" w:bottom=\"" + twips(p.margin_bottom) + "\" w:left=\"" + twips(p.margin_left) +
         "\" w:header=\"567\" w:footer=\"454\" w:gutter=\"0\"/>";
  out += "<w:pgNumType w:start=\"1\"/>";
  if (!doc.header.empty()) out += "<w:titlePg/>";
  return out + "</w:sectPr>";
}

std::string styles_xml(const Document& doc) {
  const std::string font = xml_text(doc.font);
  const std::string size = twips(doc.size);
  const std::string lang = xml_text(doc.language);
  return std::string(kXmlDeclaration) + "<w:styles " + kW +
         "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" +
         font + "\" w:eastAsia=\"" + font + "\" w:cs=\"" + font + "\"/><w:sz w:val=\"" + size +
         "\"/><w:szCs w:val=\"" + size + "\"/><w:lang w:val=\"" + lang + "\" w:eastAsia=\"" +
         lang + "\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
         "<w:spacing w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
         "</w:docDefaults>"
         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
         "<w:qFormat/></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
         "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
         "<w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
         "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name "
         "w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
         "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" "
         "w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
         "</w:styles>";
}

std::string settings_xml(const Document& doc) {
  return std::string(kXmlDeclaration) + "<w:settings " + kW +
         "><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
         "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
         "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
         "w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"" +
         xml_text(doc.language) + "\"/></w:settings>";
}

// The page header; `first`: the empty one of each section's first page.
std::string header_xml(const Document& doc, bool first) {
  std::string out = std::string(kXmlDeclaration) + "<w:hdr " + kW + ">";
  if (first) {
    out += "<w:p/>";  // a header holds at least one paragraph
  } else {
    for (const Paragraph& p : doc.header) out += paragraph_xml(p);
  }
  return out + "</w:hdr>";
}

std::string content_types_xml(const Document& doc) {
  std::string out = std::string(kXmlDeclaration) +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>";
  if (!doc.header.empty()) {
    for (const char* part : {"header1", "header2"}) {
      out += std::string("<Override PartName=\"/word/") + part +
             ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";
    }
  }
  return out +
         "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
         "</Types>";
}

constexpr const char* kRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string package_rels_xml() {
  return std::string(kXmlDeclaration) + "<Relationships xmlns=\"" + kRelationships + "\">" +
         "<Relationship Id=\"rId1\" Type=\"" + kOfficeRelationships +
         "officeDocument\" Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
         "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"" +
         kOfficeRelationships + "extended-properties\" Target=\"docProps/app.xml\"/></Relationships>";
}

std::string document_rels_xml(const Document& doc) {
  std::string out = std::string(kXmlDeclaration) + "<Relationships xmlns=\"" + kRelationships +
                    "\"><Relationship Id=\"rIdStyles\" Type=\"" + kOfficeRelationships +
                    "styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdSettings\" Type=\"" +
                    kOfficeRelationships + "settings\" Target=\"settings.xml\"/>";
  if (!doc.header.empty()) {
    out += std::string("<Relationship Id=\"rIdHeader\" Type=\"") + kOfficeRelationships +
           "header\" Target=\"header1.xml\"/><Relationship Id=\"rIdHeaderFirst\" Type=\"" +
           kOfficeRelationships + "header\" Target=\"header2.xml\"/>";
  }
  return out + "</Relationships>";
}

std::string core_xml(const Document& doc) {
  return std::string(kXmlDeclaration) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
         "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
         "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" +
         xml_text(doc.title) + "</dc:title><dc:creator>genaudit</dc:creator><dc:language>" +
         xml_text(doc.language) + "</dc:language></cp:coreProperties>";
}

std::string app_xml() {
  return std::string(kXmlDeclaration) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "extended-properties\"><Application>genaudit</Application></Properties>";
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct SourceFreer {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

}  // namespace

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, n] = decode(text, i);
    if (n == 0) {  // malformed UTF-8: the byte is dropped
      ++i;
      continue;
    }
    if (xml_char(cp)) {
      switch (cp) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out.append(text.substr(i, n));
      }
    }
    i += n;
  }
  return out;
}

std::string document_xml(const Document& doc) {
  std::string out = std::string(kXmlDeclaration) + "<w:document " + kW + "><w:body>";
  for (const Block& block : doc.body) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      out += paragraph_xml(*p);
    } else if (const auto* t = std::get_if<Table>(&block)) {
      out += table_xml(*t);
      // Two tables in a row would merge into one: a paragraph between.
      out += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:rPr><w:sz w:val=\"8\"/>"
             "</w:rPr></w:pPr></w:p>";
    } else if (std::holds_alternative<PageBreak>(block)) {
      out += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
    } else {  // SectionBreak: the section's properties close it, in a paragraph of its own
      out += "<w:p><w:pPr>" + section_xml(doc) + "</w:pPr></w:p>";
    }
  }
  return out + section_xml(doc) + "</w:body></w:document>";
}

std::optional<std::string> docx_bytes(const Document& doc, std::string* error) {
  // The parts, in the order a reader expects: the content types first.
  std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml", content_types_xml(doc)},
      {"_rels/.rels", package_rels_xml()},
      {"docProps/core.xml", core_xml(doc)},
      {"docProps/app.xml", app_xml()},
      {"word/_rels/document.xml.rels", document_rels_xml(doc)},
      {"word/document.xml", document_xml(doc)},
      {"word/styles.xml", styles_xml(doc)},
      {"word/settings.xml", settings_xml(doc)},
  };
  if (!doc.header.empty()) {
    parts.emplace_back("word/header1.xml", header_xml(doc, false));
    parts.emplace_back("word/header2.xml", header_xml(doc, true));
  }

  zip_error_t zip_error;
  zip_error_init(&zip_error);
  auto fail = [&](const char* reason) -> std::optional<std::string> {
    *error = reason != nullptr ? reason : zip_error_strerror(&zip_error);
    zip_error_fini(&zip_error);
    return std::nullopt;
  };
  std::unique_ptr<zip_source_t, SourceFreer> buffer(zip_source_buffer_create(nullptr, 0, 0, &zip_error));
  if (!buffer) return fail(nullptr);
  zip_source_keep(buffer.get());  // it outlives the archive written into it
  std::unique_ptr<zip_t, ZipCloser> zip(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zip_error));
  if (!zip) {
    zip_source_free(buffer.get());  // the reference zip_open_from_source did not take
    return fail(nullptr);
  }
  constexpr time_t kFixedTime = 1704067200;  // 2024-01-01: the same bytes for the same document
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(zip.get(), content.data(), content.size(), 0);
    if (source == nullptr) return fail(zip_strerror(zip.get()));
    const zip_int64_t index = zip_file_add(zip.get(), name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return fail(zip_strerror(zip.get()));
    }
    zip_file_set_mtime(zip.get(), static_cast<zip_uint64_t>(index), kFixedTime, 0);
  }
  if (zip_close(zip.get()) != 0) return fail(zip_strerror(zip.get()));
  zip.release();  // closed: freed by zip_close

  zip_source_t* s = buffer.get();
  if (zip_source_open(s) != 0) return fail(zip_error_strerror(zip_source_error(s)));
  zip_source_seek(s, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(s);
  zip_source_seek(s, 0, SEEK_SET);
  std::string bytes(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
  const zip_int64_t read = bytes.empty() ? 0 : zip_source_read(s, bytes.data(), bytes.size());
  zip_source_close(s);
  if (read != size) return fail("the archive could not be read back");
  zip_error_fini(&zip_error);
  return bytes;
}

}  // namespace genaudit::docx
