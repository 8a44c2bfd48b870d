// The placeholder formatter every catalogue shares; see text_catalogue.h.
#include "engine/core/text_catalogue.h"

namespace genaudit {

std::string fill_placeholders(std::string_view tmpl, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(tmpl.size());
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9' &&
        tmpl[i + 2] == '}') {
      const auto index = static_cast<std::size_t>(tmpl[i + 1] - '0');
      if (index < args.size()) {
        out += args[index];
        i += 2;
        continue;
      }
    }
    out += tmpl[i];
  }
  return out;
}

}  // namespace genaudit
