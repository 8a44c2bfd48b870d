#include "cli/period_messages.h"

#include "cli/diagnostics_output.h"

namespace genaudit::cli {
namespace {

struct Both {
  std::string vi;
  std::string en;
};

Both why(PeriodProblem problem) {
  switch (problem) {
    case PeriodProblem::kBadMonth:
      return {"tháng phải từ 01 đến 12", "a month is 01 to 12"};
    case PeriodProblem::kBadQuarter:
      return {"quý phải từ Q1 đến Q4", "a quarter is Q1 to Q4"};
    case PeriodProblem::kBadYear:
      return {"năm phải từ 0001 trở đi", "a year is 0001 or later"};
    case PeriodProblem::kReversed:
      return {"kỳ kết thúc trước kỳ bắt đầu", "the range ends before it starts"};
    case PeriodProblem::kNotOneUnit:
      return {"ở đây chỉ dùng một năm, một quý hoặc một tháng, không dùng khoảng",
              "a single year, quarter or month is expected here, not a range"};
    case PeriodProblem::kTooLong:
      return {"một kỳ dài nhất " + std::to_string(kMaxPeriodMonths / 12) + " năm (" +
                  std::to_string(kMaxPeriodMonths) + " tháng)",
              "a period is at most " + std::to_string(kMaxPeriodMonths / 12) + " years (" +
                  std::to_string(kMaxPeriodMonths) + " months)"};
    case PeriodProblem::kMalformed:
      break;
  }
  return {"không đúng dạng nào", "it is none of the accepted forms"};
}

}  // namespace

void period_error(Language lang, const std::string& what, const std::string& text,
                  PeriodProblem problem, PeriodUse use) {
  const Both reason = why(problem);
  Both forms{"năm (2025), quý (2025-Q1) hoặc tháng (2025-03 hoặc 03/2025)",
             "a year (2025), a quarter (2025-Q1) or a month (2025-03 or 03/2025)"};
  if (use == PeriodUse::kAuditPeriod) {
    forms.vi += ", hoặc một khoảng từ kỳ đến kỳ (2025-Q1..2025-Q3, 2025-01..2025-06, "
                "03/2025..06/2025)";
    forms.en += ", or a range from one to another (2025-Q1..2025-Q3, 2025-01..2025-06, "
                "03/2025..06/2025)";
  }
  usage_error(lang,
              what + " \"" + text + "\" không hợp lệ: " + reason.vi + " — cần " + forms.vi,
              what + " \"" + text + "\" is not valid: " + reason.en + " — expected " + forms.en);
}

void date_error(Language lang, const std::string& what, const std::string& text) {
  usage_error(lang,
              what + " \"" + text + "\" không phải một ngày có thật — cần ngày/tháng/năm "
                  "(31/12/2025) hoặc năm-tháng-ngày (2025-12-31)",
              what + " \"" + text + "\" is not a real day — expected day/month/year "
                  "(31/12/2025) or year-month-day (2025-12-31)");
}

}  // namespace genaudit::cli
