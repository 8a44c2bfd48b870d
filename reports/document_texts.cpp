// The documents' texts: the catalogue's accessors and what is worded from
// a rule id; see document_texts.h. The rows are in reports/texts/documents.cpp.
#include "reports/document_texts.h"

namespace genaudit {

std::string_view doc_text(DocText id, Language lang) { return document_texts().text(id, lang); }

std::string format_doc_text(DocText id, Language lang, const std::vector<std::string>& args) {
  return document_texts().format(id, lang, args);
}

std::string findings_count_text(std::size_t count, Language lang) {
  return format_doc_text(count == 1 ? DocText::kFindingOne : DocText::kFindingMany, lang,
                         {std::to_string(count)});
}

std::string objective_of(std::string_view rule_id) {
  const std::size_t dot = rule_id.find('.');
  if (dot == std::string_view::npos) return "";
  const std::string_view prefix = rule_id.substr(0, dot);
  if (prefix == "V") return "V";
  if (prefix.size() == 2 && prefix[0] == 'O' && prefix[1] >= '1' && prefix[1] <= '6') {
    return std::string(prefix);
  }
  return "";
}

std::string objective_name(std::string_view objective, Language lang) {
  static constexpr DocText kNames[] = {DocText::kObjective1, DocText::kObjective2,
                                       DocText::kObjective3, DocText::kObjective4,
                                       DocText::kObjective5, DocText::kObjective6};
  if (objective == "V") return std::string(doc_text(DocText::kObjectiveV, lang));
  if (objective.size() == 2 && objective[0] == 'O' && objective[1] >= '1' && objective[1] <= '6') {
    return std::string(doc_text(kNames[objective[1] - '1'], lang));
  }
  return std::string(doc_text(DocText::kObjectiveOther, lang));
}

}  // namespace genaudit
