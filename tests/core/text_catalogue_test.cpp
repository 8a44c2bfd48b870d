// Specification of the catalogue type every text of genaudit is kept in:
// a text by id in the user's language, placeholders filled once, and what
// keeps a table from being complete, named by id.
#include "engine/core/text_catalogue.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace genaudit {
namespace {

enum class Fruit { kApple, kBanana, kCherry };

using Problems = std::vector<std::string>;

TEST(TextCatalogueTest, ChoosesTheLanguage) {
  EXPECT_EQ(in_language(Language::kVietnamese, 1, 2), 1);
  EXPECT_EQ(in_language(Language::kEnglish, 1, 2), 2);
  constexpr Wording kApple = {"táo", "apple"};
  static_assert(kApple.in(Language::kEnglish) == "apple");
  EXPECT_EQ(kApple.in(Language::kVietnamese), "táo");
}

TEST(TextCatalogueTest, FindsEachTextByIdWhateverTheOrderOfItsTables) {
  static constexpr TextRow<Fruit> kSome[] = {
      {Fruit::kCherry, {"{0} quả anh đào", "{0} cherries"}},
      {Fruit::kApple, {"táo", "apple"}},
  };
  static constexpr TextRow<Fruit> kOthers[] = {{Fruit::kBanana, {"chuối", "banana"}}};
  const TextCatalogue<Fruit> fruits({kSome, kOthers}, Fruit::kCherry);
  EXPECT_EQ(fruits.problems(), Problems{});
  EXPECT_EQ(fruits.text(Fruit::kApple, Language::kVietnamese), "táo");
  EXPECT_EQ(fruits.text(Fruit::kBanana, Language::kEnglish), "banana");
  EXPECT_EQ(fruits.format(Fruit::kCherry, Language::kEnglish, {"12"}), "12 cherries");
  EXPECT_EQ(fruits.format(Fruit::kCherry, Language::kVietnamese), "{0} quả anh đào");
}

TEST(TextCatalogueTest, NamesEveryIdWithoutExactlyOneRow) {
  static constexpr TextRow<Fruit> kRows[] = {
      {Fruit::kCherry, {"anh đào", "cherry"}},
      {Fruit::kCherry, {"anh đào", "cherry"}},
  };
  const TextCatalogue<Fruit> fruits({kRows}, Fruit::kCherry);
  EXPECT_EQ(fruits.problems(), (Problems{"id 2: two rows", "id 0: no row", "id 1: no row"}));
  // An id without a row reads as empty, never as another id's text.
  EXPECT_EQ(fruits.text(Fruit::kApple, Language::kEnglish), "");
}

TEST(TextCatalogueTest, NamesRowsPastTheLastId) {
  static constexpr TextRow<Fruit> kRows[] = {
      {Fruit::kApple, {"táo", "apple"}},
      {Fruit::kBanana, {"chuối", "banana"}},
      {Fruit::kCherry, {"anh đào", "cherry"}},
  };
  const TextCatalogue<Fruit> fruits({kRows}, Fruit::kBanana);
  EXPECT_EQ(fruits.problems(), Problems{"id 2: past the last id 1"});
}

TEST(TextCatalogueTest, NamesTextsNotWrittenAlikeInBothLanguages) {
  static constexpr TextRow<Fruit> kRows[] = {
      {Fruit::kApple, {"táo", ""}},
      {Fruit::kBanana, {"", "banana"}},
      {Fruit::kCherry, {"{0} quả anh đào", "cherries"}},  // the count lost in English
  };
  const TextCatalogue<Fruit> fruits({kRows}, Fruit::kCherry);
  EXPECT_EQ(fruits.problems().size(), 3u);
  EXPECT_EQ(fruits.problems()[2],
            "id 2: not complete (empty in a language, or placeholders that differ)");
  static_assert(Wording{"{1}/{0}", "{0}-{1}"}.complete());
  static_assert(!Wording{"{1}/{0}", "{0}"}.complete());
}

// Entries other than one wording say themselves when they are complete.
struct Pair {
  Wording first;
  Wording second;
  constexpr bool complete() const { return first.complete() && second.complete(); }
};

TEST(TextCatalogueTest, HoldsEntriesOfSeveralWordings) {
  static constexpr CatalogueRow<Fruit, Pair> kRows[] = {
      {Fruit::kApple, {{"táo", "apple"}, {"táo xanh", "green apple"}}},
      {Fruit::kBanana, {{"chuối", "banana"}, {}}},
      {Fruit::kCherry, {{"anh đào", "cherry"}, {"anh đào chua", "sour cherry"}}},
  };
  const Catalogue<Fruit, Pair> fruits({kRows}, Fruit::kCherry);
  EXPECT_EQ(fruits.problems(),
            Problems{"id 1: not complete (empty in a language, or placeholders that differ)"});
  EXPECT_EQ(fruits[Fruit::kCherry].second.in(Language::kEnglish), "sour cherry");
}

TEST(TextCatalogueTest, FillsPlaceholdersOnceAndLeavesThoseWithoutArgument) {
  EXPECT_EQ(fill_placeholders("{1}/{0}", {"2025", "03"}), "03/2025");
  EXPECT_EQ(fill_placeholders("{0} of {1}", {"{1}", "x"}), "{1} of x");
  EXPECT_EQ(fill_placeholders("{0} and {2}", {"a"}), "a and {2}");
  EXPECT_EQ(fill_placeholders("{x} {", {"a"}), "{x} {");
}

}  // namespace
}  // namespace genaudit
