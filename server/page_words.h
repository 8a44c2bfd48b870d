// The words of the workspace's pages, in Vietnamese and English, by the
// key templates write them with ({{t.KEY}}) and the code asks for them
// (page_word()). Data only, in page_words.cpp; tests/server checks that
// every key a template or the code uses has a row written in both
// languages, and that every row is used.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/text_catalogue.h"

namespace genaudit::server {

struct PageWord {
  std::string_view key;
  Wording wording;
};

const std::vector<PageWord>& page_words();

// The word `key` in `lang`; the key itself when there is no such row (a
// mistake the tests catch, shown rather than hidden).
std::string page_word(const std::string& key, Language lang);

}  // namespace genaudit::server
