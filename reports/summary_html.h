// The province summary (reports/summary_content.h) laid out as HTML: one
// <section id="summary"> with a <section> per part, for the HTML report.
// Every text is escaped here; the content decides every word.
#pragma once

#include <string>

#include "reports/summary_content.h"

namespace genaudit {

std::string summary_html(const SummaryContent& content);

}  // namespace genaudit
