// The blank form of a register; see register_template.h.
#include "reports/register_template.h"

#include <xlsxwriter.h>

#include <algorithm>

#include "reports/escaping.h"
#include "reports/messages.h"
#include "reports/template_texts.h"
#include "reports/text_table.h"
#include "reports/xlsx_sheet.h"

namespace genaudit {
namespace {

constexpr const char* kDateFormat = "dd/mm/yyyy";  // the registers' own, in both languages

// The header of `field` in `lang`: what the importer recognises first.
std::string header_of(const FieldSchema& field, Language lang) {
  return lang == Language::kEnglish ? field.name : field.vi_header;
}

// The spelling a drop-down offers for `code`: in Vietnamese its first form;
// in English the form that is the code itself (`_` read as a space), when
// the catalogue lists one.
std::string offered_form(const CodeForms& code, Language lang) {
  if (lang == Language::kEnglish) {
    std::string plain = code.code;
    std::replace(plain.begin(), plain.end(), '_', ' ');
    for (const std::string& form : code.forms) {
      if (form == plain) return form;
    }
  }
  return code.forms.empty() ? code.code : code.forms.front();
}

std::vector<std::string> offered_forms(const FieldSchema& field, Language lang) {
  std::vector<std::string> out;
  for (const CodeForms& code : field.codes) out.push_back(offered_form(code, lang));
  return out;
}

bool refers_to_agencies(const FieldSchema& field) { return field.references == "agencies"; }

class TemplateWriter {
 public:
  TemplateWriter(const RegisterSchema& schema, const RegisterCatalogue& catalogue,
                 const TemplateAgencies& agencies, Language lang, lxw_workbook* workbook)
      : schema_(schema),
        catalogue_(catalogue),
        agencies_(agencies),
        lang_(lang),
        workbook_(workbook),
        formats_(workbook, kDateFormat),
        codes_sheet_(tt(TemplateText::kSheetCodes)) {
    for (const StoredAgency& a : agencies.agencies) {
      if (!a.code.empty()) codes_.push_back(&a);
    }
    for (const FieldSchema& f : schema.fields) offers_codes_ = offers_codes_ || refers_to_agencies(f);
  }

  void write() {
    form();
    instructions();
    if (offers_codes_) codes();
  }

 private:
  std::string tt(TemplateText id, const std::vector<std::string>& args = {}) const {
    return format_template_text(id, lang_, args);
  }
  std::string title_of(const std::string& register_name) const {
    const RegisterSchema* target = catalogue_.find(register_name);
    if (target == nullptr) return register_name;
    return lang_ == Language::kEnglish ? target->name : target->vi_title;
  }
  // The range of the sheet of codes a list validation reads.
  std::string codes_range() const {
    return "='" + codes_sheet_ + "'!$A$2:$A$" + std::to_string(codes_.size() + 1);
  }
  bool has_code_list() const { return !codes_.empty(); }

