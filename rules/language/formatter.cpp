#include "rules/language/formatter.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string_view>
#include <vector>

#include "rules/language/expr_layout.h"
#include "rules/language/operators.h"
#include "rules/language/parser.h"
#include "rules/language/source_scan.h"

namespace genaudit::rules {
namespace {

constexpr int kBodyIndent = 2;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct PlacedComment {
  std::string text;
  bool blank_before = false;  // after a blank line in the source
};

// What comments attach to: a param, a define, a statement, a rule's header
// (`finding ID {`) or its closing `}`.
struct Anchor {
  SourceSpan span;
  bool blank_before = false;           // after a blank line in the source
  std::vector<PlacedComment> leading;  // on lines of their own before it
  std::vector<std::string> inner;      // inside it, moved before it
  std::string trailing;                // after it, on its last line
};

Anchor anchor_at(SourceSpan span) {
  Anchor a;
  a.span = span;
  return a;
}

const char* window_text(WindowKind w) {
  switch (w) {
    case WindowKind::kMonth: return "month";
    case WindowKind::kQuarter: return "quarter";
    case WindowKind::kYear: return "year";
  }
  return "?";
}

bool is_word(const std::string& s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

class Formatter {
 public:
  explicit Formatter(const RuleFile& file) : file_(file), layout_(file.source.get()) {}

  std::string run();

 private:
  void collect_anchors();
  void attach_comments();
  int line_of(std::size_t offset) const;
  bool blank_between(std::size_t end, std::size_t begin) const;

  bool is_list_param(const Param& p) const;
  bool is_block_param(const Param& p, std::size_t head) const;
  void emit_block_param(const Param& p, std::size_t head);
  std::string render_param(const Param& p) const;
  std::string render_define(const Define& d) const;
  std::string render_statement(const Statement& s) const;
  std::string render_meta(const Statement& s) const;
  void write_labeled_evidence(const Statement& s, LayoutWriter& out) const;

  // Output, a line at a time ("" is a blank line).
  void blank();
  void comments(const Anchor& a, int indent, bool blank_before_anchor);
  void code(const std::string& text, const std::string& trailing);
  void emit_rule(const Rule& r, std::size_t header);

  const RuleFile& file_;
  ExprLayout layout_;
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<Anchor> anchors_;
  std::vector<std::size_t> first_anchor_;  // of each declaration
  std::vector<std::size_t> last_anchor_;   // of each declaration
  std::vector<PlacedComment> end_comments_;
  std::vector<std::string> lines_;
};

void Formatter::collect_anchors() {
  for (const Declaration& d : file_.declarations) {
    first_anchor_.push_back(anchors_.size());
    switch (d.kind) {
      case DeclarationKind::kParam:
        if (is_list_param(d.param)) {
          // The list's `[`, each item and its `]`, so that comments stay by
          // the items they are about.
          const Expr& list = *d.param.value;
          anchors_.push_back(anchor_at({d.param.span.begin, list.span.begin + 1}));
          for (const ExprPtr& item : list.items()) anchors_.push_back(anchor_at(item->span));
          anchors_.push_back(anchor_at({list.span.end - 1, list.span.end}));
        } else {
          anchors_.push_back(anchor_at(d.param.span));
        }
        break;
      case DeclarationKind::kDefine: anchors_.push_back(anchor_at(d.define.span)); break;
      case DeclarationKind::kRule: {
        const Rule& r = d.rule;
        std::size_t brace = skip_blanks(text_, r.id_span.end);
        if (brace >= text_.size() || text_[brace] != '{') brace = r.id_span.end;
        anchors_.push_back(anchor_at({r.span.begin, std::min(brace + 1, r.span.end)}));
        for (const Statement& s : r.statements) anchors_.push_back(anchor_at(s.span));
        anchors_.push_back(anchor_at({r.span.end > 0 ? r.span.end - 1 : 0, r.span.end}));
        break;
      }
    }
    last_anchor_.push_back(anchors_.size() - 1);
  }
}

bool Formatter::is_list_param(const Param& p) const {
  return file_.source != nullptr && p.value->kind == ExprKind::kList &&
         !layout_.parenthesized(*p.value) && p.value->span.end > p.value->span.begin;
}

// A list param is written one item a line when it does not fit on one, or
// when comments are among its items.
bool Formatter::is_block_param(const Param& p, std::size_t head) const {
  if (!is_list_param(p)) return false;
  const std::size_t items = p.value->items().size();
  bool commented = !anchors_[head].trailing.empty();
  for (std::size_t i = head + 1; i <= head + items; ++i) {
    const Anchor& a = anchors_[i];
    commented = commented || !a.leading.empty() || !a.inner.empty() || !a.trailing.empty();
  }
  const Anchor& close = anchors_[head + items + 1];
  commented = commented || !close.leading.empty() || !close.inner.empty();
  const std::string one_line = "param " + p.name + " = " + layout_.flat(*p.value);
  return commented || display_width(one_line) > kLineWidth;
}

void Formatter::emit_block_param(const Param& p, std::size_t head) {
  const Expr& list = *p.value;
  code("param " + p.name + " = [", anchors_[head].trailing);
  for (std::size_t i = 0; i < list.items().size(); ++i) {
    const Anchor& a = anchors_[head + 1 + i];
    const bool last = i + 1 == list.items().size();
    comments(a, kBodyIndent, false);
    LayoutWriter out;
    out.write(std::string(kBodyIndent, ' '));
    layout_.write_list_item(list, i, out, kBodyIndent + 2, last ? 0 : 1);
    if (!last) out.write(",");
    code(out.text(), a.trailing);
  }
  const Anchor& close = anchors_[head + 1 + list.items().size()];
  comments(close, kBodyIndent, false);
  code("]", close.trailing);
}

int Formatter::line_of(std::size_t offset) const {
  return static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                          line_starts_.begin());
}

bool Formatter::blank_between(std::size_t end, std::size_t begin) const {
  return end != kNone && line_of(begin) - line_of(end) >= 2;
}

// Gives each comment its anchor, and each anchor and comment whether a blank
// line precedes it, in one sweep through the text.
void Formatter::attach_comments() {
  std::size_t next = 0;          // the first anchor not yet passed
  std::size_t last_end = kNone;  // where the last thing passed ends
  auto pass_anchors_before = [&](std::size_t offset) {
    while (next < anchors_.size() && anchors_[next].span.begin < offset) {
      Anchor& a = anchors_[next++];
      a.blank_before = blank_between(last_end, a.span.begin);
      last_end = last_end == kNone ? a.span.end : std::max(last_end, a.span.end);
    }
  };
  for (const Comment& c : scan_comments(text_)) {
    pass_anchors_before(c.begin);
    Anchor* before = next > 0 ? &anchors_[next - 1] : nullptr;
    const bool blank = blank_between(last_end, c.begin);
    last_end = last_end == kNone ? c.end : std::max(last_end, c.end);
    if (before != nullptr && c.begin < before->span.end) {
      before->inner.push_back(c.text);
    } else if (!c.own_line && before != nullptr && before->trailing.empty() &&
               line_of(before->span.end) == line_of(c.begin)) {
      before->trailing = c.text;
    } else if (next < anchors_.size()) {
      anchors_[next].leading.push_back({c.text, blank});
    } else {
      end_comments_.push_back({c.text, blank});
    }
  }
  pass_anchors_before(std::numeric_limits<std::size_t>::max());
}

std::string Formatter::render_param(const Param& p) const {
  LayoutWriter out;
  out.write("param " + p.name + " = ");
  layout_.write(*p.value, out, 4);
  return out.text();
}

std::string Formatter::render_define(const Define& d) const {
  std::string signature = "define " + d.name + "(";
  for (std::size_t i = 0; i < d.parameters.size(); ++i) {
    if (i > 0) signature += ", ";
    signature += d.parameters[i].name + ": " + d.parameters[i].register_name;
  }
  signature += ") =";
  LayoutWriter out;
  out.write(signature);
  const std::string body = layout_.flat(*d.body);
  if (out.column() + 1 + display_width(body) <= kLineWidth) {
    out.write(" " + body);
  } else {
    out.newline(kBodyIndent);
    layout_.write(*d.body, out, kBodyIndent);
  }
  return out.text();
}

std::string Formatter::render_meta(const Statement& s) const {
  const MetaEntry& m = s.meta;
  LayoutWriter out;
  out.write(std::string(kBodyIndent, ' ') + m.key);
  if (!m.localized.empty()) {
    std::vector<std::string> pieces;
    int width = out.column();
    for (const auto& [language, text] : m.localized) {
      pieces.push_back(language + " " + quote_string(text));
      width += 1 + display_width(pieces.back());
    }
    const int column = out.column() + 1;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      if (i > 0 && width > kLineWidth) {
        out.newline(column);
      } else {
        out.write(" ");
      }
      out.write(pieces[i]);
    }
    return out.text();
  }
  // A bare word (`severity high`) stays bare; anything else is a string.
  bool word = is_word(m.value);
  if (file_.source != nullptr) {
    const std::size_t at = skip_blanks(text_, s.span.begin + m.key.size());
    word = at < text_.size() && text_[at] != '"';
  }
  out.write(" " + (word ? m.value : quote_string(m.value)));
  return out.text();
}

// Labelled evidence: one item a line, lined up after `evidence`, labels in
// a column after the longest name; `en` goes under `vi` when the item does
// not fit on its line.
void Formatter::write_labeled_evidence(const Statement& s, LayoutWriter& out) const {
  out.write("evidence ");
  const int column = out.column();
  std::size_t name_width = 0;
  for (const auto& [name, span] : s.names) name_width = std::max(name_width, name.size());
  for (std::size_t i = 0; i < s.names.size(); ++i) {
    if (i > 0) out.newline(column);
    const std::string& name = s.names[i].first;
    const std::string comma = i + 1 < s.names.size() ? "," : "";
    const EvidenceLabel no_label;
    const EvidenceLabel& label = i < s.labels.size() ? s.labels[i] : no_label;
    const EvidenceLabel& missing = i < s.missing_texts.size() ? s.missing_texts[i] : no_label;
    if (label.empty() && missing.empty()) {
      out.write(name + comma);
      continue;
    }
    out.write(name + std::string(name_width - name.size(), ' '));
    std::vector<std::string> pieces;
    int width = out.column() + static_cast<int>(comma.size());
    for (const auto& [language, text] : label) {
      pieces.push_back(language + " " + quote_string(text));
      width += 1 + display_width(pieces.back());
    }
    if (!missing.empty()) {  // one piece: its words stay together on a line
      std::string words = "missing";
      for (const auto& [language, text] : missing) words += " " + language + " " + quote_string(text);
      pieces.push_back(words);
      width += 1 + display_width(pieces.back());
    }
    const int label_column = out.column() + 1;
    for (std::size_t j = 0; j < pieces.size(); ++j) {
      if (j > 0 && width > kLineWidth) {
        out.newline(label_column);
      } else {
        out.write(" ");
      }
      out.write(pieces[j]);
    }
    out.write(comma);
  }
}

std::string Formatter::render_statement(const Statement& s) const {
  if (s.kind == StatementKind::kMeta) return render_meta(s);
  LayoutWriter out;
  out.write(std::string(kBodyIndent, ' '));
  const int continuation = kBodyIndent + 4;  // 5 after `when`: under its condition
  switch (s.kind) {
    case StatementKind::kFor:
      out.write("for " + s.name + " in ");
      if (s.groups) {
        layout_.write(*s.groups, out, continuation);
      } else {
        out.write(s.register_name);
      }
      for (std::size_t i = 0; i < s.keys.size(); ++i) {
        out.write(i == 0 ? " key " : ", ");
        layout_.write(*s.keys[i], out, continuation);
      }
      if (s.expr) {
        out.write(" where ");
        layout_.write(*s.expr, out, continuation);
      }
      break;
    case StatementKind::kPer:
      out.write(std::string("per ") + window_text(s.window) + " " + s.name);
      break;
    case StatementKind::kLet:
      out.write("let " + s.name + " = ");
      layout_.write(*s.expr, out, continuation);
      break;
    case StatementKind::kWhen:
      out.write("when ");
      layout_.write(*s.expr, out, out.column());
      break;
    case StatementKind::kValue:
      out.write("value ");
      layout_.write(*s.expr, out, continuation);
      break;
    case StatementKind::kTarget:
      out.write(std::string("target ") + binary_operator(s.comparison).spelling + " ");
      layout_.write(*s.expr, out, continuation);
      break;
    case StatementKind::kEvidence:
      if (std::any_of(s.labels.begin(), s.labels.end(),
                      [](const EvidenceLabel& l) { return !l.empty(); }) ||
          std::any_of(s.missing_texts.begin(), s.missing_texts.end(),
                      [](const EvidenceLabel& l) { return !l.empty(); })) {
        write_labeled_evidence(s, out);
        break;
      }
      [[fallthrough]];
    case StatementKind::kNeeds: {
      // As many names a line as fit, lined up after the keyword.
      out.write(s.kind == StatementKind::kNeeds ? "needs" : "evidence");
      const int column = out.column() + 1;
      for (std::size_t i = 0; i < s.names.size(); ++i) {
        const std::string piece = s.names[i].first + (i + 1 < s.names.size() ? "," : "");
        if (i > 0 && out.column() + 1 + display_width(piece) > kLineWidth) {
          out.newline(column);
        } else {
          out.write(" ");
        }
        out.write(piece);
      }
      break;
    }
    case StatementKind::kMeta: break;
  }
  return out.text();
}

void Formatter::blank() {
  if (!lines_.empty() && !lines_.back().empty()) lines_.emplace_back();
}

// The comments `a` carries before it: blank lines between them as in the
// source (the one before the first is the caller's), then a blank line
// before `a` when `blank_before_anchor`, then those moved out of it.
void Formatter::comments(const Anchor& a, int indent, bool blank_before_anchor) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  for (std::size_t i = 0; i < a.leading.size(); ++i) {
    if (i > 0 && a.leading[i].blank_before) blank();
    lines_.push_back(pad + a.leading[i].text);
  }
  if (!a.leading.empty() && blank_before_anchor) blank();
  for (const std::string& c : a.inner) lines_.push_back(pad + c);
}

