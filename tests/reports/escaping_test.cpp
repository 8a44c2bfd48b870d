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

TEST(CleanTextTest, KeepsUtf8AndShowsWhatActsOnTheDisplay) {
  const Case cases[] = {
      {"Sở Nội vụ", "Sở Nội vụ"},
      {"a\tb\nc\r\n", "a\tb\nc\r\n"},
      {std::string("a\0b", 3), "a\\x00b"},
      {"a\x01\x1b[31mb", "a\\x01\\x1b[31mb"},
      {"\x1b]0;title\x07", "\\x1b]0;title\\x07"},
      {"\x7f", "\\x7f"},
      {"\xC2\x85", "\\x85"},                                      // NEL, a C1 control
      {"\xC2\x9b" "2J", "\\x9b" "2J"},                            // CSI, a C1 control
      // Bidirectional controls: RLO, PDF, LRI, PDI, RLM, LRM, ALM.
      {"\xE2\x80\xAE" "cod.exe\xE2\x80\xAC", "\\u202ecod.exe\\u202c"},
      {"\xE2\x81\xA6" "x\xE2\x81\xA9", "\\u2066x\\u2069"},
      {"\xE2\x80\x8F\xE2\x80\x8E\xD8\x9C", "\\u200f\\u200e\\u061c"},
      // Other invisible characters are text: a name may hold them.
      {"Ng\xE2\x80\x8Bọc", "Ng\xE2\x80\x8Bọc"},
      {"caf\xe9", "caf\xEF\xBF\xBD"},                            // Latin-1, not UTF-8
      {"\xC3\x28", "\xEF\xBF\xBD("},                             // a broken sequence
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a surrogate
  };
  for (const Case& c : cases) EXPECT_EQ(clean_text(c.in), c.out) << c.in;
}

TEST(TerminalTextTest, LinesStayLinesAndACarriageReturnIsShown) {
  const Case cases[] = {
      {"Sở Nội vụ\n\tdòng 2\n", "Sở Nội vụ\n\tdòng 2\n"},
      {"real\rfake", "real\\rfake"},
      {"\x1b[2J\x1b]0;pwned\x07", "\\x1b[2J\\x1b]0;pwned\\x07"},
      {"\xE2\x80\xAE" "abc", "\\u202e" "abc"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(terminal_text(c.in), c.out) << c.in;
    EXPECT_EQ(terminal_text(c.out), c.out) << "twice is once: " << c.in;
  }
  EXPECT_EQ(terminal_line("a\r\nb\tc\x1b"), "a  b c\\x1b");
}

TEST(JsonInertTest, OnlyWhatActsOnTheDisplayBecomesAnEscape) {
  const std::string raw = "{\"a\": \"x\x7f\xC2\x9b\xE2\x80\xAEy Sở\",\n  \"b\": 1}";
  EXPECT_EQ(json_inert(raw), "{\"a\": \"x\\u007f\\u009b\\u202ey Sở\",\n  \"b\": 1}");
  const std::string plain = "{\n  \"a\": \"Sở Nội vụ \\u001b\"\n}";
  EXPECT_EQ(json_inert(plain), plain);
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
