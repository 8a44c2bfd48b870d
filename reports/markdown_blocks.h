// Building blocks of the Markdown documents (the report and the inspection
// records). Every text given is plain text: these functions escape it
// (escape_markdown), so register values can never become markup.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace genaudit {

// A GitHub-flavoured table with a header row. `right[i]` right-aligns
// column i (missing entries: left). Each line ends in '\n'; empty cells are
// written as a single space.
std::string markdown_table(const std::vector<std::string>& headers,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right = {});

// "- **label:** text\n" (the label's colon follows the language's style: a
// plain ':').
std::string markdown_item(std::string_view label, std::string_view text);

// "#"×level, a space, the text, and a blank line after: "## Chỉ tiêu\n\n".
std::string markdown_heading(int level, std::string_view text);

}  // namespace genaudit
