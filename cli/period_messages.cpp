#include "cli/period_messages.h"

#include "cli/command_texts.h"
#include "cli/diagnostics_output.h"

namespace genaudit::cli {
namespace {

std::string why(PeriodProblem problem, Language lang) {
  switch (problem) {
    case PeriodProblem::kBadMonth:
      return command_text(CommandText::kPeriodBadMonth, lang);
    case PeriodProblem::kBadQuarter:
      return command_text(CommandText::kPeriodBadQuarter, lang);
    case PeriodProblem::kBadYear:
      return command_text(CommandText::kPeriodBadYear, lang);
    case PeriodProblem::kReversed:
      return command_text(CommandText::kPeriodReversed, lang);
    case PeriodProblem::kNotOneUnit:
      return command_text(CommandText::kPeriodNotOneUnit, lang);
    case PeriodProblem::kTooLong: {
      const std::string years = std::to_string(kMaxPeriodMonths / 12);
      return command_text(CommandText::kPeriodTooLong, lang,
                          {years, std::to_string(kMaxPeriodMonths)});
    }
    case PeriodProblem::kMalformed:
      break;
  }
  return command_text(CommandText::kPeriodMalformed, lang);
}

}  // namespace

void period_error(Language lang, const std::string& what, const std::string& text,
                  PeriodProblem problem, PeriodUse use) {
  std::string forms = command_text(CommandText::kPeriodForms, lang);
  if (use == PeriodUse::kAuditPeriod) forms += command_text(CommandText::kPeriodRangeForms, lang);
  usage_error(lang, command_text(CommandText::kPeriodInvalid, lang,
                                 {what, text, why(problem, lang), forms}));
}

void date_error(Language lang, const std::string& what, const std::string& text) {
  usage_error(lang, command_text(CommandText::kDateInvalid, lang, {what, text}));
}

}  // namespace genaudit::cli
