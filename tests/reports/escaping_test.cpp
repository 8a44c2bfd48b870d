// Specification of the escaping and neutralising helpers: what each makes of
// text that attacks HTML, Markdown, spreadsheets and file systems.
#include "reports/escaping.h"

#include <gtest/gtest.h>

#include <string>

namespace genaudit {
namespace {

struct Case {
  std::string in;
  std::string out;
};

TEST(CleanTextTest, KeepsUtf8AndReplacesWhatIsNotText) {
  const Case cases[] = {
      {"Sở Nội vụ", "Sở Nội vụ"},
      {"a\tb\nc\r\n", "a\tb\nc\r\n"},
      {std::string("a\0b", 3),
       "a\xEF\xBF\xBD"
       "b"},
      {"a\x01\x1b[31mb", "a\xEF\xBF\xBD\xEF\xBF\xBD[31mb"},
      {"\x7f", "\xEF\xBF\xBD"},
      {"\xC2\x85", "\xEF\xBF\xBD"},                              // NEL, a C1 control
      {"caf\xe9", "caf\xEF\xBF\xBD"},                            // Latin-1, not UTF-8
      {"\xC3\x28", "\xEF\xBF\xBD("},                             // a broken sequence
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a surrogate
  };
  for (const Case& c : cases) EXPECT_EQ(clean_text(c.in), c.out) << c.in;
}

TEST(EscapeHtmlTest, MarkupCharactersBecomeReferences) {
  const Case cases[] = {
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
      {"a'b&c", "a&#39;b&amp;c"},
      {"&amp;", "&amp;amp;"},
      {"Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"},
  };
  for (const Case& c : cases) EXPECT_EQ(escape_html(c.in), c.out) << c.in;
}

TEST(EscapeMarkdownTest, NothingBecomesMarkup) {
  const Case cases[] = {
      {"<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"},
      {"a | b", "a \\| b"},
      {"*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"},
      {"[x](http://y)", "\\[x\\](http://y)"},
      {"![i](x)", "\\!\\[i\\](x)"},
      {"# h", "\\# h"},
      {"a\\b", "a\\\\b"},
      {"&lt;", "\\&lt;"},
      {"line\r\nbreak\nhere", "line break here"},
      {"Sở Nội vụ - UBND", "Sở Nội vụ - UBND"},
  };
  for (const Case& c : cases) EXPECT_EQ(escape_markdown(c.in), c.out) << c.in;
}

TEST(NeutralizeCellTest, FormulaStartsGetAnApostrophe) {
  const Case cases[] = {
      {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"+1", "'+1"},
      {"-1", "'-1"},
      {"\t=1", "'\t=1"},
      {"\r=1", "'\r=1"},
      {"\xEF\xBC\x9D"
       "1+1",
       "'\xEF\xBC\x9D"
       "1+1"},  // full-width =
      {"1+1", "1+1"},
      {"a=b", "a=b"},
      {" =1", " =1"},
      {"", ""},
      {"'quoted", "'quoted"},
      {"Sở Nội vụ", "Sở Nội vụ"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(neutralize_cell(c.in), c.out) << c.in;
  }
  EXPECT_TRUE(starts_like_formula("=1"));
  EXPECT_FALSE(starts_like_formula("x=1"));
}

TEST(CsvFieldTest, QuotesOnlyWhatNeedsIt) {
  const Case cases[] = {
      {"plain", "plain"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {" padded", "\" padded\""},
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"-1", "'-1"},
      {"Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"},
  };
  for (const Case& c : cases) EXPECT_EQ(csv_field(c.in), c.out) << c.in;
  EXPECT_EQ(csv_record({"a", "b,c", "@x"}), "a,\"b,c\",'@x\r\n");
}

TEST(SafeFileStemTest, AnyFileSystemTakesIt) {
  const Case cases[] = {
      {"SNV", "SNV"},
      {"UBND-NT", "UBND-NT"},
      {"ĐPT.KH_01", "DPT.KH_01"},
      {"Xã Ninh Thượng", "Xa_Ninh_Thuong"},
      {"a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j"},
      {"../../etc/passwd", "etc_passwd"},
      {".hidden", "hidden"},
      {"-rf", "rf"},
      {"trailing. ", "trailing"},
      {"<script>alert(1)</script>", "script_alert_1_script"},
      {"\"><img src=x onerror=alert(1)>", "img_src_x_onerror_alert_1"},
      {"=HYPERLINK(\"http://x\",\"y\")", "HYPERLINK_http_x_y"},
      {"+1", "1"},
      {"", "unnamed"},
      {"***", "unnamed"},
      {"CON", "CON_"},
      {"nul", "nul_"},
      {"com1.x", "com1_.x"},
      {"LPT9", "LPT9_"},
      {"COMX", "COMX"},
      {std::string(100, 'a'), std::string(64, 'a')},
  };
  for (const Case& c : cases) EXPECT_EQ(safe_file_stem(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace genaudit
