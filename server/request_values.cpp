#include "server/request_values.h"

#include <httplib.h>

#include "server/page_frame.h"

namespace genaudit::server {

std::optional<long> whole_number(const std::string& text) {
  if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stol(text);
}

long path_number(const httplib::Request& request, std::size_t group) {
  if (group >= request.matches.size()) return 0;
  return whole_number(request.matches[static_cast<int>(group)]).value_or(0);
}

std::string json_text(const nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return "";
  if (found->is_number()) return format_number(found->get<double>());
  return found->is_string() ? found->get<std::string>() : found->dump();
}

const nlohmann::json& json_list(const nlohmann::json& object, const char* key) {
  static const nlohmann::json empty = nlohmann::json::array();
  const auto found = object.find(key);
  return found != object.end() && found->is_array() ? *found : empty;
}

std::string responsible_text(const nlohmann::json& result, const char* key) {
  const auto responsible = result.find("responsible");
  if (responsible != result.end() && responsible->is_object() && responsible->contains(key)) {
    return json_text(*responsible, key);
  }
  return json_text(result, key);
}

}  // namespace genaudit::server
