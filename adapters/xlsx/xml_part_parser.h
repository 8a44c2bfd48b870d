// Parses one XML part of a workbook with expat, as a stream of events that
// can pause after any event (the worksheet reader pauses after each row).
//
// Safety: a part with a DOCTYPE is refused (kCorruptWorkbook, "XML without a
// DOCTYPE") before any declaration in it is read, so no entity is ever
// defined or expanded: neither "billion laughs" nor external entities. OOXML
// never has a DTD. Nesting deeper than XlsxLimits::max_xml_depth is refused
// too (kLimitExceeded). Bad XML is kCorruptWorkbook, naming the part and line.
//
// Names come with their namespace URI resolved; prefixes do not matter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "adapters/input_error.h"
#include "adapters/xlsx/part_stream.h"
#include "adapters/xlsx/zip_archive.h"

typedef struct XML_ParserStruct* XML_Parser;

namespace genaudit::xlsx {

// An element's or attribute's expanded name.
struct XmlName {
  std::string_view ns;     // namespace URI; empty when none
  std::string_view local;  // the name without prefix
};

// The SpreadsheetML main namespace, transitional or strict; an element in no
// namespace counts too.
bool is_spreadsheet_ns(std::string_view ns);

// The value of the attribute of `attributes` (expat's name/value pairs,
// null-terminated) named `local` in no namespace, or nullptr.
const char* attribute(const char** attributes, std::string_view local);
// The same for an attribute in any namespace (`r:id`), or nullptr.
const char* ns_attribute(const char** attributes, std::string_view local);

class XmlPartParser;

// Receives the events of one part. Handlers may call pause() or fail().
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void on_start(XmlName name, const char** attributes) = 0;
  virtual void on_end(XmlName name) = 0;
  // A piece of character data; one text node may come in several pieces.
  virtual void on_text(std::string_view text) { (void)text; }

 protected:
  // Pauses parsing after the current event: parse() returns kPaused.
  void pause();
  // Stops parsing with `error`: parse() returns kFailed.
  void fail(InputError error);
  // The part being parsed ("xl/worksheets/sheet1.xml") and the file.
  const std::string& part() const;
  const std::string& file() const;
  // Where the current event's text starts, in bytes from the start of the
  // input, and how long it is (0 for the end of an empty element <a/>, whose
  // text is its start's).
  std::uint64_t event_offset() const;
  std::size_t event_size() const;
  // How many elements are open: after on_start, the new one counts; in
  // on_end, the one ending no longer does.
  std::size_t depth() const;

 private:
  friend class XmlPartParser;
  XmlPartParser* parser_ = nullptr;
};

class XmlPartParser {
 public:
  enum class Status { kDone, kPaused, kFailed };

  // How much the parser asks its part for at a time.
  static constexpr std::size_t kReadBlockBytes = 64 * 1024;

  // Parses `part`'s bytes, sending events to `handler` (which must outlive
  // the parser). Errors give a line `line_offset` lines further down than
  // the line in `part`'s bytes: a part read again from a later point says
  // where it is in the original.
  XmlPartParser(std::unique_ptr<PartStream> part, XmlHandler* handler, std::size_t max_depth,
                long line_offset = 0);
  ~XmlPartParser();
  XmlPartParser(const XmlPartParser&) = delete;
  XmlPartParser& operator=(const XmlPartParser&) = delete;

  // Parses until the end of the part, a pause or an error. After kPaused,
  // call again to go on; after kDone or kFailed, returns the same again.
  Status parse();

  // Why parsing failed, after kFailed.
  const InputError& error() const { return error_; }

 private:
  friend class XmlHandler;
  static void on_start(void* self, const char* name, const char** attributes);
  static void on_end(void* self, const char* name);
  static void on_text(void* self, const char* text, int length);
  static void on_doctype(void* self, const char* name, const char* sysid, const char* pubid,
                         int has_internal_subset);
  static void on_entity(void* self, const char* name, int is_parameter_entity, const char* value,
                        int value_length, const char* base, const char* system_id,
                        const char* public_id, const char* notation_name);
  void pause();
  void fail(InputError error);
  Status finish_call(int status);

  std::unique_ptr<PartStream> part_;
  XmlHandler* handler_;
  std::size_t max_depth_;
  long line_offset_;
  XML_Parser parser_;
  std::size_t depth_ = 0;
  bool paused_ = false;
  bool fed_final_ = false;
  Status status_ = Status::kPaused;  // kPaused = not finished
  bool failed_ = false;
  InputError error_{};
};

// Parses all of part `name` of `archive` into `handler`. Returns false and
// sets *error when the part is missing, damaged or over a limit.
bool parse_whole_part(const ZipArchive& archive, const std::string& name, const PartLimits& limits,
                      std::size_t max_depth, XmlHandler* handler, InputError* error);

}  // namespace genaudit::xlsx
