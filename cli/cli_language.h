// The language of the command line's own words — help, and the messages
// about arguments it cannot parse — which must be known before parsing:
// `--lang en` may come after the very argument that fails.
#pragma once

#include "rules/language/rule_pack.h"

namespace genaudit::cli {

// English when the last `--lang VALUE` or `--lang=VALUE` in `argv` says
// `en`; Vietnamese otherwise (the default, and for a value the parser will
// then refuse).
Language language_from_argv(int argc, const char* const* argv);

}  // namespace genaudit::cli
