#include "rules/language/ast.h"

#include "rules/language/number_range.h"

namespace genaudit::rules {

std::string duration_text(double amount, DurationUnit unit) {
  const bool one = amount == 1;
  const char* word = "";
  switch (unit) {
    case DurationUnit::kDays: word = one ? "day" : "days"; break;
    case DurationUnit::kMonths: word = one ? "month" : "months"; break;
    case DurationUnit::kYears: word = one ? "year" : "years"; break;
  }
  return format_number(amount) + " " + word;
}

}  // namespace genaudit::rules
