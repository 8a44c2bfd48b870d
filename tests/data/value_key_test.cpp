// ValueKey: the key `count(distinct …)` and the access plan's indexes use.
// Texts collide exactly when their normalized forms are equal, whether they
// are interned or owned by a table, and never with a value of another kind.
#include "engine/data/value.h"

#include <gtest/gtest.h>

#include <string>

namespace genaudit {
namespace {

ValueKey text_key(TextPtr t) { return key_of(Value{t}); }

TEST(ValueKey, TextsWithEqualNormalizedFormsCollide) {
  const ValueKey upper = text_key(make_text("CB0000001"));
  const ValueKey spaced = text_key(make_text("  cb0000001 "));
  EXPECT_EQ(upper, spaced);
  EXPECT_EQ(ValueKeyHash()(upper), ValueKeyHash()(spaced));
}

TEST(ValueKey, OwnedTextsCompareByFormNotByObject) {
  // Two distinct objects (a table's own texts), each with its own form.
  const Text a("Nguyễn Văn A"), b("nguyễn  văn a"), c("Nguyễn Văn B");
  ASSERT_NE(&a.normalized(), &b.normalized());
  EXPECT_EQ(text_key(&a), text_key(&b));
  EXPECT_FALSE(text_key(&a) == text_key(&c));
}

TEST(ValueKey, AlreadyNormalTextIsItsOwnForm) {
  const Text t("cb0000001");
  EXPECT_EQ(&t.normalized(), &t.original);
  const Text u("CB0000001");
  EXPECT_EQ(u.normalized(), "cb0000001");
  EXPECT_EQ(text_key(&t), text_key(&u));
}

TEST(ValueKey, DiacriticsAndKindsKeepValuesApart) {
  EXPECT_FALSE(text_key(make_text("Hòa")) == text_key(make_text("Hoa")));
  EXPECT_FALSE(text_key(make_text("1")) == key_of(Value{1.0}));
  EXPECT_EQ(key_of(Value{-0.0}), key_of(Value{0.0}));
  EXPECT_EQ(key_of(Value{Missing{}}).kind, 0);
}

}  // namespace
}  // namespace genaudit
