// The expat side of XML parsing: feeding inflated bytes into expat's own
// buffer (so a paused parse keeps its input), splitting namespaced names,
// and refusing DTDs.
#include "adapters/xlsx/xml_part_parser.h"

#include <expat.h>

#include <cstring>
#include <string>

#include "adapters/xlsx/workbook_error.h"

namespace genaudit::xlsx {
namespace {

constexpr char kSeparator = '|';
constexpr int kChunkSize = static_cast<int>(XmlPartParser::kReadBlockBytes);

XmlName split(const char* expanded) {
  const std::string_view name(expanded);
  const std::size_t bar = name.rfind(kSeparator);
  if (bar == std::string_view::npos) return {{}, name};
  return {name.substr(0, bar), name.substr(bar + 1)};
}

}  // namespace

bool is_spreadsheet_ns(std::string_view ns) {
  return ns.empty() || ns == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" ||
         ns == "http://purl.oclc.org/ooxml/spreadsheetml/main";
}

const char* attribute(const char** attributes, std::string_view local) {
  for (const char** a = attributes; a[0] != nullptr; a += 2) {
    if (a[0] == local) return a[1];
  }
  return nullptr;
}

const char* ns_attribute(const char** attributes, std::string_view local) {
  for (const char** a = attributes; a[0] != nullptr; a += 2) {
    const XmlName name = split(a[0]);
    if (!name.ns.empty() && name.local == local) return a[1];
  }
  return nullptr;
}

void XmlHandler::pause() { parser_->pause(); }
void XmlHandler::fail(InputError error) { parser_->fail(std::move(error)); }
const std::string& XmlHandler::part() const { return parser_->part_->name(); }
const std::string& XmlHandler::file() const { return parser_->part_->file(); }
std::uint64_t XmlHandler::event_offset() const {
  return static_cast<std::uint64_t>(XML_GetCurrentByteIndex(parser_->parser_));
}
std::size_t XmlHandler::event_size() const {
  return static_cast<std::size_t>(XML_GetCurrentByteCount(parser_->parser_));
}
std::size_t XmlHandler::depth() const { return parser_->depth_; }

XmlPartParser::XmlPartParser(std::unique_ptr<PartStream> part, XmlHandler* handler,
                             std::size_t max_depth, long line_offset)
    : part_(std::move(part)),
      handler_(handler),
      max_depth_(max_depth),
      line_offset_(line_offset),
      parser_(XML_ParserCreateNS(nullptr, kSeparator)) {
  handler_->parser_ = this;
  if (parser_ == nullptr) return;  // reported by parse()
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &XmlPartParser::on_start, &XmlPartParser::on_end);
  XML_SetCharacterDataHandler(parser_, &XmlPartParser::on_text);
  XML_SetStartDoctypeDeclHandler(parser_, &XmlPartParser::on_doctype);
  XML_SetEntityDeclHandler(parser_, &XmlPartParser::on_entity);
  XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlPartParser::~XmlPartParser() {
  if (parser_ != nullptr) XML_ParserFree(parser_);
}

void XmlPartParser::on_start(void* self, const char* name, const char** attributes) {
  auto* p = static_cast<XmlPartParser*>(self);
  if (++p->depth_ > p->max_depth_) {
    p->fail(limit_exceeded(p->part_->file(), p->part_->name(), "max_xml_depth", p->max_depth_));
    return;
  }
  p->handler_->on_start(split(name), attributes);
}

void XmlPartParser::on_end(void* self, const char* name) {
  auto* p = static_cast<XmlPartParser*>(self);
  --p->depth_;
  p->handler_->on_end(split(name));
}

void XmlPartParser::on_text(void* self, const char* text, int length) {
  auto* p = static_cast<XmlPartParser*>(self);
  p->handler_->on_text(std::string_view(text, static_cast<std::size_t>(length)));
}

void XmlPartParser::on_doctype(void* self, const char*, const char*, const char*, int) {
  auto* p = static_cast<XmlPartParser*>(self);
  p->fail(corrupt_workbook(p->part_->file(), p->part_->name(), kExpectNoDoctype));
}

void XmlPartParser::on_entity(void* self, const char*, int, const char*, int, const char*,
                              const char*, const char*, const char*) {
  // Unreachable after on_doctype() stopped the parser; kept as a second lock.
  auto* p = static_cast<XmlPartParser*>(self);
  p->fail(corrupt_workbook(p->part_->file(), p->part_->name(), kExpectNoDoctype));
}

void XmlPartParser::pause() {
  if (!failed_) XML_StopParser(parser_, XML_TRUE);
}

void XmlPartParser::fail(InputError error) {
  if (failed_) return;
  failed_ = true;
  error_ = std::move(error);
  XML_StopParser(parser_, XML_FALSE);
}

XmlPartParser::Status XmlPartParser::finish_call(int status) {
  if (failed_) return status_ = Status::kFailed;
  if (status == XML_STATUS_SUSPENDED) {
    paused_ = true;
    return Status::kPaused;
  }
  if (status == XML_STATUS_ERROR) {
    failed_ = true;
    const XML_Error code = XML_GetErrorCode(parser_);
    const long line = static_cast<long>(XML_GetCurrentLineNumber(parser_)) + line_offset_;
    std::string where = part_->name() + " (line " + std::to_string(line) + ": " +
                        XML_ErrorString(code) + ")";
    error_ = corrupt_workbook(part_->file(), std::move(where), kExpectWellFormedXml);
    return status_ = Status::kFailed;
  }
  if (fed_final_) return status_ = Status::kDone;
  return Status::kPaused;  // not finished: the caller feeds more
}

XmlPartParser::Status XmlPartParser::parse() {
  if (status_ != Status::kPaused) return status_;
  if (parser_ == nullptr) {
    failed_ = true;
    error_ = corrupt_workbook(part_->file(), part_->name(), kExpectWellFormedXml);
    return status_ = Status::kFailed;
  }
  if (paused_) {
    paused_ = false;
    const Status s = finish_call(XML_ResumeParser(parser_));
    if (s != Status::kPaused || paused_) return s;
  }
  for (;;) {
    void* buffer = XML_GetBuffer(parser_, kChunkSize);
    if (buffer == nullptr) {
      return finish_call(XML_STATUS_ERROR);
    }
    const long n = part_->read(static_cast<char*>(buffer), kChunkSize);
    if (n < 0) {
      failed_ = true;
      error_ = part_->error();
      return status_ = Status::kFailed;
    }
    fed_final_ = n == 0;
    const Status s = finish_call(XML_ParseBuffer(parser_, static_cast<int>(n), fed_final_));
    if (s != Status::kPaused || paused_) return s;
  }
}

bool parse_whole_part(const ZipArchive& archive, const std::string& name, const PartLimits& limits,
                      std::size_t max_depth, XmlHandler* handler, InputError* error) {
  auto stream = archive.open_part(name, limits, error);
  if (!stream) return false;
  XmlPartParser parser(std::move(stream), handler, max_depth);
  XmlPartParser::Status status;
  while ((status = parser.parse()) == XmlPartParser::Status::kPaused) {
  }
  if (status == XmlPartParser::Status::kFailed) {
    *error = parser.error();
    return false;
  }
  return true;
}

}  // namespace genaudit::xlsx
