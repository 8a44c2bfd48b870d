// Every catalogue of the reports is complete: each id has exactly one row,
// written in both languages with the same placeholders (the rows are data,
// in reports/texts/; engine/core/text_catalogue.h says what is checked).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "adapters/registers/province_registers.h"
#include "reports/document_texts.h"
#include "reports/explanation_texts.h"
#include "reports/history_texts.h"
#include "reports/input_error_sentences.h"
#include "reports/messages.h"
#include "reports/record_texts.h"
#include "reports/template_texts.h"

namespace genaudit {
namespace {

using Problems = std::vector<std::string>;

TEST(TextCataloguesTest, TheReportsTextsAreComplete) {
  EXPECT_EQ(report_texts().problems(), Problems{});
  // The intake section's rows are part of it.
  EXPECT_FALSE(intake_text_rows().empty());
  EXPECT_EQ(message(MessageId::kIntakeHeading, Language::kEnglish), "Data intake");
}

TEST(TextCataloguesTest, TheDocumentsTextsAreComplete) {
  EXPECT_EQ(document_texts().problems(), Problems{});
}

TEST(TextCataloguesTest, TheRecordTextsAreComplete) {
  EXPECT_EQ(record_texts().problems(), Problems{});
}

TEST(TextCataloguesTest, TheHistoryTextsAreComplete) {
  EXPECT_EQ(history_texts().problems(), Problems{});
}

TEST(TextCataloguesTest, TheExplanationTextsAreComplete) {
  EXPECT_EQ(explanation_texts().problems(), Problems{});
}

TEST(TextCataloguesTest, TheTemplatesTextsAreComplete) {
  EXPECT_EQ(template_texts().problems(), Problems{});
}

// The forms' instructions say what every field of every register means, and
// the table has no row for a field the catalogue does not have.
TEST(TextCataloguesTest, EveryRegisterFieldHasOneMeaning) {
  std::size_t fields = 0;
  for (const RegisterSchema& schema : all_registers()) {
    for (const FieldSchema& field : schema.fields) {
      ++fields;
      std::size_t rows = 0;
      for (const FieldMeaning& m : field_meanings()) {
        rows += m.register_name == schema.name && m.field == field.name;
      }
      EXPECT_EQ(rows, 1u) << schema.name << "." << field.name;
      EXPECT_FALSE(field_meaning(schema.name, field.name, Language::kEnglish).empty());
    }
  }
  EXPECT_EQ(field_meanings().size(), fields);
  for (const FieldMeaning& m : field_meanings()) {
    EXPECT_TRUE(m.meaning.complete()) << m.register_name << "." << m.field;
  }
}

TEST(TextCataloguesTest, EveryInputErrorHasItsSentences) {
  EXPECT_EQ(input_error_sentences().problems(), Problems{});
}

TEST(TextCataloguesTest, TheWordsOfInputErrorsAreWrittenInBothLanguages) {
  for (const WrittenWord& word : known_expectations()) {
    EXPECT_TRUE(word.said.complete()) << word.written;
  }
  for (const WrittenWord& word : gender_words()) {
    EXPECT_TRUE(word.said.complete()) << word.written;
    // The register's code is what an English reader is shown.
    EXPECT_EQ(word.said.en, word.written);
  }
}

}  // namespace
}  // namespace genaudit
