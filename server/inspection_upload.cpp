#include "server/inspection_upload.h"

#include <httplib.h>

#include "engine/store/run_history.h"
#include "server/server_texts.h"
#include "server/workspace.h"

namespace genaudit::server {

InspectionUpload check_inspection_upload(const std::string& name, const std::string& text,
                                         Language lang) {
  InspectionUpload upload;
  if (text.size() > kMaxInspectionBytes) {
    upload.ok = false;
    upload.error = "inspection_too_large";
    upload.message = server_text(ServerText::kInspectionTooLarge, lang,
                                 {std::to_string(kMaxInspectionBytes / 1024)});
    return upload;
  }
  if (text.empty()) return upload;
  const InspectionFile file = read_inspection(name, text, lang);
  if (file.problems.empty()) return upload;
  upload.ok = false;
  upload.error = "bad_inspection";
  upload.message = server_text(ServerText::kBadInspection, lang,
                               {std::to_string(file.problems.size())}) +
                   "\n" + inspection_problems_text(name, file);
  while (!upload.message.empty() && upload.message.back() == '\n') upload.message.pop_back();
  return upload;
}

std::optional<Inspection> kept_inspection(Workspace& workspace, long run, std::string* error) {
  const std::optional<std::string> text = RunHistory(workspace.store().database()).inspection(run);
  if (!text) return Inspection{};
  const std::string name = "run " + std::to_string(run) + " inspection";
  InspectionFile file = read_inspection(name, *text, Language::kEnglish);
  if (!file.problems.empty()) {
    *error = "the inspection file kept with run " + std::to_string(run) +
             " does not read:\n" + inspection_problems_text(name, file);
    return std::nullopt;
  }
  return std::move(file.inspection);
}

std::string form_field(const httplib::Request& request, const char* name) {
  if (request.has_param(name)) return request.get_param_value(name);
  if (request.has_file(name)) return request.get_file_value(name).content;
  return "";
}

}  // namespace genaudit::server
