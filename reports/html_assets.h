// What the HTML report carries inline so that it is one self-contained file:
// its stylesheet (screen and print) and the small script behind the filter
// and search box, and the Content-Security-Policy that allows that script
// and nothing else to run or load.
#pragma once

#include <string>
#include <string_view>

namespace genaudit {

// The stylesheet: a readable screen layout, and for print (Print to PDF) an
// A4 document without the filter, links or backgrounds, tables whose header
// repeats on each page and rows never split.
std::string_view html_report_stylesheet();

// The filter script. Without it the page shows every finding and hides the
// filter box (which starts `hidden`); with it the box appears and hides the
// findings (elements with data-finding) that do not match the objective,
// lead and severity chosen and every word typed (ignoring case and
// Vietnamese marks), and then every [data-group] left empty. A page opened
// as report.html#q=WORDS starts with WORDS in the search box.
std::string_view html_report_script();

// The value of a Content-Security-Policy <meta> for a page whose only script
// is `script`: nothing is fetched (no network, no external asset), images
// only from data: URLs, styles only inline, and no script runs but `script`
// itself (allowed by its SHA-256), so injected markup could not run code even
// if it got through escaping.
std::string html_content_security_policy(std::string_view script);

}  // namespace genaudit
