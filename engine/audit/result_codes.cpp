// The stable codes of audit results; see result_codes.h.
#include "engine/audit/result_codes.h"

namespace genaudit {

const char* finding_status_code(FindingStatus status) {
  switch (status) {
    case FindingStatus::kNew: return "new";
    case FindingStatus::kPersisting: return "persisting";
    case FindingStatus::kRegressed: return "regressed";
    case FindingStatus::kUnknown: break;
  }
  return "";
}

const char* indicator_status_code(IndicatorStatus status) {
  switch (status) {
    case IndicatorStatus::kMet: return "met";
    case IndicatorStatus::kNotMet: return "not_met";
    case IndicatorStatus::kNoData: break;
  }
  return "no_data";
}

const char* comparison_code(rules::BinaryOp op) {
  switch (op) {
    case rules::BinaryOp::kGreaterEqual: return ">=";
    case rules::BinaryOp::kGreater: return ">";
    case rules::BinaryOp::kLessEqual: return "<=";
    case rules::BinaryOp::kLess: return "<";
    case rules::BinaryOp::kEqual: return "==";
    case rules::BinaryOp::kNotEqual: return "!=";
    default: return "";
  }
}

const char* subject_kind_code(rules::SubjectKind kind) {
  switch (kind) {
    case rules::SubjectKind::kRecord: return "record";
    case rules::SubjectKind::kRow: return "row";
    case rules::SubjectKind::kGroup: return "group";
  }
  return "record";
}

}  // namespace genaudit
