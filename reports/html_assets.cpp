// The HTML report's inline stylesheet, script and security policy; see
// html_assets.h.
#include "reports/html_assets.h"

#include "engine/core/sha256.h"

namespace genaudit {
namespace {

constexpr std::string_view kStylesheet = R"css(
:root { --ink: #1c2430; --muted: #5b6472; --line: #d5dae1; --bad: #b3261e; --good: #1e7b34;
        --none: #7a808a; --accent: #0b5394; --paper: #fff; --tint: #f4f6f9; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem; color: var(--ink); background: var(--paper);
       font: 15px/1.5 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: .2rem 0 1rem; line-height: 1.25; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; }
h4 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; padding: .35rem .6rem; background: var(--tint);
     border-left: 4px solid var(--accent); }
h5 { font-size: 1rem; margin: 1.1rem 0 .4rem; }
code, .mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
a { color: var(--accent); }
.plan { color: var(--muted); margin: 0; }
.count { font-weight: normal; color: var(--muted); font-size: .9em; margin-left: .4rem; }
dl.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .4rem 1.5rem;
           margin: 0 0 1rem; }
dl.facts div, dl.meta div { margin: 0; }
dl.facts dt { color: var(--muted); font-size: .85rem; }
dl.facts dd { margin: 0; font-weight: 600; }
ul.counts { display: flex; flex-wrap: wrap; gap: .6rem; list-style: none; padding: 0; margin: 1rem 0; }
ul.counts li { border: 1px solid var(--line); border-radius: .4rem; padding: .4rem .8rem; min-width: 9rem; }
ul.counts strong { display: block; font-size: 1.5rem; line-height: 1.2; }
ul.counts .bad strong { color: var(--bad); }
ul.counts .good strong { color: var(--good); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--tint); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .78rem; word-break: break-all; }
table.findings td:first-child code { white-space: nowrap; }  /* a code is read whole */
ul.rows { margin: 0; padding-left: 1rem; font-size: .86rem; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: .8rem; font-size: .85rem;
         font-weight: 600; white-space: nowrap; border: 1px solid currentColor; }
