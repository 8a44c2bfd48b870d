#include "engine/store/stored_runs.h"

#include "engine/core/unicode_text.h"

namespace genaudit {

FindingKey finding_key(const std::string& rule, const std::string& subject,
                       const std::optional<std::string>& period) {
  return {rule, text::normalize_free_text(subject), period.value_or("")};
}

}  // namespace genaudit
