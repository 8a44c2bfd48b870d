// The vocabulary of registers, as data: a register's fields, their types,
// which are required or unique, what they refer to, and the forms a coded
// value may take; and a catalogue of registers. Every stage reads registers
// through these types; which registers exist is the province's business
// (adapters/registers/province_registers.h) and is handed to the stages that
// need it, the rule checker among them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace genaudit {

enum class FieldType {
  kText,     // free text, stored in NFC
  kCode,     // one of a list of coded values, stored as its canonical code
  kBool,     // true/false from synonyms (key_leader)
  kDate,     // a calendar date
  kNumber,   // a decimal number; the decimal comma is accepted
  kInteger,  // a whole number
};

// A canonical code and the forms that mean it, matched ignoring case,
// diacritics, Unicode form and spaces.
struct CodeForms {
  std::string code;
  std::vector<std::string> forms;
};

// How a field of a per-assignment register (staff) becomes a fact about the
// person: every row of one person then carries the person's value.
enum class PersonLevel {
  kNone,
  kAgree,    // known values must agree; a blank takes the known one (gender)
  kHighest,  // the highest by the order of `codes`, first is highest (degree)
};

struct FieldSchema {
  std::string name;       // the field name, also the English header
  std::string vi_header;  // the Vietnamese header of the template
  FieldType type = FieldType::kText;
  bool required_column = false;  // the header must be present
  bool required_value = false;   // every row must have a value
  bool unique = false;           // no two rows share the value
  std::string references;        // a register whose key this value must be
  std::vector<CodeForms> codes;  // kCode and kBool (codes "true"/"false")
  // kCode: the code of a value that matches no form; empty = an error.
  std::string code_otherwise;
  // kCode: the code of an empty cell; empty = the value is missing.
  std::string code_when_empty;
  PersonLevel person_level = PersonLevel::kNone;
  // kNumber, kInteger: a value below zero is an error (a duration).
  bool non_negative = false;
  // kText: a code that names something — a register's key, a reference to
  // another register, a person's id — compared as written. A value holding
  // an invisible character (text::is_invisible: U+200B, U+FEFF...) is an
  // error: `A1` and `A1` + U+200B would be two agencies that look alike.
  bool identifier = false;

  // The position of `code` among `codes` (0: listed first, the highest for
  // PersonLevel::kHighest); codes.size() for a value of no listed code.
  std::size_t code_rank(std::string_view code) const;
};

struct RegisterSchema {
  std::string name;       // file name and table name: "staff"
  std::string vi_title;   // "Danh sách cán bộ, công chức, viên chức"
  std::string key_field;  // the code that names a subject; may be empty
  std::string name_field;  // the field that names a subject for people
  std::vector<FieldSchema> fields;
  std::string person_field;  // per-assignment registers: the person's id

  const FieldSchema* find_field(std::string_view name) const;
  // How many fields must have a column.
  std::size_t required_column_count() const;
};

// A set of registers, in the order they are imported (a register comes
// after the registers it refers to). Immutable once made.
class RegisterCatalogue {
 public:
  explicit RegisterCatalogue(std::vector<RegisterSchema> registers)
      : registers_(std::move(registers)) {}

  const std::vector<RegisterSchema>& registers() const { return registers_; }
  // The register called `name`, or nullptr.
  const RegisterSchema* find(std::string_view name) const;
  // Every register's name, in order: for "did you mean" and error texts.
  std::vector<std::string> names() const;

 private:
  std::vector<RegisterSchema> registers_;
};

}  // namespace genaudit
