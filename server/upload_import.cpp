#include "server/upload_import.h"

#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>

#include "app/register_import.h"
#include "engine/core/sha256.h"
#include "engine/core/unicode_text.h"
#include "engine/output/staged_outputs.h"
#include "engine/store/activity_log.h"
#include "engine/store/store_error.h"
#include "reports/intake_texts.h"
#include "reports/json_report.h"
#include "reports/messages.h"
#include "server/access.h"
#include "server/random_token.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::size_t kImportIdBytes = 12;

// Deletes the upload's folder when the import is over, whatever happened.
struct FolderRemoved {
  fs::path path;
  ~FolderRemoved() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

const char* outcome_code(app::RegisterImport::Outcome outcome) {
  switch (outcome) {
    case app::RegisterImport::Outcome::kImported: return "imported";
    case app::RegisterImport::Outcome::kMappingProblems: return "mapping_problems";
    case app::RegisterImport::Outcome::kNoRegister: return "no_register";
    case app::RegisterImport::Outcome::kRefused: return "refused";
  }
  return "refused";
}

json problem_to_json(const InputError& e, Language lang) {
  return {{"file", e.file},       {"sheet", e.sheet},
          {"row", e.row},         {"column", e.column},
          {"value", shown_value(e.value)}, {"expected", e.expected},
          {"message", render_input_error(e, lang)}};
}

json counts_to_json(const std::vector<RegisterCount>& counts) {
  json registers = json::array();
  for (const RegisterCount& c : counts) {
    registers.push_back({{"register", c.name},
                         {"files", c.files},
                         {"rows", c.rows},
                         {"rejected_rows", c.rejected_rows},
                         {"added", c.added}});
  }
  return registers;
}

// Writes `files` into `folder` under their safe names; a name given twice
// (two agencies' staff.csv) goes into a numbered subfolder, "2/staff.csv".
// nullopt: the name of the file that cannot be used.
std::optional<std::string> write_files(const fs::path& folder,
                                       const std::vector<UploadedFile>& files, json* listed) {
  std::set<std::string> used;
  for (const UploadedFile& f : files) {
    const std::optional<std::string> name = safe_file_name(f.name);
    if (!name) return f.name;
    std::string relative = *name;
    for (int n = 2; used.count(relative) != 0; ++n) relative = std::to_string(n) + "/" + *name;
    used.insert(relative);
    const fs::path target = folder / fs::u8path(relative);
    fs::create_directories(target.parent_path());
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(f.content.data(), static_cast<std::streamsize>(f.content.size()));
    if (!out.flush()) throw std::runtime_error("cannot write " + target.string());
    listed->push_back(
        {{"name", relative}, {"bytes", f.content.size()}, {"sha256", sha256_hex(f.content)}});
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> safe_file_name(const std::string& name) {
  const std::size_t slash = name.find_last_of("/\\");
  const std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  if (base.empty() || base == "." || base == ".." || base.size() > 255) return std::nullopt;
  if (!text::is_valid_utf8(base)) return std::nullopt;
  for (const unsigned char c : base) {
    if (c < 0x20 || c == 0x7F) return std::nullopt;
  }
  return base;
}

bool is_import_id(const std::string& id) {
  if (id.size() != kImportIdBytes * 2) return false;
  for (const char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

UploadImport import_request(Workspace& workspace, const httplib::Request& request,
                            const Caller& caller) {
  std::vector<UploadedFile> files;
  const auto range = request.files.equal_range("files");
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second.filename.empty() && it->second.content.empty()) continue;  // none chosen
    files.push_back({it->second.filename, it->second.content});
  }
  const bool lenient = (request.has_file("lenient") && request.get_file_value("lenient").content == "1") ||
                       request.get_param_value("lenient") == "1";
  UploadImport imported = import_upload(workspace, files, lenient, caller.lang);
  if (!imported.summary.empty()) {
    ActivityLog(workspace.store().database())
        .record(caller.account.name, lenient ? "import_lenient" : "import", imported.summary);
  }
  return imported;
}

UploadImport import_upload(Workspace& workspace, const std::vector<UploadedFile>& files,
                           bool lenient, Language lang) {
  UploadImport result;
  if (files.empty()) {
    result.status = 400;
    result.body = {{"error", "no_files"}, {"message", server_text(ServerText::kNoFiles, lang)}};
    return result;
  }
  const std::string id = random_token(kImportIdBytes);
  const FolderRemoved upload{workspace.files() / "uploads" / id};
  json listed = json::array();
  fs::create_directories(upload.path);
  if (const std::optional<std::string> bad = write_files(upload.path, files, &listed)) {
    result.status = 400;
    result.body = {{"error", "bad_file_name"},
                   {"message", server_text(ServerText::kBadFileName, lang, {*bad})}};
    return result;
  }
  const fs::path rejected_folder = workspace.files() / "rejected" / id;
  StagedOutputs outputs(lang);
  app::RejectedRowsFiles rejected(rejected_folder, lang, outputs);
  app::RegisterImportRequest request;
  request.paths = {upload.path};
  request.lenient = lenient;
  request.rejected = &rejected;
  app::RegisterImport imported;
  {
    const std::lock_guard writing(workspace.writer());
    imported = app::import_registers(workspace.store(), request);
  }
  json body = {{"imported", imported.imported()},
               {"outcome", outcome_code(imported.outcome)},
               {"import_id", id},
               {"lenient", lenient},
               {"files", listed},
               {"registers", counts_to_json(imported.folder.counts)},
               {"intake", intake_to_json(imported.folder.intake)}};
  json problems = json::array();
  for (const InputError& e : imported.folder.errors) problems.push_back(problem_to_json(e, lang));
  body["problems"] = std::move(problems);
  body["problem_count"] = imported.folder.error_count;
  json mapping = json::array();
  for (const MappingProblem& m : imported.plan.mapping_problems) {
    mapping.push_back({{"file", m.file}, {"line", m.line}, {"message", m.message},
                       {"hint", m.hint}});
  }
  body["mapping_problems"] = std::move(mapping);
  json not_read = json::array();
  for (const UnreadFile& u : imported.plan.not_read) {
    not_read.push_back(
        {{"file", u.file}, {"reason", unread_reason_code(u.reason)}, {"detail", u.detail}});
  }
  body["not_read"] = std::move(not_read);
  json rejected_files = json::array();
  if (imported.imported()) {
    std::string error;
    if (!outputs.publish(&error)) throw std::runtime_error(error);
    for (const app::RejectedRowsFiles::Written& w : rejected.written()) {
      const std::string name = w.path.filename().string();
      rejected_files.push_back({{"register", w.register_name},
                                {"rows", w.rows},
                                {"file", name},
                                {"url", "/imports/" + id + "/rejected/" + name}});
    }
  }
  body["rejected_files"] = std::move(rejected_files);
  result.status = imported.imported() ? 200 : 422;
  result.summary = std::string(outcome_code(imported.outcome)) + ": ";
  for (const json& f : listed) {
    result.summary += f["name"].get<std::string>() + " (" + f["sha256"].get<std::string>() + ") ";
  }
  result.body = std::move(body);
  return result;
}

}  // namespace genaudit::server
