// What render_input_error() (reports/messages.h) says an input error with:
// the sentences of each kind of error, and the words the importer writes in
// English (what was expected, a person's gender) as the user reads them.
// The rows are data only, in reports/texts/input_errors.cpp.
#pragma once

#include <span>
#include <string_view>

#include "adapters/input_error.h"
#include "engine/core/text_catalogue.h"

namespace genaudit {

// The sentence of one kind of input error. {0} is the value, {1} what was
// expected, {2} the column, {3} the subject, {4} the other row.
// `with_expected` is used when the error says what was expected, `without`
// otherwise.
struct ErrorSentence {
  Wording with_expected;
  Wording without;
  bool expected_is_list = false;  // "a, b, c": written as "a, b or c"
  bool names_column = false;      // the sentence names the column itself
  // Used instead of `with_expected` when the error has no value, for kinds
  // whose value (the part of a workbook) is optional.
  Wording with_expected_no_value = {};
  // Used instead of `with_expected` when the error names no subject (an
  // error across rows built without its person and other row).
  Wording with_expected_no_subject = {};

  // Every sentence complete (Wording::complete); the two optional ones may
  // be left out.
  constexpr bool complete() const {
    constexpr auto optional_complete = [](const Wording& w) {
      return (w.vi.empty() && w.en.empty()) || w.complete();
    };
    return with_expected.complete() && without.complete() &&
           optional_complete(with_expected_no_value) && optional_complete(with_expected_no_subject);
  }
};

// The sentences of every InputErrorKind.
const Catalogue<InputErrorKind, ErrorSentence>& input_error_sentences();

// A word the importer writes in English, and how it is said.
struct WrittenWord {
  std::string_view written;
  Wording said;
};

// Expectations the importer writes in English words. Any other expectation
// (forms, formats, field names) is written as is.
std::span<const WrittenWord> known_expectations();

// A person's gender codes ("female", "male"). Any other code is written as
// is.
std::span<const WrittenWord> gender_words();

}  // namespace genaudit
