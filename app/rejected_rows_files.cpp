#include "app/rejected_rows_files.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include <toml++/toml.h>

#include "adapters/registers/header_matcher.h"
#include "app/app_texts.h"
#include "reports/escaping.h"
#include "reports/messages.h"

namespace genaudit::app {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// `name` as a TOML string on one line (escaped, never multi-line): safe
// inside a comment whatever the name holds.
std::string toml_string(const std::string& name) {
  std::ostringstream out;
  out << toml::toml_formatter(toml::value<std::string>(name),
                              toml::format_flags::allow_unicode_strings);
  return out.str();
}

}  // namespace

void RejectedRowsFiles::begin(const std::filesystem::path& file, const RegisterSchema& schema,
                              const RecordSourceOptions& source,
                              const std::vector<std::string>& header) {
  std::string error;
  if (!outputs_.create_folder(folder_, &error)) throw std::runtime_error(error);
  const bool mapped = !source.mapping_file.empty();
  std::string name = mapped ? file.stem().string() + ".rejected.csv" : schema.name + ".csv";
  // Another file of the same register (another agency's list) has its own
  // file of rejected rows; its header names the register when re-imported.
  const bool taken = std::any_of(written_.begin(), written_.end(), [&](const Written& w) {
    return w.path == folder_ / name && w.source != file;
  });
  if (taken) {
    std::string from = file.parent_path().filename().string();
    from += (from.empty() ? "" : "-") + file.stem().string();
    name = (mapped ? file.stem().string() + ".rejected" : schema.name) + " (" + from + ").csv";
  }
  const std::filesystem::path target = folder_ / name;
  // The same register imported twice in one run: the later file replaces
  // the earlier one.
  const std::optional<std::filesystem::path> staged = outputs_.add_file(target, &error);
  if (!staged) throw std::runtime_error(error);
  out_.open(*staged, std::ios::binary | std::ios::trunc);
  if (!out_) throw std::runtime_error(cannot_write(target));
  std::erase_if(written_, [&](const Written& w) { return w.path == target; });
  written_.push_back({schema.name, file, target, 0});
  if (mapped) write_mapping(schema, source, name);

  // A reason column of an earlier round is replaced, not repeated.
  kept_columns_.clear();
  std::vector<std::string> cells;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (is_rejection_reason_header(header[i])) continue;
    kept_columns_.push_back(i);
    cells.push_back(header[i]);
  }
  cells.push_back(app_text(AppText::kRejectionReasonHeader, lang_));
  out_ << kUtf8Bom << csv_record(cells);
}

void RejectedRowsFiles::row(const std::vector<std::string>& cells, const InputErrors& problems) {
  std::vector<std::string> out;
  out.reserve(kept_columns_.size() + 1);
  for (const std::size_t i : kept_columns_) out.push_back(i < cells.size() ? cells[i] : "");
  std::string reason;
  for (const InputError& e : problems) {
    if (!reason.empty()) reason += "; ";
    reason += render_input_error(e, lang_);
  }
  out.push_back(std::move(reason));
  out_ << csv_record(out);
  ++written_.back().rows;
}

void RejectedRowsFiles::end() {
  out_.flush();
  const bool ok = static_cast<bool>(out_);
  out_.close();
  if (!ok) throw std::runtime_error(cannot_write(written_.back().path));
}

void RejectedRowsFiles::write_mapping(const RegisterSchema& schema,
                                      const RecordSourceOptions& source,
                                      const std::string& rows_file) {
  // The mapping was read before the import, so it parses; its register's
  // table is copied for the rows' file: same columns, values and dates,
  // the header on row 1 of a CSV (no title block, no worksheet).
  toml::table root = toml::parse_file(source.mapping_file);
  toml::table copy;
  if (const toml::array* registers = root["register"].as_array()) {
    for (const toml::node& node : *registers) {
      const toml::table* table = node.as_table();
      if (table && (*table)["name"].value<std::string>() == schema.name) copy = *table;
    }
  }
  copy.insert_or_assign("file", rows_file);
  copy.erase("header_row");
  copy.erase("sheet");
  toml::array registers;
  registers.push_back(std::move(copy));
  toml::table mapping;
  mapping.insert("register", std::move(registers));
  const std::filesystem::path target = folder_ / (schema.name + ".rejected.mapping.toml");
  // Only toml++ writes TOML: the names in the comment as TOML strings too,
  // so that a line break in one cannot start a key.
  std::ostringstream text;
  text << "# Written by genaudit import --lenient from " << toml_string(source.mapping_file)
       << ": how to read " << toml_string(rows_file) << ".\n"
       << mapping << "\n";
  std::string error;
  if (!outputs_.add(target, text.str(), &error)) throw std::runtime_error(error);
}

std::string RejectedRowsFiles::cannot_write(const std::filesystem::path& path) const {
  return app_text(AppText::kCannotWriteRejectedRows, lang_, {path.string()});
}

}  // namespace genaudit::app