.badge.met { color: var(--good); }
.badge.not_met { color: var(--bad); }
.badge.no_data { color: var(--none); }
td.chart { width: 252px; }
td.chart svg { display: block; width: 100%; max-width: 240px; height: auto; }
dl.meta { margin: .2rem 0 .6rem; }
dl.meta div { display: flex; gap: .4rem; }
dl.meta dt { color: var(--muted); min-width: 6.5rem; }
dl.meta dd { margin: 0; }
.small { color: var(--muted); font-size: .86rem; }
ul.chips { list-style: none; margin: .3rem 0 .8rem; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
ul.chips li { border: 1px solid var(--line); border-radius: .3rem; padding: .05rem .45rem; font-size: .88rem; }
nav.toc ol { columns: 2; margin: .3rem 0; }
.filter { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center;
          background: var(--paper); border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .6rem;
          margin: .5rem 0 1rem; box-shadow: 0 2px 6px rgba(0,0,0,.06); }
.filter input[type=search] { flex: 1 1 16rem; padding: .35rem .5rem; font: inherit; }
.filter select, .filter button { padding: .3rem .4rem; font: inherit; max-width: 18rem; }
.filter output { color: var(--muted); font-size: .9rem; }
.warning { margin: .8rem 0; padding: .6rem .9rem; border: 2px solid var(--bad); border-left-width: .5rem;
           border-radius: .3rem; background: #fdecea; color: var(--bad); font-weight: 600; }
#intake ul.items { margin: .2rem 0 .8rem; padding-left: 1.2rem; }
#intake h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
details.on-screen > summary { cursor: pointer; color: var(--accent); margin: .2rem 0 .4rem; }
.print-only { display: none; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line);
         padding-top: .6rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm 16mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 9.5pt; background: #fff; color: #000; }
  .filter, #f-none, nav.toc { display: none !important; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: page; border-bottom-width: 1px; }
  h2, h3, h4, h5 { break-after: avoid; }
  h4 { background: none; }
  tr, dl.meta, ul.counts li, .lead-rule { break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 8.5pt; }
  td.chart { width: 38mm; }
  .badge { white-space: normal; }
  #by-lead { break-before: page; }
  details.on-screen { display: none !important; }
  .print-only { display: block; }
  th { background: #eee; }
  footer { border-top: 1px solid #999; }
}
)css";

constexpr std::string_view kScript = R"js(
(function () {
  "use strict";
  var d = document, box = d.getElementById("findings-filter");
  if (!box) return;
  var q = d.getElementById("f-q"), objective = d.getElementById("f-objective"),
      lead = d.getElementById("f-lead"), severity = d.getElementById("f-severity"),
      shown = d.getElementById("f-shown"), none = d.getElementById("f-none"),
      clear = d.getElementById("f-clear");
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0111\u0110]/g, "d")
        .toLowerCase();
  }
  var details = [].slice.call(d.querySelectorAll(".f-detail[data-finding]"));
  var texts = details.map(function (el) {
    return fold(el.textContent + " " + (el.getAttribute("data-search") || ""));
  });
  var copies = [].slice.call(d.querySelectorAll("[data-finding]"));
  var groups = [].slice.call(d.querySelectorAll("[data-group]")).reverse();
  function apply() {
    var words = fold(q.value).split(/\s+/).filter(Boolean), keep = {}, n = 0;
    details.forEach(function (el, i) {
      var ok = (!objective.value || el.getAttribute("data-objective") === objective.value) &&
               (!lead.value || el.getAttribute("data-lead") === lead.value) &&
               (!severity.value || el.getAttribute("data-severity") === severity.value) &&
               words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      if (ok) { keep[el.getAttribute("data-finding")] = true; n++; }
    });
    copies.forEach(function (el) { el.hidden = !keep[el.getAttribute("data-finding")]; });
    groups.forEach(function (g) { g.hidden = !g.querySelector("[data-finding]:not([hidden])"); });
    shown.textContent = shown.getAttribute("data-template").replace("{0}", n)
        .replace("{1}", details.length);
    none.hidden = n > 0;
  }
  [q, objective, lead, severity].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });
  clear.addEventListener("click", function () {
    q.value = ""; objective.value = ""; lead.value = ""; severity.value = ""; apply();
  });
  // A link may carry words to look for: report.html#q=nha%20trang
  if (location.hash.indexOf("#q=") === 0) {
    try { q.value = decodeURIComponent(location.hash.slice(3)); } catch (e) {}
  }
  box.hidden = false;
  d.documentElement.setAttribute("data-filter", "ready");
  apply();
})();
)js";

// The bytes of 64 hex digits.
std::string hex_to_bytes(const std::string& hex) {
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out += static_cast<char>(nibble(hex[i]) * 16 + nibble(hex[i + 1]));
  }
  return out;
}

std::string base64(const std::string& bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned n = static_cast<unsigned char>(bytes[i]) << 16 |
                       static_cast<unsigned char>(bytes[i + 1]) << 8 |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[n >> 18 & 63];
    out += kAlphabet[n >> 12 & 63];
    out += kAlphabet[n >> 6 & 63];
    out += kAlphabet[n & 63];
  }
  if (i < bytes.size()) {
    const bool two = i + 1 < bytes.size();
    const unsigned n = static_cast<unsigned char>(bytes[i]) << 16 |
                       (two ? static_cast<unsigned char>(bytes[i + 1]) << 8 : 0);
    out += kAlphabet[n >> 18 & 63];
    out += kAlphabet[n >> 12 & 63];
    out += two ? kAlphabet[n >> 6 & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace

std::string_view html_report_stylesheet() { return kStylesheet; }

std::string_view html_report_script() { return kScript; }

std::string html_content_security_policy(std::string_view script) {
  return "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-" +
         base64(hex_to_bytes(sha256_hex(script))) + "'; base-uri 'none'; form-action 'none'";
}

}  // namespace genaudit