  // The sheet agencies fill in.
  void form() {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, schema_.name.c_str());
    lxw_format* header = workbook_add_format(workbook_);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xE8EDF3);
    lxw_format* required_header = workbook_add_format(workbook_);
    format_set_bold(required_header);
    format_set_text_wrap(required_header);
    format_set_align(required_header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(required_header, LXW_BORDER_THIN);
    format_set_bg_color(required_header, 0xB4C6DC);
    lxw_format* text = workbook_add_format(workbook_);
    format_set_num_format(text, "@");  // typed codes stay as written: 0123 is not 123
    lxw_format* integer = workbook_add_format(workbook_);
    format_set_num_format(integer, "0");

    for (std::size_t i = 0; i < schema_.fields.size(); ++i) {
      const FieldSchema& field = schema_.fields[i];
      const auto col = static_cast<lxw_col_t>(i);
      const std::string title = header_of(field, lang_);
      worksheet_write_string(sheet, 0, col, title.c_str(),
                             field.required_column ? required_header : header);
      lxw_format* format = field.type == FieldType::kDate      ? formats_.date
                           : field.type == FieldType::kInteger ? integer
                           : field.type == FieldType::kNumber  ? nullptr
                                                               : text;
      worksheet_set_column(sheet, col, col, width_of(field, title), format);
      validate(sheet, col, field);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_row(sheet, 0, 32, nullptr);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_set_landscape(sheet);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_fit_to_pages(sheet, 1, 0);  // at most ten columns: readable on one width
    worksheet_activate(sheet);
  }

  int width_of(const FieldSchema& field, const std::string& title) const {
    int content = 24;
    switch (field.type) {
      case FieldType::kDate: content = 12; break;
      case FieldType::kNumber:
      case FieldType::kInteger: content = 10; break;
      case FieldType::kCode:
      case FieldType::kBool:
        content = 0;
        for (const std::string& form : offered_forms(field, lang_)) {
          content = std::max(content, display_width(form) + 4);  // and the drop-down's arrow
        }
        break;
      case FieldType::kText:
        content = field.identifier ? 14 : (field.name == schema_.name_field ? 36 : 24);
        break;
    }
    return std::clamp(std::max(content, std::min(display_width(title), 24) + 2), 10, 40);
  }

  // The column's validation over the form's rows, with the prompt it shows.
  void validate(lxw_worksheet* sheet, lxw_col_t col, const FieldSchema& field) {
    lxw_data_validation v = {};
    std::string prompt, error;
    std::vector<std::string> list;
    std::vector<char*> list_items;
    std::string formula;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    switch (field.type) {
      case FieldType::kCode:
      case FieldType::kBool: {
        list = offered_forms(field, lang_);
        for (std::string& item : list) list_items.push_back(item.data());
        list_items.push_back(nullptr);
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.value_list = list_items.data();
        const bool open = !field.code_otherwise.empty();
        prompt = tt(open ? TemplateText::kPromptListOpen : TemplateText::kPromptList,
                    {joined(list, ", ")});
        error = tt(TemplateText::kErrorList);
        // What a value of no listed form means is the catalogue's: accepted.
        if (open) v.error_type = LXW_VALIDATION_ERROR_TYPE_INFORMATION;
        break;
      }
      case FieldType::kDate:
        v.validate = LXW_VALIDATION_TYPE_DATE;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_datetime = {1900, 1, 1, 0, 0, 0};
        v.maximum_datetime = {2100, 12, 31, 0, 0, 0};
        prompt = tt(TemplateText::kPromptDate);
        error = tt(TemplateText::kErrorDate);
        break;
      case FieldType::kNumber:
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        if (field.non_negative) {
          v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
          v.value_number = 0;
        } else {
          v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
          v.minimum_number = -1e15;
          v.maximum_number = 1e15;
        }
        prompt = tt(field.non_negative ? TemplateText::kPromptNonNegative
                                       : TemplateText::kPromptNumber);
        error = tt(TemplateText::kErrorNumber);
        break;
      case FieldType::kInteger:
        v.validate = LXW_VALIDATION_TYPE_INTEGER;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = field.non_negative ? 0 : -1e9;
        v.maximum_number = 1e9;
        prompt = tt(TemplateText::kPromptInteger);
        error = tt(TemplateText::kErrorInteger);
        break;
      case FieldType::kText:
        if (field.references.empty()) return;
        if (refers_to_agencies(field) && has_code_list()) {
          formula = codes_range();
          v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
          v.value_formula = formula.data();
          prompt = tt(TemplateText::kPromptCodesFromList, {codes_sheet_});
          error = tt(TemplateText::kErrorCode, {codes_sheet_});
        } else {
          // No list to choose from: the prompt says why, nothing is refused.
          v.validate = LXW_VALIDATION_TYPE_ANY;
          const bool no_database = refers_to_agencies(field) && !agencies_.database;
          prompt = tt(no_database ? TemplateText::kPromptNoAgenciesStored
                                  : TemplateText::kPromptNoCodeList,
                      {title_of(field.references)});
        }
        break;
    }
    std::string error_title = tt(TemplateText::kErrorTitle);
    v.ignore_blank = LXW_VALIDATION_ON;
    v.show_input = LXW_VALIDATION_ON;
    v.input_message = prompt.data();
    if (!error.empty()) {
      v.show_error = LXW_VALIDATION_ON;
      v.error_title = error_title.data();
      v.error_message = error.data();
    }
    worksheet_data_validation_range(sheet, 1, col, kTemplateRows, col, &v);
  }

  std::string type_text(const FieldSchema& field) const {
    switch (field.type) {
      case FieldType::kCode: return tt(TemplateText::kTypeCode);
      case FieldType::kBool: return tt(TemplateText::kTypeBool);
      case FieldType::kDate: return tt(TemplateText::kTypeDate);
      case FieldType::kInteger: return tt(TemplateText::kTypeInteger);
      case FieldType::kNumber:
        return tt(field.non_negative ? TemplateText::kTypeNonNegativeNumber
                                     : TemplateText::kTypeNumber);
      case FieldType::kText:
        if (field.unique) return tt(TemplateText::kTypeUniqueIdentifier);
        return tt(field.identifier ? TemplateText::kTypeIdentifier : TemplateText::kTypeText);
    }
    return {};
  }

  std::string required_text(const FieldSchema& field) const {
    if (field.required_value) return tt(TemplateText::kRequiredValue);
    if (field.required_column) return tt(TemplateText::kRequiredColumn);
    return tt(TemplateText::kOptional);
  }

  // Every value the importer accepts in the field, as the catalogue says.
  std::string allowed_text(const FieldSchema& field) const {
    std::vector<std::string> parts;
    switch (field.type) {
      case FieldType::kCode:
      case FieldType::kBool:
        for (const CodeForms& code : field.codes) {
          const std::string offered = offered_form(code, lang_);
          std::vector<std::string> others;
          for (const std::string& form : code.forms) {
            if (form != offered) others.push_back(form);
          }
          parts.push_back(others.empty() ? offered
                                         : tt(TemplateText::kAllowedForms,
                                              {offered, joined(others, ", ")}));
        }
        if (!field.code_otherwise.empty()) {
          parts.push_back(tt(TemplateText::kAllowedOtherwise, {field.code_otherwise}));
        }
        if (!field.code_when_empty.empty()) {
          std::string when_empty = field.code_when_empty;
          for (const CodeForms& code : field.codes) {
            if (code.code == when_empty) when_empty = offered_form(code, lang_);
          }
          parts.push_back(tt(TemplateText::kAllowedWhenEmpty, {when_empty}));
        }
        break;
      case FieldType::kDate: parts.push_back(tt(TemplateText::kAllowedDate)); break;
      case FieldType::kInteger: parts.push_back(tt(TemplateText::kAllowedInteger)); break;
      case FieldType::kNumber:
        parts.push_back(tt(field.non_negative ? TemplateText::kAllowedNonNegative
                                              : TemplateText::kAllowedNumber));
        break;
      case FieldType::kText:
        if (refers_to_agencies(field)) {
          parts.push_back(tt(TemplateText::kAllowedReferenceList,
                             {title_of(field.references), codes_sheet_}));
        } else if (!field.references.empty()) {
          parts.push_back(tt(TemplateText::kAllowedReference, {title_of(field.references)}));
        }
        break;
    }
    return joined(parts, "; ");
  }

  void instructions() {
    XlsxSheet s(workbook_, formats_, tt(TemplateText::kSheetInstructions));
    const std::string file = template_file_name(schema_);
    s.title(tt(TemplateText::kInstructionsTitle, {title_of(schema_.name), file}));
    for (TemplateText line :
         {TemplateText::kInstructionsOneRow, TemplateText::kInstructionsHeader,
          TemplateText::kInstructionsRequired, TemplateText::kInstructionsDates,
          TemplateText::kInstructionsCodes, TemplateText::kInstructionsExtraColumns}) {
      s.next_row();
      s.note("• " + tt(line));
    }
    s.next_row();
    s.note("• " + tt(TemplateText::kInstructionsFileName, {file}));
    s.next_row();
    s.note("• " + tt(TemplateText::kInstructionsImport, {file}));
    if (offers_codes_) {
      s.next_row();
      s.note("• " + codes_source());
    }
    s.skip_rows(2);
    s.column_titles({tt(TemplateText::kColumnHeader), tt(TemplateText::kColumnMeaning),
                     tt(TemplateText::kColumnType), tt(TemplateText::kColumnRequired),
                     tt(TemplateText::kColumnAllowed)});
    for (const FieldSchema& field : schema_.fields) {
      s.next_row();
      s.text(header_of(field, lang_));
      s.text(field_meaning(schema_.name, field.name, lang_));
      s.text(type_text(field));
      s.text(required_text(field));
      s.text(allowed_text(field));
    }
    s.finish(false);
  }

  std::string codes_source() const {
    if (!agencies_.database) return tt(TemplateText::kCodesNoDatabase);
    if (codes_.empty()) return tt(TemplateText::kCodesNoneStored, {*agencies_.database});
    return tt(TemplateText::kCodesFromDatabase,
              {*agencies_.database, std::to_string(codes_.size())});
  }

  // The agency codes the form's lists read, from A2 down; empty without
  // a database.
  void codes() {
    XlsxSheet s(workbook_, formats_, codes_sheet_);
    s.header({tt(TemplateText::kCodesColumnCode), tt(TemplateText::kCodesColumnName)});
    for (const StoredAgency* a : codes_) {
      s.next_row();
      s.text(a->code);
      s.text(a->name);
    }
    s.finish(true);
  }

  const RegisterSchema& schema_;
  const RegisterCatalogue& catalogue_;
  const TemplateAgencies& agencies_;
  Language lang_;
  lxw_workbook* workbook_;
  XlsxFormats formats_;
  std::string codes_sheet_;
  std::vector<const StoredAgency*> codes_;
  bool offers_codes_ = false;
};

}  // namespace

std::string template_file_name(const RegisterSchema& schema) { return schema.name + ".xlsx"; }

bool write_register_template(const RegisterSchema& schema, const RegisterCatalogue& catalogue,
                             const TemplateAgencies& agencies, Language lang,
                             const std::filesystem::path& path, StagedOutputs& outputs,
                             std::string* error) {
  const std::string title = lang == Language::kEnglish ? schema.name : schema.vi_title;
  return write_staged_workbook(
      path, title, Streams::kRefused, outputs,
      [&](lxw_workbook* workbook) {
        TemplateWriter(schema, catalogue, agencies, lang, workbook).write();
      },
      {format_template_text(TemplateText::kTemplateCannotCreate, lang, {path.string()}),
       format_template_text(TemplateText::kTemplateCannotWrite, lang, {path.string()})},
      error);
}

}  // namespace genaudit