void Formatter::code(const std::string& text, const std::string& trailing) {
  std::size_t begin = 0;
  for (std::size_t end; (end = text.find('\n', begin)) != std::string::npos; begin = end + 1) {
    lines_.push_back(text.substr(begin, end - begin));
  }
  lines_.push_back(text.substr(begin));
  if (!trailing.empty()) lines_.back() += " " + trailing;
}

void Formatter::emit_rule(const Rule& r, std::size_t header) {
  code(std::string(r.kind == RuleKind::kFinding ? "finding " : "indicator ") + r.id + " {",
       anchors_[header].trailing);
  for (std::size_t j = 0; j < r.statements.size(); ++j) {
    const Anchor& a = anchors_[header + 1 + j];
    const bool meta = r.statements[j].kind == StatementKind::kMeta;
    if (j > 0 && meta != (r.statements[j - 1].kind == StatementKind::kMeta)) blank();
    comments(a, kBodyIndent, false);
    code(render_statement(r.statements[j]), a.trailing);
  }
  const Anchor& closing = anchors_[header + 1 + r.statements.size()];
  comments(closing, kBodyIndent, false);
  code("}", closing.trailing);
}

std::string Formatter::run() {
  if (file_.source != nullptr) text_ = file_.source->text();
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
  collect_anchors();
  attach_comments();

  const auto& declarations = file_.declarations;
  // Params and defines as text, but for a list param written one item a
  // line, which emit_block_param writes with its comments.
  std::vector<std::string> rendered(declarations.size());
  std::vector<bool> block(declarations.size(), false);
  for (std::size_t i = 0; i < declarations.size(); ++i) {
    const Declaration& d = declarations[i];
    if (d.kind == DeclarationKind::kParam) {
      block[i] = is_block_param(d.param, first_anchor_[i]);
      if (!block[i]) rendered[i] = render_param(d.param);
    }
    if (d.kind == DeclarationKind::kDefine) rendered[i] = render_define(d.define);
  }
  auto one_line = [&](std::size_t i) {
    return !block[i] && rendered[i].find('\n') == std::string::npos;
  };
  for (std::size_t i = 0; i < declarations.size(); ++i) {
    const Declaration& d = declarations[i];
    const Anchor& first = anchors_[first_anchor_[i]];
    if (i > 0) {
      // Params written next to each other stay together, as do defines,
      // while each fits on one line; everything else is a blank line apart.
      const bool source_blank =
          first.leading.empty() ? first.blank_before : first.leading.front().blank_before;
      const bool together = d.kind != DeclarationKind::kRule &&
                            d.kind == declarations[i - 1].kind && !source_blank &&
                            one_line(i) && one_line(i - 1);
      if (!together) blank();
    }
    comments(first, 0, first.blank_before);
    if (d.kind == DeclarationKind::kRule) {
      emit_rule(d.rule, first_anchor_[i]);
    } else if (block[i]) {
      emit_block_param(d.param, first_anchor_[i]);
    } else {
      code(rendered[i], anchors_[last_anchor_[i]].trailing);
    }
  }
  for (std::size_t i = 0; i < end_comments_.size(); ++i) {
    if (end_comments_[i].blank_before) blank();
    lines_.push_back(end_comments_[i].text);
  }

  std::string out;
  for (std::string& line : lines_) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') {
    out.pop_back();
  }
  return out == "\n" ? "" : out;
}

}  // namespace

std::string format_rule_file(const RuleFile& file) { return Formatter(file).run(); }

FormatResult format_rule_source(std::shared_ptr<const Source> source) {
  FormatResult result;
  ParseResult parsed = parse_rule_file(std::move(source));
  if (parsed.file) {
    result.text = format_rule_file(*parsed.file);
  } else {
    result.diagnostics = std::move(parsed.diagnostics);
  }
  return result;
}

}  // namespace genaudit::rules
