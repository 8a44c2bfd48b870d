#include "engine/cli/rejected_rows_files.h"

#include <unistd.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include <toml++/toml.h>

#include "adapters/registers/header_matcher.h"
#include "reports/escaping.h"
#include "reports/messages.h"

namespace genaudit::cli {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Its callers show "không ghi được tệp: " + what() in Vietnamese and what()
// alone in English (audit_inputs.cpp, import_command.cpp).
std::runtime_error cannot_write(const std::filesystem::path& path, rules::Language lang) {
  return std::runtime_error(lang == rules::Language::kEnglish
                                ? path.string() + ": cannot be written"
                                : "\"" + path.string() + "\" (thư mục không tồn tại hoặc không ghi được)");
}

}  // namespace

RejectedRowsFiles::~RejectedRowsFiles() {
  out_.close();
  std::error_code ignored;
  for (const Pending& p : pending_) std::filesystem::remove(p.temporary, ignored);
}

std::filesystem::path RejectedRowsFiles::stage(const std::filesystem::path& target) {
  // The same register imported twice in one run: the later file wins.
  std::error_code ignored;
  for (auto it = pending_.begin(); it != pending_.end(); ++it) {
    if (it->target == target) {
      std::filesystem::remove(it->temporary, ignored);
      pending_.erase(it);
      break;
    }
  }
  std::filesystem::path temporary = target;
  temporary += ".tmp-" + std::to_string(::getpid());
  pending_.push_back({temporary, target});
  return temporary;
}

void RejectedRowsFiles::begin(const std::filesystem::path& file, const RegisterSchema& schema,
                              const RecordSourceOptions& source,
                              const std::vector<std::string>& header) {
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
  if (ec) throw cannot_write(folder_, lang_);
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
  out_path_ = stage(target);
  out_.open(out_path_, std::ios::binary | std::ios::trunc);
  if (!out_) throw cannot_write(target, lang_);
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
  cells.emplace_back(lang_ == rules::Language::kEnglish ? kRejectionReasonHeaderEn
                                                        : kRejectionReasonHeaderVi);
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
  if (!ok) throw cannot_write(written_.back().path, lang_);
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
  std::ofstream out(stage(target), std::ios::binary | std::ios::trunc);
  out << "# Written by genaudit import --lenient from " << source.mapping_file
      << ": how to read " << rows_file << ".\n"
      << mapping << "\n";
  out.flush();
  if (!out) throw cannot_write(target, lang_);
}

bool RejectedRowsFiles::commit(std::string* error) {
  for (const Pending& p : pending_) {
    std::error_code ec;
    std::filesystem::rename(p.temporary, p.target, ec);
    if (ec) {
      *error = p.target.string();  // the caller says it could not be written
      return false;
    }
  }
  pending_.clear();
  return true;
}

}  // namespace genaudit::cli
