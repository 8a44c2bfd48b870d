// "Did you mean ...?" hints for misspelt names.
#pragma once

#include <string>
#include <vector>

namespace genaudit::rules {

// "did you mean `gender`?" when one candidate is close to `name` (a small
// edit distance for its length), otherwise "".
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates);

// The names a key may take, as a message lists them: "`a`, `b`, `c`".
std::string backquoted_list(const std::vector<std::string>& names);

}  // namespace genaudit::rules
