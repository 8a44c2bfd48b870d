// The province summary as Word; see summary_docx.h.
#include "reports/summary_docx.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <utility>

#include "reports/docx/decree30.h"
#include "reports/human_values.h"
#include "reports/messages.h"
#include "reports/record_words.h"
#include "reports/summary_content.h"
#include "reports/summary_texts.h"
#include "reports/text_table.h"

namespace genaudit {
namespace {

using docx::Align;
using docx::Paragraph;
using namespace docx::decree30;

const char* const kRoman[] = {"I",  "II",  "III",  "IV", "V",  "VI",
                              "VII", "VIII", "IX", "X",  "XI", "XII"};

std::string roman(std::size_t n) {
  return n >= 1 && n <= std::size(kRoman) ? kRoman[n - 1] : std::to_string(n);
}

// The width of `text` in characters as shown (display_width: a letter
// with its combining marks is one), and of its longest word.
std::pair<int, int> lengths(std::string_view text) {
  int longest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
    longest = std::max(longest, display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return {display_width(text), longest};
}

// Column widths for `t` in `width` twips, from what the columns hold, as
// a browser lays out a table: every column at least as wide as its
// longest word, the room left shared in proportion to how much more each
// column's average cell would take on one line.
std::vector<int> column_widths(const SummaryTable& t, int width) {
  constexpr int kChar = 120;    // twips of an average 12 pt Times character
  constexpr int kWideChar = 160;  // of a word's: bold headings, capitals, "M" and "W"
  constexpr int kPadding = 216; // the cell's left and right margins
  const std::size_t n = t.headers.size();
  std::vector<double> least(n), wanted(n);
  for (std::size_t c = 0; c < n; ++c) {
    int total = 0, longest = lengths(t.headers[c]).second;
    for (const std::vector<std::string>& row : t.rows) {
      const auto [all, word] = c < row.size() ? lengths(row[c]) : std::pair(0, 0);
      total += all;
      longest = std::max(longest, word);
    }
    const double average = t.rows.empty() ? 0.0 : static_cast<double>(total) / t.rows.size();
    least[c] = longest * kWideChar + kPadding;
    wanted[c] = std::max(least[c], average * kChar + kPadding);
  }
  const double sum_least = std::accumulate(least.begin(), least.end(), 0.0);
  const double sum_wanted = std::accumulate(wanted.begin(), wanted.end(), 0.0);
  std::vector<double> share(n);
  for (std::size_t c = 0; c < n; ++c) {
    if (sum_wanted <= width) {
      share[c] = wanted[c] / sum_wanted * width;  // all fit: widen in proportion
    } else if (sum_least <= width) {
      const double extra = sum_wanted - sum_least;
      share[c] = least[c] + (extra > 0 ? (wanted[c] - least[c]) / extra * (width - sum_least) : 0);
    } else {
      share[c] = least[c] / sum_least * width;  // even the words do not fit: shrink all
    }
  }
  std::vector<int> widths;
  int used = 0;
  for (std::size_t c = 0; c < n; ++c) {
    widths.push_back(c + 1 == n ? width - used : static_cast<int>(share[c]));
    used += widths.back();
  }
  return widths;
}

// "Kính gửi: A" for one addressee; "Kính gửi:" then "- A;" lines for
// several; a blank to fill for none.
void add_addressees(const RecordWords& say, const std::vector<std::string>& to, Language lang,
                    std::vector<docx::Block>& body) {
  if (to.size() <= 1) {
    Paragraph p = text(summary_text(SummaryText::kAddressee, lang,
                                    {to.empty() ? say(RecordText::kBlank) : to[0]}),
                       Align::kCenter);
    p.space_before = 120;
    p.space_after = 120;
    body.push_back(p);
    return;
  }
  std::string label = summary_text(SummaryText::kAddressee, lang, {""});
  while (!label.empty() && label.back() == ' ') label.pop_back();
  Paragraph first = text(label, Align::kCenter);
  first.space_before = 120;
  first.keep_with_next = true;
  body.push_back(first);
  for (std::size_t i = 0; i < to.size(); ++i) {
    Paragraph p = text("- " + to[i] + (i + 1 == to.size() ? "." : ";"), Align::kLeft);
    p.indent_left = docx::mm(50);
    body.push_back(p);
  }
}

void add_section(const SummarySection& section, std::size_t number, int width,
                 std::vector<docx::Block>& body) {
  body.push_back(heading(roman(number) + ". " + section.heading));
  int sub = 0;
  for (const SummaryBlock& block : section.blocks) {
    switch (block.kind) {
      case SummaryBlock::Kind::kSubheading: {
        Paragraph p = bold(std::to_string(++sub) + ". " + block.text, Align::kJustify);
        p.keep_with_next = true;
        p.space_before = 60;
        body.push_back(p);
        break;
      }
      case SummaryBlock::Kind::kParagraph: body.push_back(indented(block.text)); break;
      case SummaryBlock::Kind::kTable: {
        const SummaryTable& t = block.table;
        body.push_back(ruled_table(column_widths(t, width), t.headers, t.rows, t.numeric));
        // A little room between a table and what follows it.
        Paragraph gap;
        gap.size = 8;
        body.push_back(gap);
        break;
      }
    }
  }
}

// Recipients left, the head of the team's signature right, as Decree 30
// ends a report.
docx::Table closing_table(const RecordWords& say, const Inspection& in, int width) {
  docx::Table t;
  t.borders = false;
  t.widths = {width / 2, width - width / 2};
  Paragraph name = bold(signer(in.team), Align::kCenter);
  name.space_before = 1600;  // room to sign
  t.rows.push_back(
      {cell(recipients(say(RecordText::kRecipients), say.recipients(in.summary.recipients))),
       cell({bold(say(RecordText::kSignTeam), Align::kCenter),
             italic(say(RecordText::kSignHint), Align::kCenter), name})});
  return t;
}

}  // namespace

docx::Document summary_document(const AuditReport& report, Language lang,
                                 const Inspection& in) {
  const RecordWords say(lang);
  const SummaryContent content = summary_content(report, lang);
  const int width = docx::PageSetup{}.text_width();
  docx::Document doc = docx::decree30::document(content.title, lang);
  std::vector<docx::Block>& body = doc.body;

  body.push_back(heading_table(
      {say.or_blank(in.superior_body), say.or_blank(in.issuing_body),
       say(RecordText::kNumber, {say.or_blank(in.summary.number), say.or_blank(in.summary.symbol)}),
       say(RecordText::kCountry), say(RecordText::kMotto),
       say(RecordText::kPlaceDate, {say.or_blank(in.place_name), say.date(in.summary.date)})},
      width));

  Paragraph title = bold(summary_text(SummaryText::kDocTitle, lang), docx::Align::kCenter, kTitle);
  title.space_before = 240;
  title.space_after = 0;
  body.push_back(title);
  const AuditDates& d = report.dates;
  Paragraph subtitle = bold(summary_text(SummaryText::kDocSubtitle, lang,
                                         {report.period, date_text(d.period_start, lang),
                                          date_text(d.period_end, lang)}),
                            docx::Align::kCenter, kBody);
  subtitle.indent_left = subtitle.indent_right = docx::mm(10);
  body.push_back(subtitle);
  body.push_back(short_line(width, width / 5));
  add_addressees(say, in.summary.addressees, lang, body);

  body.push_back(italic(say(RecordText::kBasisPlan), docx::Align::kJustify));
  body.push_back(italic(say(RecordText::kBasisDecision,
                            {say.or_blank(in.decision_number), say.short_date(in.decision_date),
                             say.or_blank(in.decision_signer)}),
                        docx::Align::kJustify));
  body.push_back(indented(content.intro));
  body.push_back(indented(say(RecordText::kAsOf, {date_text(d.as_of, lang)})));

  for (std::size_t i = 0; i < content.sections.size(); ++i) {
    add_section(content.sections[i], i + 1, width, body);
  }

  const std::string to = in.summary.addressees.empty() ? say(RecordText::kBlank)
                                                       : joined(in.summary.addressees, ", ");
  body.push_back(indented(summary_text(SummaryText::kDocClosing, lang, {to})));
  body.push_back(closing_table(say, in, width));
  return doc;
}

}  // namespace genaudit
