// Every text genaudit says to people is kept once, in both its languages,
// in a catalogue: a table of rows {id, wording}, data only, one table per
// domain in the layer that speaks it (the report's texts in reports/, the
// command's in cli/ ...). in_language() below is the one function that
// chooses between a text's Vietnamese and its English.
//
// A catalogue is keyed by an enum whose values run from 0 to a last id.
// Its tables may list the ids in any order, each exactly once; what keeps
// a catalogue from being complete (an id without a row or with two, a row
// past the last id, a text empty in one language or whose languages hold
// different placeholders) is listed by problems(), which each catalogue's
// test expects empty.
//
// Texts may hold placeholders {0}..{9}, filled by fill_placeholders(). All
// text is UTF-8 in NFC.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "engine/core/language.h"

namespace genaudit {

// `vi` or `en`, as `lang` asks. Also for texts that are data rather than
// catalogue rows (a rule's title, as its author wrote it in both languages).
template <typename Text>
constexpr const Text& in_language(Language lang, const Text& vi, const Text& en) {
  return lang == Language::kEnglish ? en : vi;
}

// The placeholders {0}..{9} `text` holds, one bit each ({2}: 1 << 2).
constexpr unsigned placeholders_of(std::string_view text) {
  unsigned mask = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}') {
      mask |= 1u << (text[i + 1] - '0');
    }
  }
  return mask;
}

// One text in both languages.
struct Wording {
  std::string_view vi;
  std::string_view en;

  constexpr std::string_view in(Language lang) const { return in_language(lang, vi, en); }
  // Written in both languages, with the same placeholders: a translation
  // that drops {1} would drop what it stands for.
  constexpr bool complete() const {
    return !vi.empty() && !en.empty() && placeholders_of(vi) == placeholders_of(en);
  }
};

// Returns `tmpl` with each {i} (i one digit) replaced by args[i]. A
// placeholder without an argument is left as written; what an argument
// brings in is not scanned again.
std::string fill_placeholders(std::string_view tmpl, const std::vector<std::string>& args);

// One row of a catalogue's table. `Entry` is a Wording, or a structure of
// wordings with a `complete()` of its own (an input error's sentences).
template <typename Id, typename Entry = Wording>
struct CatalogueRow {
  Id id;
  Entry entry;
};

template <typename Id>
using TextRow = CatalogueRow<Id, Wording>;

template <typename Id, typename Entry = Wording>
class Catalogue {
  static_assert(std::is_enum_v<Id>);

 public:
  using Row = CatalogueRow<Id, Entry>;

  // The catalogue of the ids 0..`last` from `tables`. REQUIRES: the tables
  // outlive the catalogue (they are static arrays).
  Catalogue(std::initializer_list<std::span<const Row>> tables, Id last)
      : entries_(index(last) + 1, nullptr) {
    std::vector<int> rows_of(entries_.size(), 0);
    for (const std::span<const Row>& table : tables) {
      for (const Row& row : table) {
        const std::size_t i = index(row.id);
        if (i >= entries_.size()) {
          problems_.push_back("id " + std::to_string(i) + ": past the last id " +
                              std::to_string(index(last)));
          continue;
        }
        if (++rows_of[i] == 2) problems_.push_back("id " + std::to_string(i) + ": two rows");
        if (!row.entry.complete()) {
          problems_.push_back("id " + std::to_string(i) +
                              ": not complete (empty in a language, or placeholders that differ)");
        }
        entries_[i] = &row.entry;
      }
    }
    for (std::size_t i = 0; i < rows_of.size(); ++i) {
      if (rows_of[i] == 0) problems_.push_back("id " + std::to_string(i) + ": no row");
    }
  }

  // The entry of `id`; an empty one for an id without a row (which
  // problems() lists).
  const Entry& operator[](Id id) const {
    static constexpr Entry kNone{};
    const std::size_t i = index(id);
    return i < entries_.size() && entries_[i] != nullptr ? *entries_[i] : kNone;
  }

  // The text of `id` in `lang`, placeholders unfilled.
  std::string_view text(Id id, Language lang) const
    requires std::is_same_v<Entry, Wording>
  {
    return (*this)[id].in(lang);
  }

  // The text of `id` in `lang` with {i} replaced by args[i].
  std::string format(Id id, Language lang, const std::vector<std::string>& args = {}) const
    requires std::is_same_v<Entry, Wording>
  {
    return fill_placeholders(text(id, lang), args);
  }

  // What keeps the catalogue from being complete, one line each ("id 7: no
  // row"); empty when every id has exactly one row, written in both
  // languages.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  static constexpr std::size_t index(Id id) { return static_cast<std::size_t>(id); }

  std::vector<const Entry*> entries_;  // by id
  std::vector<std::string> problems_;
};

template <typename Id>
using TextCatalogue = Catalogue<Id, Wording>;

}  // namespace genaudit
